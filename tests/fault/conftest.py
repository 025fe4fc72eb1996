"""Helpers for the fault tests: a second program to talk to, and a small real disk."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("writer.py")


def start_writer(*arguments: str, stderr: Path) -> subprocess.Popen[bytes]:
    """``writer.py`` as its own process (see its docstring), its errors into ``stderr``."""
    with stderr.open("ab") as errors:
        return subprocess.Popen(
            [sys.executable, str(WRITER), *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
        )


class Lines:
    """Lines from a pipe, each waited for at most ``timeout`` seconds (a hung child
    fails the test instead of hanging it)."""

    def __init__(self, process: subprocess.Popen[bytes], stderr: Path, timeout: float = 60):
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        self._stderr = stderr
        self._timeout = timeout
        self._buffer = b""

    def next(self) -> str:
        deadline = time.monotonic() + self._timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._fd], [], [], max(left, 0))
            chunk = os.read(self._fd, 65536) if ready else b""
            if not chunk:
                reason = "timed out" if not ready else "ended"
                pytest.fail(f"writer {reason}; its errors: {self._stderr.read_text()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


def stop(process: subprocess.Popen[bytes]) -> None:
    """Kill ``process`` if it still runs, and close its pipes."""
    if process.poll() is None:
        process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            pipe.close()


def send(process: subprocess.Popen[bytes], line: str) -> None:
    assert process.stdin is not None
    process.stdin.write(line.encode() + b"\n")
    process.stdin.flush()


def mount_small_disk(folder: Path, size: str) -> bool:
    """Mount a tmpfs of ``size`` on ``folder``: a real disk that fills up. Needs root (or
    CAP_SYS_ADMIN); returns False where mounting is not possible."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def unmount(folder: Path) -> None:
    if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 3 MB disk of its own (tmpfs), or ``None`` where it cannot be mounted."""
    folder = tmp_path / "small-disk"
    if not mount_small_disk(folder, "3m"):
        yield None
        return
    try:
        yield folder
    finally:
        unmount(folder)
