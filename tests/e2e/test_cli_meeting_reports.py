"""``quartierstreff report invitation|attendance|minutes`` on the demo centre: a meeting
made through the services, the three PDFs written by the command line and read back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.engine import make_url

from quartierstreff import clock
from quartierstreff.db.models import AuditAction, AuditEntry, DecisionResult, MeetingKind, Person
from quartierstreff.db.open import open_database
from quartierstreff.services import meetings
from quartierstreff.services.centre import get_profile
from tests.conftest import ADMIN
from tests.e2e.test_cli_users import Cli


@pytest.fixture
def cli(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    """The command line on a database with the demo centre (no users: no log-in)."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    runner = Cli(sqlite_url, capsys, monkeypatch)
    assert runner("demo") == 0
    return runner


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def _make_meeting(cli: Cli, tmp_path: Path) -> tuple[int, list[Person], str, str]:
    """A members' assembly in three weeks with invitees, agenda, attendance, minutes, a
    decision and an action item; returns its id, the invitees, the centre's name and town."""
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    day = clock.today() + dt.timedelta(days=21)
    try:
        with database.unit_of_work() as session:
            people = list(session.scalars(select(Person).order_by(Person.id).limit(3)))
            session.expunge_all()
            draft = meetings.MeetingDraft(
                kind=MeetingKind.GENERAL_ASSEMBLY,
                title="Mitgliederversammlung „Zukunft“ & Haushalt",
                day=day,
                start_time=dt.time(19, 0),
                end_time=dt.time(21, 0),
                location_note="Gemeindehaus <Saal 2>",
                invitee_ids=tuple(person.id for person in people),
                agenda=(
                    meetings.AgendaItemDraft("Begrüßung", "Vorstand", 10),
                    meetings.AgendaItemDraft("Haushalt 2027: 1.500 €", "Kasse", 30),
                    meetings.AgendaItemDraft("Verschiedenes"),
                ),
                invitation_text="wir laden herzlich ein.\nBitte pünktlich sein!",
            )
            meeting_id = meetings.create_meeting(session, ADMIN, draft, today=clock.today())
            view = meetings.get_meeting(session, ADMIN, meeting_id, today=clock.today())
            budget = view.agenda[1].id
            meetings.set_attendance(
                session,
                ADMIN,
                meeting_id,
                person_ids=[people[0].id, people[1].id],
                guests=(meetings.GuestDraft("Gerda", "Gast", "Nachbarschaftsverein"),),
                anonymous_visitors=2,
                children=1,
            )
            meetings.save_minutes(
                session, ADMIN, meeting_id, agenda_item_id=budget, text="Die Kasse berichtet."
            )
            meetings.save_minutes(
                session, ADMIN, meeting_id, agenda_item_id=None, text="Eröffnung um 19:05 Uhr."
            )
            meetings.save_decision(
                session,
                ADMIN,
                meeting_id,
                meetings.DecisionDraft(
                    "Der Haushalt wird beschlossen.", 2, 0, 1, DecisionResult.ADOPTED, budget
                ),
            )
            meetings.save_action_item(
                session,
                ADMIN,
                meeting_id,
                meetings.ActionItemDraft(
                    "Haushalt an das Amt schicken",
                    owner_id=people[0].id,
                    due_date=day + dt.timedelta(days=14),
                    agenda_item_id=budget,
                ),
            )
            profile = get_profile(session, ADMIN)
            assert profile is not None
            return meeting_id, people, profile.name, profile.city
    finally:
        database.close()


