import dataclasses

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from quartierstreff.db.models import CentreProfile, Role
from quartierstreff.services import centre, maintenance
from quartierstreff.services.errors import ConcurrentEdit, FieldInvalid
from quartierstreff.services.security import Actor
from quartierstreff.services.views import CentreProfileView
from tests.conftest import ADMIN

ANNA = Actor(user_id=None, username="anna", role=Role.COORDINATOR)
BERT = Actor(user_id=None, username="bert", role=Role.ADMIN)


def test_a_fresh_database_has_no_profile_and_is_empty(session: Session) -> None:
    assert centre.get_profile(session, ADMIN) is None
    assert maintenance.is_empty(session)


def test_save_and_read_back(session: Session) -> None:
    saved = centre.save_profile(
        session,
        ADMIN,
        CentreProfileView(
            name="  Bürgertreff Lindenviertel e.V. ",
            postal_code="70190",
            iban="de89 3704 0044 0532 0130 00",
            bic="cobadeffxxx",
        ),
    )
    assert saved.name == "Bürgertreff Lindenviertel e.V."
    assert centre.get_profile(session, ADMIN) == saved
    assert saved.iban == "DE89370400440532013000"
    assert not maintenance.is_empty(session)

    centre.save_profile(session, ADMIN, CentreProfileView(name="Neuer Name"))
    profile = centre.get_profile(session, ADMIN)
    assert profile is not None and profile.name == "Neuer Name" and profile.iban == ""


@pytest.mark.parametrize(
    ("profile", "field", "reason"),
    [
        (CentreProfileView(name="   "), "name", "required"),
        (CentreProfileView(name="x" * 201), "name", "too_long"),
        (CentreProfileView(name="T", iban="DE12"), "iban", "format"),
        (CentreProfileView(name="T", iban="DE89370400440532013001"), "iban", "checksum"),
        (CentreProfileView(name="T", bic="ABC"), "bic", "format"),
        (CentreProfileView(name="T", postal_code="7019"), "postal_code", "format"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(
    session: Session, profile: CentreProfileView, field: str, reason: str
) -> None:
    centre.save_profile(session, ADMIN, CentreProfileView(name="Vorher"))
    with pytest.raises(FieldInvalid) as caught:
        centre.save_profile(session, ADMIN, profile)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert centre.get_profile(session, ADMIN) == CentreProfileView(name="Vorher", version=1)


# --- optimistic locking: the second of two savers is told ---------------------------


def test_each_save_raises_the_version(session: Session) -> None:
    first = centre.save_profile(session, ADMIN, CentreProfileView(name="Treff"))
    assert first.version == 1
    loaded = centre.get_profile(session, ADMIN)
    assert loaded == first
    second = centre.save_profile(session, ADMIN, dataclasses.replace(loaded, city="Ulm"))
    assert second.version == 2
    unchanged = centre.save_profile(session, ADMIN, second)  # nothing to update
    assert unchanged.version == 2


def test_the_second_saver_is_told_and_the_first_change_survives(session: Session) -> None:
    centre.save_profile(session, ADMIN, CentreProfileView(name="Treff", city="Ulm"))
    in_annas_form = centre.get_profile(session, ANNA)
    in_berts_form = centre.get_profile(session, BERT)
    assert in_annas_form is not None and in_berts_form is not None

    saved = centre.save_profile(session, ANNA, dataclasses.replace(in_annas_form, city="Biberach"))
    with pytest.raises(ConcurrentEdit) as told:
        centre.save_profile(session, BERT, dataclasses.replace(in_berts_form, phone="0711 1"))

    assert (told.value.entity, told.value.key, told.value.changed_by) == (
        "centre_profile",
        "1",
        "anna",
    )
    assert centre.get_profile(session, BERT) == saved
    # Bert reloads, sees Anna's change, and saves his on top of it.
    reloaded = centre.get_profile(session, BERT)
    assert reloaded is not None and reloaded.city == "Biberach"
    again = centre.save_profile(session, BERT, dataclasses.replace(reloaded, phone="0711 1"))
    assert (again.city, again.phone, again.version) == ("Biberach", "0711 1", 3)


def test_a_form_from_before_the_profile_was_taken_away_is_told(session: Session) -> None:
    loaded = centre.save_profile(session, ADMIN, CentreProfileView(name="Treff"))
    session.execute(delete(CentreProfile))  # e.g. an older backup was restored
    with pytest.raises(ConcurrentEdit) as told:
        centre.save_profile(session, ADMIN, dataclasses.replace(loaded, city="Ulm"))
    assert (told.value.entity, told.value.changed_by) == ("centre_profile", "")
    assert centre.get_profile(session, ADMIN) is None


def test_version_0_was_not_loaded_and_saves_without_a_check(session: Session) -> None:
    centre.save_profile(session, ADMIN, CentreProfileView(name="Erster Name"))
    saved = centre.save_profile(session, ADMIN, CentreProfileView(name="Neu"))
    assert (saved.name, saved.version) == ("Neu", 2)
