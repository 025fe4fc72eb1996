"""Auskunft nach Art. 15 DSGVO: the PDF for the person, from :class:`AccessData`.

A polite cover letter, then every category of data held (each with a line when there is
none), the table of purposes, recipients and retention, the person's rights and where
the data comes from. The JSON copy is written by ``services.privacy``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from quartierstreff.dates import format_date
from quartierstreff.db.models import ConsentPurpose, PrivacyRequestKind
from quartierstreff.reports.common import (
    Cell,
    build_pdf,
    format_money,
    key_value_table,
    para,
    styles,
    table,
    title_block,
)
from quartierstreff.services.privacy import LEGAL_RETENTION_YEARS, AccessData

TITLE = "Auskunft über Ihre gespeicherten Daten"

CONSENT_PURPOSES = {
    ConsentPurpose.PHOTOS_WEB: "Fotos im Internet (Website, soziale Medien)",
    ConsentPurpose.PHOTOS_PRINT: "Fotos in gedruckten Veröffentlichungen",
    ConsentPurpose.NEWSLETTER: "Newsletter",
    ConsentPurpose.BIRTHDAY_LIST: "Geburtstagsliste",
    ConsentPurpose.MEMBER_LIST: "Weitergabe der Mitgliederliste an Mitglieder",
}
_ROLES = {
    "contact": "Ansprechperson",
    "responsible": "verantwortlich",
    "invited": "eingeladen",
    "attended": "anwesend",
    "chair": "Sitzungsleitung",
    "minute_taker": "Protokoll",
}
_MEETING_KINDS = {
    "board": "Vorstandssitzung",
    "general_assembly": "Mitgliederversammlung",
    "plenary": "Plenum / offenes Treffen",
    "group": "Gruppentreffen",
    "public_event": "Öffentliche Veranstaltung",
}
_PARTNER_KINDS = {
    "municipality": "Kommune",
    "funder": "Fördermittelgeber",
    "school": "Schule",
    "church": "Kirche",
    "association": "Verein",
    "business": "Unternehmen",
    "other": "Sonstige",
}
_APPLICATION_STATUS = {
    "idea": "Idee",
    "draft": "Entwurf",
    "submitted": "eingereicht",
    "approved": "bewilligt",
    "rejected": "abgelehnt",
    "in_progress": "in Umsetzung",
    "reported": "Nachweis eingereicht",
    "closed": "abgeschlossen",
}
_USER_ROLES = {
    "volunteer": "Ehrenamt",
    "treasurer": "Kasse",
    "coordinator": "Koordination",
    "admin": "Admin",
}
_AUDIT_ACTIONS = {
    "create": "angelegt",
    "update": "geändert",
    "delete": "gelöscht",
    "restore": "wiederhergestellt",
    "login": "Anmeldung",
    "export": "exportiert",
}
_AUDIT_ENTITIES = {
    "persons": "Stammdaten",
    "memberships": "Mitgliedschaft",
    "consents": "Einwilligung",
    "custom_field_values": "Eigenes Feld",
    "group_persons": "Gruppe",
    "privacy_requests": "Datenschutz-Anfrage",
}
_FIELD_NAMES = {
    "first_name": "Vorname",
    "last_name": "Nachname",
    "street": "Straße",
    "postal_code": "PLZ",
    "city": "Ort",
    "email": "E-Mail",
    "phone": "Telefon",
    "mobile": "Mobil",
    "birth_date": "Geburtsdatum",
    "notes": "Notizen",
    "blocked_on": "gesperrt",
    "start_date": "Beginn",
    "end_date": "Ende",
    "membership_type_id": "Art",
    "purpose": "Zweck",
    "granted_on": "erteilt",
    "text_version": "Textfassung",
    "source": "Quelle",
    "withdrawn_on": "widerrufen",
    "group_id": "Gruppe",
    "is_contact": "Ansprechperson",
    "value": "Wert",
    "kind": "Art",
    "received_on": "Eingang",
    "due_on": "Frist",
    "answered_on": "beantwortet",
}
_HIDDEN_FIELDS = frozenset({"person_id", "person_name", "field_id", "id"})
_REQUEST_KINDS = {
    PrivacyRequestKind.ACCESS: "Auskunft (Art. 15 DSGVO)",
    PrivacyRequestKind.ERASURE: "Löschung (Art. 17 DSGVO)",
}
_NONE = "Dazu sind keine Daten über Sie gespeichert."


def _moment(value: dt.datetime) -> str:
    if value.tzinfo is not None:  # the audit trail's UTC times, shown in local time
        value = value.astimezone()
    return f"{format_date(value.date())}, {value:%H:%M} Uhr"


def _fields(changes: Sequence[str]) -> str:
    return ", ".join(
        _FIELD_NAMES.get(name, name) for name in sorted(changes) if name not in _HIDDEN_FIELDS
    )


def _roles(roles: Sequence[str]) -> str:
    return ", ".join(_ROLES.get(role, role) for role in roles)


def _section(
    title: str,
    rows: Sequence[Sequence[Cell]],
    header: Sequence[str],
    *,
    widths: Sequence[float],
    align_right: Sequence[int] = (),
) -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [para(title, st.heading)]
    if rows:
        block.append(table(header, rows, widths=widths, align_right=align_right))
    else:
        block.append(para(_NONE, st.small))
    return block


def access_story(data: AccessData) -> list[Flowable]:
    """The flowables of the report."""
    st = styles()
    person = data.person
    name = f"{person.first_name} {person.last_name}".strip()
    controller = data.controller
    story: list[Flowable] = [
        *title_block(TITLE, f"für {name} · Stand {format_date(data.created_on)}"),
        para(f"Guten Tag {name},"),
        para(
            "Sie haben uns gebeten, Ihnen mitzuteilen, welche Daten wir über Sie gespeichert "
            "haben (Auskunft nach Art. 15 der Datenschutz-Grundverordnung, DSGVO). In diesem "
            "Schreiben finden Sie alle Angaben, die in der Verwaltung unseres Treffs zu Ihrer "
            "Person gespeichert sind, dazu, wofür wir sie verwenden, wer sie erhält und wie "
            "lange wir sie aufbewahren."
        ),
        para(
            "Eine maschinenlesbare Kopie derselben Daten erhalten Sie zusätzlich als "
            "JSON-Datei. Wenn etwas nicht stimmt oder Sie Fragen haben, sprechen Sie uns "
            "gern an – wir berichtigen es umgehend."
        ),
        para("Mit freundlichen Grüßen"),
        para(controller.name or "Ihr Treff-Team"),
        Spacer(1, 4),
        para("Verantwortlich für die Datenverarbeitung", st.heading),
        key_value_table(
            [
                ("Name", controller.name),
                (
                    "Anschrift",
                    ", ".join(
                        part
                        for part in (
                            controller.street,
                            f"{controller.postal_code} {controller.city}".strip(),
                        )
                        if part
                    ),
                ),
                ("E-Mail", controller.email),
                ("Telefon", controller.phone),
            ]
        ),
        para("Ihre Stammdaten", st.heading),
        key_value_table(
            [
                ("Nummer im Register", str(person.id)),
                ("Vorname", person.first_name),
                ("Nachname", person.last_name),
                ("Straße", person.street),
                ("PLZ und Ort", f"{person.postal_code} {person.city}".strip()),
                ("E-Mail", person.email),
                ("Telefon", person.phone),
                ("Mobil", person.mobile),
                ("Geburtsdatum", format_date(person.birth_date)),
                ("Notizen", person.notes),
                ("Erfasst am", format_date(person.registered_on)),
                *([("Gesperrt seit", format_date(person.blocked_on))] if person.blocked_on else []),
            ]
        ),
    ]
    if data.custom_fields:
        story += [
            para("Weitere Angaben", st.subheading),
            key_value_table([(value.label, value.text) for value in data.custom_fields]),
        ]
    story += _section(
        "Mitgliedschaft",
        [
            [format_date(m.start_date), format_date(m.end_date) or "läuft", m.membership_type]
            for m in data.memberships
        ],
        ["Beginn", "Ende", "Art"],
        widths=[1, 1, 2],
    )
    story += _section(
        "Einwilligungen",
        [
            [
                CONSENT_PURPOSES.get(c.purpose, c.purpose.value),
                format_date(c.granted_on),
                c.text_version,
                c.source,
                format_date(c.withdrawn_on),
            ]
            for c in data.consents
        ],
        ["Zweck", "Erteilt am", "Textfassung", "Quelle", "Widerrufen am"],
        widths=[3, 1.3, 1.3, 2.2, 1.4],
    )
    story += _section(
        "Gruppen",
        [
            [g.group, "Ansprechperson" if g.is_contact else "Mitglied der Gruppe"]
            for g in data.groups
        ],
        ["Gruppe", "Rolle"],
        widths=[2, 1],
    )
    story += _section(
        "Partnerorganisationen",
        [
            [p.organisation, _PARTNER_KINDS.get(p.kind, p.kind), p.function]
            for p in data.partner_roles
        ],
        ["Organisation", "Art", "Ihre Funktion"],
        widths=[2, 1, 2],
    )
    story += _section(
        "Raumbelegungen",
        [
            [
                _moment(b.starts_at),
                b.title,
                ", ".join(b.rooms),
                _roles(b.roles),
            ]
            for b in data.bookings
        ]
        + [
            [
                f"ab {format_date(s.first_date)}"
                + (f" bis {format_date(s.until_date)}" if s.until_date else ""),
                f"{s.title} (regelmäßig, {s.start_time:%H:%M}–{s.end_time:%H:%M} Uhr)",
                ", ".join(s.rooms),
                _roles(s.roles),
            ]
            for s in data.booking_series
        ],
        ["Wann", "Titel", "Raum", "Ihre Rolle"],
        widths=[1.5, 2.5, 1.3, 1.5],
    )
    story += _section(
        "Treffen und Veranstaltungen",
        [
            [
                _moment(m.starts_at),
                m.title + (" (gefördert)" if m.is_funded_event else ""),
                _MEETING_KINDS.get(m.kind, m.kind),
                _roles(m.roles),
            ]
            for m in data.meetings
        ],
        ["Wann", "Titel", "Art", "Ihre Rolle"],
        widths=[1.5, 2.5, 1.5, 1.5],
    )
    story += _section(
        "Aufgaben aus Treffen",
        [
            [a.description, a.meeting, format_date(a.due_date), format_date(a.done_on)]
            for a in data.action_items
        ],
        ["Aufgabe", "Treffen", "Fällig", "Erledigt"],
        widths=[3, 2, 1, 1],
    )
    story += _section(
        "Förderanträge",
        [
            [a.title, _APPLICATION_STATUS.get(a.status, a.status), _roles([a.role])]
            for a in data.funding_applications
        ],
        ["Antrag", "Stand", "Ihre Rolle"],
        widths=[3, 1, 1],
    )
    story += _section(
        "Belege der Kasse",
        [
            [
                f"{r.year}-{r.number}",
                format_date(r.receipt_date),
                r.counterparty,
                r.purpose,
                format_money(r.amount),
            ]
            for r in data.receipts
        ],
        ["Beleg", "Datum", "Empfänger/Zahler", "Zweck", "Betrag"],
        widths=[1, 1.1, 2, 2.5, 1.2],
        align_right=[4],
    )
    if data.user_account is not None:
        account = data.user_account
        story += [
            para("Benutzerkonto im Programm", st.heading),
            key_value_table(
                [
                    ("Benutzername", account.username),
                    ("Angezeigter Name", account.display_name),
                    ("Rolle", _USER_ROLES.get(account.role, account.role)),
                    ("Aktiv", "ja" if account.is_active else "nein"),
                    (
                        "Letzte Anmeldung",
                        _moment(account.last_login_at) if account.last_login_at else "",
                    ),
                ]
            ),
        ]
    story += _section(
        "Ihre Datenschutz-Anfragen",
        [
            [
                _REQUEST_KINDS.get(r.kind, r.kind.value),
                format_date(r.received_on),
                format_date(r.due_on),
                format_date(r.answered_on) or "offen",
            ]
            for r in data.privacy_requests
        ],
        ["Anfrage", "Eingegangen", "Frist", "Beantwortet"],
        widths=[2, 1, 1, 1],
    )
    story += _section(
        "Änderungsprotokoll",
        [
            [
                _moment(e.at),
                e.username,
                _AUDIT_ENTITIES.get(e.entity, e.entity),
                _AUDIT_ACTIONS.get(e.action, e.action),
                _fields(list(e.changes)),
            ]
            for e in data.audit_trail
        ],
        ["Wann", "Wer", "Was", "Aktion", "Felder"],
        widths=[1.4, 1.6, 1.4, 1.1, 2.6],
    )
    story += [
        para("Zwecke, Empfänger und Speicherdauer", st.heading),
        para(
            "Die folgende Übersicht gilt für alle Personen in unserer Verwaltung. Daten "
            "ehemaliger Mitglieder bewahren wir "
            f"{data.retention_years} Jahre auf; Belege und Nachweise geförderter "
            f"Veranstaltungen {LEGAL_RETENTION_YEARS} Jahre, weil das Gesetz bzw. die "
            "Fördermittelgeber es verlangen. In dieser Zeit sind die Daten gesperrt: sie "
            "werden nur noch für diesen Zweck verwendet. Danach werden Namen und "
            "Kontaktdaten entfernt; nur Zahlen für die Statistik bleiben."
        ),
        table(
            ["Daten", "Zweck und Rechtsgrundlage", "Empfänger", "Speicherdauer"],
            [
                [
                    f"{p.category}: {p.data}",
                    f"{p.purposes} ({p.legal_basis})",
                    p.recipients,
                    p.retention,
                ]
                for p in data.processing
            ],
            widths=[2, 2.4, 2, 2],
        ),
        para("Herkunft der Daten", st.heading),
        para(data.source),
        para("Ihre Rechte", st.heading),
        para(
            "Sie können verlangen, dass wir unrichtige Daten berichtigen (Art. 16 DSGVO), "
            "Daten löschen (Art. 17) oder ihre Verarbeitung einschränken (Art. 18), und Sie "
            "können der Verarbeitung widersprechen (Art. 21). Eine Einwilligung können Sie "
            "jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3). Sie haben außerdem das "
            "Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77), in "
            "Baden-Württemberg beim Landesbeauftragten für den Datenschutz und die "
            "Informationsfreiheit."
        ),
        para(
            "Wir übermitteln Ihre Daten nicht in Länder außerhalb der EU und treffen keine "
            "automatisierten Entscheidungen über Sie.",
        ),
    ]
    return story


def write_access_report(path: Path, data: AccessData) -> Path:
    """Write the PDF to ``path`` (raises ``ReportFailed``); returns the path."""
    person = data.person
    name = f"{person.first_name} {person.last_name}".strip()
    return build_pdf(
        path,
        title=TITLE,
        centre_name=data.controller.name,
        story=access_story(data),
        printed_on=data.created_on,
        subject=f"Auskunft nach Art. 15 DSGVO für {name}",
    )
