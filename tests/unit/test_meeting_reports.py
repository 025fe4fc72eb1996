"""The meeting PDFs (invitation, attendance list, minutes) from hand-built views: no
database. Every PDF is read back with pypdf and checked for its content."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from quartierstreff.db.models import DecisionResult, MeetingKind
from quartierstreff.reports.meetings import (
    DEFAULT_EMPTY_ROWS,
    attendance_summary,
    duration,
    has_salutation,
    meeting_days,
    meeting_time,
    text_pieces,
    write_attendance_list,
    write_invitation,
    write_minutes,
)
from quartierstreff.services.meetings import (
    ActionItemView,
    AgendaItemView,
    AttendeeView,
    DecisionView,
    MeetingView,
    PersonRef,
    QuorumView,
)
from quartierstreff.services.views import CentreProfileView

PRINTED = dt.date(2026, 11, 24)
START = dt.datetime(2026, 12, 8, 19, 0)
CENTRE = CentreProfileView(
    name="Bürgertreff Süd e.V.",
    street="Böblinger Straße 12",
    postal_code="70199",
    city="Stuttgart",
    email="info@buergertreff-sued.de",
    phone="0711 123456",
)
TRICKY = "Kaffee & Kuchen <für alle> „Zitat“ – 12,50 € Übergröße"


def _agenda(count: int = 4) -> tuple[AgendaItemView, ...]:
    titles = ["Begrüßung", "Bericht des Vorstands", "Haushalt 2027", TRICKY]
    return tuple(
        AgendaItemView(
            id=100 + n,
            number=n,
            title=titles[n - 1] if n <= len(titles) else f"Punkt Nummer {n}",
            presenter="Anna Beispiel" if n % 2 else "",
            planned_minutes=15 if n != 2 else 30,
            minutes_text=f"Zu Punkt {n} wurde gesprochen.\nZweite Zeile {n}.",
        )
        for n in range(1, count + 1)
    )


def _meeting(**changes: object) -> MeetingView:
    invitees = (
        PersonRef(1, "Zoe", "Zimmermann"),
        PersonRef(2, "Ömer", "Öztürk"),
        PersonRef(3, "Anna", "Beispiel"),
        PersonRef(4, "Bernd", "ärmel"),
    )
    decisions = (
        DecisionView(
            1, 7, 103, 3, "Der Haushalt 2027 wird beschlossen.", 12, 3, 1, DecisionResult.ADOPTED
        ),
        DecisionView(
            2, 7, None, None, "Das Sommerfest wird verschoben.", 0, 0, 0, DecisionResult.DEFERRED
        ),
    )
    actions = (
        ActionItemView(
            1,
            7,
            "MV",
            START,
            103,
            "Haushalt an die Stadt schicken",
            3,
            "Anna Beispiel",
            dt.date(2026, 12, 20),
            None,
            agenda_number=3,
        ),
        ActionItemView(
            2,
            7,
            "MV",
            START,
            None,
            "Protokoll verteilen",
            1,
            "Zoe Zimmermann",
            None,
            dt.date(2026, 12, 10),
        ),
    )
    view = MeetingView(
        id=7,
        version=1,
        kind=MeetingKind.GENERAL_ASSEMBLY,
        title="Mitgliederversammlung 2026",
        starts_at=START,
        ends_at=START.replace(hour=21, minute=30),
        room_id=1,
        room_name="Großer Saal",
        location_note="",
        group_id=None,
        group_name="",
        chair_id=3,
        chair_name="Anna Beispiel",
        minute_taker_id=1,
        minute_taker_name="Zoe Zimmermann",
        invitees=invitees,
        agenda=_agenda(),
        attendance=(
            AttendeeView(1, 1, "Zoe", "Zimmermann", "", False),
            AttendeeView(2, None, "Gisela", "Gast", "Nachbarschaftsverein", True),
        ),
        anonymous_visitors=3,
        children=2,
        decisions=decisions,
        action_items=actions,
        invitation_text="zu unserer jährlichen Versammlung laden wir herzlich ein.\n"
        "Bitte bringt eure Ideen mit!",
        minutes_text="Die Versammlung wurde pünktlich eröffnet.",
        invitation_sent_on=dt.date(2026, 11, 20),
        is_funded_event=False,
        funder_line="",
        notice=None,
        quorum=QuorumView(118, 14, 12, True, "beschlussfähig ab 10 % der Mitglieder (12 von 118)"),
    )
    return dataclasses.replace(view, **changes)  # type: ignore[arg-type]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _assert_a4(path: Path, title: str) -> None:
    reader = PdfReader(path)
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - A4[0]) < 1
        assert abs(float(page.mediabox.height) - A4[1]) < 1
    assert reader.metadata is not None
    assert reader.metadata.title == title


# --- pure helpers ---------------------------------------------------------------------


def test_time_and_duration_texts() -> None:
    meeting = _meeting()
    assert meeting_time(meeting) == "19:00–21:30 Uhr"
    assert meeting_time(_meeting(ends_at=None)) == "ab 19:00 Uhr"
    two_days = _meeting(
        starts_at=dt.datetime(2026, 12, 5, 10), ends_at=dt.datetime(2026, 12, 6, 16)
    )
    assert meeting_time(two_days) == "10:00 Uhr (05.12.2026) bis 16:00 Uhr (06.12.2026)"
    assert duration(45) == "45 Min." and duration(120) == "2 Std."
    assert duration(105) == "1 Std. 45 Min."


def test_meeting_days() -> None:
    assert meeting_days(_meeting()) == [START.date()]
    weekend = _meeting(starts_at=dt.datetime(2026, 12, 5, 10), ends_at=dt.datetime(2026, 12, 7, 16))
    assert meeting_days(weekend) == [dt.date(2026, 12, d) for d in (5, 6, 7)]
    late = _meeting(starts_at=START, ends_at=dt.datetime(2026, 12, 9, 1, 30))
    assert meeting_days(late) == [START.date()]  # a late evening is one day


def test_text_pieces_keep_lines_and_cut_long_ones() -> None:
    assert list(text_pieces("a\n\nb")) == ["a", "", "b"]
    long_line = " ".join(["Wort"] * 3000)
    pieces = list(text_pieces(long_line, 2000))
    assert all(len(piece) <= 2000 for piece in pieces)
    assert " ".join(pieces) == long_line
    assert "".join(text_pieces("x" * 4500, 2000)) == "x" * 4500


def test_attendance_summary() -> None:
    assert attendance_summary(_meeting()) == (
        "2 Personen (davon 1 Gast), dazu 3 ohne Namen und 2 Kinder"
    )
    assert attendance_summary(_meeting(attendance=(), anonymous_visitors=0, children=0)) == (
        "0 Personen"
    )


# --- the invitation --------------------------------------------------------------------


def test_invitation(tmp_path: Path) -> None:
    path = write_invitation(tmp_path / "einladung.pdf", _meeting(), CENTRE, printed_on=PRINTED)
    _assert_a4(path, "Einladung Mitgliederversammlung 08.12.2026")
    text = "\n".join(_pages(path))
    flat = _flat(text)
    for expected in (
        "Bürgertreff Süd e.V.",
        "Böblinger Straße 12",
        "70199 Stuttgart",
        "Stuttgart, 24.11.2026",
        "Einladung zur Mitgliederversammlung am Dienstag, 08.12.2026",
        "„Mitgliederversammlung 2026“",
        "Liebe Mitglieder,",
        "zu unserer jährlichen Versammlung",
        "Bitte bringt eure Ideen mit!",
        "19:00–21:30 Uhr",
        "Großer Saal",
        "Tagesordnung",
        "Bericht des Vorstands",
        "Haushalt 2027",
        TRICKY,
        "Geplante Dauer insgesamt",
        "1 Std. 15 Min.",
        "Mit freundlichen Grüßen",
        "Anna Beispiel",
        "Seite 1 von 1",
        "Gedruckt am 24.11.2026",
    ):
        assert expected in flat, expected
    # the invitation text keeps its line break
    assert "Versammlung laden wir herzlich ein.\nBitte" in text


def test_invitation_without_chair_profile_or_agenda(tmp_path: Path) -> None:
    meeting = _meeting(
        chair_name="",
        agenda=(),
        invitation_text="",
        kind=MeetingKind.PUBLIC_EVENT,
        title="Nachbarschaftsfest",
        is_funded_event=True,
        funder_line="Gefördert von der Allianz für Beteiligung",
    )
    path = write_invitation(tmp_path / "e.pdf", meeting, CENTRE, printed_on=PRINTED)
    flat = _flat("\n".join(_pages(path)))
    assert "Einladung zur Veranstaltung am Dienstag, 08.12.2026" in flat
    assert "hiermit laden wir herzlich zur Veranstaltung ein." in flat
    assert "Die Tagesordnung folgt." in flat
    assert "Gefördert von der Allianz für Beteiligung" in flat
    # the centre signs when there is no chair
    assert flat.count("Bürgertreff Süd e.V.") >= 3  # header, address block, signature
    bare = write_invitation(tmp_path / "f.pdf", meeting, None, printed_on=PRINTED)
    assert "24.11.2026" in "\n".join(_pages(bare))


def test_invitation_text_with_its_own_salutation(tmp_path: Path) -> None:
    assert has_salutation("Liebe Mitglieder,\nwir laden ein.")
    assert has_salutation("  Hallo zusammen!")
    assert not has_salutation("Liebe Grüße gehen an alle, die kommen und helfen wollen")
    assert not has_salutation("wir laden ein,")
    meeting = _meeting(invitation_text="Liebe Mitglieder,\n\nwir laden herzlich ein.")
    path = write_invitation(tmp_path / "e.pdf", meeting, CENTRE, printed_on=PRINTED)
    assert "\n".join(_pages(path)).count("Liebe Mitglieder,") == 1


def test_invitation_with_200_items(tmp_path: Path) -> None:
    meeting = _meeting(agenda=_agenda(200))
    started = time.perf_counter()
    path = write_invitation(tmp_path / "lang.pdf", meeting, CENTRE, printed_on=PRINTED)
    seconds = time.perf_counter() - started
    pages = _pages(path)
    flat = _flat("\n".join(pages))
    assert len(pages) >= 4
    for n in range(5, 201):
        assert f"Punkt Nummer {n}" in flat
    assert "Geplante Dauer insgesamt" in flat
    assert duration(15 * 199 + 30) in flat
    assert all("TOP" in page for page in pages[1:-1])  # the head repeats on each page
    assert seconds < 10


# --- the attendance list ---------------------------------------------------------------


def _rows(page: str) -> list[int]:
    """The row numbers on a page (a number alone on its line or before a name)."""
    return [int(n) for n in re.findall(r"^\s*(\d{1,3})\s*$", page, flags=re.MULTILINE)]


def test_attendance_list(tmp_path: Path) -> None:
    meeting = _meeting(children=0)
    path = write_attendance_list(tmp_path / "liste.pdf", meeting, CENTRE, printed_on=PRINTED)
    _assert_a4(path, "Anwesenheitsliste Mitgliederversammlung 08.12.2026")
    pages = _pages(path)
    assert len(pages) == 1
    page = _flat(pages[0])
    for expected in (
        "Anwesenheitsliste",
        "Veranstaltung Mitgliederversammlung 2026 Datum",
        "Dienstag, 08.12.2026",
        "19:00–21:30 Uhr",
        "Großer Saal",
        "Nr. Vorname Nachname Organisation Unterschrift",
        "Art. 6 Abs. 1 lit. b DSGVO",
        "nach Ablauf der Aufbewahrungsfrist gelöscht",
    ):
        assert expected in page, expected
    # invitees and the guest already listed, in German order (Ä with A, Ö with O)
    names = [
        "Bernd ärmel",
        "Anna Beispiel",
        "Gisela Gast Nachbarschaftsverein",
        "Ömer Öztürk",
        "Zoe Zimmermann",
    ]
    positions = [page.index(name) for name in names]
    assert positions == sorted(positions)
    numbers = _rows(pages[0])
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) - len(names) >= DEFAULT_EMPTY_ROWS
    assert "Kinder" not in page  # a members' meeting counts no children


def _row_heights(path: Path) -> list[float]:
    """The distances (mm) between the row numbers of the first page, top to bottom."""
    ys: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if re.fullmatch(r"\d{1,3}", text.strip()):
            ys.append(cm[5] + tm[5] * cm[3])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return [(a - b) / 72 * 25.4 for a, b in itertools.pairwise(ys)]


def test_attendance_rows_fill_the_page_and_are_tall(tmp_path: Path) -> None:
    path = write_attendance_list(tmp_path / "a.pdf", _meeting(), CENTRE, printed_on=PRINTED)
    heights = _row_heights(path)
    assert heights and all(9 <= height <= 11 for height in heights), heights
    rows = len(_rows(_pages(path)[0]))
    # 10 mm rows on A4: about 20 of them under the head; the page is full
    assert 17 <= rows <= 24
    more = write_attendance_list(
        tmp_path / "b.pdf", _meeting(), CENTRE, printed_on=PRINTED, empty_rows=rows
    )
    pages = _pages(more)
    assert len(pages) == 2
    numbers = [n for page in pages for n in _rows(page)]
    assert numbers == list(range(1, len(numbers) + 1))  # counted on across pages
    assert len(numbers) - 5 >= rows
    assert "Blatt 2 von 2" in pages[1]
    assert all("DSGVO" in page for page in pages)


def test_attendance_many_people_flow_with_the_head_repeated(tmp_path: Path) -> None:
    invitees = tuple(PersonRef(n, f"Vorname{n:03}", f"Name{n:03}") for n in range(1, 61))
    meeting = _meeting(invitees=invitees, attendance=())
    path = write_attendance_list(tmp_path / "v.pdf", meeting, CENTRE, printed_on=PRINTED)
    pages = _pages(path)
    assert len(pages) >= 3
    text = "\n".join(pages)
    for n in range(1, 61):
        assert f"Name{n:03}" in text
    for index, page in enumerate(pages, start=1):
        assert f"Blatt {index} von {len(pages)}" in page
        assert "Dienstag, 08.12.2026" in page
        assert "Unterschrift" in page
        assert "DSGVO" in page
    empties = len([n for page in pages for n in _rows(page)]) - 60
    assert empties >= DEFAULT_EMPTY_ROWS
    # no organisation column when nobody has one at a members' meeting
    assert "Organisation" not in text


def test_attendance_one_page_set_per_day(tmp_path: Path) -> None:
    meeting = _meeting(
        kind=MeetingKind.PUBLIC_EVENT,
        title="Zukunftswerkstatt",
        starts_at=dt.datetime(2026, 12, 5, 10),
        ends_at=dt.datetime(2026, 12, 6, 16),
        is_funded_event=True,
        funder_line="Gefördert durch das Programm „Nachbarschaftsgespräche“",
        invitees=(),
        attendance=(),
        supervising_adult="Petra Pädagogin",
    )
    path = write_attendance_list(tmp_path / "w.pdf", meeting, CENTRE, printed_on=PRINTED)
    _assert_a4(path, "Teilnehmendenliste Öffentliche Veranstaltung 05.12.2026")
    pages = _pages(path)
    assert len(pages) == 2
    assert "Samstag, 05.12.2026 (Tag 1 von 2)" in pages[0]
    assert "Sonntag, 06.12.2026 (Tag 2 von 2)" in pages[1]
    for page in pages:
        flat = _flat(page)
        assert "Teilnehmendenliste" in flat
        assert "Organisation" in flat  # always for a public, funded event
        assert "Nachbarschaftsgespräche" in flat
        assert "Fördermittelgeber" in flat and "Art. 6 Abs. 1 lit. c DSGVO" in flat
        assert "Veranstalter Bürgertreff Süd e.V." in flat
        assert "Aufsichtsperson: Petra Pädagogin" in flat
        numbers = _rows(page)
        assert numbers == list(range(1, len(numbers) + 1))  # numbered per day
        assert len(numbers) >= 15


def test_attendance_without_empty_rows(tmp_path: Path) -> None:
    path = write_attendance_list(
        tmp_path / "n.pdf", _meeting(), CENTRE, printed_on=PRINTED, empty_rows=0
    )
    pages = _pages(path)
    assert len(pages) == 1  # still the page filled


# --- the minutes -------------------------------------------------------------------------


def test_minutes(tmp_path: Path) -> None:
    path = write_minutes(tmp_path / "protokoll.pdf", _meeting(), CENTRE, printed_on=PRINTED)
    _assert_a4(path, "Protokoll Mitgliederversammlung 08.12.2026")
    text = "\n".join(_pages(path))
    flat = _flat(text)
    for expected in (
        "Protokoll der Mitgliederversammlung",
        "Mitgliederversammlung 2026",
        "Dienstag, 08.12.2026",
        "19:00–21:30 Uhr",
        "Großer Saal",
        "Sitzungsleitung Anna Beispiel",
        "Protokoll Zoe Zimmermann",
        "2 Personen (davon 1 Gast), dazu 3 ohne Namen und 2 Kinder",
        "Beschlussfähig ja (14 von 118 Mitgliedern anwesend, nötig: 12)",
        "Die Versammlung wurde pünktlich eröffnet.",
        "TOP 1: Begrüßung",
        "TOP 2: Bericht des Vorstands",
        "TOP 3: Haushalt 2027",
        f"TOP 4: {TRICKY}",
        "Beschluss: Der Haushalt 2027 wird beschlossen.",
        "Ja 12 · Nein 3 · Enthaltung 1 — angenommen",
        "Weitere Beschlüsse",
        "Beschluss: Das Sommerfest wird verschoben.",
        "Ergebnis: vertagt",
        "Aufgaben",
        "Was Wer Bis wann erledigt",
        "Haushalt an die Stadt schicken",
        "zu TOP 3",
        "20.12.2026",
        "Protokoll verteilen",
        "10.12.2026",
        "Unterschriften",
        "Stuttgart, den",
        "Datum und Unterschrift Sitzungsleitung Anna Beispiel",
        "Datum und Unterschrift Protokoll Zoe Zimmermann",
    ):
        assert expected in flat, expected
    # the items in order, each with its text and line breaks kept
    positions = [flat.index(f"TOP {n}:") for n in range(1, 5)]
    assert positions == sorted(positions)
    assert "Zu Punkt 3 wurde gesprochen.\nZweite Zeile 3." in text
    # the decision stands under its item, before the next one
    assert positions[2] < flat.index("Der Haushalt 2027 wird") < positions[3]
    assert flat.index("Weitere Beschlüsse") > positions[3]


def test_minutes_of_a_board_meeting_without_quorum_or_action_items(tmp_path: Path) -> None:
    meeting = _meeting(
        kind=MeetingKind.BOARD,
        title="Vorstandssitzung",
        quorum=None,
        action_items=(),
        decisions=(),
        chair_name="",
        minute_taker_name="",
    )
    path = write_minutes(tmp_path / "v.pdf", meeting, None, printed_on=PRINTED)
    flat = _flat("\n".join(_pages(path)))
    assert "Protokoll der Vorstandssitzung" in flat
    assert "Beschlussfähig" not in flat
    assert "Aufgaben" not in flat
    assert "Ort, Datum und Unterschrift Sitzungsleitung" in flat


def test_minutes_with_200_items_and_a_huge_text(tmp_path: Path) -> None:
    words = ["Nachbarschaft", "Müller", "&", "<b>", "„Zitat“", "12,50 €", "Straße", "und"]
    huge = " ".join(words[n % len(words)] for n in range(40_000))[:200_000]
    huge = huge[:100_000] + "\n\nNeuer Absatz\n" + huge[100_000:199_000] + " ENDE"
    agenda = tuple(
        dataclasses.replace(item, minutes_text=f"Text zu {item.number}\nmit Zeilenumbruch")
        for item in _agenda(200)
    )
    decisions = tuple(
        DecisionView(n, 7, 100 + n, n, f"Beschluss Nummer {n}", n, 1, 0, DecisionResult.ADOPTED)
        for n in range(1, 201, 10)
    )
    meeting = _meeting(agenda=agenda, decisions=decisions, minutes_text=huge)
    started = time.perf_counter()
    path = write_minutes(tmp_path / "gross.pdf", meeting, CENTRE, printed_on=PRINTED)
    seconds = time.perf_counter() - started
    pages = _pages(path)
    text = "\n".join(pages)
    assert len(pages) > 40
    assert "ENDE" in text and "Neuer Absatz" in text
    assert text.count("„Zitat“") > 1000
    flat = _flat(text)
    for n in range(1, 201):
        assert f"TOP {n}:" in flat
    for n in range(1, 201, 10):
        assert f"Beschluss: Beschluss Nummer {n}" in flat
        assert f"Ja {n} · Nein 1 · Enthaltung 0 — angenommen" in flat
    assert f"Seite {len(pages)} von {len(pages)}" in pages[-1]
    assert seconds < 30, seconds


def test_minutes_with_long_decision_and_action_texts(tmp_path: Path) -> None:
    long_text = "\n".join(f"Absatz {n}: " + "Beschlusstext " * 60 for n in range(60))
    meeting = _meeting(
        decisions=(DecisionView(1, 7, 101, 1, long_text, 1, 0, 0, DecisionResult.ADOPTED),),
        action_items=(
            ActionItemView(1, 7, "MV", START, None, "Aufgabe " * 600, None, "", None, None),
        ),
    )
    path = write_minutes(tmp_path / "lang.pdf", meeting, CENTRE, printed_on=PRINTED)
    text = _flat("\n".join(_pages(path)))
    assert "Absatz 59:" in text
    assert "Ja 1 · Nein 0 · Enthaltung 0 — angenommen" in text


@pytest.mark.parametrize("writer", [write_invitation, write_attendance_list, write_minutes])
def test_special_characters_survive(tmp_path: Path, writer: object) -> None:
    meeting = _meeting(
        title=TRICKY,
        invitation_text=TRICKY,
        minutes_text=TRICKY,
        room_name="Raum <A> & B",
        invitees=(PersonRef(9, "Jürgen & Co", "<Müller>", "Verein „Ä“"),),
    )
    path = writer(tmp_path / "x.pdf", meeting, CENTRE, printed_on=PRINTED)  # type: ignore[operator]
    text = _flat("\n".join(_pages(path)))
    assert TRICKY in text
    assert "Raum <A> & B" in text
