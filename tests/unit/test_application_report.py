"""The submission PDF of a funding application from hand-built views: no database.
Every PDF is read back with pypdf and checked for its content."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from quartierstreff.db.models import ApplicationStatus, PlanLineKind
from quartierstreff.money import format_money
from quartierstreff.reports.application import (
    DRAFT_BAND,
    MISSING_GLYPH,
    document_title,
    duration_text,
    period_text,
    printable,
    quantity_text,
    signatory_names,
    write_application,
)
from quartierstreff.reports.common import FONT, FONT_BOLD, MARGIN
from quartierstreff.services.funding import (
    STATUS_LABELS,
    ApplicationView,
    AttachmentView,
    Finding,
    PlanLineDraft,
    SectionText,
    check_application,
    plan_summary,
    plan_views,
)
from quartierstreff.services.programmes import (
    AttachmentRule,
    CostCategory,
    Programme,
    SectionRule,
)
from quartierstreff.services.views import CentreProfileView

PRINTED = dt.date(2026, 11, 24)
TRICKY = "Kaffee & Kuchen <für alle> „Zitat“ – 12,50 € Übergröße"
CENTRE = CentreProfileView(
    name="Bürgertreff Süd e.V.",
    street="Böblinger Straße 12",
    postal_code="70199",
    city="Stuttgart",
    email="info@buergertreff-sued.de",
    phone="0711 123456",
    legal_form="eingetragener Verein",
    register_court="Amtsgericht Stuttgart",
    register_number="VR 12345",
    tax_exemption_notice_on=dt.date(2025, 5, 12),
    tax_office="Finanzamt Stuttgart II",
    bank_account_holder="Bürgertreff Süd e.V.",
    iban="DE02 1203 0000 0000 2020 51",
    bank_name="GLS Bank",
    signatories="Maria Muster (1. Vorsitzende)\n\nÖmer Öztürk (Kassenwart)\n",
)
PROGRAMME = Programme(
    key="nachbarschaft",
    name="Nachbarschaftsgespräche",
    funder="Allianz für Beteiligung e.V.",
    call_date=dt.date(2026, 1, 15),
    call_note="Ausschreibung 2026",
    min_grant=Decimal(3000),
    max_grant=Decimal(6000),
    max_funding_rate=Decimal(90),
    categories=(
        CostCategory("fees", "Honorare"),
        CostCategory("material", "Sachkosten und Material"),
        CostCategory("travel", "Fahrtkosten"),
    ),
    sections=(
        SectionRule("summary", "Kurzbeschreibung", max_chars=1500),
        SectionRule("need", "Ausgangslage und Bedarf", max_chars=3000),
        SectionRule("goals", "Ziele", max_chars=2000),
        SectionRule("kommune", "Rolle der Kommune", required=False, max_chars=1500),
        SectionRule("extra", "Weitere Hinweise", required=False),
    ),
    attachments=(
        AttachmentRule("statutes", "Satzung"),
        AttachmentRule("register", "Auszug aus dem Vereinsregister"),
        AttachmentRule("letter", "Unterstützungsschreiben der Kommune", required=False),
    ),
)
SECTIONS = {
    "summary": "Wir laden die Nachbarschaft ein.\nZweite Zeile der Kurzbeschreibung.",
    "need": "Im Quartier fehlt ein Ort für Gespräche.\n\nNeuer Absatz: " + TRICKY,
    "goals": "1. Drei Gesprächsabende\n2. 60 Teilnehmende\n3. Ein Bericht an den Gemeinderat",
    "kommune": "",
    "extra": "",
}
COST, INCOME = PlanLineKind.COST, PlanLineKind.INCOME
LINES = (
    PlanLineDraft(COST, "fees", "Moderation", Decimal(40), "Std.", Decimal("55.50")),
    PlanLineDraft(COST, "material", "Flyer & Plakate", Decimal(500), "Stück", Decimal("0.35")),
    PlanLineDraft(COST, "fees", "Dokumentation", Decimal("2.5"), "Tag", Decimal(320)),
    PlanLineDraft(COST, "travel", "Fahrten der Moderation", Decimal(3), "Fahrt", Decimal("18.4")),
    PlanLineDraft(COST, "material", "Moderationskoffer", Decimal(1), "Stück", Decimal("149.99")),
    PlanLineDraft(INCOME, "own_funds", "Vereinsmittel", Decimal(1), "", Decimal(300)),
    PlanLineDraft(INCOME, "donations", "Spende Bäckerei", Decimal(1), "", Decimal("50.00")),
    PlanLineDraft(INCOME, "own_funds", "Rücklage", Decimal(1), "", Decimal("34.09")),
)


def _view(
    *,
    sections: dict[str, str] | None = None,
    lines: tuple[PlanLineDraft, ...] = LINES,
    requested: Decimal | None = None,
    provided: frozenset[str] = frozenset({"statutes", "register"}),
    centre: CentreProfileView = CENTRE,
    title: str = "Nachbarschaftsgespräche im Süden",
) -> ApplicationView:
    texts = SECTIONS if sections is None else sections
    plan = plan_views(PROGRAMME, lines)
    costs = plan_summary(plan, None, PROGRAMME)
    if requested is None:  # balanced: the grant covers what the income does not
        requested = costs.cost_total - costs.income_total
    summary = plan_summary(plan, requested, PROGRAMME)
    return ApplicationView(
        id=7,
        version=3,
        programme_id=1,
        programme=PROGRAMME,
        title=title,
        status=ApplicationStatus.DRAFT,
        status_label=STATUS_LABELS[ApplicationStatus.DRAFT],
        project_start=dt.date(2027, 3, 1),
        project_end=dt.date(2027, 8, 31),
        requested_amount=requested,
        approved_amount=None,
        funder_reference="",
        contact_person_id=1,
        contact_name="Anna Beispiel",
        report_due_on=None,
        sections=tuple(SectionText(rule, texts.get(rule.key, "")) for rule in PROGRAMME.sections),
        plan=plan,
        summary=summary,
        attachments=tuple(
            AttachmentView(rule.key, rule.title, rule.required, rule.key in provided)
            for rule in PROGRAMME.attachments
        ),
        attachments_provided=provided,
        history=(),
        applicant=centre,
    )


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(_pages(path)))


def _write(tmp_path: Path, view: ApplicationView, findings: list[Finding] | None = None) -> Path:
    found = check_application(view, today=PRINTED) if findings is None else findings
    return write_application(tmp_path / "antrag.pdf", view, found, printed_on=PRINTED)


# --- pure helpers ---------------------------------------------------------------------


def test_period_and_duration() -> None:
    assert period_text(dt.date(2027, 3, 1), dt.date(2027, 8, 31)) == (
        "01.03.2027 – 31.08.2027, 6 Monate"
    )
    assert duration_text(dt.date(2027, 1, 15), dt.date(2027, 2, 14)) == "1 Monat"
    assert duration_text(dt.date(2027, 1, 1), dt.date(2028, 12, 31)) == "24 Monate"
    assert duration_text(dt.date(2027, 3, 1), dt.date(2027, 3, 1)) == "1 Tag"
    assert duration_text(dt.date(2027, 3, 1), dt.date(2027, 3, 20)) == "20 Tage"
    assert duration_text(dt.date(2027, 3, 10), dt.date(2027, 8, 31)) == "rund 6 Monate"
    assert period_text(None, None) == "—"
    assert period_text(dt.date(2027, 3, 1), None) == "ab 01.03.2027"


def test_quantity_text() -> None:
    assert quantity_text(Decimal(12)) == "12"
    assert quantity_text(Decimal("2.500")) == "2,5"
    assert quantity_text(Decimal("0.125")) == "0,125"
    assert quantity_text(Decimal(1500)) == "1.500"
    assert quantity_text(Decimal("1E+2")) == "100"


def test_printable_drops_emoji_and_control_characters() -> None:
    """Emoji are dropped with their joiners and variation selectors; other characters
    the font lacks become □; control characters go, a tab becomes a space."""
    assert printable("Hallo 😀 Welt") == "Hallo  Welt"
    assert printable("Familie 👨‍👩‍👧 und 👍🏽!") == "Familie  und !"
    assert printable("Herz ❤️ bleibt") == "Herz ❤️ bleibt"  # DejaVu has ❤ (and U+FE0F)
    assert printable("a\x00b\x0bc\td\r\ne") == "abc d\ne"
    assert printable("中文") == MISSING_GLYPH  # one box for a run
    assert printable("ÄÖÜß „“ – € ☑ ☐") == "ÄÖÜß „“ – € ☑ ☐"


def test_signatory_names() -> None:
    assert signatory_names(CENTRE) == ["Maria Muster (1. Vorsitzende)", "Ömer Öztürk (Kassenwart)"]
    assert signatory_names(dataclasses.replace(CENTRE, signatories="  \n")) == []


def test_document_title_cuts_a_long_title() -> None:
    view = _view(title="Ein sehr langer Projekttitel " * 5)
    title = document_title(view, draft=True)
    assert title.startswith("Entwurf Förderantrag „Ein sehr langer")
    assert title.endswith("…“")
    assert len(title) < 90
    # Beside a long centre name the title is cut further: the header must not overlap.
    centre = dataclasses.replace(CENTRE, name="Bürger- und Nachbarschaftstreff Lindenviertel e.V.")
    shorter = document_title(
        _view(title="Ein sehr langer Projekttitel " * 5, centre=centre), draft=True
    )
    assert len(shorter) < len(title)
    name_width = stringWidth(centre.name, FONT_BOLD, 10)
    assert name_width + stringWidth(shorter, FONT, 8.5) < A4[0] - 2 * MARGIN
    assert document_title(_view(title="Kurz"), draft=False) == "Förderantrag „Kurz“"


# --- the PDF --------------------------------------------------------------------------


def test_complete_application(tmp_path: Path) -> None:
    view = _view()
    findings = check_application(view, today=PRINTED)
    assert not [f for f in findings if f.is_error], findings
    path = _write(tmp_path, view, findings)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Förderantrag „Nachbarschaftsgespräche im Süden“"
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))
    pages = _pages(path)
    text = _flat(path)
    cover = re.sub(r"\s+", " ", pages[0])
    for expected in (
        "Förderantrag",
        "Nachbarschaftsgespräche im Süden",
        "Nachbarschaftsgespräche",
        "Allianz für Beteiligung e.V.",
        "Stand der Ausschreibung",
        "Stand der Ausschreibung 15.01.2026",
        "Bürgertreff Süd e.V.",
        "eingetragener Verein",
        "Böblinger Straße 12",
        "70199 Stuttgart",
        "Amtsgericht Stuttgart, VR 12345",
        "Freistellungsbescheid vom 12.05.2025, Finanzamt Stuttgart II",
        "IBAN DE02 1203 0000 0000 2020 51",
        "Anna Beispiel",
        "01.03.2027 – 31.08.2027, 6 Monate",
        format_money(view.summary.requested),
        "Entwurf",  # the status label
    ):
        assert expected in cover, expected
    assert DRAFT_BAND not in text
    assert "Offene Punkte" not in text
    assert "Seite 1 von" in pages[0]
    assert "Gedruckt am 24.11.2026" in pages[0]
    # Every section in order, its line breaks kept.
    positions = [text.index(f"{n}. {rule.title}") for n, rule in enumerate(PROGRAMME.sections, 1)]
    assert positions == sorted(positions)
    joined = "\n".join(pages)
    for body in SECTIONS.values():
        for line in body.splitlines():
            if line.strip():
                assert re.sub(r"\s+", " ", line) in text, line
    assert "Wir laden die Nachbarschaft ein.\nZweite Zeile" in joined
    # The empty optional sections say "—".
    assert re.search(r"4\. Rolle der Kommune\s*—\s*5\. Weitere Hinweise\s*—", joined)


def test_plan_lines_subtotals_and_totals_to_the_cent(tmp_path: Path) -> None:
    view = _view()
    path = _write(tmp_path, view)
    text = _flat(path)
    plan = text[text.index("Kosten- und Finanzierungsplan") :]
    for line in view.plan:
        expected = (
            f"{line.description} {quantity_text(line.quantity)} "
            + (f"{line.unit} " if line.unit else "")
            + f"{format_money(line.unit_price)} {format_money(line.amount)}"
        )
        assert expected in plan, expected
    assert "Flyer & Plakate 500 Stück 0,35 € 175,00 €" in plan
    summary = view.summary
    for key, label, total in summary.by_category:
        lines = [line.amount for line in view.plan if line.category == key]
        assert total == sum(lines)
        assert f"Summe {label} {format_money(total)}" in plan, label
    for key, label, total in summary.income_by_kind:
        assert total == sum(line.amount for line in view.plan if line.category == key)
        assert f"Summe {label} {format_money(total)}" in plan, label
    assert summary.cost_total == sum(line.amount for line in view.cost_lines)
    assert f"Gesamtkosten {format_money(summary.cost_total)}" in plan
    assert f"Eigen- und Drittmittel {format_money(summary.income_total)}" in plan
    assert f"Beantragter Zuschuss {format_money(summary.requested)}" in plan
    financing = summary.income_total + summary.requested
    assert f"Gesamtfinanzierung {format_money(financing)}" in plan
    assert financing == summary.cost_total
    assert "Differenz (Kosten − Finanzierung): ausgeglichen 0,00 €" in plan
    assert summary.funding_rate is not None and summary.own_share is not None
    assert (
        f"Förderquote (Zuschuss ÷ Gesamtkosten) {summary.funding_rate:.2f} %".replace(".", ",")
        in plan
    )
    assert (
        f"Eigenanteil (eigene Mittel ÷ Gesamtkosten) {summary.own_share:.2f} %".replace(".", ",")
        in plan
    )
    # The cost groups in the programme's order, each line under its group.
    assert plan.index("Honorare") < plan.index("Moderation") < plan.index("Dokumentation")
    assert plan.index("Dokumentation") < plan.index("Summe Honorare")
    assert plan.index("Summe Honorare") < plan.index("Sachkosten und Material")
    assert plan.index("Summe Fahrtkosten") < plan.index("Gesamtkosten")
    assert plan.index("Eigenmittel") < plan.index("Vereinsmittel") < plan.index("Rücklage")
    assert plan.index("Rücklage") < plan.index("Summe Eigenmittel") < plan.index("Spenden")


def test_unbalanced_plan_says_so(tmp_path: Path) -> None:
    view = _view(requested=Decimal(3000))
    path = _write(tmp_path, view)
    text = _flat(path)
    balance = view.summary.balance
    assert balance > 0
    assert f"Differenz (Kosten − Finanzierung): Kosten nicht gedeckt {format_money(balance)}" in (
        text
    )


def test_draft_marking(tmp_path: Path) -> None:
    """An error (here: a required section empty, a required attachment missing) marks
    the whole document as a draft; the open findings are listed on the last page."""
    view = _view(sections={**SECTIONS, "goals": ""}, provided=frozenset({"statutes"}))
    findings = check_application(view, today=PRINTED)
    errors = [f for f in findings if f.is_error]
    assert {f.rule for f in errors} >= {"section_required", "attachment_missing"}
    path = _write(tmp_path, view, findings)
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Entwurf Förderantrag „Nachbarschaftsgespräche im Süden“"
    pages = _pages(path)
    assert DRAFT_BAND in pages[0]
    assert f"{len(errors)} Prüfpunkte sind noch offen" in re.sub(r"\s+", " ", pages[0])
    for page in pages:
        assert "Entwurf Förderantrag" in page  # the header of every page
    last = re.sub(r"\s+", " ", pages[-1])
    assert "Offene Punkte (Entwurf)" in last
    for finding in findings:
        assert re.sub(r"\s+", " ", finding.message) in last, finding.message
    assert "3. Ziele —" in _flat(path)


def test_warnings_alone_are_no_draft(tmp_path: Path) -> None:
    view = _view()
    warning = Finding("deadline_passed", "warning", "Die letzte Frist ist vorbei.", "programme")
    path = _write(tmp_path, view, [warning])
    text = _flat(path)
    assert DRAFT_BAND not in text
    assert "Entwurf Förderantrag" not in text
    assert "Offene Punkte" not in text


def test_attachments_checklist(tmp_path: Path) -> None:
    path = _write(tmp_path, _view(provided=frozenset({"register", "letter"})))
    text = _flat(path)
    annex = text[text.index("Anlagen") :]
    assert "☐ Satzung erforderlich fehlt noch" in annex
    assert "☑ Auszug aus dem Vereinsregister erforderlich liegt bei" in annex
    assert "☑ Unterstützungsschreiben der Kommune liegt bei" in annex


def test_signature_block(tmp_path: Path) -> None:
    path = _write(tmp_path, _view())
    text = _flat(path)
    block = text[text.index("Unterschriften") :]
    assert "Stuttgart, den" in block
    assert "Ort, Datum" in block
    assert "Unterschrift Maria Muster (1. Vorsitzende)" in block
    assert "Unterschrift Ömer Öztürk (Kassenwart)" in block
    # Without signatories in the profile: one line to sign, no name.
    bare = dataclasses.replace(CENTRE, signatories="", city="")
    path = _write(tmp_path, _view(centre=bare))
    block = _flat(path)[_flat(path).index("Unterschriften") :]
    assert "Ort, Datum Unterschrift" in block
    assert ", den" not in block


def test_three_signatories(tmp_path: Path) -> None:
    centre = dataclasses.replace(CENTRE, signatories="Erste Person\nZweite Person\nDritte Person")
    text = _flat(_write(tmp_path, _view(centre=centre)))
    for name in ("Erste Person", "Zweite Person", "Dritte Person"):
        assert f"Unterschrift {name}" in text or name in text


def test_tricky_text_and_emoji(tmp_path: Path) -> None:
    """Umlauts, €, „quotes“, & and < > print as they are; an emoji does not crash the
    PDF and is dropped; control characters are removed."""
    sections = {
        **SECTIONS,
        "summary": f"{TRICKY}\nMit Freude 😀🎉 dabei! 👨‍👩‍👧\x0cEnde",
        "extra": "<b>kein Fett</b> & Co.",
    }
    path = _write(tmp_path, _view(sections=sections, title="Kiez & Kultur „Süd“ 🌻"))
    text = _flat(path)
    assert TRICKY in text
    assert "Mit Freude dabei! Ende" in text
    assert "<b>kein Fett</b> & Co." in text
    assert "Kiez & Kultur „Süd“" in text
    assert "😀" not in text and "🌻" not in text


def test_long_sections_flow_over_pages(tmp_path: Path) -> None:
    long_text = "\n".join(f"Absatz {n}: " + "Wort " * 150 for n in range(40))
    path = _write(tmp_path, _view(sections={**SECTIONS, "need": long_text}))
    text = _flat(path)
    for n in range(40):
        assert f"Absatz {n}:" in text
    assert len(PdfReader(path).pages) >= 6


def test_no_plan_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, _view(lines=(), requested=Decimal(0)))
    text = _flat(path)
    assert "Es sind noch keine Kosten eingetragen." in text
    assert "Es sind keine Einnahmen eingetragen." in text
    assert "Förderquote (Zuschuss ÷ Gesamtkosten) —" in text


def test_large_plan_and_many_sections_are_fast(tmp_path: Path) -> None:
    """30 sections at their limit (3,000 characters) and 200 plan lines."""
    rules = tuple(SectionRule(f"s{n}", f"Abschnitt {n}", max_chars=3000) for n in range(30))
    programme = dataclasses.replace(PROGRAMME, sections=rules)
    words = ("Nachbarschaft Begegnung Beteiligung Quartier Gespräch " * 60)[:3000]
    lines = tuple(
        PlanLineDraft(
            PlanLineKind.COST,
            ("fees", "material", "travel")[n % 3],
            f"Posten Nummer {n}",
            Decimal(n % 7 + 1),
            "Stück",
            Decimal(f"{n}.{n % 100:02d}"),
        )
        for n in range(200)
    )
    base = _view(lines=lines)
    view = dataclasses.replace(
        base,
        programme=programme,
        sections=tuple(SectionText(rule, words) for rule in rules),
    )
    started = time.perf_counter()
    path = _write(tmp_path, view, [])
    elapsed = time.perf_counter() - started
    text = _flat(path)
    assert "30. Abschnitt 29" in text
    for line in view.plan:
        assert f"Posten Nummer {line.position - 1} " in text
    assert f"Gesamtkosten {format_money(view.summary.cost_total)}" in text
    assert elapsed < 15, elapsed


@pytest.mark.parametrize("requested", [Decimal("0.01"), Decimal("9999999.99")])
def test_amounts_at_the_edges(tmp_path: Path, requested: Decimal) -> None:
    text = _flat(_write(tmp_path, _view(requested=requested)))
    assert f"Beantragter Zuschuss {format_money(requested)}" in text
