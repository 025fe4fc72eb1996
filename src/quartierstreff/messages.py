"""German sentences for the typed domain errors, for the command line.

The GUI translates the same errors with Qt's translator (``quartierstreff.ui.errors``).
"""

from __future__ import annotations

from decimal import Decimal
from functools import singledispatch
from pathlib import Path

from quartierstreff.dates import format_date
from quartierstreff.db.models import ApplicationStatus
from quartierstreff.money import format_money, format_number
from quartierstreff.services.errors import (
    BackupFailed,
    BackupInvalid,
    BookingConflict,
    CalendarFileInvalid,
    ConcurrentEdit,
    DatabaseCorrupt,
    DatabaseForeign,
    DatabaseNotEmpty,
    DatabaseUnavailable,
    DeleteBlocked,
    DiskFull,
    DuplicatePerson,
    ErasureRefused,
    FieldInvalid,
    HolidayFileInvalid,
    ImportCancelled,
    ImportHasInvalidRows,
    InvalidDatabaseUrl,
    LoginFailed,
    LoginRequired,
    LoginThrottled,
    MinutesTooLong,
    NotFound,
    PasswordMissing,
    PermissionDenied,
    ProgrammeExists,
    ProgrammeInvalid,
    QuartierstreffError,
    ReportFailed,
    RestoreConflict,
    RestoreFailed,
    RoomInUse,
    SchemaTooNew,
    StatusChangeRefused,
    TableFileInvalid,
    TrashEntryUnavailable,
)
from quartierstreff.services.funding import STATUS_LABELS
from quartierstreff.services.views import IntegrityProblem

_REASONS = {
    "required": "darf nicht leer sein",
    "too_long": "ist zu lang",
    "format": "hat nicht das richtige Format",
    "checksum": "enthält einen Tippfehler (die Prüfziffer stimmt nicht)",
    "taken": "ist schon vergeben",
    "too_short": "ist zu kurz (mindestens 8 Zeichen)",
    "first_user_admin": "muss beim ersten Benutzer „Admin“ sein",
    "range": "liegt außerhalb des erlaubten Bereichs",
    "control_characters": "enthält unsichtbare Steuerzeichen",
    "custom_number": "muss eine Zahl sein",
    "custom_date": "muss ein Datum sein (z. B. 24.11.2026)",
    "custom_yes_no": "muss ja oder nein sein",
    "custom_choice": "muss eine der in den Einstellungen festgelegten Auswahlen sein",
    "custom_text": "ist zu lang",
}

_FIELDS = {
    "username": "Benutzername",
    "display_name": "Name",
    "password": "Passwort",
    "role": "Rolle",
    "pin": "PIN",
    "name": "Name",
    "postal_code": "PLZ",
    "iban": "IBAN",
    "bic": "BIC",
    "idle_lock_minutes": "Sperre nach Minuten",
    "backup_interval_hours": "Sicherung alle … Stunden",
    "second_backup_folder": "Zweiter Sicherungsordner",
    "first_name": "Vorname",
    "last_name": "Nachname",
    "street": "Straße",
    "city": "Ort",
    "email": "E-Mail",
    "phone": "Telefon",
    "mobile": "Mobil",
    "birth_date": "Geburtsdatum",
    "notes": "Notizen",
    "membership_start": "Mitglied seit",
    "membership_end": "Mitglied bis",
    "consent_text_version": "Version des Einwilligungstexts",
    "consent_source": "Einwilligung erteilt über",
    "consent_withdrawn": "Einwilligung widerrufen am",
    "member_retention_years": "Daten ehemaliger Mitglieder aufbewahren",
    "received_on": "Anfrage eingegangen am",
    "answered_on": "Anfrage beantwortet am",
    "description": "Beschreibung",
    "website": "Website",
    "contact_function": "Funktion",
    "label": "Feldname",
    "choices": "Auswahlmöglichkeiten",
    "field_type": "Typ",
    "annual_fee": "Jahresbeitrag",
    "membership_type": "Mitgliedsart",
    "groups": "Gruppen",
    "symbol": "Kürzel",
    "capacity": "Plätze",
    "equipment": "Ausstattung",
    "opens_at": "Öffnet um",
    "closes_at": "Schließt um",
    "open_days": "Öffnungstage",
    "colour": "Farbe",
    "part_ids": "Teilräume",
    "start_date": "Erster Tag",
    "end_date": "Letzter Tag",
}

