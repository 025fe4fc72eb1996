"""Funding programmes as data: the shipped files, the validation that names file, line
and field, the canonical writing (round trip) and the services on both databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quartierstreff.db.models import AuditAction, AuditEntry, FundingProgramme
from quartierstreff.messages import describe
from quartierstreff.services import maintenance
from quartierstreff.services.errors import (
    ConcurrentEdit,
    FieldInvalid,
    ProgrammeExists,
    ProgrammeInvalid,
)
from quartierstreff.services.programmes import (
    INCOME_KINDS,
    STANDARD_COST_CATEGORIES,
    AttachmentRule,
    CostCategory,
    Programme,
    ReportingRule,
    SectionRule,
    check_programme,
    ensure_shipped_programmes,
    export_programme,
    get_programme,
    import_programme,
    install_shipped_programmes,
    list_programmes,
    parse_programme,
    programme_toml,
    programmes_dir,
    save_programme,
    set_programme_active,
    shipped_programmes,
)
from tests.conftest import ADMIN

SHIPPED = {
    "beteiligungstaler",
    "nachbarschaftsgespraeche",
    "gut_beraten",
    "quartiersimpulse",
    "sonstige",
}

GOOD = """\
format = 1
key = "taler"
name = "Beteiligungstaler"
funder = "Allianz für Beteiligung e.V."
call_date = 2025-01-15
min_grant = "500.00"
max_grant = "2000.00"
max_funding_rate = 90
deadlines = [2025-03-31]

[[categories]]
key = "material"

[[sections]]
key = "summary"
title = "Kurzbeschreibung"
max_chars = 1000

[[sections]]
key = "goals"
title = "Ziele"
max_chars = 1500

[[attachments]]
key = "statute"
title = "Satzung"

[reporting]
due_weeks_after_end = 6

