"""Screenshots of every page and of the welcome dialog, for looking at the UI.

    python scripts/screenshots.py [--language de|en] [--out screenshots]

Runs offscreen on a throwaway database in a temporary folder: with the example centre
when ``quartierstreff.services.demo`` is available, otherwise with a small profile.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.engine import make_url

from quartierstreff import clock
from quartierstreff.db.engine import Database
from quartierstreff.db.models import Role
from quartierstreff.db.open import open_database
from quartierstreff.services.centre import save_profile
from quartierstreff.services.security import NO_LOGIN_USERNAME, Actor
from quartierstreff.services.views import CentreProfileView
from quartierstreff.ui.dialogs.welcome import WelcomeDialog
from quartierstreff.ui.i18n import LANGUAGE_ENV, Translations

EXAMPLE_PROFILE = CentreProfileView(
    name="Bürgertreff Südstadt",
    street="Möhringer Straße 56",
    postal_code="70199",
    city="Stuttgart",
    email="info@buergertreff-suedstadt.example",
    legal_form="eingetragener Verein (e. V.)",
    register_court="Amtsgericht Stuttgart",
    register_number="VR 12345",
    iban="DE89370400440532013000",
    bic="COBADEFFXXX",
    bank_name="Commerzbank",
    house_rules="Bitte um 22 Uhr lüften, abschließen und das Licht ausmachen.",
    key_contact="Hausdienst, Tel. 0711 123456",
    signatories="Maria Beispiel (1. Vorsitzende)\nÖzlem Yılmaz (Kassiererin)",
)

ADMIN = Actor(user_id=None, username=NO_LOGIN_USERNAME, role=Role.ADMIN)


def _fill(database: Database) -> str:
    try:
        from quartierstreff.services.demo import load_demo
    except ImportError:
        load_demo = None
    with database.unit_of_work() as session:
        if load_demo is not None:
            load_demo(session, ADMIN, clock.today())
            return "example centre"
        save_profile(session, ADMIN, EXAMPLE_PROFILE)
        return "profile only"


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"  {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="de", choices=("de", "en"))
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    os.environ[LANGUAGE_ENV] = args.language
    args.out.mkdir(parents=True, exist_ok=True)

    from quartierstreff.app import application, create_main_window

    app = application([sys.argv[0]])
    Translations(app).install(args.language)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["QUARTIERSTREFF_DATA_DIR"] = tmp
        url = make_url(f"sqlite:///{Path(tmp) / 'screenshots.sqlite3'}")
        database = open_database(url, Path(tmp))
        try:
            welcome = WelcomeDialog(database, ADMIN)
            welcome.show()
            app.processEvents()
            _save(welcome, args.out / f"{args.language}-00-welcome.png")
            welcome.start_empty()  # without a name: shows the error line
            app.processEvents()
            _save(welcome, args.out / f"{args.language}-00-welcome-error.png")
            welcome.close()

            print(f"Data: {_fill(database)}")
            window = create_main_window(database, ADMIN)
            window.show()
            for index in range(len(window.pages)):
                window.show_page(index)
                app.processEvents()
                slug = type(window.pages[index]).__name__.removesuffix("Page").lower()
                _save(window, args.out / f"{args.language}-{index + 1:02d}-{slug}.png")
            # The settings page after a typing error in the IBAN.
            window.settings.profile.form.ibanEdit.setText("DE00 1234")
            window.settings.save()
            app.processEvents()
            _save(window, args.out / f"{args.language}-09-settings-error.png")
            window.settings.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
            window.close()
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