_SENTENCES = {
    ("role", "last_admin"): (
        "„{value}“ ist der letzte aktive Admin; es muss immer mindestens einen geben."
    ),
    ("active", "self"): "Sie können sich nicht selbst deaktivieren.",
    ("last_name", "required"): "Der Nachname fehlt.",
    ("postal_code", "five_digits"): "Die PLZ „{value}“ hat nicht 5 Ziffern.",
    ("email", "email_format"): "„{value}“ ist keine E-Mail-Adresse (es fehlt @ oder die Domain).",
    (
        "phone",
        "phone_format",
    ): "„{value}“ ist keine Telefonnummer (nur Ziffern, Leerzeichen, + / - ( )).",
    (
        "mobile",
        "phone_format",
    ): "„{value}“ ist keine Mobilnummer (nur Ziffern, Leerzeichen, + / - ( )).",
    ("birth_date", "future"): "Das Geburtsdatum liegt in der Zukunft.",
    ("received_on", "future"): "Das Eingangsdatum der Anfrage liegt in der Zukunft.",
    ("answered_on", "before_received"): (
        "Eine Anfrage kann nicht vor ihrem Eingang beantwortet werden."
    ),
    ("birth_date", "too_early"): "Das Geburtsdatum liegt vor 1900.",
    ("membership_end", "before_start"): "Die Mitgliedschaft endet vor ihrem Beginn.",
    ("membership_start", "overlap"): "Zwei Mitgliedschaftszeiträume überschneiden sich.",
    (
        "membership_end",
        "no_open_membership",
    ): "Es gibt keine laufende Mitgliedschaft, die enden könnte.",
    ("consent_withdrawn", "before_start"): "Die Einwilligung wird vor ihrer Erteilung widerrufen.",
    ("consent_text_version", "required"): "Die Version des Einwilligungstexts fehlt.",
    ("person", "duplicate_in_file"): (
        "Dieselbe Person wie in Zeile {value} (gleicher Name und Geburtsdatum oder gleiche "
        "E-Mail-Adresse)."
    ),
    ("last_name", "no_column"): (
        "Keine Spalte ist dem Nachnamen (oder dem ganzen Namen) zugeordnet."
    ),
    ("name", "taken"): "Der Name „{value}“ ist schon vergeben.",
    ("label", "taken"): "Ein Feld „{value}“ gibt es schon.",
    ("symbol", "taken"): "Das Kürzel „{value}“ hat schon ein anderer Raum.",
    ("symbol", "too_long"): "Das Kürzel ist zu lang (höchstens {value} Zeichen).",
    ("capacity", "range"): "Die Zahl der Plätze muss zwischen 1 und 10.000 liegen (nicht {value}).",
    ("equipment", "too_many"): "Zu viele Ausstattungsstücke (höchstens {value}).",
    ("equipment", "item_too_long"): (
        "Ein Ausstattungsstück ist zu lang (höchstens {value} Zeichen je Zeile)."
    ),
    ("opens_at", "required"): "Zur Schließzeit fehlt die Öffnungszeit.",
    ("closes_at", "required"): "Zur Öffnungszeit fehlt die Schließzeit.",
    ("closes_at", "not_after_opening"): (
        "Der Raum schließt um {value} Uhr, nicht nach der Öffnungszeit."
    ),
    ("open_days", "required"): "Bitte mindestens einen Öffnungstag wählen.",
    ("open_days", "format"): "Die Öffnungstage „{value}“ sind ungültig (0 = Montag … 6 = Sonntag).",
    ("colour", "format"): "„{value}“ ist keine Farbe (erwartet z. B. #4e79a7).",
    ("part_ids", "self"): "Ein Raum kann nicht Teil von sich selbst sein.",
    ("part_ids", "unknown"): "Der Teilraum Nr. {value} existiert nicht (mehr).",
    ("part_ids", "part_has_parts"): (
        "„{value}“ hat selbst Teilräume und kann daher kein Teilraum sein."
    ),
    ("part_ids", "is_part"): (
        "Der Raum ist selbst ein Teil von „{value}“ und kann daher keine Teilräume haben."
    ),
    ("end_date", "before_start"): "Der letzte Tag liegt vor dem ersten.",
    ("end_date", "period_too_long"): "Ein Zeitraum dauert höchstens {value} Tage.",
    ("name", "period_taken"): "Den Zeitraum „{value}“ mit diesem ersten Tag gibt es schon.",
    ("website", "website_format"): "„{value}“ ist keine Web-Adresse (z. B. www.beispiel.de).",
    ("choices", "required"): "Ein Auswahlfeld braucht mindestens eine Auswahl (eine je Zeile).",
    ("choices", "too_many"): "Zu viele Auswahlmöglichkeiten (höchstens {value}).",
    ("choices", "choice_in_use"): (
        "Die Auswahl „{value}“ ist bei Personen eingetragen und kann nicht entfallen."
    ),
    ("field_type", "in_use"): (
        "{value} Personen haben schon einen Wert in diesem Feld; sein Typ bleibt daher."
    ),
    ("annual_fee", "negative"): "Der Jahresbeitrag darf nicht negativ sein.",
    ("annual_fee", "too_high"): "Der Jahresbeitrag ist zu hoch (höchstens {value} €).",
    ("annual_fee", "cents"): "Der Jahresbeitrag hat höchstens zwei Nachkommastellen.",
    ("current_password", "wrong"): "Das bisherige Passwort stimmt nicht.",
    ("password", "format"): "Das Passwort darf nicht mit Leerzeichen beginnen oder enden.",
    ("password", "mismatch"): "Die beiden Passwörter stimmen nicht überein.",
    ("pin", "format"): "Die PIN muss aus 4 bis 8 Ziffern bestehen.",
    ("pin", "needs_lock"): (
        "Eine PIN ist nur erlaubt, wenn sich das Fenster bei Untätigkeit selbst sperrt "
        "(Einstellungen)."
    ),
    ("idle_lock_minutes", "pins_need_lock"): (
        "Solange Benutzer eine PIN haben, muss sich das Fenster bei Untätigkeit sperren."
    ),
    ("username", "format"): (
        "Der Benutzername „{value}“ ist nicht erlaubt: 2 bis 40 Zeichen, Kleinbuchstaben, "
        "Ziffern, Punkt, Binde- und Unterstrich, am Anfang ein Buchstabe oder eine Ziffer."
    ),
}

_BOOKING_SENTENCES = {
    ("title", "required"): "Der Titel fehlt.",
    ("rooms", "required"): "Bitte mindestens einen Raum wählen.",
    ("rooms", "inactive"): "Der Raum „{value}“ ist deaktiviert und kann nicht gebucht werden.",
    ("end_time", "before_start"): "Das Ende liegt vor dem Beginn.",
    ("end_time", "zero_length"): "Beginn und Ende sind gleich: Die Buchung hätte keine Dauer.",
    ("expected_people", "out_of_range"): (
        "Die erwartete Personenzahl muss zwischen 0 und {value} liegen."
    ),
    ("fee", "negative"): "Die Miete darf nicht negativ sein.",
    (
        "fee",
        "out_of_range",
    ): "Die Miete muss ein Betrag bis {value} € mit höchstens 2 Nachkommastellen sein.",
    (
        "fee",
        "not_for_series",
    ): "Miete und Kaution gibt es nur für einzelne Buchungen, nicht für Serien.",
    ("deposit", "negative"): "Die Kaution darf nicht negativ sein.",
    ("deposit", "out_of_range"): (
        "Die Kaution muss ein Betrag bis {value} € mit höchstens 2 Nachkommastellen sein."
    ),
    ("deposit", "not_for_series"): (
        "Miete und Kaution gibt es nur für einzelne Buchungen, nicht für Serien."
    ),
    ("key_returned_on", "before_start"): (
        "Der Schlüssel kann nicht vor der Ausgabe zurückgegeben worden sein."
    ),
    (
        "recurrence",
        "unsupported",
    ): "Diese Wiederholungsregel kann Quartierstreff nicht bearbeiten: {value}",
    ("recurrence", "no_dates"): "Nach dieser Regel gibt es keinen einzigen Termin.",
    ("recurrence", "required"): "Für eine Serie fehlt die Wiederholungsregel.",
    ("until", "before_start"): "Das Enddatum der Serie liegt vor ihrem ersten Termin.",
    ("until", "too_long"): "Eine Serie darf höchstens {value} Jahre lang laufen.",
    ("until", "until_and_count"): "Bitte entweder ein Enddatum oder eine Anzahl Termine angeben.",
    ("count", "out_of_range"): "Die Anzahl der Termine muss zwischen 1 und 1000 liegen.",
    ("count", "too_long"): "Mit so vielen Terminen liefe die Serie länger als {value} Jahre.",
    ("interval", "out_of_range"): "„Alle … Wochen“ muss zwischen 1 und 52 liegen.",
    ("weekdays", "invalid"): "Die Wochentage der Serie sind ungültig.",
    ("positions", "invalid"): "Im Monat gibt es nur den 1. bis 4. und den letzten Wochentag.",
    ("week", "invalid"): "„{value}“ ist keine Kalenderwoche (erwartet z. B. 2026-W48).",
}
_SENTENCES.update(_BOOKING_SENTENCES)

