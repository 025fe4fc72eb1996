from pathlib import Path

import pytest

from quartierstreff import config, paths
from quartierstreff.services.errors import InvalidDatabaseUrl


def test_default_is_a_sqlite_file_in_the_data_dir(_isolated_data_dir: Path) -> None:
    url = config.database_url(None)
    assert url.get_backend_name() == "sqlite"
    assert Path(url.database or "") == _isolated_data_dir / "quartierstreff.sqlite3"


def test_command_line_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.DATABASE_ENV, "sqlite:///from-env.sqlite3")
    assert config.database_url(None).database == "from-env.sqlite3"
    assert config.database_url("sqlite:///from-cli.sqlite3").database == "from-cli.sqlite3"


def test_postgresql_urls_use_psycopg_3() -> None:
    url = config.database_url("postgresql://treff:geheim@server/treff")
    assert url.drivername == "postgresql+psycopg"
    assert "geheim" not in config.describe(url)
    assert config.describe(url) == "PostgreSQL: treff:***@server/treff"


@pytest.mark.parametrize("raw", ["nonsense", "mysql://u@h/db", "oracle://x"])
def test_other_urls_are_refused(raw: str) -> None:
    with pytest.raises(InvalidDatabaseUrl):
        config.database_url(raw)


def test_resources_are_found() -> None:
    assert (paths.resources_dir() / "fonts").is_dir()
