"""The week calendar: painted from a :class:`~quartierstreff.ui.models.week.WeekLayout`
in one ``paintEvent`` (no widget per booking, so a busy week costs nothing extra).

Left a time axis, then seven day columns Monday to Sunday. Today's column is marked;
public holidays, school holidays and closures are shaded in different ways
(:data:`SHADES`, the page shows the legend). Bookings are rounded rectangles in their
room's colour with a text colour that reads on it.

Rooms are shown in one of two ways (:attr:`WeekView.lanes`):

* as colours (the default): every booking takes the full width of its day, and
  bookings that overlap stand side by side. With four rooms this leaves a day column's
  width to a booking most of the time, so titles stay readable;
* as lanes: each day column is split into one narrow lane per room, in room order.

Mouse: a click selects a booking or an empty spot (day, room lane, time rounded to
half an hour); a double-click or Enter opens it. Keyboard: the arrows move between
bookings (left/right: days, up/down: in time order), Enter opens, Del asks to cancel,
Page Up/Down changes the week, Home goes to today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from quartierstreff.services.bookings import Occurrence, OccurrenceKey
from quartierstreff.ui.i18n import date_pattern, format_date, to_qdate
from quartierstreff.ui.models.week import DAYS, SLOT_MINUTES, WeekEntry, WeekLayout

SHADES: dict[str, QColor] = {
    "today": QColor("#e3eefb"),
    "public_holiday": QColor("#fbe1e1"),
    "school_holiday": QColor("#fdf3d6"),
    "closure": QColor("#e2e2e2"),
}
"""Background of a day column by kind (a closure is also hatched)."""
TODAY_LINE = QColor("#2f6db5")
MIN_HOUR_HEIGHT = 26
AXIS_PADDING = 14


@dataclass(frozen=True, slots=True)
class Slot:
    """An empty spot chosen in the calendar."""

    day: dt.date
    room_id: int | None
    """The lane's room; ``None`` when rooms are shown as colours and several are visible."""
    time: dt.time


def text_colour(background: QColor) -> QColor:
    """Near-black or white for text on ``background`` (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    # Both contrasts are about 4.5:1 at a luminance of 0.2; below it white reads better
    # on the mid-tones (blue, red) than the numbers alone suggest.
    return QColor("#ffffff") if luminance < 0.2 else QColor("#1a1a1a")


def wrap_text(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines of ``width`` pixels; a word
    too long for a line and the last line when text is left over end in "…"."""
    words = text.split()
    result: list[str] = []
    current = ""
    while words and len(result) < lines:
        candidate = f"{current} {words[0]}" if current else words[0]
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            words.pop(0)
            continue
        if not current:  # one word wider than the line
            current = words.pop(0)
        result.append(current)
        current = ""
    if current and len(result) < lines:
        result.append(current)
    if words and result:
        result[-1] = result[-1] + " " + " ".join(words)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in result]


def room_colour(text: str) -> QColor:
    colour = QColor(text)
    return colour if colour.isValid() else QColor("#8c8c8c")


def day_heading(day: dt.date) -> str:
    """Like "Mo 23.11." (German)."""
    locale = QLocale()
    name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat).rstrip(".")
    pattern = date_pattern().replace("yyyy", "").rstrip("/-, ")
    return f"{name} {locale.toString(to_qdate(day), pattern)}"