def test_three_meeting_documents(cli: Cli, tmp_path: Path) -> None:
    meeting_id, people, centre, town = _make_meeting(cli, tmp_path)
    day = (clock.today() + dt.timedelta(days=21)).strftime("%d.%m.%Y")
    today = clock.today().strftime("%d.%m.%Y")
    title = "Mitgliederversammlung „Zukunft“ & Haushalt"

    invitation = tmp_path / "einladung.pdf"
    assert cli("report", "invitation", "--meeting", str(meeting_id), "-o", str(invitation)) == 0
    assert cli.out.strip() == (
        f"Einladung zu „{title}“ am {day} mit 3 Tagesordnungspunkten gespeichert: {invitation}"
    )
    text = _text(invitation)
    for expected in (
        centre,
        f"{town}, {today}" if town else today,
        "Einladung zur Mitgliederversammlung am",
        day,
        f"„{title}“",
        "Liebe Mitglieder,",
        "Bitte pünktlich sein!",
        "19:00–21:00 Uhr",
        "Gemeindehaus <Saal 2>",
        "Haushalt 2027: 1.500 €",
        "Geplante Dauer insgesamt 40 Min.",
        "Mit freundlichen Grüßen",
    ):
        assert expected in text, expected
    reader = PdfReader(invitation)
    assert reader.metadata is not None
    assert reader.metadata.title == f"Einladung Mitgliederversammlung {day}"

    attendance = tmp_path / "liste.pdf"
    code = cli(
        "report",
        "attendance",
        "--meeting",
        str(meeting_id),
        "-o",
        str(attendance),
        "--empty-rows",
        "25",
    )
    assert code == 0
    assert cli.out.strip() == (
        f"Anwesenheitsliste für „{title}“ am {day} mit 4 Namen gespeichert: {attendance}"
    )
    text = _text(attendance)
    for person in people:
        assert f"{person.first_name} {person.last_name}" in text
    assert "Gerda Gast Nachbarschaftsverein" in text
    assert "Unterschrift" in text and "DSGVO" in text
    pages = [page.extract_text() for page in PdfReader(attendance).pages]
    assert len(pages) == 2  # 4 names + 25 empty rows, the second page filled
    numbers = [
        int(n) for page in pages for n in re.findall(r"^\s*(\d{1,3})\s*$", page, re.MULTILINE)
    ]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= 4 + 25

    minutes = tmp_path / "protokoll.pdf"
    assert cli("report", "minutes", "--meeting", str(meeting_id), "-o", str(minutes)) == 0
    assert cli.out.strip() == (
        f"Protokoll zu „{title}“ am {day} mit 3 Tagesordnungspunkten, 1 Beschluss und "
        f"1 Aufgabe gespeichert: {minutes}"
    )
    text = _text(minutes)
    for expected in (
        "Protokoll der Mitgliederversammlung",
        "3 Personen (davon 1 Gast), dazu 2 ohne Namen und 1 Kind",
        "Beschlussfähig",
        "Eröffnung um 19:05 Uhr.",
        "TOP 1: Begrüßung",
        "TOP 2: Haushalt 2027: 1.500 €",
        "Die Kasse berichtet.",
        "Beschluss: Der Haushalt wird beschlossen.",
        "Ja 2 · Nein 0 · Enthaltung 1 — angenommen",
        "TOP 3: Verschiedenes",
        "Haushalt an das Amt schicken",
        f"{people[0].first_name} {people[0].last_name}",
        "Unterschrift Sitzungsleitung",
        "Unterschrift Protokoll",
    ):
        assert expected in text, expected

    # Each document is an export of names: recorded in the audit trail.
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    try:
        with database.unit_of_work() as session:
            summaries = session.scalars(
                select(AuditEntry.summary).where(
                    AuditEntry.action == AuditAction.EXPORT,
                    AuditEntry.entity == "meeting",
                    AuditEntry.entity_id == str(meeting_id),
                )
            ).all()
    finally:
        database.close()
    assert sorted(summaries) == [
        "Anwesenheitsliste als PDF",
        "Einladung als PDF",
        "Protokoll als PDF",
    ]


def _meeting_ids(cli: Cli, tmp_path: Path) -> list[str]:
    database = open_database(make_url(cli.url), tmp_path, migrate=False, create=False)
    try:
        with database.unit_of_work() as session:
            return [str(row.id) for row in meetings.list_meetings(session, ADMIN)]
    finally:
        database.close()


def test_every_meeting_prints(cli: Cli, tmp_path: Path) -> None:
    """The demo's meetings (and one made here, so there is at least one)."""
    _make_meeting(cli, tmp_path)
    ids = _meeting_ids(cli, tmp_path)
    for meeting_id in ids:
        for kind in ("invitation", "attendance", "minutes"):
            target = tmp_path / f"{kind}-{meeting_id}.pdf"
            assert cli("report", kind, "--meeting", meeting_id, "-o", str(target)) == 0, cli.err
            assert cli.out.strip().endswith(f"gespeichert: {target}")
            assert "Seite 1 von" in _text(target)


def test_unknown_meeting_and_bad_arguments(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    for kind in ("invitation", "attendance", "minutes"):
        assert cli("report", kind, "--meeting", "99999", "-o", str(target)) == 1
        assert cli.err.strip() == (
            "Fehler: Ein Treffen mit der Nummer 99999 gibt es nicht. Die Treffen und ihre "
            "Nummern zeigt „quartierstreff meetings list“."
        )
        assert not target.exists()
    with pytest.raises(SystemExit) as exit_:
        cli("report", "minutes", "--meeting", "abc", "-o", str(target))
    assert exit_.value.code == 2
    assert "„abc“ ist keine Nummer eines Treffens" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        cli("report", "attendance", "--meeting", "1", "-o", str(target), "--empty-rows", "-3")
    assert exit_.value.code == 2
    assert "keine gültige Zahl leerer Zeilen" in capsys.readouterr().err
    first, *_ = _meeting_ids(cli, tmp_path) or [str(_make_meeting(cli, tmp_path)[0])]
    assert cli("report", "minutes", "--meeting", first, "-o", str(tmp_path / "no" / "x.pdf")) == 1
    assert "den Ordner gibt es nicht" in cli.err
