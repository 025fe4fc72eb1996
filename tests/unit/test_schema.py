from sqlalchemy import inspect
from sqlalchemy.orm import Session

from quartierstreff.db.models import Base


def test_every_table_exists(session: Session) -> None:
    names = set(inspect(session.connection()).get_table_names())
    assert set(Base.metadata.tables) <= names
