"""`make serve`: build the database if needed, then run Datasette the way the portal is served.

`datasette_command` is the one definition of how Datasette runs (immutable database, inspect
file, time limits, page sizes, templates, plugins); tests and benchmarks start it the same way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..build_db import BUILD_DIR, DATABASE_PATH, build
from ..package import PACKAGE_DIR, ROOT
from .metadata import write_portal_metadata

PORTAL_DIR = Path(__file__).resolve().parent
SETTINGS = {
    "sql_time_limit_ms": 1000,  # no visitor query may hold a worker longer than a second
    "max_returned_rows": 1000,  # JSON/HTML pages; full downloads stream as CSV
    "default_page_size": 50,
    "facet_time_limit_ms": 200,
    "suggest_facets": "off",  # configured facets only: suggestions cost a query per column
    "default_cache_ttl": 3600,  # immutable data: let browsers and CDNs cache for an hour
    "allow_csv_stream": "on",
}


def datasette_command(
    database: Path, metadata: Path, inspect_file: Path, *, host: str = "127.0.0.1", port: int = 8001
) -> list[str]:
    executable = shutil.which("datasette", path=str(Path(sys.executable).parent)) or "datasette"
    command = [
        executable,
        "serve",
        "-i",
        str(database),
        "--inspect-file",
        str(inspect_file),
        "-m",
        str(metadata),
        "--template-dir",
        str(PORTAL_DIR / "templates"),
        "--plugins-dir",
        str(PORTAL_DIR / "plugins"),
        "--host",
        host,
        "--port",
        str(port),
        "--cors",
    ]
    for name, value in SETTINGS.items():
        command += ["--setting", name, str(value)]
    return command


def prepare(database: Path = DATABASE_PATH, build_dir: Path = BUILD_DIR) -> tuple[Path, Path]:
    """Build the database if the package or build code is newer; write metadata and inspect file."""
    inputs = [
        ROOT / "scripts" / "build_db.py",
        ROOT / "scripts" / "search_index.py",
        *PACKAGE_DIR.rglob("*.csv"),
        PACKAGE_DIR / "datapackage.json",
        *(ROOT / "schemas").glob("*.json"),
    ]
    if not database.exists() or max(p.stat().st_mtime for p in inputs) > database.stat().st_mtime:
        print(f"building {database.relative_to(ROOT)} …", flush=True)
        build(target=database)
    metadata = write_portal_metadata(build_dir / "metadata.json")
    inspect_file = build_dir / "inspect.json"
    executable = Path(datasette_command(database, metadata, inspect_file)[0])
    subprocess.run(
        [str(executable), "inspect", str(database), "--inspect-file", str(inspect_file)], check=True
    )
    return metadata, inspect_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    metadata, inspect_file = prepare()
    command = datasette_command(
        DATABASE_PATH, metadata, inspect_file, host=args.host, port=args.port
    )
    print(f"serving the portal on http://{args.host}:{args.port}/", flush=True)
    os.execv(command[0], command)
    return 0  # not reached
