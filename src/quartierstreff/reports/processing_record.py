"""Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO) as a PDF.

Filled in from the centre's profile and settings; the processing activities are those of
a Bürgertreff that uses this program. Whatever the profile lacks is printed as a line to
fill in by hand, so the printout is complete either way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from quartierstreff.dates import format_date
from quartierstreff.db.models import Role
from quartierstreff.reports.common import (
    RULE,
    build_pdf,
    key_value_table,
    para,
    styles,
    title_block,
)
from quartierstreff.services.processing_record import ProcessingRecordView

TITLE = "Verzeichnis von Verarbeitungstätigkeiten"
BLANK = "________________________________ (bitte ergänzen)"

_ROLE_NAMES = {
    Role.VOLUNTEER: "Ehrenamt",
    Role.TREASURER: "Kasse",
    Role.COORDINATOR: "Koordination",
    Role.ADMIN: "Admin",
}
_ROLE_RIGHTS = {
    Role.VOLUNTEER: "Belegungen und Treffen; von Personen nur Namen und Telefonnummern",
    Role.TREASURER: "Finanzen, Belege, Förderberichte; Personendaten lesen",
    Role.COORDINATOR: "alles außer Benutzerverwaltung und Änderungsprotokoll",
    Role.ADMIN: "alles, auch Benutzer, Rollen und Änderungsprotokoll",
}


@dataclass(frozen=True, slots=True)
class Activity:
    name: str
    purposes: str
    legal_basis: str
    people: str
    data: str
    recipients: str
    retention: str
    third_country: str = "Keine."


def activities(view: ProcessingRecordView) -> tuple[Activity, ...]:
    """The processing activities of a Bürgertreff, with the centre's retention period."""
    years = view.member_retention_years
    member_years = "1 Jahr" if years == 1 else f"{years} Jahre"
    return (
        Activity(
            name="Mitgliederverwaltung",
            purposes="Verwaltung der Mitgliedschaften nach der Satzung, Einladungen zu "
            "Mitgliederversammlungen, Beiträge, Mitgliederliste für den Vorstand; mit "
            "Einwilligung: Mitgliederliste für die Mitglieder, Geburtstagsliste.",
            legal_basis="Art. 6 Abs. 1 lit. b DSGVO (Mitgliedschaft); lit. c (steuerliche "
            "Aufzeichnungen); lit. a (Einwilligung: Mitgliederliste für Mitglieder, "
            "Geburtstagsliste).",
            people="Mitglieder, ehemalige Mitglieder.",
            data="Name, Anschrift, E-Mail, Telefon, Geburtsdatum (freiwillig), Beginn und "
            "Ende der Mitgliedschaft, Mitgliedsart, Gruppen, Einwilligungen mit Datum, "
            "Textfassung und Widerruf, Notizen.",
            recipients="Vorstand und Ehrenamtliche nach ihrer Rolle im Programm; Mitglieder "
            "(Mitgliederliste nur mit Einwilligung); Kreditinstitut beim Beitragseinzug.",
            retention=f"{member_years} nach Ende der Mitgliedschaft (Einstellung im Programm), "
            "danach Anonymisierung; Beitragsbuchungen wie Belege (siehe Förderanträge und "
            "Buchhaltung).",
        ),
        Activity(
            name="Raumbelegung und Vermietung",
            purposes="Vergabe und Planung der Räume, Belegungsplan, Schlüsselübergabe, "
            "Nutzungsentgelte und Kautionen bei privater Vermietung.",
            legal_basis="Art. 6 Abs. 1 lit. b DSGVO (Nutzungs- oder Mietvertrag); lit. f "
            "(Organisation des Hauses).",
            people="Ansprechpersonen der Gruppen, Mieterinnen und Mieter, verantwortliche "
            "Personen von Belegungen.",
            data="Name, Kontaktdaten, Gruppe, Termine und Räume, Schlüsselausgabe und "
            "-rückgabe, Entgelt und Kaution.",
            recipients="Vorstand, Koordination, Schlüsselverantwortliche; Aushang des "
            "Belegungsplans mit Titel und Gruppe der Belegung.",
            retention="Rechnungen und Kautionsbelege wie Belege; übrige Belegungsdaten bis "
            "zum Ende des folgenden Kalenderjahres (Empfehlung).",
        ),
        Activity(
            name="Treffen, Veranstaltungen und Teilnahmelisten",
            purposes="Einladung und Durchführung von Vorstandssitzungen, "
            "Mitgliederversammlungen und Veranstaltungen; Protokolle und Beschlüsse; "
            "Teilnahmenachweise für geförderte Veranstaltungen.",
            legal_basis="Art. 6 Abs. 1 lit. b DSGVO (Satzung); lit. c und f (Nachweis "
            "gegenüber Fördermittelgebern).",
            people="Mitglieder, Vorstand, Teilnehmende, Referentinnen und Referenten.",
            data="Name, bei Teilnahmelisten Unterschrift; bei Kindern nur die Anzahl und "
            "die begleitende erwachsene Person; Anwesenheit, Protokolle, Abstimmungen.",
            recipients="Mitglieder (Protokolle der Mitgliederversammlung); "
            "Fördermittelgeber (Teilnahmelisten im Verwendungsnachweis).",
            retention="Teilnahmelisten geförderter Veranstaltungen so lange, wie der "
            "Fördermittelgeber verlangt, danach Anonymisierung; Protokolle und Beschlüsse "
            "dauerhaft (Nachweis der Vereinsbeschlüsse).",
        ),
        Activity(
            name="Förderanträge und Buchhaltung",
            purposes="Beantragung, Abrechnung und Nachweis von Fördermitteln; Kassenführung "
            "und steuerliche Aufzeichnungen.",
            legal_basis="Art. 6 Abs. 1 lit. c DSGVO (§ 147 AO, Auflagen der "
            "Zuwendungsbescheide); lit. b (Honorar- und Lieferverträge).",
            people="Zahlungsempfänger, Honorarkräfte, Spenderinnen und Spender, "
            "Vertretungsberechtigte, Ansprechpersonen bei Partnern.",
            data="Name, Anschrift, Bankverbindung, Beträge, Verwendungszweck, Belege, "
            "Honorarvereinbarungen.",
            recipients="Fördermittelgeber, Finanzamt, Kassenprüferinnen und Kassenprüfer, "
            "Kreditinstitut; gegebenenfalls Steuerberatung.",
            retention="Belege 10 Jahre nach Ende des Kalenderjahres (§ 147 AO; für "
            "Buchungsbelege gelten seit 2025 gesetzlich 8 Jahre, längere Fristen aus "
            "Zuwendungsbescheiden gehen vor); danach Löschung.",
        ),
        Activity(
            name="Newsletter",
            purposes="Information über Angebote, Veranstaltungen und Neuigkeiten des Treffs "
            "per E-Mail.",
            legal_basis="Art. 6 Abs. 1 lit. a, Art. 7 DSGVO (Einwilligung).",
            people="Bezieherinnen und Bezieher des Newsletters.",
            data="Name, E-Mail-Adresse, Einwilligung mit Datum, Textfassung und Quelle, Widerruf.",
            recipients="Gegebenenfalls ein Versanddienstleister als Auftragsverarbeiter "
            "(Vertrag nach Art. 28 DSGVO).",
            retention="Bis zum Widerruf; der Nachweis der Einwilligung bis 3 Jahre nach dem "
            "Widerruf.",
            third_country="Keine, sofern der Versanddienstleister in der EU verarbeitet.",
        ),
        Activity(
            name="Fotos und Öffentlichkeitsarbeit",
            purposes="Berichte über Veranstaltungen auf der Website, in sozialen Medien und "
            "in Druckerzeugnissen (Flyer, Jahresbericht, Presse).",
            legal_basis="Art. 6 Abs. 1 lit. a DSGVO (Einwilligung, getrennt für Web und Druck).",
            people="Teilnehmende, Mitglieder, Gäste von Veranstaltungen.",
            data="Fotos, gegebenenfalls Name in der Bildunterschrift; Einwilligungen mit "
            "Datum, Textfassung und Widerruf.",
            recipients="Öffentlichkeit (Website, soziale Medien, Presse, Druck); Webhoster.",
            retention="Bis zum Widerruf: Fotos werden dann aus dem Web entfernt; bereits "
            "gedruckte Exemplare bleiben.",
            third_country="Bei sozialen Medien mit Sitz außerhalb der EU möglich (bitte prüfen).",
        ),
        Activity(
            name="Benutzerkonten und Änderungsprotokoll",
            purposes="Zugriffsschutz im Programm und Nachvollziehbarkeit von Änderungen und "
            "Exporten personenbezogener Daten.",
            legal_basis="Art. 6 Abs. 1 lit. c und f DSGVO (Sicherheit der Verarbeitung, Art. 32).",
            people="Ehrenamtliche und Vorstand mit Zugang zum Programm.",
            data="Benutzername, Name, Rolle, Anmeldezeiten, Fehlversuche, wer wann was "
            "geändert oder exportiert hat.",
            recipients="Admin (Benutzerverwaltung und Änderungsprotokoll).",
            retention="Solange das Benutzerkonto besteht; das Änderungsprotokoll solange "
            "die betroffenen Einträge aufbewahrt werden.",
        ),
    )