_MEETING_FIELDS = {
    "kind": "Art des Treffens",
    "location_note": "Ort",
    "invitation_text": "Einladungstext",
    "funder_line": "Förderhinweis",
    "supervising_adult": "Aufsichtsperson",
    "invitees": "Eingeladene",
    "chair": "Leitung",
    "minute_taker": "Protokoll",
    "decision_text": "Beschlusstext",
    "due_date": "Fällig am",
    "done_on": "Erledigt am",
    "invitation_sent_on": "Einladung verschickt am",
    "notice_days_board": "Einladungsfrist Vorstandssitzung",
    "notice_days_general_assembly": "Einladungsfrist Mitgliederversammlung",
    "notice_days_plenary": "Einladungsfrist Plenum",
    "notice_days_group": "Einladungsfrist Gruppentreffen",
    "notice_days_public_event": "Einladungsfrist öffentliche Veranstaltung",
    "quorum_percent": "Beschlussfähigkeit",
}
_FIELDS.update(_MEETING_FIELDS)

_NOTICE_RANGE = "Die Einladungsfrist muss zwischen 0 und 365 Tagen liegen."
_MEETING_SENTENCES = {
    ("day", "required"): "Das Treffen hat kein Datum: Bitte ein Datum angeben.",
    ("start_time", "required"): "Bitte die Uhrzeit angeben, zu der das Treffen beginnt.",
    ("end_time", "required_for_room"): (
        "Wenn ein Raum gebucht wird, braucht das Treffen auch eine Endzeit."
    ),
    ("end_time", "required"): (
        "Ein Treffen über mehrere Tage braucht eine Endzeit (sie gilt für jeden Tag)."
    ),
    ("end_day", "before_start"): "Der letzte Tag des Treffens liegt vor dem ersten.",
    ("end_day", "too_long"): "Ein Treffen kann höchstens {value} Tage dauern.",
    ("agenda", "too_many"): "Die Tagesordnung darf höchstens {value} Punkte haben.",
    ("agenda_title", "required"): "TOP {value} hat keinen Titel.",
    ("agenda_title", "too_long"): "Der Titel von TOP {value} ist zu lang (höchstens 200 Zeichen).",
    ("agenda_title", "control_characters"): (
        "Der Titel von TOP {value} enthält unsichtbare Steuerzeichen."
    ),
    ("presenter", "too_long"): "Der Name bei TOP {value} ist zu lang (höchstens 200 Zeichen).",
    ("planned_minutes", "negative"): "Die geplante Dauer von TOP {value} darf nicht negativ sein.",
    ("planned_minutes", "out_of_range"): (
        "Die geplante Dauer von TOP {value} ist zu lang (höchstens 1440 Minuten)."
    ),
    ("invitees", "too_many"): "Es können höchstens {value} Personen eingeladen werden.",
    ("guest_name", "required"): "Gast Nr. {value} hat keinen Namen.",
    ("guest_name", "too_long"): (
        "Der Name von Gast Nr. {value} ist zu lang (höchstens 200 Zeichen)."
    ),
    ("guest_name", "control_characters"): (
        "Der Name von Gast Nr. {value} enthält unsichtbare Steuerzeichen."
    ),
    ("organisation", "too_long"): (
        "Die Organisation von Gast Nr. {value} ist zu lang (höchstens 200 Zeichen)."
    ),
    ("anonymous_visitors", "negative"): "Die Zahl der Besucher ohne Namen darf nicht negativ sein.",
    ("anonymous_visitors", "out_of_range"): (
        "Die Zahl der Besucher ohne Namen ist zu groß (höchstens {value})."
    ),
    ("children", "negative"): "Die Zahl der Kinder darf nicht negativ sein.",
    ("children", "out_of_range"): "Die Zahl der Kinder ist zu groß (höchstens {value}).",
    ("decision_text", "required"): "Der Text des Beschlusses fehlt.",
    ("votes_yes", "negative"): "Die Ja-Stimmen dürfen nicht negativ sein.",
    ("votes_no", "negative"): "Die Nein-Stimmen dürfen nicht negativ sein.",
    ("votes_abstain", "negative"): "Die Enthaltungen dürfen nicht negativ sein.",
    ("votes_yes", "out_of_range"): "So viele Ja-Stimmen kann es nicht geben (höchstens {value}).",
    ("votes_no", "out_of_range"): "So viele Nein-Stimmen kann es nicht geben (höchstens {value}).",
    ("votes_abstain", "out_of_range"): (
        "So viele Enthaltungen kann es nicht geben (höchstens {value})."
    ),
    ("agenda_item", "not_in_meeting"): "Dieser Tagesordnungspunkt gehört nicht zu diesem Treffen.",
    ("notice_days_board", "range"): _NOTICE_RANGE,
    ("notice_days_general_assembly", "range"): _NOTICE_RANGE,
    ("notice_days_plenary", "range"): _NOTICE_RANGE,
    ("notice_days_group", "range"): _NOTICE_RANGE,
    ("notice_days_public_event", "range"): _NOTICE_RANGE,
    ("quorum_percent", "range"): (
        "Der Anteil für die Beschlussfähigkeit muss zwischen 0 und 100 % liegen."
    ),
}
_SENTENCES.update(_MEETING_SENTENCES)

_FUNDING_FIELDS = {
    "programme": "Förderprogramm",
    "project_start": "Projektbeginn",
    "project_end": "Projektende",
    "requested_amount": "Beantragter Betrag",
    "approved_amount": "Bewilligter Betrag",
    "contact_person": "Ansprechperson",
    "funder_reference": "Aktenzeichen des Förderers",
    "note": "Bemerkung",
    "version_label": "Bezeichnung der Fassung",
    "text_block_title": "Titel des Textbausteins",
    "text_block_body": "Text des Textbausteins",
}
_FIELDS.update(_FUNDING_FIELDS)

