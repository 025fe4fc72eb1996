import pytest
from sqlalchemy.orm import Session

from quartierstreff.services import centre, maintenance
from quartierstreff.services.errors import FieldInvalid
from quartierstreff.services.views import CentreProfileView
from tests.conftest import ADMIN


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
    assert centre.get_profile(session, ADMIN) == CentreProfileView(name="Vorher")