def write_processing_record(path: Path, view: ProcessingRecordView, *, printed_on: dt.date) -> Path:
    """Write the record of processing activities to ``path``; raises ``ReportFailed``."""
    st = styles()
    centre = view.profile.name or "Bürgertreff"
    story: list[Flowable] = [
        *title_block(TITLE, f"nach Art. 30 Abs. 1 DSGVO · Stand {format_date(view.as_of)}"),
        para("1. Verantwortlicher", st.heading),
        key_value_table(_controller(view)),
        para("2. Verarbeitungstätigkeiten", st.heading),
        para(
            "Die personenbezogenen Daten werden im Programm Quartierstreff auf Rechnern "
            "des Vereins verarbeitet. Je Tätigkeit: Zwecke, Rechtsgrundlage, betroffene "
            "Personen, Datenkategorien, Empfänger und Löschfristen.",
            st.body,
        ),
    ]
    for number, activity in enumerate(activities(view), start=1):
        story.append(
            KeepTogether(
                [
                    para(f"2.{number} {activity.name}", st.subheading),
                    key_value_table(
                        [
                            ("Zwecke", activity.purposes),
                            ("Rechtsgrundlage", activity.legal_basis),
                            ("Betroffene Personen", activity.people),
                            ("Kategorien von Daten", activity.data),
                            ("Empfänger", activity.recipients),
                            ("Übermittlung in Drittländer", activity.third_country),
                            ("Löschfristen", activity.retention),
                        ],
                        key_width=0.27,
                    ),
                ]
            )
        )
    story += [
        para("3. Technische und organisatorische Maßnahmen (Art. 32 DSGVO)", st.heading),
        *_measures(view),
        para("4. Freigabe", st.heading),
        para(
            "Dieses Verzeichnis wird bei jeder Änderung der Verarbeitung fortgeschrieben "
            "und der Aufsichtsbehörde auf Anfrage vorgelegt (Art. 30 Abs. 4 DSGVO).",
        ),
        Spacer(1, 18),
        _signature_block(view),
    ]
    return build_pdf(
        path,
        title=TITLE,
        centre_name=centre,
        story=story,
        printed_on=printed_on,
        subject=f"{TITLE} nach Art. 30 DSGVO, {centre}",
    )


