"""The application editor on SQLite: a section typed is counted and saved by the timer,
text over the limit is kept and listed by the checks, a text block is inserted at the
cursor; the plan table takes German amounts, marks an unreadable one and saves nothing,
computes the totals to the cent and saves; the checks panel goes to a section and to a
plan row; attachments are ticked; the PDF is written (a draft with errors); someone
else's save is noticed. Every question is injected (a modal box fails the test)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from quartierstreff.db.engine import Database
from quartierstreff.db.models import (
    ApplicationStatus,
    AuditAction,
    AuditEntry,
    FundingApplication,
    PlanLine,
    PlanLineKind,
)
from quartierstreff.money import UnreadableAmount, format_money
from quartierstreff.services import funding
from quartierstreff.services.funding import ApplicationDraft, PlanLineDraft, TextBlockDraft
from quartierstreff.services.programmes import (
    AttachmentRule,
    CostCategory,
    Programme,
    SectionRule,
    save_programme,
)
from quartierstreff.ui.dialogs.application_editor import (
    ApplicationEditor,
    PlanModel,
    parse_quantity,
    pdf_file_name,
    quantity_text,
)
from quartierstreff.ui.widgets.autosave import AUTOSAVE_DELAY_MS
from tests.conftest import ADMIN
from tests.ui.conftest import TODAY

PROGRAMME = Programme(
    key="testprogramm",
    name="Testprogramm",
    funder="Stiftung Nachbarschaft",
    min_grant=Decimal(500),
    max_grant=Decimal(5000),
    max_funding_rate=Decimal(80),
    any_time=True,
    duration_months=12,
    categories=(
        CostCategory("fees", "Honorare", Decimal(2000)),
        CostCategory("material", "Sachkosten und Material"),
    ),
    sections=(
        SectionRule("about", "Über uns", "Wer seid ihr?", True, 100),
        SectionRule("goals", "Ziele", "Was wollt ihr erreichen?", True, 1500),
        SectionRule("extra", "Sonstiges", "", False, None),
    ),
    attachments=(
        AttachmentRule("statute", "Satzung", True),
        AttachmentRule("offer", "Angebot", False),
    ),
)


def _application(database: Database) -> int:
    """A draft: 1.250 € material, 250 € own funds, 1.000 € requested (balanced)."""
    with database.unit_of_work() as session:
        entry = save_programme(session, ADMIN, PROGRAMME)
        application_id = funding.create_application(
            session,
            ADMIN,
            ApplicationDraft(
                programme_id=entry.id,
                title="Nachbarschaftscafé",
                project_start=dt.date(2027, 1, 1),
                project_end=dt.date(2027, 6, 30),
                requested_amount=Decimal(1000),
            ),
            on=TODAY,
        )
        funding.save_plan(
            session,
            ADMIN,
            application_id,
            [
                PlanLineDraft(
                    PlanLineKind.COST, "material", "Geschirr", Decimal(1), "", Decimal(1250)
                ),
                PlanLineDraft(
                    PlanLineKind.INCOME, "own_funds", "Eigenmittel", Decimal(1), "", Decimal(250)
                ),
            ],
        )
    return application_id


@pytest.fixture
def application_id(centre_database: Database) -> int:
    return _application(centre_database)


@pytest.fixture
def editor(qtbot: QtBot, centre_database: Database, application_id: int) -> ApplicationEditor:
    shown = ApplicationEditor(centre_database, ADMIN, application_id, TODAY)
    qtbot.addWidget(shown)
    shown.confirm = lambda parent, text: True
    shown.ask_unsaved = lambda parent, text: "discard"
    shown.show()
    return shown


def _view(database: Database, application_id: int) -> funding.ApplicationView:
    with database.unit_of_work() as session:
        return funding.get_application(session, ADMIN, application_id)


def _cell(model: PlanModel, row: int, column: int) -> QModelIndex:
    return model.index(row, column)


# --- pure helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2", "2"), ("2,5", "2.5"), ("1.000", "1000"), ("0,125", "0.125"), ("1.234,5", "1234.5")],
)
def test_quantities_are_read_the_german_way(text: str, expected: str) -> None:
    assert parse_quantity(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"), [("-2", "negative"), ("2,5x", "format"), ("1,2345", "places")]
)
def test_unreadable_quantities_say_why(text: str, reason: str) -> None:
    with pytest.raises(UnreadableAmount) as caught:
        parse_quantity(text)
    assert caught.value.reason == reason


def test_quantity_text_and_file_name() -> None:
    assert quantity_text(Decimal("2.500")) == "2,5"
    assert quantity_text(Decimal(1000)) == "1.000"
    assert pdf_file_name("Gut leben im Südviertel – 2027!") == (
        "Foerderantrag-Gut-leben-im-Suedviertel-2027.pdf"
    )


# --- Antragstext -----------------------------------------------------------------------


def test_typing_a_section_counts_and_saves_after_the_pause(
    qtbot: QtBot, editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    sections = editor.sections
    assert sections.current_key == "about"
    sections.editor.setFocus()
    QTest.keyClicks(sections.editor, "Wir sind ein Treff ")
    sections.editor.insertPlainText("😀")  # an emoji counts as one character
    text = "Wir sind ein Treff 😀"
    assert sections.editor.toPlainText() == text
    assert sections.counter_label.text() == sections.tr("{count} / {limit} characters").format(
        count=20, limit=100
    )
    assert sections.dirty
    qtbot.waitUntil(
        lambda: _view(centre_database, application_id).section("about") == text,
        timeout=AUTOSAVE_DELAY_MS + 3000,
    )
    assert not sections.dirty
    assert sections.sections_list.item(0).text().startswith("✓")
    # The checks no longer list the empty "Über uns".
    assert "section:about" not in {f.target for f in editor.findings}


def test_text_over_the_limit_is_saved_and_flagged(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    sections = editor.sections
    long_text = "x" * 134
    sections.editor.setPlainText(long_text)
    assert "color: #b3261e" in sections.counter_label.styleSheet()
    assert sections.sections_list.item(0).text().startswith("✗")
    assert sections.save_now()
    assert _view(centre_database, application_id).section("about") == long_text
    too_long = [f for f in editor.findings if f.rule == "section_too_long"]
    assert [f.target for f in too_long] == ["section:about"]
    messages = [editor.checks.list.item(row).text() for row in range(editor.checks.list.count())]
    assert too_long[0].message in messages


def test_pasted_control_characters_are_removed_emoji_kept(editor: ApplicationEditor) -> None:
    sections = editor.sections
    sections.select_section("goals")
    sections.insert_text("Mehr\x0c Nachbarschaft\x07 🌻")
    assert sections.editor.toPlainText() == "Mehr Nachbarschaft 🌻"


def test_a_text_block_is_inserted_at_the_cursor(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    with centre_database.unit_of_work() as session:
        funding.save_text_block(
            session, ADMIN, TextBlockDraft("Über uns", "Der Bürgertreff ist ein Verein.")
        )
    sections = editor.sections
    sections.editor.setPlainText("Anfang. Ende.")
    cursor = sections.editor.textCursor()
    cursor.setPosition(len("Anfang. "))
    sections.editor.setTextCursor(cursor)
    chooser = sections.open_chooser()
    assert chooser is not None
    assert chooser.list.count() == 1
    chooser.accept()
    assert sections.editor.toPlainText() == "Anfang. Der Bürgertreff ist ein Verein.Ende."
    assert sections.save_now()
    assert _view(centre_database, application_id).section("about").startswith("Anfang. Der")


# --- the plan ----------------------------------------------------------------------------


def test_plan_models_pass_the_model_tester(
    qtmodeltester: object, editor: ApplicationEditor
) -> None:
    qtmodeltester.check(editor.plan.costs)  # type: ignore[attr-defined]
    qtmodeltester.check(editor.plan.incomes)  # type: ignore[attr-defined]


def test_lines_added_with_german_amounts_give_exact_totals_and_are_saved(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    plan = editor.plan
    costs = plan.costs
    assert plan.totals["cost_total"].text() == format_money(Decimal(1250))
    assert plan.totals["balance"].text() == format_money(Decimal(0))
    row = plan.add_line(costs)
    assert costs.setData(_cell(costs, row, PlanModel.DESCRIPTION), "Kaffee")
    assert costs.setData(_cell(costs, row, PlanModel.QUANTITY), "3")
    assert costs.setData(_cell(costs, row, PlanModel.UNIT), "Pakete")
    assert costs.setData(_cell(costs, row, PlanModel.PRICE), "33,33")
    assert costs.data(_cell(costs, row, PlanModel.AMOUNT)) == "99,99 €"
    fee_row = plan.add_fee_line("Moderation", Decimal("2") * Decimal("1.5"), Decimal("40.10"))
    assert costs.lines[fee_row].category == "fees"
    assert costs.data(_cell(costs, fee_row, PlanModel.AMOUNT)) == "120,30 €"
    # 1.250,00 + 99,99 + 120,30 = 1.470,29; income 250, requested 1.000 → 220,29 open.
    assert plan.totals["cost_total"].text() == "1.470,29 €"
    assert plan.totals["balance"].text() == "220,29 €"
    assert "#b3261e" in plan.totals["balance"].styleSheet()
    assert plan.totals["funding_rate"].text() == "68,01 %"
    # The requested amount typed on the Project tab counts at once.
    editor.project.requested_edit.setText("1.220,29")
    editor.project.requested_edit.textEdited.emit("1.220,29")
    assert plan.totals["balance"].text() == "0,00 €"
    assert plan.dirty

    assert plan.save()

    view = _view(centre_database, application_id)
    assert [(line.description, line.amount) for line in view.cost_lines] == [
        ("Geschirr", Decimal("1250.00")),
        ("Kaffee", Decimal("99.99")),
        ("Moderation", Decimal("120.30")),
    ]
    assert view.cost_lines[2].quantity == Decimal(3)
    assert view.summary.cost_total == Decimal("1470.29")
    assert not plan.dirty
    assert editor.version == view.version


def test_an_unreadable_amount_is_marked_and_nothing_is_saved(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    plan = editor.plan
    costs = plan.costs
    row = plan.add_line(costs)
    costs.setData(_cell(costs, row, PlanModel.DESCRIPTION), "Flyer")
    costs.setData(_cell(costs, row, PlanModel.PRICE), "12,3,4")
    price = _cell(costs, row, PlanModel.PRICE)
    assert costs.data(price) == "12,3,4"  # the text stays to be corrected
    assert costs.data(price, Qt.ItemDataRole.BackgroundRole) is not None
    assert "12,3,4" in str(costs.data(price, Qt.ItemDataRole.ToolTipRole))
    assert costs.data(_cell(costs, row, PlanModel.AMOUNT)) == "—"
    assert plan.totals_note.isVisibleTo(plan)
    assert plan.totals["cost_total"].text() == format_money(Decimal(1250))  # not counted as 0

    assert not plan.save()

    assert plan.banner.isVisibleTo(plan)
    assert "12,3,4" in plan.banner.text()
    assert plan.cost_table.currentIndex().row() == row
    with centre_database.unit_of_work() as session:
        assert len(session.scalars(select(PlanLine)).all()) == 2
    # Corrected, it saves.
    costs.setData(price, "12,34")
    assert plan.save()
    assert len(_view(centre_database, application_id).cost_lines) == 2


def test_a_line_without_description_is_refused_with_the_cell_marked(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    plan = editor.plan
    incomes = plan.incomes
    row = plan.add_line(incomes)
    incomes.setData(_cell(incomes, row, PlanModel.PRICE), "10")
    assert not plan.save()
    description = _cell(incomes, row, PlanModel.DESCRIPTION)
    assert incomes.data(description, Qt.ItemDataRole.BackgroundRole) is not None
    assert plan.income_table.currentIndex().row() == row
    assert len(_view(centre_database, application_id).plan) == 2


def test_lines_are_moved_and_removed(editor: ApplicationEditor) -> None:
    plan = editor.plan
    costs = plan.costs
    plan.add_line(costs)
    costs.setData(_cell(costs, 1, PlanModel.DESCRIPTION), "Zweite")
    plan.cost_table.setCurrentIndex(costs.index(1, PlanModel.DESCRIPTION))
    plan.move_line(plan.cost_table, costs, -1)
    assert [line.description for line in costs.lines] == ["Zweite", "Geschirr"]
    assert plan.cost_table.currentIndex().row() == 0
    plan.remove(plan.cost_table, costs)
    assert [line.description for line in costs.lines] == ["Geschirr"]


def test_in_kind_is_offered_only_where_the_programme_allows_it(editor: ApplicationEditor) -> None:
    keys = [key for key, _label in editor.plan.incomes.choices()]
    assert "own_funds" in keys
    assert funding.IN_KIND not in keys


# --- checks ----------------------------------------------------------------------------


def test_the_checks_panel_goes_to_a_section_and_to_a_plan_row(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    checks = editor.checks
    assert checks.summary_label.text() == checks.summary()
    targets = [
        checks.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(checks.list.count())
    ]
    row = targets.index("section:goals")
    checks.list.itemActivated.emit(checks.list.item(row))
    assert editor.tabs.currentWidget() is editor.sections
    assert editor.sections.current_key == "goals"

    # A fee above the programme's 2.000 € per line: a finding on plan line 2.
    plan = editor.plan
    fee = plan.add_fee_line("Moderation", Decimal(50), Decimal(50))
    plan.costs.move_line(fee, -1)
    assert plan.save()
    targets = [
        checks.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(checks.list.count())
    ]
    assert "plan:1" in targets
    editor.tabs.setCurrentWidget(checks)
    checks.list.itemActivated.emit(checks.list.item(targets.index("plan:1")))
    assert editor.tabs.currentWidget() is editor.plan
    assert plan.cost_table.currentIndex().row() == 0
    assert plan.costs.lines[0].description == "Moderation"


def test_the_summary_line_counts_errors_and_hints(editor: ApplicationEditor) -> None:
    checks = editor.checks
    errors = sum(1 for f in editor.findings if f.is_error)
    assert errors >= 3  # two empty sections, the statute
    assert checks.summary() == checks.tr("{n} errors").format(n=errors)
    checks.show_findings([])
    assert checks.summary() == checks.tr("No objections")


def test_attachments_are_ticked_and_saved(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    tab = editor.attachments
    assert tab.list.count() == 2
    assert "attachment:statute" in {f.target for f in editor.findings}
    tab.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert "statute" in _view(centre_database, application_id).attachments_provided
    assert "attachment:statute" not in {f.target for f in editor.findings}
    editor.jump_to("attachment:offer")
    assert editor.tabs.currentWidget() is tab
    assert tab.list.currentRow() == 1


# --- head data and locking --------------------------------------------------------------


def test_the_head_is_saved_and_a_bad_amount_refused(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    project = editor.project
    project.title_edit.setText("Nachbarschaftscafé am Platz")
    project.title_edit.textEdited.emit("Nachbarschaftscafé am Platz")
    project.requested_edit.setText("1.0,0")
    assert not project.save()
    assert project.banner.isVisibleTo(project)
    assert _view(centre_database, application_id).title == "Nachbarschaftscafé"
    project.requested_edit.setText("1.100,00")
    assert project.save()
    view = _view(centre_database, application_id)
    assert (view.title, view.requested_amount) == (
        "Nachbarschaftscafé am Platz",
        Decimal("1100.00"),
    )
    assert editor.heading.text() == "Nachbarschaftscafé am Platz"
    editor.jump_to("requested_amount")
    assert editor.project.requested_edit.hasFocus()


def test_someone_elses_save_is_noticed_and_the_input_kept(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    with centre_database.unit_of_work() as session:
        other = funding.get_application(session, ADMIN, application_id).to_draft()
        funding.update_application(
            session,
            ADMIN,
            application_id,
            ApplicationDraft(**{**_fields(other), "title": "Von Bert"}),
        )
    project = editor.project
    project.title_edit.setText("Mein Titel")
    project.title_edit.textEdited.emit("Mein Titel")
    assert not project.save()
    assert project.reload_button.isVisibleTo(project)
    assert project.title_edit.text() == "Mein Titel"
    assert _view(centre_database, application_id).title == "Von Bert"
    # The plan, saved meanwhile, is refused the same way.
    plan = editor.plan
    plan.costs.setData(_cell(plan.costs, 0, PlanModel.PRICE), "1.300")
    assert not plan.save()
    assert plan.reload_button.isVisibleTo(plan)
    project.reload_button.click()
    assert project.title_edit.text() == "Von Bert"
    assert not project.dirty


def _fields(draft: ApplicationDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in ApplicationDraft.__slots__}


# --- PDF and closing ----------------------------------------------------------------------


def test_the_pdf_is_written_as_a_draft_when_errors_remain(
    qtbot: QtBot, editor: ApplicationEditor, centre_database: Database, tmp_path: Path
) -> None:
    questions: list[str] = []
    target = tmp_path / "antrag.pdf"

    def confirm(_parent: object, text: str) -> bool:
        questions.append(text)
        return True

    editor.confirm = confirm  # type: ignore[assignment]
    editor.choose_path = lambda _parent, suggested: target
    editor.export_pdf()
    qtbot.waitUntil(lambda: editor.written is not None, timeout=20_000)
    errors = sum(1 for f in editor.findings if f.is_error)
    assert questions == [
        editor.tr("The application still has {count} errors. Export it as a draft anyway?").format(
            count=errors
        )
    ]
    assert target.exists()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Entwurf" in text
    assert "Nachbarschaftscafé" in text
    assert editor.open_button.isVisibleTo(editor)
    with centre_database.unit_of_work() as session:
        exports = session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == AuditAction.EXPORT)
        ).all()
    assert exports == ["Förderantrag als PDF (Entwurf)"]


def test_no_pdf_when_the_draft_question_is_declined(
    editor: ApplicationEditor, tmp_path: Path
) -> None:
    editor.confirm = lambda _parent, _text: False
    editor.choose_path = lambda _parent, _suggested: tmp_path / "nie.pdf"
    editor.export_pdf()
    assert editor.pdf_call is None
    assert not (tmp_path / "nie.pdf").exists()


def test_closing_with_an_unsaved_plan_asks(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    plan = editor.plan
    plan.costs.setData(_cell(plan.costs, 0, PlanModel.PRICE), "1.300")
    editor.ask_unsaved = lambda _parent, _text: "cancel"
    editor.close()
    assert editor.isVisible()
    editor.ask_unsaved = lambda _parent, _text: "save"
    plan.costs.setData(_cell(plan.costs, 0, PlanModel.DESCRIPTION), "Geschirr und Tassen")
    editor.close()
    assert not editor.isVisible()
    view = _view(centre_database, application_id)
    assert view.cost_lines[0].description == "Geschirr und Tassen"


def test_closing_saves_the_typed_section(
    editor: ApplicationEditor, centre_database: Database, application_id: int
) -> None:
    editor.sections.editor.setPlainText("Kurz vor dem Schließen")
    editor.close()
    assert _view(centre_database, application_id).section("about") == "Kurz vor dem Schließen"


def test_a_submitted_application_is_shown_but_not_changed(
    qtbot: QtBot, centre_database: Database, application_id: int
) -> None:
    with centre_database.unit_of_work() as session:
        for status in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED):
            funding.change_status(session, ADMIN, application_id, status, on=TODAY)
    shown = ApplicationEditor(centre_database, ADMIN, application_id, TODAY)
    qtbot.addWidget(shown)
    assert shown.sections.editor.isReadOnly()
    assert not shown.plan.save_button.isVisibleTo(shown)
    assert not shown.plan.costs.flags(shown.plan.costs.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not shown.project.title_edit.isEnabled()
    assert shown.read_only_label.isVisibleTo(shown)
    assert shown.pdf_button.isEnabled()
    shown.close()
    with centre_database.unit_of_work() as session:
        assert session.scalars(select(FundingApplication)).one().title == "Nachbarschaftscafé"