[[reporting.sections]]
key = "done"
title = "Was wurde getan?"
"""


# --- the shipped files ---------------------------------------------------------------


def test_every_shipped_file_is_valid_and_round_trips() -> None:
    programmes = shipped_programmes()
    assert {p.key for p in programmes} == SHIPPED
    for programme in programmes:
        assert parse_programme(programme_toml(programme), source="x.toml") == programme
        assert programme.sections and programme.attachments and programme.reporting.sections
        assert programme.reporting.retention_years == 10
        assert programme.reporting.allowed_deviation_percent == 20
        assert {c.key for c in programme.categories} <= set(STANDARD_COST_CATEGORIES)
        if programme.key != "sonstige":
            assert programme.call_date is not None
            assert programme.call_note.startswith(
                f"Nach der Ausschreibung vom {programme.call_date:%d.%m.%Y}"
            )
            assert "aktuelle Ausschreibung prüfen" in programme.call_note


def test_shipped_figures_follow_the_domain() -> None:
    by_key = {p.key: p for p in shipped_programmes()}
    talk = by_key["nachbarschaftsgespraeche"]
    assert (talk.min_grant, talk.max_grant, talk.duration_months) == (
        Decimal(3000),
        Decimal(6000),
        6,
    )
    assert talk.section("kommune") is not None and {"fees", "material", "travel"} <= {
        c.key for c in talk.categories
    }
    taler = by_key["beteiligungstaler"]
    assert taler.max_grant == Decimal(2000) and "advice" not in {c.key for c in taler.categories}
    assert by_key["gut_beraten"].max_grant == Decimal(4000)
    impulse = by_key["quartiersimpulse"]
    assert (impulse.min_grant, impulse.max_grant, impulse.duration_months) == (
        Decimal(20000),
        Decimal(115000),
        24,
    )
    assert "Kommune" in impulse.applicants[0]
    other = by_key["sonstige"]
    assert other.name == "Sonstige Förderung" and other.max_grant is None and other.any_time


# --- reading ----------------------------------------------------------------------------


def test_a_good_definition_is_read() -> None:
    programme = parse_programme(GOOD, source="taler.toml")
    assert programme.call_date == dt.date(2025, 1, 15)
    assert programme.max_funding_rate == Decimal(90)
    assert programme.categories == (CostCategory("material", "Sachkosten und Material"),)
    assert [s.key for s in programme.sections] == ["summary", "goals"]
    assert programme.sections[0].required and programme.sections[0].max_chars == 1000
    assert programme.reporting.due_on(dt.date(2025, 6, 30)) == dt.date(2025, 8, 11)
    assert programme.item_limit("material") is None
    assert programme.category_label("donations") == INCOME_KINDS["donations"]


def test_without_categories_every_standard_one_is_allowed() -> None:
    text = GOOD.replace('[[categories]]\nkey = "material"\n', "")
    programme = parse_programme(text, source="x.toml")
    assert [c.key for c in programme.categories] == list(STANDARD_COST_CATEGORIES)


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[occurrence - 1]


BROKEN = [
    # (what to change, field, reason, where the line is: (needle, occurrence) or None)
    (("max_grant", "max_grnat"), "max_grnat", "unknown_key", ("max_grnat", 1)),
    (('max_grant = "2000.00"', 'max_grant = "-5"'), "max_grant", "amount_negative", None),
    (('max_grant = "2000.00"', 'max_grant = "1e12"'), "max_grant", "amount", None),
    (('max_grant = "2000.00"', 'max_grant = "12.000.000"'), "max_grant", "amount_too_high", None),
    (('max_grant = "2000.00"', "max_grant = 2000.5"), "max_grant", "type", None),
    (('max_grant = "2000.00"', 'max_grant = "100"'), "min_grant", "min_over_max", ("min_grant", 1)),
    (
        ("max_funding_rate = 90", "max_funding_rate = 120"),
        "max_funding_rate",
        "percent_range",
        None,
    ),
    (("max_funding_rate = 90", "max_funding_rate = 0"), "max_funding_rate", "percent_range", None),
    (("max_funding_rate = 90", 'max_funding_rate = "viel"'), "max_funding_rate", "percent", None),
    (("deadlines = [2025-03-31]", 'deadlines = ["31.3."]'), "deadlines", "date", None),
    (
        ("deadlines = [2025-03-31]", "deadlines = [2025-03-31]\nany_time = true"),
        "any_time",
        "any_time_with_deadlines",
        ("any_time", 1),
    ),
    (("call_date = 2025-01-15", 'call_date = "gestern"'), "call_date", "date", None),
    (('name = "Beteiligungstaler"\n', ""), "name", "missing", "none"),
    (('key = "taler"', 'key = "Taler!"'), "key", "key_format", ("Taler!", 1)),
    (("format = 1", "format = 2"), "format", "format_version", ("format", 1)),
    (("max_chars = 1500", "max_chars = 0"), "sections[2].max_chars", "too_small", None),
    (("max_chars = 1500", 'max_chars = "viel"'), "sections[2].max_chars", "type", None),
    (('key = "goals"', 'key = "summary"'), "sections[2].key", "duplicate", ('key = "summary"', 2)),
    (('title = "Ziele"\n', ""), "sections[2].title", "missing", ("[[sections]]", 2)),
    (("max_chars = 1500", "max_chras = 1500"), "sections[2].max_chras", "unknown_key", None),
    (
        ('title = "Was wurde getan?"', "title = 5"),
        "reporting.sections[1].title",
        "type",
        ("title = 5", 1),
    ),
    (
        ("due_weeks_after_end = 6", "due_weeks_after_end = 6\ndue_months_after_end = 2"),
        "reporting.due_weeks_after_end",
        "months_and_weeks",
        ("due_weeks_after_end", 1),
    ),
    (("[[attachments]]", "[[atachments]]"), "atachments", "unknown_key", ("[[atachments]]", 1)),
    (('key = "material"', 'key = "material"\nlabel = true'), "categories[1].label", "type", None),
]


@pytest.mark.parametrize(("change", "field", "reason", "where"), BROKEN)
def test_a_broken_file_names_file_line_and_field(
    change: tuple[str, str], field: str, reason: str, where: tuple[str, int] | str | None
) -> None:
    old, new = change
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    with pytest.raises(ProgrammeInvalid) as caught:
        parse_programme(text, source="taler.toml")
    error = caught.value
    assert (error.source, error.field, error.reason) == ("taler.toml", field, reason)
    if where == "none":
        assert error.line is None
    else:
        needle, occurrence = where if isinstance(where, tuple) else (new.splitlines()[-1], 1)
        assert error.line == _line_of(text, needle, occurrence)
    sentence = describe(error)
    assert sentence.startswith("taler.toml, ")
    assert f"Feld „{field}“" in sentence and "Es wurde nichts übernommen." in sentence
    if error.line:
        assert f"Zeile {error.line}" in sentence
    assert "{" not in sentence


def test_the_typo_names_the_closest_key() -> None:
    with pytest.raises(ProgrammeInvalid) as caught:
        parse_programme(GOOD.replace("max_grant", "max_grnat"), source="beteiligungstaler.toml")
    assert caught.value.detail == "max_grant"
    assert describe(caught.value) == (
        "beteiligungstaler.toml, Zeile 7, Feld „max_grnat“: Dieses Feld gibt es nicht – "
        "gemeint ist wohl „max_grant“. Es wurde nichts übernommen."
    )


def test_a_syntax_error_names_the_line() -> None:
    text = GOOD.replace('funder = "Allianz für Beteiligung e.V."', "funder = Allianz")
    with pytest.raises(ProgrammeInvalid) as caught:
        parse_programme(text, source="x.toml")
    assert (caught.value.reason, caught.value.line) == ("syntax", 4)
    assert describe(caught.value).startswith("x.toml, Zeile 4: Die Datei ist kein gültiges TOML")


@pytest.mark.parametrize(
    "text", ["", "\x00\x01", "format = 1\n[[sections]]\nkey = 'a'\ntitle = 'A"]
)
def test_garbage_is_refused_cleanly(text: str) -> None:
    with pytest.raises(ProgrammeInvalid):
        parse_programme(text, source="x.toml")


# --- writing --------------------------------------------------------------------------------


def test_special_characters_survive_the_round_trip() -> None:
    programme = Programme(
        key="mixed",
        name='Förder "Quote" \\ Backslash',
        funder="Stiftung\tTab",
        description="Zwei\nZeilen – mit Emoji 🙂 und \x07 Steuerzeichen",
        volunteer_hour_rate=Decimal("15.5"),
        min_own_share=Decimal("12.5"),
        sections=(SectionRule("a", "A", "Hilfe\nmehrzeilig", False, None),),
        attachments=(AttachmentRule("b", "B", False),),
        reporting=ReportingRule(due_months_after_end=6, allowed_deviation_percent=Decimal("7.5")),
    )
    assert parse_programme(programme_toml(programme), source="x") == programme


_keys = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
_texts = st.text(min_size=1, max_size=30).map(str.strip).filter(bool)
_amounts = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)
_percents = st.decimals(min_value=1, max_value=100, places=2, allow_nan=False)


@st.composite
def _programmes(draw: st.DrawFn) -> Programme:
    low, high = sorted([draw(_amounts), draw(_amounts)])
    section_keys = draw(st.lists(_keys, unique=True, max_size=4))
    any_time = draw(st.booleans())
    return Programme(
        key=draw(_keys),
        name=draw(_texts),
        funder=draw(_texts),
        call_date=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        min_grant=draw(st.none() | st.just(low)),
        max_grant=draw(st.none() | st.just(high)),
        max_funding_rate=draw(st.none() | _percents),
        max_per_item=draw(st.none() | _amounts),
        any_time=any_time,
        deadlines=()
        if any_time
        else tuple(sorted(set(draw(st.lists(st.dates(dt.date(2020, 1, 1)), max_size=3))))),
        duration_months=draw(st.none() | st.integers(1, 60)),
        categories=tuple(
            CostCategory(key, label, draw(st.none() | _amounts))
            for key, label in STANDARD_COST_CATEGORIES.items()
            if draw(st.booleans())
        ),
        sections=tuple(
            SectionRule(
                key,
                draw(_texts),
                draw(st.text(max_size=20)).strip(),
                draw(st.booleans()),
                draw(st.none() | st.integers(1, 10_000)),
            )
            for key in section_keys
        ),
        reporting=ReportingRule(
            due_weeks_after_end=draw(st.none() | st.integers(1, 52)),
            allowed_deviation_percent=draw(_percents),
        ),
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(_programmes())
def test_generated_programmes_round_trip(programme: Programme) -> None:
    assert parse_programme(programme_toml(programme), source="x") == programme


def test_check_programme_applies_the_file_rules() -> None:
    good = parse_programme(GOOD, source="x")
    with pytest.raises(ProgrammeInvalid) as caught:
        check_programme(replace(good, min_grant=Decimal(5000)))
    assert (caught.value.field, caught.value.reason) == ("min_grant", "min_over_max")
    assert caught.value.source == "taler.toml"


# --- services ------------------------------------------------------------------------------


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FundingProgramme)) or 0


def test_install_adds_the_missing_and_keeps_a_centres_edits(session: Session) -> None:
    assert install_shipped_programmes(session, ADMIN) == len(SHIPPED)
    assert _count(session) == len(SHIPPED)
    assert install_shipped_programmes(session, ADMIN) == 0
    entries = {e.programme.key: e for e in list_programmes(session, ADMIN)}
    taler = entries["beteiligungstaler"]
    row = session.get(FundingProgramme, taler.id)
    assert row is not None and row.max_funding_rate == Decimal("1.0000")
    assert row.max_grant == Decimal("2000.00") and row.call_date == dt.date(2025, 1, 15)
    changed = save_programme(
        session,
        ADMIN,
        replace(taler.programme, max_grant=Decimal(1800)),
        programme_id=taler.id,
        expected_version=taler.version,
    )
    assert changed.programme.max_grant == Decimal(1800) and changed.version == taler.version + 1
    assert install_shipped_programmes(session, ADMIN) == 0  # the centre's edit stays
    assert install_shipped_programmes(session, ADMIN, update=True) == 1
    assert get_programme(session, ADMIN, taler.id).programme.max_grant == Decimal(2000)


def test_ensure_installs_only_into_a_database_without_programmes(session: Session) -> None:
    assert maintenance.is_empty(session)
    assert ensure_shipped_programmes(session) == len(SHIPPED)
    assert maintenance.is_empty(session)  # the shipped programmes are no user data
    assert ensure_shipped_programmes(session) == 0
    creates = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "funding_programmes")
    ).all()
    assert {(e.action, e.username) for e in creates} == {(AuditAction.CREATE, "system")}


def test_save_refuses_a_taken_key_and_a_stale_version(session: Session) -> None:
    first = save_programme(session, ADMIN, parse_programme(GOOD, source="x"))
    with pytest.raises(FieldInvalid) as taken:
        save_programme(session, ADMIN, parse_programme(GOOD, source="x"))
    assert (taken.value.field, taken.value.reason) == ("key", "taken")
    with pytest.raises(ConcurrentEdit):
        save_programme(
            session,
            ADMIN,
            first.programme,
            programme_id=first.id,
            expected_version=first.version + 5,
        )
    with pytest.raises(ProgrammeInvalid):
        save_programme(session, ADMIN, replace(first.programme, max_grant=Decimal(-1)))
    assert _count(session) == 1


def test_import_adds_or_replaces_and_names_the_existing(session: Session) -> None:
    added = import_programme(session, ADMIN, GOOD, source="taler.toml")
    assert added.programme.name == "Beteiligungstaler" and added.is_active
    with pytest.raises(ProgrammeExists) as exists:
        import_programme(session, ADMIN, GOOD.replace("Beteiligungstaler", "Neu"), source="t")
    assert (exists.value.key, exists.value.name) == ("taler", "Beteiligungstaler")
    assert "„Beteiligungstaler“" in describe(exists.value)
    replaced = import_programme(
        session, ADMIN, GOOD.replace("Beteiligungstaler", "Neu"), source="t", replace=True
    )
    assert replaced.id == added.id and replaced.programme.name == "Neu"
    with pytest.raises(ProgrammeInvalid):
        import_programme(session, ADMIN, GOOD.replace("max_grant", "max_grnat"), source="t")
    assert get_programme(session, ADMIN, added.id).programme.name == "Neu"


def test_export_is_the_canonical_text_and_is_recorded(session: Session) -> None:
    added = import_programme(session, ADMIN, GOOD, source="taler.toml")
    text = export_programme(session, ADMIN, added.id)
    assert parse_programme(text, source="x") == added.programme
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)).one()
    assert entry.entity == "funding_programmes" and entry.entity_id == str(added.id)


def test_deactivated_programmes_are_left_out_on_request(session: Session) -> None:
    install_shipped_programmes(session, ADMIN)
    entry = list_programmes(session, ADMIN)[0]
    off = set_programme_active(session, ADMIN, entry.id, False, expected_version=entry.version)
    assert not off.is_active
    active = {e.id for e in list_programmes(session, ADMIN, include_inactive=False)}
    assert entry.id not in active and len(active) == len(SHIPPED) - 1


def test_the_shipped_folder_holds_only_definitions() -> None:
    assert {f.stem for f in programmes_dir().glob("*.toml")} == SHIPPED
    assert (programmes_dir() / "README.md").is_file()


def test_the_readme_example_is_valid() -> None:
    readme = (programmes_dir() / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    programme = parse_programme(example, source="README.md")
    assert programme.key == "stadtteilfonds" and programme.item_limit("fees") == Decimal(800)
    assert programme.item_limit("material") == Decimal(1500)
    assert programme.reporting.due_on(dt.date(2025, 11, 30)) == dt.date(2026, 2, 28)


def test_zero_limits_built_in_code_are_refused_not_dropped() -> None:
    good = parse_programme(GOOD, source="x")
    for changed, field in (
        (replace(good, duration_months=0), "duration_months"),
        (
            replace(good, sections=(replace(good.sections[0], max_chars=0),)),
            "sections[1].max_chars",
        ),
    ):
        with pytest.raises(ProgrammeInvalid) as caught:
            check_programme(changed)
        assert (caught.value.field, caught.value.reason) == (field, "too_small")
