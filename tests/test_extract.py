"""Extraction is deterministic, matches the committed CSVs and never writes half a package."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.errors import PipelineError
from scripts.extract import extract, main
from scripts.package import load_descriptor, write_resources
from scripts.release import extraction_drift
from scripts.sources import SOURCES_DIR


def snapshot(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*.csv"))
    }


def test_committed_csvs_are_what_extraction_produces():
    assert extraction_drift() == []


def test_extraction_is_deterministic(package_copy: Path, tables):
    write_resources(extract(), load_descriptor(), package_copy)
    first = snapshot(package_copy)
    write_resources(extract(), load_descriptor(), package_copy)
    assert snapshot(package_copy) == first


def test_a_bad_row_leaves_every_previous_file_untouched(package_copy: Path, tables):
    before = snapshot(package_copy)
    broken = {name: list(rows) for name, rows in tables.items()}
    broken["errata"] = [*broken["errata"], {"unexpected_field": 1}]
    with pytest.raises(PipelineError, match=r"row .* of errata has fields"):
        write_resources(broken, load_descriptor(), package_copy)
    assert snapshot(package_copy) == before
    assert not list(package_copy.glob(".extract-*"))


def test_every_row_names_its_source(tables):
    for resource, rows in tables.items():
        for row in rows:
            assert row["source_id"] == "dazu-gongbao-2021-01", resource
            assert row["source_line"] >= 1, resource


@pytest.mark.parametrize("damage", ["truncate", "gbk", "bad_kind"])
def test_broken_input_gives_a_clear_error_and_writes_nothing(
    tmp_path: Path, package_copy: Path, damage: str, capsys
):
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    issue = sources / "dazu-gongbao-2021-01.txt"
    if damage == "truncate":
        issue.write_bytes(issue.read_bytes()[:5000])
        expected = "sha256 is"
    elif damage == "gbk":
        (sources / "errata.csv").write_bytes("source_id,line\n甲,1\n".encode("gbk"))
        expected = "not valid UTF-8"
    else:
        departments = sources / "departments.csv"
        departments.write_text(
            departments.read_text(encoding="utf-8").replace(",区级部门,", ",区级部委,", 1),
            encoding="utf-8",
        )
        expected = "unknown kind '区级部委'"
    before = snapshot(package_copy)
    assert main(["--sources", str(sources), "--package", str(package_copy)]) == 2
    error = capsys.readouterr().err
    assert len(error.strip().splitlines()) == 1, error
    assert expected in error and "nothing was written" in error
    assert snapshot(package_copy) == before
