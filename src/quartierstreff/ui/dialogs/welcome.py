"""First start on an empty database: begin with the centre's name, or load the example."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.services.centre import save_profile
from quartierstreff.services.errors import QuartierstreffError
from quartierstreff.services.security import Actor
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.background import BackgroundCall
from quartierstreff.ui.errors import message_for
from quartierstreff.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from quartierstreff.ui.widgets.page import heading


class WelcomeDialog(QDialog):
    """Accepted once the database holds a centre (an empty one or the example)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        today: Callable[[], dt.date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._today = today
        self._demo_call: BackgroundCall | None = None
        self._cursor_overridden = False
        self.form = Ui_WelcomeDialog()
        self.form.setupUi(self)
        self.form.titleLabel.setFont(heading(self).font())
        self._show_busy(False)
        self.form.startEmptyButton.clicked.connect(self.start_empty)
        self.form.loadDemoButton.clicked.connect(self.load_demo)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.nameEdit.textEdited.connect(self.form.errorLabel.clear_message)
        self.form.nameEdit.setFocus()

    @property
    def busy(self) -> bool:
        return self._demo_call is not None

    def start_empty(self) -> None:
        profile = CentreProfileView(name=self.form.nameEdit.text())
        try:
            with self._database.unit_of_work() as session:
                save_profile(session, self._actor, profile)
        except QuartierstreffError as error:
            self.form.errorLabel.show_error(message_for(error))
            self.form.nameEdit.setFocus()
            return
        self.accept()

    def load_demo(self) -> None:
        if self.busy:
            return
        self.form.errorLabel.clear_message()
        self._show_busy(True)
        self._demo_call = BackgroundCall(self._load_demo, self)
        self._demo_call.finished.connect(self._demo_finished)
        self._demo_call.start()

    def _load_demo(self) -> None:
        # Imported here: the example data is only needed on this one click.
        from quartierstreff.services.demo import load_demo

        with self._database.unit_of_work() as session:
            load_demo(session, self._actor, self._today())

    def _demo_finished(self) -> None:
        call = self._demo_call
        assert call is not None
        call.wait()
        self._demo_call = None
        self._show_busy(False)
        if isinstance(call.error, QuartierstreffError):
            self.form.errorLabel.show_error(message_for(call.error))
        elif call.error is not None:
            raise call.error  # unexpected: the exception hook logs it and tells the user
        else:
            self.accept()

    def _show_busy(self, busy: bool) -> None:
        self.form.progressLabel.setVisible(busy)
        self.form.progressBar.setVisible(busy)
        for widget in (self.form.emptyBox, self.form.demoBox, self.form.buttonBox):
            widget.setEnabled(not busy)
        if busy and not self._cursor_overridden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif not busy and self._cursor_overridden:
            QGuiApplication.restoreOverrideCursor()
        self._cursor_overridden = busy

    def reject(self) -> None:
        if not self.busy:  # the example is half loaded: wait for it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
