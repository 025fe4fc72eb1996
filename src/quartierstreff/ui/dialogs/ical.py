"""iCalendar in the window: saving the bookings as an .ics file, and importing a
group's calendar with a preview (what each event becomes, conflicts in red).

Reading, previewing and importing run in a :class:`ThreadCall`; the import is one unit
of work, so a refusal or a collision found while storing writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services import ical, rooms
from quartierstreff.services.bookings import Conflict
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.ical import ImportItem, ImportPreview, ImportStatus, LeftOut
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.backup import ThreadCall
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.i18n import format_date
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.lists import busy_bar, set_up_record_list

ChoosePath = Callable[[QWidget], Path | None]
ShowMessage = Callable[[QWidget, str], None]

CONFLICT_RED = QColor("#b3261e")
LEFT_OUT_GREY = QColor("#6b6b6b")


# --- export ---------------------------------------------------------------------------


def choose_export_path(parent: QWidget) -> Path | None:
    """A save dialog for an .ics file starting in the home folder; the suffix is added."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("IcalExport", "Save bookings as a calendar file"),
        str(Path.home() / (QCoreApplication.translate("IcalExport", "bookings") + ".ics")),
        QCoreApplication.translate("IcalExport", "Calendar files (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def _message_box(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("IcalExport", "Calendar file"), text)


def export_calendar_dialog(
    parent: QWidget,
    database: Database,
    actor: Actor,
    *,
    start: dt.date,
    end: dt.date,
    room_id: int | None = None,
    group_id: int | None = None,
    choose_path: ChoosePath | None = None,
    show_message: ShowMessage | None = None,
) -> Path | None:
    """Ask where to save, write the bookings from ``start`` to ``end`` (exclusive; series
    whole) there, and tell how many events it holds. Returns the path, or ``None`` when
    the user cancelled or it failed (the reason was shown)."""
    path = (choose_path or choose_export_path)(parent)
    if path is None:
        return None
    show = show_message or _message_box
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with database.unit_of_work() as session:
            count = ical.export_calendar(
                session, actor, path, start=start, end=end, room_id=room_id, group_id=group_id
            )
    except QuartierstreffError as error:
        QGuiApplication.restoreOverrideCursor()
        show(parent, message_for(error))
        return None
    QGuiApplication.restoreOverrideCursor()
    show(
        parent,
        QCoreApplication.translate(
            "IcalExport",
            "Events saved: %1 (one-off bookings, and series with their exceptions) in “%2”. "
            "Calendar programs such as Thunderbird, Outlook or Google Calendar can import it.",
        )
        .replace("%1", str(count))
        .replace("%2", path.name),
    )
    return path


# --- import ---------------------------------------------------------------------------


def choose_import_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("IcalImportDialog", "Open a calendar file"),
        str(Path.home()),
        QCoreApplication.translate("IcalImportDialog", "Calendar files (*.ics *.ical *.ifb)"),
    )
    return Path(name) if name else None


class ImportPreviewModel(QAbstractTableModel):
    """The preview: one row per event of the file."""

    WHEN, TITLE, ROOM, STATUS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[ImportItem, ...] = ()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._items = preview.items if preview is not None else ()
        self.endResetModel()

    def item(self, row: int) -> ImportItem:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("When"), self.tr("Title"), self.tr("Room"), self.tr("What happens"))[
            section
        ]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and item.conflicts:
            return "\n".join(self._conflict(conflict) for conflict in item.conflicts[:20])
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.status is ImportStatus.CONFLICT:
                return QBrush(CONFLICT_RED)
            if item.status is ImportStatus.LEFT_OUT:
                return QBrush(LEFT_OUT_GREY)
        return None

    def _text(self, item: ImportItem, column: int) -> str:
        if column == self.WHEN:
            return self._when(item)
        if column == self.TITLE:
            return item.event.title
        if column == self.ROOM:
            return item.room_names
        return self.status_text(item)

    def _when(self, item: ImportItem) -> str:
        event = item.event
        if event.starts_at is None or event.ends_at is None:
            return format_date(event.day)
        times = f"{event.starts_at:%H:%M}–{event.ends_at:%H:%M}"
        if event.recurrence is not None and len(item.dates) > 1:
            return f"{format_date(item.dates[0])} – {format_date(item.dates[-1])}, {times}"
        return f"{format_date(event.starts_at.date())}, {times}"

    def _conflict(self, conflict: Conflict) -> str:
        return (
            self.tr("%1: “%2” (%3)")
            .replace("%1", format_date(conflict.day))
            .replace("%2", conflict.other.title)
            .replace("%3", conflict.room_name)
        )

    def status_text(self, item: ImportItem) -> str:
        status = item.status
        if status is ImportStatus.LEFT_OUT:
            if item.event.left_out is LeftOut.ALL_DAY:
                return self.tr("All-day event: not imported")
            return self.tr("Cancelled: not imported")
        if status is ImportStatus.CONFLICT:
            first = item.conflicts[0]
            days = len({conflict.day for conflict in item.conflicts})
            text = (
                self.tr("Conflict with “%1” on %2 (%3)")
                .replace("%1", first.other.title)
                .replace("%2", format_date(first.day))
                .replace("%3", first.room_name)
            )
            if days > 1:
                text += self.tr("; more days taken: %1").replace("%1", str(days - 1))
            return text
        if status is ImportStatus.SERIES:
            return self.tr("Series, dates: %1").replace("%1", str(len(item.dates)))
        return self.tr("New booking")