_FUNDING_SENTENCES = {
    ("programme", "inactive"): (
        "Das Förderprogramm „{value}“ ist nicht mehr aktiv; neue Anträge dafür sind nicht möglich."
    ),
    ("project_end", "before_start"): "Das Projektende liegt vor dem Projektbeginn.",
    ("requested_amount", "invalid"): "Der beantragte Betrag ist keine Zahl.",
    ("requested_amount", "negative"): "Der beantragte Betrag darf nicht negativ sein ({value}).",
    ("requested_amount", "too_large"): (
        "Der beantragte Betrag ist unrealistisch hoch: höchstens {value} sind möglich."
    ),
    ("requested_amount", "precision"): "Der beantragte Betrag hat mehr als zwei Nachkommastellen.",
    ("approved_amount", "required"): "Bitte den bewilligten Betrag angeben.",
    ("approved_amount", "invalid"): "Der bewilligte Betrag ist keine Zahl.",
    ("approved_amount", "negative"): "Der bewilligte Betrag darf nicht negativ sein ({value}).",
    ("approved_amount", "too_large"): (
        "Der bewilligte Betrag ist unrealistisch hoch: höchstens {value} sind möglich."
    ),
    ("approved_amount", "precision"): "Der bewilligte Betrag hat mehr als zwei Nachkommastellen.",
    ("status_date", "before_previous"): (
        "Das Datum liegt vor der letzten Statusänderung ({value}); bitte ein späteres Datum wählen."
    ),
    ("section", "unknown"): "Den Abschnitt „{value}“ gibt es in diesem Förderprogramm nicht.",
    ("section", "too_long"): (
        "Der Abschnitt „{value}“ ist viel zu lang (mehr als 100.000 Zeichen) und wurde nicht "
        "gespeichert."
    ),
    ("attachment", "unknown"): "Die Anlage „{value}“ gibt es in diesem Förderprogramm nicht.",
    ("plan", "too_many"): "Der Finanzplan darf höchstens {value} Zeilen haben.",
    ("plan_kind", "invalid"): "Zeile {value} des Finanzplans: Die Art (Kosten/Finanzierung) fehlt.",
    ("plan_category", "required"): "Zeile {value} des Finanzplans: Bitte eine Kostenart wählen.",
    ("plan_category", "too_long"): "Zeile {value} des Finanzplans: Die Kostenart ist zu lang.",
    ("plan_description", "required"): "Zeile {value} des Finanzplans: Die Beschreibung fehlt.",
    ("plan_description", "too_long"): (
        "Zeile {value} des Finanzplans: Die Beschreibung ist zu lang (höchstens 200 Zeichen)."
    ),
    ("plan_unit", "too_long"): (
        "Zeile {value} des Finanzplans: Die Einheit ist zu lang (höchstens 20 Zeichen)."
    ),
    ("plan_quantity", "invalid"): "Zeile {value} des Finanzplans: Die Menge ist keine Zahl.",
    ("plan_quantity", "not_positive"): (
        "Zeile {value} des Finanzplans: Die Menge muss größer als 0 sein."
    ),
    ("plan_quantity", "too_large"): (
        "Zeile {value} des Finanzplans: Die Menge ist zu groß (höchstens 100.000)."
    ),
    ("plan_quantity", "precision"): (
        "Zeile {value} des Finanzplans: Die Menge hat mehr als drei Nachkommastellen."
    ),
    (
        "plan_unit_price",
        "invalid",
    ): "Zeile {value} des Finanzplans: Der Einzelpreis ist keine Zahl.",
    ("plan_unit_price", "negative"): (
        "Zeile {value} des Finanzplans: Der Einzelpreis darf nicht negativ sein."
    ),
    ("plan_unit_price", "too_large"): (
        "Zeile {value} des Finanzplans: Der Einzelpreis ist unrealistisch hoch "
        "(höchstens 1.000.000,00 €)."
    ),
    ("plan_unit_price", "precision"): (
        "Zeile {value} des Finanzplans: Der Einzelpreis hat mehr als zwei Nachkommastellen."
    ),
    ("plan_amount", "too_large"): (
        "Zeile {value} des Finanzplans: Der Betrag (Menge × Einzelpreis) ist unrealistisch hoch "
        "(höchstens 10.000.000,00 €)."
    ),
    ("text_block_title", "required"): "Der Textbaustein braucht einen Titel.",
    ("text_block_title", "duplicate"): "Einen Textbaustein „{value}“ gibt es schon.",
    ("text_block_body", "too_long"): ("Der Textbaustein ist zu lang (höchstens {value} Zeichen)."),
}
_SENTENCES.update(_FUNDING_SENTENCES)

