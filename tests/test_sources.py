"""Sources: checksums, encodings and reviewed corrections fail loudly and precisely."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pytest

from scripts.errors import PipelineError
from scripts.sources import SOURCES_DIR, load_corrections, load_registry, read_source
from tests.conftest import ISSUE_1


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    directory = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, directory)
    return directory


def test_registry_describes_the_first_issue():
    (source,) = [s for s in load_registry() if s.source_id == ISSUE_1]
    assert source.source_id == "dazu-gongbao-2021-01"
    assert source.title == "重庆市大足区人民政府公报 2021年第1期（总第1期）"
    assert source.publisher == "重庆市大足区人民政府办公室"
    assert source.published.isoformat() == "2021-04-01"


def test_project_copy_matches_the_delivered_issue():
    delivered = (
        Path(__file__).resolve().parents[2] / "shared" / "sources" / "dazu-gongbao-2021-01.txt"
    )
    if not delivered.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (SOURCES_DIR / "dazu-gongbao-2021-01.txt").read_bytes() == delivered.read_bytes()


def test_truncated_source_is_refused_with_its_path(sources_copy: Path):
    path = sources_copy / "dazu-gongbao-2021-01.txt"
    path.write_bytes(path.read_bytes()[:10_000])
    (source,) = [s for s in load_registry(sources_copy) if s.source_id == ISSUE_1]
    with pytest.raises(PipelineError, match=r"sha256 is .*truncated or changed") as caught:
        read_source(source, [])
    assert str(path) in str(caught.value)


def test_non_utf8_source_names_the_line(sources_copy: Path):
    path = sources_copy / "dazu-gongbao-2021-01.txt"
    data = path.read_text(encoding="utf-8").encode("gbk", errors="replace")
    path.write_bytes(data)
    (source,) = [s for s in load_registry(sources_copy) if s.source_id == ISSUE_1]
    source = dataclasses.replace(source, sha256=hashlib.sha256(data).hexdigest())
    with pytest.raises(PipelineError, match=r":\d+: not valid UTF-8"):
        read_source(source, [])


def test_correction_that_does_not_match_its_line_is_an_error(sources_copy: Path):
    corrections = sources_copy / "corrections.csv"
    corrections.write_text(
        corrections.read_text(encoding="utf-8") + "dazu-gongbao-2021-01,5,不存在的文字,x,test\n",
        encoding="utf-8",
    )
    (source,) = [s for s in load_registry(sources_copy) if s.source_id == ISSUE_1]
    with pytest.raises(PipelineError, match="'不存在的文字' occurs 0 times in line 5"):
        read_source(source, load_corrections(sources_copy))


def test_reviewed_corrections_repair_the_english_and(source_text):
    assert " and " not in "\n".join(source_text.lines)
    reviewed = [repair for repair in source_text.repairs if repair.rule == "reviewed"]
    assert {repair.line for repair in reviewed} >= {789, 1485}
