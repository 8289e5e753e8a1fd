"""A real Datasette process serving a freshly built database, started once per test session."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.build_db import build
from scripts.portal.metadata import write_portal_metadata
from scripts.portal.serve import datasette_command

DATABASE = "dazu-gazette"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"{url}/-/versions.json", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"datasette did not answer on {url}")


@pytest.fixture(scope="session")
def portal_files(tmp_path_factory) -> tuple[Path, Path, Path]:
    directory = tmp_path_factory.mktemp("portal")
    database = build(target=directory / f"{DATABASE}.db", progress=False)
    metadata = write_portal_metadata(directory / "metadata.json")
    inspect_file = directory / "inspect.json"
    executable = datasette_command(database, metadata, inspect_file)[0]
    subprocess.run(
        [executable, "inspect", str(database), "--inspect-file", str(inspect_file)], check=True
    )
    return database, metadata, inspect_file


@pytest.fixture(scope="session")
def portal(portal_files) -> Iterator[str]:
    """Base URL of a running portal, served exactly as `make serve` serves it."""
    port = free_port()
    command = datasette_command(*portal_files, port=port)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
