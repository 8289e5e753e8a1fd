"""Command lines meet bad input with one clear line on stderr and exit status 2: no traceback,
and nothing half-written (the package directory is unchanged after a failed run).

Hypothesis damages one file of a fresh copy of sources/ or datapackage/ (truncated, bytes
inserted, replaced by random text or bytes, re-encoded, deleted, turned into a directory) or
passes paths that do not hold what the command expects, then runs `python -m scripts extract`,
`validate` and `diff` in-process, as `scripts.__main__` dispatches them.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.__main__ import main as scripts_main
from scripts.package import PACKAGE_DIR, ROOT
from scripts.sources import SOURCES_DIR

REPO = ROOT
SETTINGS = settings(
    deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SOURCE_FILES = sorted(path.name for path in SOURCES_DIR.iterdir() if path.is_file())
PACKAGE_FILES = sorted(
    str(path.relative_to(PACKAGE_DIR)) for path in PACKAGE_DIR.rglob("*") if path.is_file()
)


@dataclass
class Outcome:
    status: int
    out: str
    err: str


def run(*argv: str) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = scripts_main(list(argv))
        except SystemExit as exit_:  # argparse usage errors
            status = int(exit_.code or 0)
    return Outcome(status, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def workspace() -> Iterator[Path]:
    """sources/, datapackage/ and schemas/ copied side by side into a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="cli-errors-") as directory:
        root = Path(directory)
        shutil.copytree(SOURCES_DIR, root / "sources")
        shutil.copytree(PACKAGE_DIR, root / "datapackage")
        shutil.copytree(ROOT / "schemas", root / "schemas")
        yield root


def snapshot(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


damages = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=40)),
    st.tuples(st.just("text"), st.text(max_size=300)),
    st.tuples(st.just("bytes"), st.binary(max_size=300)),
    st.tuples(st.just("gbk")),
    st.tuples(st.just("delete")),
    st.tuples(st.just("directory")),
)


def damage(path: Path, how: tuple) -> None:
    kind = how[0]
    data = path.read_bytes() if path.is_file() else b""
    if kind == "truncate":
        path.write_bytes(data[: int(len(data) * how[1])])
    elif kind == "insert":
        at = int(len(data) * how[1])
        path.write_bytes(data[:at] + how[2] + data[at:])
    elif kind == "text":
        path.write_text(how[1], encoding="utf-8", errors="surrogatepass")
    elif kind == "bytes":
        path.write_bytes(how[1])
    elif kind == "gbk":
        path.write_bytes(data.decode("utf-8", errors="replace").encode("gbk", errors="replace"))
    elif kind == "delete":
        path.unlink()
    else:
        path.unlink()
        path.mkdir()


def assert_clean(outcome: Outcome) -> None:
    """Success, problems found (validate: 1), or one line and exit status 2; never a traceback."""
    assert "Traceback" not in outcome.err, outcome.err
    assert outcome.status in (0, 1, 2), outcome
    if outcome.status == 2:
        lines = outcome.err.strip().splitlines()
        assert len(lines) == 1 or lines[0].startswith("usage:"), outcome.err
        assert lines[-1].strip(), outcome.err


@settings(SETTINGS, max_examples=40)
@given(st.sampled_from(SOURCE_FILES), damages)
def test_extract_on_damaged_sources_fails_in_one_line_and_writes_nothing(name, how):
    with workspace() as root:
        damage(root / "sources" / name, how)
        before = snapshot(root / "datapackage")
        outcome = run(
            "extract", "--sources", str(root / "sources"), "--package", str(root / "datapackage")
        )
        assert_clean(outcome)
        if outcome.status != 0:
            assert snapshot(root / "datapackage") == before, "a failed run wrote something"
            assert "nothing was written" in outcome.err


@settings(SETTINGS, max_examples=6)
@given(st.sampled_from(PACKAGE_FILES), damages)
def test_validate_on_a_damaged_package_reports_without_a_traceback(name, how):
    with workspace() as root:
        damage(root / "datapackage" / name, how)
        outcome = run(
            "validate", "--package", str(root / "datapackage"), "--sources", str(root / "sources")
        )
        assert_clean(outcome)


@settings(SETTINGS, max_examples=40)
@given(st.sampled_from(PACKAGE_FILES), damages, st.booleans())
def test_diff_of_a_damaged_package_fails_in_one_line_with_no_partial_table(name, how, old):
    with workspace() as root:
        damage(root / "datapackage" / name, how)
        damaged, intact = str(root / "datapackage"), str(PACKAGE_DIR)
        outcome = run("diff", *((damaged, intact) if old else (intact, damaged)))
        assert_clean(outcome)
        if outcome.status != 0:
            assert outcome.out == "", "nothing printed before the error"


paths = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30),
    st.sampled_from(["/", "/nonexistent/dir", "/etc/hostname", "sources", "datapackage/data"]),
)


@settings(SETTINGS, max_examples=40)
@given(st.sampled_from(["extract", "validate", "diff"]), paths, paths)
def test_commands_given_wrong_paths_fail_in_one_line(command, first, second):
    with workspace() as root, contextlib.chdir(root):
        before = snapshot(root)
        if command == "diff":
            outcome = run("diff", first, second)
        else:
            outcome = run(command, "--sources", first, "--package", second)
        assert_clean(outcome)
        if outcome.status != 0:
            assert snapshot(root) == before


def test_diff_of_a_package_lacking_a_schema_names_it(tmp_path):
    shutil.copytree(PACKAGE_DIR, tmp_path / "datapackage")
    copied = subprocess.run(
        [sys.executable, "-m", "scripts", "diff", str(tmp_path / "datapackage"), str(PACKAGE_DIR)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert copied.returncode == 0 and "(no changes)" in copied.stdout, copied.stderr
    (tmp_path / "datapackage" / "schemas" / "appointments.schema.json").unlink()
    result = subprocess.run(
        [sys.executable, "-m", "scripts", "diff", str(tmp_path / "datapackage"), str(PACKAGE_DIR)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "schemas/appointments.schema.json is missing" in line and "release zip" in line
    assert result.stdout == ""


def test_diff_of_a_path_that_does_not_exist(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "scripts", "diff", str(tmp_path / "nowhere"), str(PACKAGE_DIR)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (2, "")
    expected = "does not exist (expected a package directory or a release zip)"
    assert result.stderr == f"diff: {tmp_path / 'nowhere'}: {expected}\n"


def test_bot_commands_fail_in_one_line(tmp_path):
    for argv, env, expected in [
        (["ask", "--batch", str(tmp_path / "missing.txt")], {}, "missing.txt"),
        (["ask", "办护照找哪个部门"], {"DAZU_DB": str(tmp_path / "no.db")}, "no.db"),
    ]:
        result = subprocess.run(
            [sys.executable, "-m", "bot", *argv],
            cwd=REPO,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2, result.stderr
        [line] = result.stderr.splitlines()
        assert expected in line and "Traceback" not in line