def _or_blank(text: str) -> str:
    return text.strip() or BLANK


def _controller(view: ProcessingRecordView) -> list[tuple[str, str]]:
    profile = view.profile
    town = " ".join(part for part in (profile.postal_code, profile.city) if part)
    address = "\n".join(part for part in (profile.street, town) if part)
    register = ", ".join(part for part in (profile.register_court, profile.register_number) if part)
    return [
        ("Name", _or_blank(profile.name)),
        ("Rechtsform", profile.legal_form or "–"),
        ("Anschrift", _or_blank(address)),
        ("Telefon", _or_blank(profile.phone)),
        ("E-Mail", _or_blank(profile.email)),
        ("Internet", profile.website or "–"),
        ("Vereinsregister", register or "–"),
        ("Vertretungsberechtigte", _or_blank(profile.signatories)),
        ("Ansprechperson für Datenschutz", BLANK),
        (
            "Datenschutzbeauftragte/r",
            "Nicht benannt: nur nötig, wenn in der Regel mindestens 20 Personen ständig "
            "mit der Verarbeitung personenbezogener Daten beschäftigt sind (§ 38 BDSG). "
            "Falls benannt: " + BLANK,
        ),
        (
            "Aufsichtsbehörde",
            "Die oder der Landesbeauftragte für den Datenschutz des Landes, in dem der "
            "Verein seinen Sitz hat (in Baden-Württemberg: LfDI Baden-Württemberg).",
        ),
    ]