def clock_text(moment: dt.datetime | dt.time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


class WeekView(QWidget):
    entry_activated = Signal(object)
    """An :class:`OccurrenceKey` to open (double-click or Enter on a booking)."""
    slot_activated = Signal(object, object, object)
    """``(date, room_id | None, time)``: book here (double-click or Enter on an empty spot)."""
    cancel_requested = Signal(object)
    """An :class:`Occurrence` the user wants to cancel (Del)."""
    week_requested = Signal(int)
    """-1 the week before, +1 the week after, 0 the week of today."""
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Week calendar"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._layout = WeekLayout(dt.date(2000, 1, 3), (), ())
        self._lanes = False
        self._selected: OccurrenceKey | None = None
        self._slot: Slot | None = None

    # -- what is shown -------------------------------------------------------------------

    @property
    def week(self) -> WeekLayout:
        return self._layout

    def set_week(self, layout: WeekLayout) -> None:
        """Show ``layout``; a selected booking stays selected if it is still there. If it
        is gone from the same week (cancelled), the booking of that day nearest in time is
        selected instead, so the keyboard goes on from there."""
        before = self._layout.entry(self._selected)
        same_week = layout.monday == self._layout.monday
        self._layout = layout
        if self._layout.entry(self._selected) is None:
            self._selected = None
            if before is not None and same_week:
                left = layout.days[before.day_index].entries
                if left:
                    nearest = min(left, key=lambda e: abs(e.start_minute - before.start_minute))
                    self._selected = nearest.key
        if self._slot is not None and not layout.monday <= self._slot.day < layout.end:
            self._slot = None
        self.updateGeometry()
        self._update_description()
        self.update()
        self.selection_changed.emit()

    @property
    def lanes(self) -> bool:
        """True: one lane per room in each day; False: rooms as colours."""
        return self._lanes

    def set_lanes(self, lanes: bool) -> None:
        self._lanes = lanes
        self.update()

    # -- selection -------------------------------------------------------------------------

    def selected_entry(self) -> WeekEntry | None:
        return self._layout.entry(self._selected)

    def selected_slot(self) -> Slot | None:
        return self._slot

    def select_entry(self, key: OccurrenceKey | None) -> bool:
        if key is not None and self._layout.entry(key) is None:
            return False
        self._selected = key
        self._slot = None
        self._selection_moved()
        return True

    def select_slot(self, slot: Slot | None) -> None:
        self._slot = slot
        self._selected = None
        self._selection_moved()

    def selected_day(self) -> dt.date | None:
        entry = self.selected_entry()
        if entry is not None:
            return entry.occurrence.day
        return self._slot.day if self._slot is not None else None

    def _selection_moved(self) -> None:
        self._update_description()
        self.update()
        self.selection_changed.emit()

    def _update_description(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.setAccessibleDescription(self.describe(entry.occurrence))
        elif self._slot is not None:
            self.setAccessibleDescription(
                self.tr("Free: {date}, {time}").format(
                    date=format_date(self._slot.day), time=clock_text(self._slot.time)
                )
            )
        else:
            self.setAccessibleDescription("")

    def describe(self, occurrence: Occurrence) -> str:
        """The full details of a booking, one fact a line (tooltip, screen readers)."""
        lines = [
            occurrence.title,
            self.tr("{date}, {start}–{end}").format(
                date=format_date(occurrence.day),
                start=clock_text(occurrence.starts_at),
                end=clock_text(occurrence.ends_at),
            ),
            self.tr("Room: {rooms}").format(rooms=occurrence.room_names),
        ]
        if occurrence.group_name:
            lines.append(self.tr("Group: {name}").format(name=occurrence.group_name))
        if occurrence.contact_name:
            lines.append(self.tr("Contact: {name}").format(name=occurrence.contact_name))
        if occurrence.responsible_name:
            lines.append(self.tr("Responsible: {name}").format(name=occurrence.responsible_name))
        if occurrence.expected_people:
            lines.append(
                self.tr("Expected: {count} people").format(
                    count=QLocale().toString(occurrence.expected_people)
                )
            )
        kind = self.tr("Date of a series") if occurrence.key.is_series else self.tr("One-off")
        if occurrence.is_changed:
            kind = self.tr("Date of a series, changed on its own")
        lines.append(kind)
        if not occurrence.is_public:
            lines.append(self.tr("Private"))
        if occurrence.notes:
            notes = occurrence.notes.strip()
            lines.append(notes if len(notes) <= 200 else notes[:199] + "…")
        return "\n".join(lines)

    # -- geometry ----------------------------------------------------------------------------

    def _line_height(self) -> int:
        return QFontMetrics(self.font()).height()

    def header_height(self) -> int:
        rows = 3 if self._lanes and len(self._layout.rooms) > 1 else 2
        return rows * self._line_height() + 12

    def axis_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("00:00") + AXIS_PADDING

    def _hours(self) -> int:
        return max(self._layout.last_hour - self._layout.first_hour, 1)

    def hour_height(self) -> float:
        return max((self.height() - self.header_height() - 1) / self._hours(), MIN_HOUR_HEIGHT)

    def day_width(self) -> float:
        return max((self.width() - self.axis_width() - 1) / DAYS, 1.0)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.axis_width() + DAYS * 60,
            self.header_height() + self._hours() * MIN_HOUR_HEIGHT + 1,
        )

    def sizeHint(self) -> QSize:
        return QSize(
            self.axis_width() + DAYS * 140,
            self.header_height() + self._hours() * 34 + 1,
        )

    def day_rect(self, index: int) -> QRectF:
        """The body of day column ``index`` (below the header)."""
        top = self.header_height()
        return QRectF(
            self.axis_width() + index * self.day_width(),
            top,
            self.day_width(),
            self._hours() * self.hour_height(),
        )

    def _lane_count(self) -> int:
        return max(len(self._layout.rooms), 1) if self._lanes else 1

    def y_of(self, minute: int) -> float:
        return self.header_height() + (minute / 60 - self._layout.first_hour) * self.hour_height()

    def entry_rects(self, entry: WeekEntry) -> list[QRectF]:
        """Where ``entry`` is painted: one rectangle per run of neighbouring lanes."""
        day = self.day_rect(entry.day_index)
        top = self.y_of(entry.start_minute)
        height = max(self.y_of(entry.end_minute) - top, 6.0)
        if not self._lanes:
            width = day.width() / entry.columns
            return [QRectF(day.left() + entry.column * width, top, width, height)]
        lane_width = day.width() / self._lane_count()
        lanes = entry.lanes or (0,)
        runs: list[list[int]] = []
        for lane in lanes:
            if runs and runs[-1][-1] == lane - 1:
                runs[-1].append(lane)
            else:
                runs.append([lane])
        return [
            QRectF(day.left() + run[0] * lane_width, top, lane_width * len(run), height)
            for run in runs
        ]

    def entry_at(self, point: QPointF) -> WeekEntry | None:
        # the later entry wins where two are painted on top of each other
        for entry in reversed(self._layout.entries):
            if any(rect.contains(point) for rect in self.entry_rects(entry)):
                return entry
        return None

    def slot_at(self, point: QPointF) -> Slot | None:
        """The empty spot under ``point`` (day, lane's room, time rounded down to 30 min)."""
        if point.y() < self.header_height() or point.x() < self.axis_width():
            return None
        index = int((point.x() - self.axis_width()) // self.day_width())
        if not 0 <= index < DAYS:
            return None
        minutes = int(((point.y() - self.header_height()) / self.hour_height()) * 60)
        minutes = self._layout.first_hour * 60 + minutes // SLOT_MINUTES * SLOT_MINUTES
        if minutes >= self._layout.last_hour * 60 or minutes >= 24 * 60:
            return None
        room_id: int | None = None
        rooms = self._layout.rooms
        if len(rooms) == 1:
            room_id = rooms[0].id
        elif self._lanes and rooms:
            lane_width = self.day_width() / len(rooms)
            offset = point.x() - self.axis_width() - index * self.day_width()
            room_id = rooms[min(int(offset // lane_width), len(rooms) - 1)].id
        day = self._layout.monday + dt.timedelta(days=index)
        return Slot(day, room_id, dt.time(minutes // 60, minutes % 60))

    def slot_rect(self, slot: Slot) -> QRectF:
        index = (slot.day - self._layout.monday).days
        day = self.day_rect(index)
        minute = slot.time.hour * 60 + slot.time.minute
        top = self.y_of(minute)
        rect = QRectF(day.left(), top, day.width(), self.y_of(minute + SLOT_MINUTES) - top)
        lane = self._layout.lane_of(slot.room_id) if slot.room_id is not None else None
        if self._lanes and lane is not None and len(self._layout.rooms) > 1:
            width = day.width() / len(self._layout.rooms)
            rect = QRectF(day.left() + lane * width, top, width, rect.height())
        return rect

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_days(painter)
        self._paint_grid(painter)
        self._paint_header(painter)
        for entry in self._layout.entries:
            self._paint_entry(painter, entry)
        self._paint_selection(painter)
        painter.end()

    def _paint_days(self, painter: QPainter) -> None:
        for index, day in enumerate(self._layout.days):
            rect = self.day_rect(index)
            full = QRectF(rect.left(), 0, rect.width(), rect.bottom())
            if day.shade:
                painter.fillRect(full, SHADES[day.shade])
                if day.shade == "closure":
                    painter.fillRect(full, QBrush(QColor("#c4c4c4"), Qt.BrushStyle.BDiagPattern))
            elif day.is_today:
                painter.fillRect(full, SHADES["today"])

    def _paint_grid(self, painter: QPainter) -> None:
        palette = self.palette()
        line = palette.color(QPalette.ColorRole.Mid)
        light = QColor(line)
        light.setAlpha(70)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        left = float(self.axis_width())
        right = left + DAYS * self.day_width()
        metrics = QFontMetrics(self.font())
        painter.setFont(self.font())
        for hour in range(self._layout.first_hour, self._layout.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(left - 4, y), QPointF(right, y))
            if hour < self._layout.last_hour:
                half = self.y_of(hour * 60 + 30)
                painter.setPen(QPen(light, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(left, half), QPointF(right, half))
            label = clock_text(dt.time(hour % 24, 0)) if hour < 24 else "24:00"
            painter.setPen(text)
            top = y - metrics.height() / 2
            if hour == self._layout.first_hour:
                top = y + 1
            elif hour == self._layout.last_hour:
                top = y - metrics.height()
            painter.drawText(
                QRectF(0, top, left - 8, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setPen(QPen(line, 1))
        bottom = self.day_rect(0).bottom()
        for index in range(DAYS + 1):
            x = left + index * self.day_width()
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
        if self._lanes and len(self._layout.rooms) > 1:
            painter.setPen(QPen(light, 1))
            lanes = len(self._layout.rooms)
            for index in range(DAYS):
                rect = self.day_rect(index)
                for lane in range(1, lanes):
                    x = rect.left() + lane * rect.width() / lanes
                    painter.drawLine(QPointF(x, rect.top()), QPointF(x, bottom))

    def _paint_header(self, painter: QPainter) -> None:
        palette = self.palette()
        line_height = self._line_height()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        for index, day in enumerate(self._layout.days):
            rect = self.day_rect(index)
            x, width = rect.left() + 4, rect.width() - 8
            painter.setFont(bold)
            if day.is_today:
                badge = QRectF(rect.left() + 3, 3, rect.width() - 6, line_height + 4)
                painter.setBrush(TODAY_LINE)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(QColor("#ffffff"))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x, 5, width, line_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                day_heading(day.day),
            )
            names = " · ".join(day.names)
            if names:
                painter.setFont(small)
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                metrics = QFontMetrics(small)
                painter.drawText(
                    QRectF(x, 7 + line_height, width, line_height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(names, Qt.TextElideMode.ElideRight, int(width)),
                )
            if self._lanes and len(self._layout.rooms) > 1:
                painter.setFont(small)
                metrics = QFontMetrics(small)
                lanes = len(self._layout.rooms)
                lane_width = rect.width() / lanes
                for lane, room in enumerate(self._layout.rooms):
                    cell = QRectF(
                        rect.left() + lane * lane_width, 9 + 2 * line_height, lane_width, 4
                    )
                    painter.fillRect(cell.adjusted(2, 0, -2, 0), room_colour(room.colour))
                    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                    painter.drawText(
                        QRectF(cell.left(), cell.top() - line_height, lane_width, line_height),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        metrics.elidedText(
                            room.symbol, Qt.TextElideMode.ElideRight, int(lane_width)
                        ),
                    )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        bottom = self.header_height() - 0.5
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))

    def _paint_entry(self, painter: QPainter, entry: WeekEntry) -> None:
        occurrence = entry.occurrence
        fill = room_colour(entry.colour)
        if not occurrence.is_public:
            fill = fill.lighter(112)
        ink = text_colour(fill)
        border = fill.darker(135)
        time_text = f"{clock_text(occurrence.starts_at)}–{clock_text(occurrence.ends_at)}"
        symbols = occurrence.room_symbols
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        bold_metrics = QFontMetrics(bold)
        small_metrics = QFontMetrics(small)
        for rect in self.entry_rects(entry):
            box = rect.adjusted(1.5, 1, -1.5, -1)
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 4, 4)
            if occurrence.is_changed:  # a date of a series changed on its own: a corner mark
                painter.setPen(QPen(ink, 1.5))
                painter.drawLine(
                    QPointF(box.right() - 8, box.top() + 2), QPointF(box.right() - 2, box.top() + 8)
                )
            inner = box.adjusted(4, 2, -4, -2)
            if inner.width() < 12 or inner.height() < 8:
                continue
            painter.save()
            painter.setClipRect(inner)
            painter.setPen(ink)
            width = int(inner.width())
            y = inner.top()
            if inner.height() < small_metrics.height() + bold_metrics.height():
                # one line: start time and title
                painter.setFont(bold)
                line = f"{clock_text(occurrence.starts_at)} {occurrence.title}"
                painter.drawText(
                    QRectF(inner.left(), y, inner.width(), bold_metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    bold_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width),
                )
            else:
                painter.setFont(small)
                first = next(
                    (
                        text
                        for text in (f"{time_text}  {symbols}", time_text)
                        if small_metrics.horizontalAdvance(text) <= width
                    ),
                    clock_text(occurrence.starts_at),
                )
                painter.drawText(
                    QRectF(inner.left(), y, inner.width(), small_metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    first,
                )
                y += small_metrics.height()
                painter.setFont(bold)
                lines = max(int((inner.bottom() - y) // bold_metrics.height()), 1)
                for line in wrap_text(occurrence.title, bold_metrics, width, lines):
                    painter.drawText(
                        QRectF(inner.left(), y, inner.width(), bold_metrics.height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                        line,
                    )
                    y += bold_metrics.height()
            painter.restore()

    def _paint_selection(self, painter: QPainter) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        width = 3.0 if self.hasFocus() else 2.0
        painter.setBrush(Qt.BrushStyle.NoBrush)
        entry = self.selected_entry()
        if entry is not None:
            painter.setPen(QPen(highlight, width))
            for rect in self.entry_rects(entry):
                painter.drawRoundedRect(rect.adjusted(0.5, 0, -0.5, 0), 5, 5)
        elif self._slot is not None:
            rect = self.slot_rect(self._slot).adjusted(2, 1, -2, -1)
            fill = QColor(highlight)
            fill.setAlpha(60)
            painter.setPen(QPen(highlight, width, Qt.PenStyle.DashLine))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                rect.adjusted(4, 0, -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                clock_text(self._slot.time),
            )
        elif self.hasFocus():
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -1, -1))

    # -- mouse and keyboard ----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        entry = self.entry_at(point)
        if entry is not None:
            self.select_entry(entry.key)
        else:
            self.select_slot(self.slot_at(point))
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        point = event.position()
        entry = self.entry_at(point)
        if entry is not None:
            self.select_entry(entry.key)
        else:
            self.select_slot(self.slot_at(point))
        self.activate()
        event.accept()

    def activate(self) -> bool:
        """Open what is selected: a booking (``entry_activated``) or an empty spot
        (``slot_activated``)."""
        entry = self.selected_entry()
        if entry is not None:
            self.entry_activated.emit(entry.key)
            return True
        if self._slot is not None:
            self.slot_activated.emit(self._slot.day, self._slot.room_id, self._slot.time)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.activate():
                super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Delete:
            entry = self.selected_entry()
            if entry is not None:
                self.cancel_requested.emit(entry.occurrence)
            return
        if key == Qt.Key.Key_PageUp:
            self.week_requested.emit(-1)
            return
        if key == Qt.Key.Key_PageDown:
            self.week_requested.emit(1)
            return
        if key == Qt.Key.Key_Home:
            self.week_requested.emit(0)
            return
        if key == Qt.Key.Key_Escape and (self._selected or self._slot):
            self.select_entry(None)
            return
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            self.move_selection(*moves[key])  # type: ignore[index]
            return
        super().keyPressEvent(event)

    def move_selection(self, days: int, steps: int) -> bool:
        """Select the next booking ``days`` days to the side (the one nearest in time) or
        ``steps`` bookings up or down in the same day. True when the selection moved."""
        entry = self.selected_entry()
        if entry is not None:
            index, minute = entry.day_index, entry.start_minute
        elif self._slot is not None:
            index = (self._slot.day - self._layout.monday).days
            minute = self._slot.time.hour * 60 + self._slot.time.minute
        else:
            first = self._first_entry()
            if first is None:
                return False
            return self.select_entry(first.key)
        days_list = self._layout.days
        if steps:
            column = list(days_list[index].entries)
            if entry is not None:
                position = column.index(entry) + steps
            elif steps > 0:
                position = next((i for i, e in enumerate(column) if e.start_minute >= minute), -1)
            else:
                before = [i for i, e in enumerate(column) if e.start_minute < minute]
                position = before[-1] if before else -1
            if 0 <= position < len(column):
                return self.select_entry(column[position].key)
            return False
        target = index + days
        while 0 <= target < len(days_list):
            candidates = days_list[target].entries
            if candidates:
                nearest = min(candidates, key=lambda e: (abs(e.start_minute - minute), e.lanes))
                return self.select_entry(nearest.key)
            target += days
        return False

    def _day_names_at(self, point: QPointF) -> str:
        """The holidays of the day whose heading is under ``point`` (their names are cut
        short there)."""
        if point.y() >= self.header_height() or point.x() < self.axis_width():
            return ""
        index = int((point.x() - self.axis_width()) // self.day_width())
        days = self._layout.days
        return "\n".join(days[index].names) if 0 <= index < len(days) else ""

    def _first_entry(self) -> WeekEntry | None:
        days = self._layout.days
        today = next((day for day in days if day.is_today and day.entries), None)
        if today is not None:
            return today.entries[0]
        return next((day.entries[0] for day in days if day.entries), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            entry = self.entry_at(point)
            names = self._day_names_at(point)
            if entry is not None:
                QToolTip.showText(event.globalPos(), self.describe(entry.occurrence), self)
            elif names:
                QToolTip.showText(event.globalPos(), names, self)
            elif self.toolTip():  # on a free spot: the widget's own hint
                QToolTip.showText(event.globalPos(), self.toolTip(), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
