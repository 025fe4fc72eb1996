"""The look and behaviour every read-only list of records shares (backups, the bin,
users, the audit trail): whole rows selected one at a time, no editing in place, a
quiet header, columns as wide as their content and one column taking the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableView, QWidget

_STYLE = (
    "QTableView::item { padding: 4px 10px; }"
    "QHeaderView::section { padding: 5px 10px; border: none;"
    " border-bottom: 1px solid palette(mid); background: palette(window);"
    " font-weight: bold; }"
)


def set_up_record_list(table: QTableView, stretch_column: int) -> None:
    """Call once the table has its model (or its columns): the column count is read."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setStyleSheet(_STYLE)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def busy_bar(parent: QWidget) -> QProgressBar:
    """A hidden bar that moves without a percentage, for work of unknown length."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class _Record(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Record)


def selected_record(table: QTableView, rows: Sequence[R]) -> R | None:
    """The record of the selected row of ``table``, which shows ``rows`` in order."""
    selected = table.selectionModel().selectedRows()
    return rows[selected[0].row()] if selected else None


def select_record(table: QTableView, rows: Sequence[R], record_id: int | None) -> None:
    """Select the row of the record with ``record_id`` (nothing if it is not there)."""
    for row, record in enumerate(rows):
        if record.id == record_id:
            table.selectRow(row)
