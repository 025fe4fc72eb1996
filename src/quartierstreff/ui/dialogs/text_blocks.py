"""Textbausteine: the library of reusable texts for applications (about us, our rooms,
our groups). A list of titles on the left, the selected block's title and text on the
right; new, save, delete (after a question, to the bin). The application editor opens
the same dialog with ``can_insert=True``: "Insert" then hands the chosen block over
(:attr:`TextBlocksDialog.chosen`).

Nothing typed is lost: switching to another block, or closing, saves the block being
edited first; a refused save keeps the text where it is, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quartierstreff.db.engine import Database
from quartierstreff.services import funding
from quartierstreff.services.errors import FieldInvalid, QuartierstreffError
from quartierstreff.services.funding import TextBlockDraft, TextBlockView
from quartierstreff.services.security import Actor, Permission
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.pages.groups import Confirm, ask
from quartierstreff.ui.widgets.banner import MessageBanner
from quartierstreff.ui.widgets.labels import hint_label
from quartierstreff.ui.widgets.marks import mark_invalid

_ID_ROLE = Qt.ItemDataRole.UserRole


class TextBlocksDialog(QDialog):
    """Open it with :meth:`QDialog.open` (window-modal, not blocking) or :meth:`show`."""

    chosen = Signal(object)
    """The block to insert (a :class:`TextBlockView`), with ``can_insert``."""
    changed = Signal()
    """A block was saved or deleted."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        confirm: Confirm = ask,
        can_insert: bool = False,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._confirm = confirm
        self.may_write = actor.may(Permission.FUNDING_WRITE)
        self.blocks: list[TextBlockView] = []
        self.current: TextBlockView | None = None
        """The stored block being edited; None for a new one not saved yet."""
        self._loading = False
        self._dirty = False
        self.setWindowTitle(self.tr("Text blocks"))
        self.resize(900, 560)

        intro = hint_label(
            self.tr(
                "Texts you need in many applications — about us, our rooms, our groups. "
                "In an application they are inserted with a click."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setObjectName("textBlockList")
        self.list.setAccessibleName(self.tr("Text blocks"))
        self.list.setStyleSheet("QListWidget::item { padding: 4px 4px; }")
        self.list.currentItemChanged.connect(self._selection_changed)
        self.empty_label = hint_label(
            self.tr("No text blocks yet. “New text block” starts the first one."), self
        )
        self.empty_label.setObjectName("emptyLabel")

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("textBlockTitle")
        self.title_edit.setMaxLength(funding.TEXT_BLOCK_TITLE_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("e.g. About us"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("textBlockBody")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            self.tr("The text as it should appear in the application")
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("charCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        self.title_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        for edit in (self.title_edit, self.body_edit):
            edit.setReadOnly(not self.may_write)

        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, self.title_edit)
        body_label = QLabel(self.tr("Te&xt:"), self)
        body_label.setBuddy(self.body_edit)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(body_label)
        editor_layout.addWidget(self.body_edit, 1)
        editor_layout.addWidget(self.count_label)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 620])

        self.new_button = QPushButton(self.tr("&New text block"), self)
        self.new_button.setObjectName("newTextBlockButton")
        self.new_button.clicked.connect(self.new_block)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_block)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveTextBlockButton")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("deleteTextBlockButton")
        self.delete_button.clicked.connect(self.delete_block)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setVisible(self.may_write)
        self.new_shortcut.setEnabled(self.may_write)
        self.insert_button = QPushButton(self.tr("&Insert"), self)
        self.insert_button.setObjectName("insertTextBlockButton")
        self.insert_button.setToolTip(self.tr("Insert this text where the cursor is"))
        self.insert_button.clicked.connect(self.insert)
        self.insert_button.setVisible(can_insert)
        self.insert_button.setDefault(can_insert)

        self.banner = MessageBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        action_row = QHBoxLayout()
        action_row.addWidget(self.new_button)
        action_row.addWidget(self.save_button)
        action_row.addWidget(self.delete_button)
        action_row.addStretch(1)
        action_row.addWidget(self.insert_button)
        action_row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        layout.addLayout(action_row)

        self.reload()

    # -- loading ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            with self._database.unit_of_work() as session:
                self.blocks = funding.list_text_blocks(session, self._actor)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return
        wanted = select_id if select_id is not None else self._current_id()
        self._loading = True
        self.list.clear()
        for block in self.blocks:
            item = QListWidgetItem(block.title, self.list)
            item.setData(_ID_ROLE, block.id)
            item.setToolTip(block.body[:300])
        self._loading = False
        self.empty_label.setVisible(not self.blocks)
        row = next((n for n, b in enumerate(self.blocks) if b.id == wanted), 0)
        if self.blocks:
            self.list.setCurrentRow(row)  # shows it (selection changed)
            if self.list.currentRow() == row:
                self._show(self.blocks[row])
        else:
            self._show(None)

    def _current_id(self) -> int | None:
        return self.current.id if self.current is not None else None

    def _show(self, block: TextBlockView | None) -> None:
        self._loading = True
        self.current = block
        self.title_edit.setText(block.title if block else "")
        self.title_edit.setStyleSheet("")
        self.body_edit.setPlainText(block.body if block else "")
        self.body_edit.setStyleSheet("")
        self._loading = False
        self._dirty = False
        self._update_count()
        has_block = block is not None
        self.delete_button.setEnabled(has_block)
        self.insert_button.setEnabled(has_block)

    def _edited(self) -> None:
        self._update_count()
        if not self._loading:
            self._dirty = True

    def _update_count(self) -> None:
        count = len(self.body_edit.toPlainText())
        self.count_label.setText(self.tr("{count} characters").format(count=f"{count:n}"))

    @property
    def is_dirty(self) -> bool:
        """Typed input not saved yet."""
        return self._dirty

    def _selection_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._loading:
            return
        block_id = current.data(_ID_ROLE) if current is not None else None
        if self._dirty:
            # Save what was typed first; the list is filled again, ``block_id`` chosen.
            if not self.save(quiet=True, then_select=block_id):
                # Refused: the text stays, and so does the block being edited.
                self._loading = True
                if previous is not None:
                    self.list.setCurrentItem(previous)
                else:
                    self.list.setCurrentRow(-1)
                self._loading = False
            return
        self._show(next((b for b in self.blocks if b.id == block_id), None))

    # -- actions ----------------------------------------------------------------------

    def new_block(self) -> None:
        if not self.may_write:
            return
        if self._dirty and not self.save(quiet=True):
            return
        self._loading = True
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._loading = False
        self._show(None)
        self.banner.clear_message()
        self.title_edit.setFocus()

    def save(self, *, quiet: bool = False, then_select: int | None = None) -> bool:
        """Store the block being edited; ``False`` (with the reason shown) if refused.
        Afterwards the block ``then_select`` is shown (default: the one saved)."""
        if not self.may_write:
            return False
        if self.current is None and not self._dirty:
            return True  # an empty new block: nothing to keep
        self.title_edit.setStyleSheet("")
        self.body_edit.setStyleSheet("")
        draft = TextBlockDraft(self.title_edit.text(), self.body_edit.toPlainText())
        try:
            with self._database.unit_of_work() as session:
                funding.save_text_block(
                    session,
                    self._actor,
                    draft,
                    block_id=self._current_id(),
                    expected_version=self.current.version if self.current else 0,
                )
                saved_id = self._saved_id(session, draft.title)
        except FieldInvalid as error:
            widget = self.body_edit if error.field == "text_block_body" else self.title_edit
            mark_invalid(widget)
            self.banner.show_error(message_for(error))
            return False
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self._dirty = False
        self.changed.emit()
        self.reload(then_select if then_select is not None else saved_id)
        if not quiet:
            self.banner.show_success(
                self.tr("Text block “{title}” saved.").format(title=draft.title.strip())
            )
        return True

    def _saved_id(self, session: object, title: str) -> int | None:
        if self.current is not None:
            return self.current.id
        blocks = funding.list_text_blocks(session, self._actor)  # type: ignore[arg-type]
        wanted = " ".join(title.split()).casefold()
        return next((b.id for b in blocks if b.title.casefold() == wanted), None)

    def delete_block(self) -> bool:
        block = self.current
        if block is None or not self.may_write:
            return False
        question = self.tr(
            "Delete the text block “{title}”? Applications that already contain its text "
            "keep it. The block goes to the bin, where it can be restored for 30 days."
        ).format(title=block.title)
        if not self._confirm(self, self.tr("Delete text block"), question):
            return False
        try:
            with self._database.unit_of_work() as session:
                funding.delete_text_block(session, self._actor, block.id)
        except QuartierstreffError as error:
            self.banner.show_error(message_for(error))
            return False
        self._dirty = False
        self.current = None
        self.changed.emit()
        self.reload()
        self.banner.show_success(
            self.tr("Text block “{title}” moved to the bin.").format(title=block.title)
        )
        return True

    def insert(self) -> None:
        if self.current is None:
            return
        if self._dirty and not self.save(quiet=True):
            return
        block = self.current
        self.chosen.emit(block)
        self.accept()

    def reject(self) -> None:
        """Close, Escape and the window's close button: typed text is saved first;
        when it is refused the dialog stays open with the reason."""
        if self._dirty and self.may_write and not self.save(quiet=True):
            return
        super().reject()
