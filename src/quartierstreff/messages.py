"""German sentences for the typed domain errors, for the command line.

The GUI translates the same errors with Qt's translator (``quartierstreff.ui.errors``).
"""

from __future__ import annotations

from functools import singledispatch

from quartierstreff.services.errors import (
    DatabaseNotEmpty,
    DatabaseUnavailable,
    FieldInvalid,
    InvalidDatabaseUrl,
    LoginFailed,
    LoginRequired,
    LoginThrottled,
    NotFound,
    PermissionDenied,
    QuartierstreffError,
    SchemaTooNew,
)
from quartierstreff.services.views import IntegrityProblem

_REASONS = {
    "required": "darf nicht leer sein",
    "too_long": "ist zu lang",
    "format": "hat nicht das richtige Format",
    "checksum": "enthält einen Tippfehler (die Prüfziffer stimmt nicht)",
    "taken": "ist schon vergeben",
    "too_short": "ist zu kurz (mindestens 8 Zeichen)",
    "first_user_admin": "muss beim ersten Benutzer „Admin“ sein",
}


@singledispatch
def describe(error: QuartierstreffError) -> str:
    return f"{type(error).__name__}: {error}"


@describe.register
def _(error: InvalidDatabaseUrl) -> str:
    return (
        f"„{error.url}“ ist keine gültige Datenbank-Adresse. Erwartet wird z. B. "
        "sqlite:///pfad/treff.sqlite3 oder postgresql+psycopg://benutzer@server/treff."
    )


@describe.register
def _(error: DatabaseUnavailable) -> str:
    if error.reason == "file_missing":
        return f"Die Datenbank-Datei {error.target} gibt es nicht."
    return f"Die Datenbank {error.target} ist nicht erreichbar ({error.reason})."


@describe.register
def _(error: DatabaseNotEmpty) -> str:
    return (
        "Die Datenbank enthält schon Daten "
        f"({error.rows} Einträge in „{error.table}“); das Beispiel wird nur in eine leere "
        "Datenbank geladen."
    )


@describe.register
def _(error: SchemaTooNew) -> str:
    return (
        f"Die Datenbank stammt von einer neueren Quartierstreff-Version (Schema {error.revision}). "
        "Bitte Quartierstreff aktualisieren."
    )


@describe.register
def _(error: FieldInvalid) -> str:
    reason = _REASONS.get(error.reason, error.reason)
    value = f" („{error.value}“)" if error.value else ""
    return f"Das Feld „{error.field}“{value} {reason}."


@describe.register
def _(error: PermissionDenied) -> str:
    return f"Dafür hat „{error.username}“ keine Berechtigung."


@describe.register
def _(error: LoginRequired) -> str:
    return "Bitte zuerst anmelden."


@describe.register
def _(error: LoginFailed) -> str:
    return "Benutzername oder Passwort stimmt nicht."


@describe.register
def _(error: LoginThrottled) -> str:
    return (
        "Zu viele falsche Versuche. Bitte warten Sie "
        f"{error.retry_after} Sekunden und versuchen Sie es dann noch einmal."
    )


@describe.register
def _(error: NotFound) -> str:
    return f"{error.entity} „{error.key}“ wurde nicht gefunden."


_PROBLEMS = {
    "integrity": "Die Datenbank-Datei ist beschädigt: {}",
    "foreign_key": "Verweis ins Leere: {}",
    "missing_tables": "Es fehlen Tabellen: {}",
}


def describe_problem(problem: IntegrityProblem) -> str:
    if problem.kind == "revision":
        found = (
            f"„{problem.detail}“" if problem.detail else "keiner (keine Quartierstreff-Datenbank)"
        )
        return f"Schema-Stand {found}, erwartet wird „{problem.expected}“."
    return _PROBLEMS.get(problem.kind, problem.kind + ": {}").format(problem.detail)
