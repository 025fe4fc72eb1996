import pytest
from sqlalchemy.orm import Session

from quartierstreff.db.models import MeetingKind, Role, User
from quartierstreff.services import settings
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.settings import AppSettings, notice_days
from tests.conftest import ADMIN


def test_defaults_then_saved_values(session: Session) -> None:
    assert settings.get_settings(session, ADMIN) == AppSettings(
        idle_lock_minutes=10, backup_interval_hours=4, second_backup_folder=""
    )
    saved = settings.save_settings(
        session, ADMIN, AppSettings(idle_lock_minutes=5, second_backup_folder=" /media/usb ")
    )
    assert saved.second_backup_folder == "/media/usb"
    assert settings.read_settings(session) == saved


@pytest.mark.parametrize(
    ("value", "field", "reason"),
    [
        (AppSettings(idle_lock_minutes=-1), "idle_lock_minutes", "range"),
        (AppSettings(idle_lock_minutes=241), "idle_lock_minutes", "range"),
        (AppSettings(backup_interval_hours=0), "backup_interval_hours", "range"),
        (AppSettings(backup_interval_hours=169), "backup_interval_hours", "range"),
        (AppSettings(notice_days_board=-1), "notice_days_board", "range"),
        (AppSettings(notice_days_general_assembly=366), "notice_days_general_assembly", "range"),
        (AppSettings(notice_days_public_event=-3), "notice_days_public_event", "range"),
        (AppSettings(quorum_percent=-1), "quorum_percent", "range"),
        (AppSettings(quorum_percent=101), "quorum_percent", "range"),
    ],
)
def test_out_of_range_is_refused(
    session: Session, value: AppSettings, field: str, reason: str
) -> None:
    with pytest.raises(FieldInvalid) as raised:
        settings.save_settings(session, ADMIN, value)
    assert (raised.value.field, raised.value.reason) == (field, reason)
    assert settings.read_settings(session) == AppSettings()


def test_no_lock_is_refused_while_pins_are_in_use(session: Session) -> None:
    settings.save_settings(session, ADMIN, AppSettings(idle_lock_minutes=0))
    session.add(
        User(
            username="pin-user",
            display_name="Pin",
            role=Role.VOLUNTEER,
            password_hash="x",
            pin_hash="y",
        )
    )
    session.flush()
    with pytest.raises(FieldInvalid) as raised:
        settings.save_settings(session, ADMIN, AppSettings(idle_lock_minutes=0))
    assert raised.value.reason == "pins_need_lock"


def test_meeting_defaults_and_saved_notice_periods(session: Session) -> None:
    defaults = settings.read_settings(session)
    assert [notice_days(defaults, kind) for kind in MeetingKind] == [7, 14, 7, 0, 0]
    assert defaults.quorum_percent == 10
    saved = settings.save_settings(
        session,
        ADMIN,
        AppSettings(notice_days_general_assembly=21, notice_days_group=365, quorum_percent=0),
    )
    again = settings.read_settings(session)
    assert again == saved
    assert notice_days(again, MeetingKind.GENERAL_ASSEMBLY) == 21
    assert notice_days(again, MeetingKind.GROUP) == 365
    assert again.quorum_percent == 0