class IcalImportDialog(QDialog):
    """Choose a file and the room, look at the preview, import."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        choose_file: ChoosePath | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._choose_file = choose_file or choose_import_file
        self._parsed: ical.ParsedCalendar | None = None
        self._preview: ImportPreview | None = None
        self._call: ThreadCall | None = None
        self.imported = 0
        """How many events the last import stored (for the page that opened the dialog)."""
        self.setWindowTitle(self.tr("Import a calendar file"))
        self.resize(860, 520)

        intro = QLabel(
            self.tr(
                "Takes the events of an iCalendar file (.ics), e.g. a group's own calendar, "
                "as bookings. Events whose place is one of our rooms go there, all others "
                "into the room chosen here. All-day and cancelled events are not imported."
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.room_combo = QComboBox()
        with database.unit_of_work() as session:
            for room in rooms.list_rooms(session, actor):
                self.room_combo.addItem(room.name, room.id)
        self.room_combo.currentIndexChanged.connect(self._room_changed)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Room:"), self.room_combo)

        self.banner = MessageBanner(self)
        self.busy = busy_bar(self)
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        set_up_record_list(self.table, ImportPreviewModel.STATUS)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.skip_box = QCheckBox(self.tr("Leave out conflicting dates"))
        self.skip_box.toggled.connect(self._update)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.buttons)
        if not self.room_combo.count():
            self.banner.show_error(self.tr("There is no room yet. Please add one in Settings."))
        self._update()

    # --- steps ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self._choose_file(self)
        if path is None:
            return
        self.file_edit.setText(str(path))
        self._parsed = None
        self._show_preview(None)
        self.banner.clear_message()

        def read_and_preview() -> tuple[ical.ParsedCalendar, ImportPreview | None]:
            parsed = ical.read_calendar(path)
            return parsed, self._make_preview(parsed, room_id)

        room_id = self.room_id()
        self._start(read_and_preview, self._previewed)

    def room_id(self) -> int | None:
        data = self.room_combo.currentData()
        return data if isinstance(data, int) else None

    def _room_changed(self) -> None:
        parsed = self._parsed
        if parsed is None or self._busy():
            return
        room_id = self.room_id()
        self._show_preview(None)
        self._start(lambda: (parsed, self._make_preview(parsed, room_id)), self._previewed)

    def _make_preview(
        self, parsed: ical.ParsedCalendar, room_id: int | None
    ) -> ImportPreview | None:  # in the worker thread: no Qt here
        if room_id is None:
            return None
        with self._database.unit_of_work() as session:
            return ical.preview_import(session, self._actor, parsed, room_id)

    def _previewed(self, call: ThreadCall) -> None:
        if call.error is not None:
            self._show_error(call.error)
            return
        result = call.result
        assert isinstance(result, tuple)
        parsed, preview = result
        self._parsed = parsed
        self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self._preview = preview
        self.model.set_preview(preview)
        self._update()

    def start_import(self) -> None:
        preview = self._preview
        if preview is None or self._busy() or not self._may_import():
            return
        skip = self.skip_box.isChecked()
        database, actor = self._database, self._actor

        def run() -> int:  # in the worker thread: one unit of work
            with database.unit_of_work() as session:
                return ical.run_import(session, actor, preview, skip_conflicts=skip)

        self.banner.clear_message()
        self._start(run, self._imported)

    def _imported(self, call: ThreadCall) -> None:
        if call.error is not None:
            self._show_error(call.error)
            return
        assert isinstance(call.result, int)
        self.imported = call.result
        self._show_preview(None)
        self._parsed = None
        self.file_edit.clear()
        self.banner.show_success(
            self.tr("Events imported: %1. They are in the calendar now.").replace(
                "%1", str(self.imported)
            )
        )

    # --- state ---------------------------------------------------------------------------

    def _may_import(self) -> bool:
        preview = self._preview
        if preview is None or not self._actor.may(Permission.BOOKINGS_WRITE):
            return False
        skip = self.skip_box.isChecked()
        if preview.conflict_count and not skip:
            return False
        return preview.to_import(skip_conflicts=skip) > 0

    def _update(self) -> None:
        busy = self._busy()
        self.busy.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.room_combo.setEnabled(not busy)
        self.skip_box.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._may_import())
        preview = self._preview
        if preview is None:
            self.summary_label.clear()
            return
        skip = self.skip_box.isChecked()
        if preview.conflict_count and not skip:
            text = self.tr(
                "Events colliding with bookings (in red): %1. To import the others, leave out "
                "the conflicting dates."
            ).replace("%1", str(preview.conflict_count))
        else:
            count = preview.to_import(skip_conflicts=skip)
            text = self.tr("Events to import: %1.").replace("%1", str(count))
            if preview.conflict_count:
                text += " " + self.tr(
                    "Conflicting dates are left out; a series keeps its other dates."
                )
        left_out = sum(1 for item in preview.items if item.status is ImportStatus.LEFT_OUT)
        if left_out:
            text += " " + self.tr("Left out (all-day or cancelled): %1.").replace(
                "%1", str(left_out)
            )
        self.summary_label.setText(text)

    def _busy(self) -> bool:
        return self._call is not None

    def _start(self, function: Callable[[], object], done: Callable[[ThreadCall], None]) -> None:
        call = ThreadCall(function, self)
        self._call = call

        def finished() -> None:
            self._call = None
            done(call)
            self._update()

        call.finished.connect(finished)
        call.start()
        self._update()

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, QuartierstreffError):
            self.banner.show_error(message_for(error))
        else:
            raise error  # the exception hook logs it and shows a friendly sentence

    def reject(self) -> None:
        if self._busy():
            return
        super().reject()
