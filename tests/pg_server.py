"""A throwaway PostgreSQL cluster for the test run: initdb + pg_ctl on a free port.

When the tests run as root, the cluster is created and started as the ``postgres``
user (PostgreSQL refuses to run as root). The cluster is removed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

PG_URL_ENV = "QUARTIERSTREFF_TEST_POSTGRESQL"
"""Set to a URL to use an existing server instead of starting one."""

REQUIRE_ENV = "QUARTIERSTREFF_REQUIRE_POSTGRESQL"
"""Set (``make test`` and CI do) to fail instead of skip when no server can be started."""


def find_bindir() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_cluster_owner(*args: str, check: bool = True) -> None:
    """Run a PostgreSQL tool as the cluster's owner (``postgres`` when we are root)."""
    command = ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)
    result = subprocess.run(command, check=False, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed: {result.stderr.strip()}")


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Yield the URL of a fresh server's ``postgres`` database; stop and delete it after."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed")
    root = Path(tempfile.mkdtemp(prefix="qt-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    try:
        _as_cluster_owner(
            str(bindir / "initdb"),
            *("-D", str(data), "-U", "postgres", "--auth=trust"),
            *("--encoding=UTF8", "--locale=C.UTF-8"),
        )
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        _as_cluster_owner(
            str(bindir / "pg_ctl"),
            *("-D", str(data), "-o", options, "-l", str(root / "server.log"), "-w", "start"),
        )
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            _as_cluster_owner(
                str(bindir / "pg_ctl"),
                *("-D", str(data), "-m", "immediate", "-w", "stop"),
                check=False,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