_ENTITIES = {
    "user": "Benutzer",
    "person": "Person",
    "group": "Gruppe",
    "partner": "Partnerorganisation",
    "membership_type": "Mitgliedsart",
    "custom_field": "Eigenes Feld",
    "privacy_request": "Datenschutz-Anfrage",
    "room": "Raum",
    "holiday_period": "Zeitraum",
    "booking": "Buchung",
    "booking_series": "Terminserie",
    "meeting": "Treffen",
    "agenda_item": "Tagesordnungspunkt",
    "decision": "Beschluss",
    "action_item": "Aufgabe",
    "funding_application": "Förderantrag",
    "funding_programme": "Förderprogramm",
    "application_version": "Fassung",
    "text_block": "Textbaustein",
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
    sentence = _SENTENCES.get((error.field, error.reason))
    if sentence is not None:
        return sentence.format(value=error.value)
    label = error.field.removeprefix("custom:")
    label = _FIELDS.get(label, label)
    if error.reason == "invalid_date":
        return f"{label} „{error.value}“ ist kein gültiges Datum."
    if error.reason == "two_digit_year":
        return f"{label} „{error.value}“: Bitte das Jahr vierstellig schreiben (z. B. 03.07.1958)."
    if error.reason == "too_long" and error.value.isdigit():
        return f"Das Feld „{label}“ ist zu lang (höchstens {error.value} Zeichen)."
    reason = _REASONS.get(error.reason, error.reason)
    value = f" („{error.value}“)" if error.value else ""
    return f"Das Feld „{label}“{value} {reason}."


@describe.register
def _(error: PermissionDenied) -> str:
    return f"Dafür hat „{error.username}“ keine Berechtigung."


@describe.register
def _(error: LoginRequired) -> str:
    return (
        "Diese Datenbank verlangt eine Anmeldung: bitte --user NAME angeben "
        "(das Passwort wird abgefragt oder aus $QUARTIERSTREFF_PASSWORD gelesen)."
    )


@describe.register
def _(error: PasswordMissing) -> str:
    return (
        f"Für „{error.username}“ fehlt das Passwort: Es wird nur an einem Terminal abgefragt; "
        "in Skripten bitte $QUARTIERSTREFF_PASSWORD setzen."
    )


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
    return f"{_ENTITIES.get(error.entity, error.entity)} „{error.key}“ wurde nicht gefunden."


# --- backups and damaged databases ------------------------------------------

_BACKUP_INVALID = {
    "missing": "Die Sicherungsdatei {path} gibt es nicht.",
    "not_zip": "{name} ist keine Quartierstreff-Sicherung (keine Archivdatei).",
    "damaged": "Die Sicherungsdatei {name} ist beschädigt oder unvollständig.",
    "not_ours": "{name} ist keine Quartierstreff-Sicherung.",
    "unsafe_path": (
        "Die Sicherungsdatei {name} enthält einen unzulässigen Dateipfad („{detail}“) "
        "und wird nicht verwendet."
    ),
    "manifest": "Das Inhaltsverzeichnis der Sicherung {name} ist unlesbar.",
    "format_too_new": (
        "Die Sicherung {name} stammt von einer neueren Quartierstreff-Version. "
        "Bitte Quartierstreff aktualisieren."
    ),
    "members": (
        "Der Inhalt der Sicherung {name} passt nicht zu ihrem Inhaltsverzeichnis („{detail}“)."
    ),
    "checksum": (
        "Die Sicherung {name} ist beschädigt oder wurde verändert "
        "(die Prüfsumme von „{detail}“ stimmt nicht)."
    ),
    "schema_too_new": (
        "Die Sicherung {name} stammt von einer neueren Quartierstreff-Version "
        "(Schema {detail}). Bitte Quartierstreff aktualisieren."
    ),
    "foreign_database": (
        "Die Datenbank in der Sicherung {name} ist keine Quartierstreff-Datenbank "
        "(„{detail}“ passt nicht)."
    ),
    "corrupt_database": "Die Datenbank in der Sicherung {name} ist beschädigt ({detail}).",
    "counts": (
        "Die Sicherung {name} ist unvollständig: Die Zahl der Einträge in „{detail}“ stimmt nicht."
    ),
    "data": "Die Sicherung {name} enthält fehlerhafte Daten ({detail}).",
}

_BACKUP_FAILED = {
    "disk_full": "der Datenträger ist voll",
    "permission": "keine Schreibberechtigung",
    "unreadable": "die Datenbank ist nicht lesbar",
    "no_schema": "die Datenbank ist (noch) keine Quartierstreff-Datenbank",
}


@describe.register
def _(error: BackupInvalid) -> str:
    template = _BACKUP_INVALID.get(error.reason, "{name} wird nicht verwendet ({detail}).")
    name = f"„{Path(error.path).name}“"
    return template.format(path=error.path, name=name, detail=error.detail or error.reason)


@describe.register
def _(error: BackupFailed) -> str:
    reason = _BACKUP_FAILED.get(error.reason, error.detail or error.reason)
    detail = f" ({error.detail})" if error.detail and error.reason in _BACKUP_FAILED else ""
    return f"Die Sicherung nach {error.target} ist fehlgeschlagen: {reason}{detail}."


@describe.register
def _(error: RestoreFailed) -> str:
    if error.reason == "in_use":
        return (
            f"Die Datenbank {error.target} ist noch in einem anderen Quartierstreff-Fenster "
            "geöffnet. Bitte alle Fenster schließen und es noch einmal versuchen; "
            "es wurde nichts verändert."
        )
    if error.reason == "safety_copy":
        reason = _BACKUP_FAILED.get(error.detail, error.detail)
        return (
            "Vor dem Wiederherstellen konnte keine Sicherheitskopie der jetzigen Datenbank "
            f"geschrieben werden ({reason}); es wurde nichts verändert."
        )
    if error.reason == "foreign_target":
        return (
            f"Die Datenbank {error.target} enthält fremde Tabellen („{error.detail}“); "
            "dorthin wird nicht wiederhergestellt."
        )
    return (
        f"Die Sicherung konnte nicht nach {error.target} geladen werden ({error.detail}); "
        "die Datenbank ist unverändert."
    )


@describe.register
def _(error: DatabaseCorrupt) -> str:
    sentence = (
        f"Die Datenbank-Datei {error.target} ist beschädigt oder keine Datenbank "
        f"({error.reason}). Sie wurde nicht verändert."
    )
    if not error.newest_backup:
        return sentence + " Es gibt keine Sicherung, aus der sie wiederhergestellt werden kann."
    when = f" vom {error.newest_backup_at:%d.%m.%Y, %H:%M} Uhr" if error.newest_backup_at else ""
    return (
        f"{sentence} Die neueste Sicherung{when} lässt sich wiederherstellen mit: "
        f'quartierstreff restore "{error.newest_backup}"'
    )


@describe.register
def _(error: DatabaseForeign) -> str:
    return (
        f"Die Datenbank {error.target} gehört nicht zu Quartierstreff (sie enthält die "
        f"Tabellen {error.tables}). Sie wird nicht verändert."
    )


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


# --- two programs on one database, a full disk ----------------------------------

_EDITED = {"centre_profile": "das Profil des Treffs", "room": "diesen Raum"}


@describe.register
def _(error: ConcurrentEdit) -> str:
    what = _EDITED.get(error.entity) or f"den Eintrag „{error.key}“ ({error.entity})"
    by = f" (zuletzt gespeichert von „{error.changed_by}“)" if error.changed_by else ""
    return (
        f"Jemand anderes hat {what} inzwischen geändert{by}. Es wurde nichts gespeichert; "
        "bitte neu laden und die Änderung noch einmal vornehmen."
    )


@describe.register
def _(error: DiskFull) -> str:
    return (
        f"Der Datenträger der Datenbank {error.target} ist voll. Die letzte Änderung wurde "
        "nicht gespeichert; alles vorher Gespeicherte ist unversehrt. Bitte Platz schaffen "
        "(z. B. alte Dateien löschen) und es noch einmal versuchen."
    )


# --- the bin (Papierkorb) -----------------------------------------------------

_TABLES = {
    "persons": "Personen",
    "memberships": "Mitgliedschaften",
    "membership_types": "Mitgliedsarten",
    "custom_field_definitions": "Zusatzfelder",
    "custom_field_values": "Zusatzfeld-Einträge",
    "groups": "Gruppen",
    "group_persons": "Gruppenmitglieder",
    "group_rooms": "Stammräume von Gruppen",
    "partner_organisations": "Partnerorganisationen",
    "partner_contacts": "Ansprechpersonen bei Partnern",
    "consents": "Einwilligungen",
    "rooms": "Räume",
    "room_parts": "Raumteile",
    "bookings": "Buchungen",
    "booking_rooms": "Buchungen",
    "booking_series": "Serienbuchungen",
    "booking_series_rooms": "Serienbuchungen",
    "series_exceptions": "Ausnahmen von Serienbuchungen",
    "holiday_periods": "Ferien und Schließzeiten",
    "meetings": "Treffen",
    "meeting_invitees": "Einladungen",
    "agenda_items": "Tagesordnungspunkte",
    "attendance": "Anwesenheitslisten",
    "decisions": "Beschlüsse",
    "action_items": "Aufgaben",
    "funding_programmes": "Förderprogramme",
    "funding_applications": "Förderanträge",
    "application_sections": "Antragsabschnitte",
    "plan_lines": "Zeilen des Finanzierungsplans",
    "application_status_changes": "Statusänderungen von Anträgen",
    "application_versions": "Antragsversionen",
    "text_blocks": "Textbausteine",
    "receipts": "Belege",
    "attachments": "Anhänge",
    "users": "Benutzer",
    "centre_profile": "Profil des Treffs",
    "settings": "Einstellungen",
}


@describe.register
def _(error: DeleteBlocked) -> str:
    what = _TABLES.get(error.referenced_by, error.referenced_by)
    return (
        f"„{error.summary or error.entity_id}“ kann nicht gelöscht werden, solange noch "
        f"{error.count} Einträge darauf verweisen ({what})."
    )


@describe.register
def _(error: TrashEntryUnavailable) -> str:
    if error.reason == "expired":
        return (
            f"„{error.summary}“ wurde vor mehr als 30 Tagen gelöscht und lässt sich nicht "
            "mehr wiederherstellen."
        )
    if error.reason == "restored":
        return f"„{error.summary}“ wurde bereits wiederhergestellt."
    return f"Eintrag {error.entry_id} ist nicht (mehr) im Papierkorb."


@describe.register
def _(error: RestoreConflict) -> str:
    where = _TABLES.get(error.table, error.table)
    if error.reason == "exists":
        reason = f"seine Nummer ist inzwischen an einen neuen Eintrag vergeben ({where})"
    elif error.reason == "duplicate":
        reason = f"ein anderer Eintrag hat inzwischen denselben Wert in „{error.detail}“ ({where})"
    elif error.reason == "parent_missing":
        parent = _TABLES.get(error.detail, error.detail)
        reason = (
            f"etwas, wozu der Eintrag gehört, wurde inzwischen gelöscht ({parent}); "
            "bitte zuerst das wiederherstellen"
        )
    else:
        reason = f"die Datenbank lehnt es ab ({error.detail})"
    return (
        f"„{error.summary}“ kann nicht wiederhergestellt werden: {reason}. "
        "Es wurde nichts verändert."
    )


@describe.register
def _(error: DuplicatePerson) -> str:
    return (
        f"„{error.existing_name}“ (Nr. {error.existing_id}) steht schon im Register, mit "
        "gleichem Namen und Geburtsdatum oder gleicher E-Mail-Adresse."
    )


# --- PDF reports ------------------------------------------------------------------

_REPORT_FAILED = {
    "folder_missing": "den Ordner gibt es nicht",
    "is_folder": "das ist ein Ordner, keine Datei",
    "permission": (
        "keine Schreibberechtigung (ist die Datei noch in einem anderen Programm geöffnet?)"
    ),
    "disk_full": "der Datenträger ist voll",
}


@describe.register
def _(error: ReportFailed) -> str:
    reason = _REPORT_FAILED.get(error.reason) or error.detail or error.reason
    return f"Die PDF-Datei {error.path} konnte nicht geschrieben werden: {reason}."


# --- import and export of the people register ---------------------------------------

_TABLE_FILE = {
    "missing": "Die Datei {name} gibt es nicht.",
    "unreadable": "Die Datei {name} lässt sich nicht lesen ({detail}).",
    "empty": "Die Datei {name} ist leer.",
    "binary": (
        "{name} ist keine Textdatei (CSV). Bitte in Excel oder LibreOffice „Speichern unter“ "
        "→ „CSV (Trennzeichen-getrennt)“ oder „Excel-Arbeitsmappe (.xlsx)“ wählen."
    ),
    "no_header": "Die Datei {name} hat keine Kopfzeile mit Spaltennamen.",
    "damaged": "Die Datei {name} ist beschädigt oder hat kein lesbares Format ({detail}).",
    "old_excel": (
        "{name} ist im alten Excel-Format (.xls). Bitte in Excel als "
        "„Excel-Arbeitsmappe (.xlsx)“ oder als CSV speichern."
    ),
    "unknown_suffix": (
        "{name}: Dieses Dateiformat wird nicht unterstützt; möglich sind .csv und .xlsx."
    ),
    "too_many_rows": (
        "Die Datei {name} hat mehr als {detail} Zeilen; so viele werden nicht auf einmal "
        "importiert. Bitte die Datei aufteilen. Es wurde nichts importiert."
    ),
    "too_large": "Die Datei {name} ist größer als {detail} MB und wird nicht gelesen.",
    "unwritable": "Die Datei {name} lässt sich nicht schreiben ({detail}).",
}


@describe.register
def _(error: TableFileInvalid) -> str:
    template = _TABLE_FILE.get(error.reason, "Die Datei {name} ist nicht lesbar ({detail}).")
    return template.format(name=f"„{error.name}“", detail=error.detail or error.reason)


@describe.register
def _(error: ImportHasInvalidRows) -> str:
    rows = "1 Zeile ist" if error.count == 1 else f"{error.count} Zeilen sind"
    return (
        f"{rows} fehlerhaft; es wurde nichts importiert. Bitte die Datei korrigieren oder "
        "die fehlerhaften Zeilen überspringen (--skip-invalid)."
    )


@describe.register
def _(error: ImportCancelled) -> str:
    return "Der Import wurde abgebrochen; es wurde nichts importiert."


_ACTIVE_ROLES = {
    "group": "ist noch in einer aktiven Gruppe",
    "partner": "ist Ansprechperson einer Partnerorganisation",
    "user": "hat ein aktives Benutzerkonto",
    "funding": "ist Ansprechperson eines laufenden Förderantrags",
    "booking_series": "ist bei einer laufenden Serienbelegung eingetragen",
}


@describe.register
def _(error: ErasureRefused) -> str:
    who = f"„{error.name}“ (Nr. {error.person_id})"
    if error.reason == "current_member":
        return f"{who} ist Mitglied; anonymisiert werden nur ehemalige Mitglieder."
    if error.reason == "active_role":
        role = _ACTIVE_ROLES.get(error.detail, "ist noch aktiv")
        return f"{who} {role} und kann deshalb nicht anonymisiert werden."
    if error.reason == "retention" and error.until is not None:
        return (
            f"{who} kann erst ab dem {error.until:%d.%m.%Y} anonymisiert werden: Bis dahin "
            "läuft die Aufbewahrungsfrist (Einstellungen). Es wurde nichts verändert."
        )
    if error.reason == "already_anonymised":
        return f"{who} ist bereits anonymisiert."
    return f"{who} kann nicht anonymisiert werden. Es wurde nichts verändert."


# --- rooms, school holidays and closures ------------------------------------------------


@describe.register
def _(error: RoomInUse) -> str:
    uses = []
    if error.bookings:
        uses.append(f"{error.bookings} Buchung" + ("en" if error.bookings != 1 else ""))
    if error.series:
        uses.append(f"{error.series} Serienbuchung" + ("en" if error.series != 1 else ""))
    verb = "nutzt" if error.bookings + error.series == 1 else "nutzen"
    return (
        f"Der Raum „{error.name}“ kann nicht gelöscht werden: {' und '.join(uses)} {verb} "
        "ihn (auch vergangene behalten ihren Raum). Bitte den Raum stattdessen "
        "deaktivieren: Dann wird er für neue Buchungen nicht mehr angeboten."
    )


_HOLIDAY_FILE = {
    "missing": "gibt es nicht",
    "unreadable": "lässt sich nicht lesen ({detail})",
    "syntax": "ist keine gültige TOML-Datei ({detail})",
    "no_periods": "enthält keine Zeiträume ([[period]])",
    "name": "{entry} hat keinen Namen",
    "start": "{entry}: Der erste Tag „{detail}“ ist kein Datum (erwartet z. B. 2026-10-26)",
    "end": "{entry}: Der letzte Tag „{detail}“ ist kein Datum (erwartet z. B. 2026-10-31)",
    "order": "{entry}: Der letzte Tag liegt vor dem ersten",
    "too_long": "{entry} dauert länger als {detail} Tage",
    "duplicate": "{entry} steht doppelt in der Datei",
}


@describe.register
def _(error: HolidayFileInvalid) -> str:
    entry = f"Eintrag {error.entry}" + (f" („{error.name}“)" if error.name else "")
    problem = _HOLIDAY_FILE.get(error.reason, error.reason).format(entry=entry, detail=error.detail)
    return (
        f"Die Ferien-Datei „{error.path}“ {problem}; es wurde nichts übernommen."
        if error.entry == 0
        else f"Die Ferien-Datei „{error.path}“ ist fehlerhaft: {problem}. "
        "Es wurde nichts übernommen."
    )


@describe.register
def _(error: MinutesTooLong) -> str:
    where = f"zu TOP {error.agenda_number} " if error.agenda_number is not None else ""
    length, limit = format_number(error.length), format_number(error.limit)
    return (
        f"Das Protokoll {where}ist zu lang: {length} Zeichen, möglich sind höchstens "
        f"{limit}. Es wurde nicht gespeichert."
    )


@describe.register
def _(error: BookingConflict) -> str:
    when = f"am {format_date(error.day)} von {error.starts_at:%H:%M} bis {error.ends_at:%H:%M} Uhr"
    sentence = f"Der Raum „{error.room}“ ist {when} schon belegt: „{error.title}“."
    if error.count > 1:
        sentence += f" Insgesamt sind {error.count} Termine der Serie belegt."
    return sentence


_CALENDAR_FILE = {
    "missing": "Die Datei {name} gibt es nicht.",
    "unreadable": "Die Datei {name} lässt sich nicht lesen ({detail}).",
    "unwritable": "Die Datei {name} lässt sich nicht schreiben ({detail}).",
    "too_large": (
        "Die Datei {name} ist größer als {detail} MB; so große Kalenderdateien werden nicht "
        "gelesen. Es wurde nichts importiert."
    ),
    "empty": "Die Datei {name} ist leer; es wurde nichts importiert.",
    "binary": (
        "{name} ist keine Kalenderdatei (iCalendar, .ics), sondern eine andere Art Datei. "
        "Es wurde nichts importiert."
    ),
    "not_calendar": (
        "{name} ist keine Kalenderdatei: Eine iCalendar-Datei (.ics) beginnt mit "
        "„BEGIN:VCALENDAR“. Es wurde nichts importiert."
    ),
    "damaged": (
        "Die Kalenderdatei {name} ist beschädigt und lässt sich nicht lesen ({detail}). "
        "Es wurde nichts importiert."
    ),
    "no_events": "Die Kalenderdatei {name} enthält keine Termine; es wurde nichts importiert.",
    "too_many_events": (
        "Die Kalenderdatei {name} enthält zu viele Termine (mehr als {detail}); so viele "
        "werden nicht auf einmal importiert. Es wurde nichts importiert."
    ),
}

_CALENDAR_EVENT = {
    "missing_start": "hat keinen Beginn (DTSTART)",
    "bad_value": "hat eine unlesbare Angabe ({detail})",
    "unknown_timezone": "nennt eine unbekannte Zeitzone („{detail}“)",
    "end_before_start": "endet vor seinem Beginn",
    "zero_length": "hat keine Dauer (Ende gleich Beginn)",
    "multi_day": (
        "geht über Mitternacht hinaus; eine Raumbuchung endet am selben Tag (bitte als "
        "zwei Termine eintragen)"
    ),
    "unsupported_rule": (
        "wiederholt sich nach einer Regel, die das Programm nicht speichern kann ({detail})"
    ),
}

_CALENDAR_INVALID = {
    "until:too_long": "läuft als Serie länger als 10 Jahre",
    "count:too_long": "läuft als Serie länger als 10 Jahre",
    "count:out_of_range": "hat als Serie mehr als 1000 Termine",
    "recurrence:no_dates": "ergibt nach seiner Regel keinen einzigen Termin",
    "interval:out_of_range": "wiederholt sich in zu großem Abstand (höchstens alle 52 Wochen)",
    "end_time:before_start": "endet vor seinem Beginn",
    "end_time:zero_length": "hat keine Dauer (Ende gleich Beginn)",
}


def calendar_event_problem(error: CalendarFileInvalid) -> str:
    """What is wrong with the event an error names, as the end of a German sentence."""
    if error.reason == "invalid":
        return _CALENDAR_INVALID.get(
            error.detail, f"enthält einen Wert, der nicht übernommen werden kann ({error.detail})"
        )
    return _CALENDAR_EVENT.get(error.reason, error.reason).format(detail=error.detail)


@describe.register
def _(error: CalendarFileInvalid) -> str:
    name = f"„{error.name}“"
    if error.reason in _CALENDAR_FILE:
        detail = error.detail or "?"
        if detail.isdigit():
            detail = format_number(int(detail))
        return _CALENDAR_FILE[error.reason].format(name=name, detail=detail)
    where = f" (Zeile {error.line})" if error.line else ""
    event = f"Der Termin „{error.event}“{where}" if error.event else f"Ein Termin{where}"
    return (
        f"Die Kalenderdatei {name} lässt sich nicht importieren: {event} "
        f"{calendar_event_problem(error)}. Es wurde nichts importiert."
    )


_PROGRAMME_TYPES = {
    "text": "ein Text in Anführungszeichen",
    "bool": "true oder false",
    "int": "eine ganze Zahl",
    "amount": 'ein Betrag als Text, z. B. "2000.00"',
    "percent": "eine Prozentzahl zwischen 0 und 100",
    "table": "eine Tabelle",
    "blocks": "eine Liste von Blöcken ([[…]])",
    "text_list": 'eine Liste von Texten, z. B. ["Vereine", "Initiativen"]',
    "date_list": "eine Liste von Daten, z. B. [2025-03-31, 2025-09-30]",
}

_PROGRAMME_REASONS = {
    "syntax": "Die Datei ist kein gültiges TOML ({detail})",
    "unknown_key": "Dieses Feld gibt es nicht",
    "missing": "Das Feld fehlt oder ist leer, muss aber angegeben werden",
    "key_format": (
        "„{detail}“ ist als Schlüssel nicht erlaubt: nur Kleinbuchstaben a–z, Ziffern und _, "
        "am Anfang ein Buchstabe, höchstens 40 Zeichen"
    ),
    "format_version": (
        "Das Format {detail} ist unbekannt; diese Version von Quartierstreff liest format = 1"
    ),
    "amount": '„{detail}“ ist kein lesbarer Betrag (so schreiben: "2000.00")',
    "amount_negative": "Ein Betrag darf nicht negativ sein („{detail}“)",
    "amount_too_high": "„{detail}“ ist zu hoch: höchstens 10.000.000 € sind möglich",
    "percent": '„{detail}“ ist keine lesbare Prozentzahl (so schreiben: 80 oder "12.5")',
    "percent_range": "„{detail}“ liegt nicht im erlaubten Bereich (Prozent, über 0 bis 100)",
    "too_small": "Der Wert muss mindestens {detail} sein",
    "too_large": "Der Wert ist zu groß ({detail})",
    "date": "„{detail}“ ist kein Datum (so schreiben: 2025-03-31)",
    "duplicate": "Der Schlüssel „{detail}“ kommt doppelt vor",
    "any_time_with_deadlines": (
        "„Jederzeit“ (any_time = true) und feste Fristen (deadlines) schließen sich aus"
    ),
    "months_and_weeks": (
        "Bitte entweder due_months_after_end oder due_weeks_after_end angeben, nicht beides"
    ),
    "unreadable": "Die Datei lässt sich nicht lesen ({detail})",
    "missing_file": "Die Datei gibt es nicht ({detail})",
}


def programme_problem(error: ProgrammeInvalid) -> str:
    """What is wrong, as a German sentence without the place (file, line, field)."""
    if error.reason == "type":
        expected = _PROGRAMME_TYPES.get(error.detail, error.detail)
        return f"Der Wert hat die falsche Art: erwartet wird {expected}"
    if error.reason == "unknown_key" and error.detail:
        return f"Dieses Feld gibt es nicht – gemeint ist wohl „{error.detail}“"
    if error.reason == "min_over_max":
        low, _, high = error.detail.partition("|")
        return (
            f"Der Mindestbetrag ({format_money(Decimal(low))}) ist größer als der "
            f"Höchstbetrag ({format_money(Decimal(high))})"
        )
    template = _PROGRAMME_REASONS.get(error.reason, "{detail}")
    return template.format(detail=error.detail)


@describe.register
def _(error: ProgrammeInvalid) -> str:
    place = Path(error.source).name or "Programmdatei"
    if error.line:
        place += f", Zeile {error.line}"
    if error.field:
        place += f", Feld „{error.field}“"
    return f"{place}: {programme_problem(error)}. Es wurde nichts übernommen."


@describe.register
def _(error: ProgrammeExists) -> str:
    return (
        f"Das Förderprogramm „{error.name}“ (Schlüssel „{error.key}“) gibt es schon. "
        "Zum Ersetzen erneut mit „ersetzen“ (--replace) importieren; es wurde nichts geändert."
    )


@describe.register
def _(error: StatusChangeRefused) -> str:
    current = _status_label(error.current)
    wanted = _status_label(error.wanted)
    if error.current == "submitted" and error.wanted == "draft":
        return (
            f"„{error.title}“ ist eingereicht. Zurück zum Entwurf geht es nur, wenn der Antrag "
            "zurückgezogen wird."
        )
    return (
        f"„{error.title}“ hat den Status „{current}“; von dort geht es nicht zu „{wanted}“. "
        "Es wurde nichts geändert."
    )


def _status_label(value: str) -> str:
    try:
        return STATUS_LABELS[ApplicationStatus(value)]
    except ValueError:
        return value