def _measures(view: ProcessingRecordView) -> list[Flowable]:
    users = sum(count for _role, count in view.users_by_role)
    if users:
        roles = "; ".join(
            f"{_ROLE_NAMES[role]}: {count} ({_ROLE_RIGHTS[role]})"
            for role, count in view.users_by_role
        )
        access = (
            f"Anmeldung mit Benutzername und Passwort; {users} aktive Benutzerkonten mit "
            f"Rollen – {roles}."
        )
    else:
        access = (
            "Noch sind keine Benutzer angelegt: das Programm ist ohne Anmeldung nutzbar. "
            "Empfehlung: Benutzer mit Rollen anlegen (Ehrenamt, Kasse, Koordination, Admin), "
            "damit jede Person nur sieht, was sie braucht."
        )
    when = "" if users else "Sobald Benutzer angelegt sind: "
    lock = when + (
        f"Der Bildschirm sperrt sich nach {view.idle_lock_minutes} Minuten ohne Eingabe."
        if view.idle_lock_minutes
        else "Die automatische Bildschirmsperre ist ausgeschaltet (Empfehlung: einschalten)."
    )
    second = (
        " Jede Sicherung wird zusätzlich in einen zweiten Ordner (z. B. USB-Stick) kopiert."
        if view.second_backup_folder
        else ""
    )
    measures = [
        ("Zugriffskontrolle", access),
        (
            "Passwörter",
            "Passwörter und PINs werden nur als Argon2-Hash gespeichert, nie im Klartext; "
            "nach wiederholten Fehlversuchen wird die Anmeldung vorübergehend gesperrt.",
        ),
        ("Bildschirmsperre", lock),
        (
            "Änderungsprotokoll",
            "Jede Änderung wird mit Benutzer und Zeit protokolliert, ebenso Exporte und "
            "Ausdrucke personenbezogener Listen (wie die Mitgliederliste).",
        ),
        (
            "Datensicherung",
            f"Automatische Sicherung spätestens alle {view.backup_interval_hours} Stunden "
            f"und beim Schließen des Programms; eine Sicherung wird vor dem "
            f"Wiederherstellen vollständig geprüft.{second}",
        ),
        (
            "Sperren und Löschen",
            "Daten ehemaliger Mitglieder werden nach Ablauf der Frist anonymisiert; was "
            "aufbewahrt werden muss, wird bis zum Ende seiner Frist gesperrt. Gelöschte "
            "Einträge liegen 30 Tage im Papierkorb und werden dann endgültig entfernt.",
        ),
        (
            "Datensparsamkeit",
            "Das Geburtsdatum ist freiwillig; Geburtstage und die Mitgliederliste werden "
            "nur mit Einwilligung an Mitglieder weitergegeben; Teilnahmelisten mit Kindern "
            "enthalten nur deren Anzahl.",
        ),
        (
            "Organisatorisch",
            "Ehrenamtliche mit Zugang werden auf die Vertraulichkeit verpflichtet; "
            "Ausdrucke mit personenbezogenen Daten werden verschlossen aufbewahrt und "
            "nach Gebrauch vernichtet.",
        ),
    ]
    return [key_value_table(measures, key_width=0.27)]


def _signature_block(view: ProcessingRecordView) -> Table:
    st = styles()
    signatories = view.profile.signatories.strip()
    below = "Unterschrift Vorstand" + (f"\n{signatories}" if signatories else "")
    data = [
        ["", "", ""],
        [
            para("Ort, Datum", st.small),
            "",
            para(below, st.small),
        ],
    ]
    table = Table(data, colWidths=[170, 30, 260], rowHeights=[28, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
