"""Adding an issue is one command: its cover gives the id, title and date; nothing else changes."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.add_source import add_source
from scripts.errors import PipelineError
from scripts.extract import extract_issues
from scripts.package import ROOT
from scripts.sources import SOURCES_DIR, load_registry
from tests.conftest import ISSUE_1

# A small issue of a kind nobody structures yet, in other wording than issue 1.
NEXT_ISSUE = """\

重庆市大足区人民政府公报

2021 年第 2 期

（总第 2 期）

重庆市大足区人民政府办公室

2021 年 5 月 8 日出版

目 录

【区政府文件】

重庆市大足区人民政府关于表彰2020年度安全生产先进集体的通报·····\t1

重庆市大足区人民政府 关于表彰2020年度安全生产先进集体的通报

大足府发〔2021〕9号

各镇街人民政府（办事处），区政府各部门：

2020年，全区安全生产形势总体平稳，事故起数同比下降12%。经研究，决定予以通报表彰。

一、先进集体

区应急管理局、龙水镇人民政府。

重庆市大足区人民政府

2021年4月20日

主管单位：重庆市大足区人民政府
"""


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    directory = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, directory)
    return directory


@pytest.fixture
def next_issue(tmp_path: Path) -> Path:
    path = tmp_path / "incoming.txt"
    path.write_text(NEXT_ISSUE, encoding="utf-8")
    return path


def test_the_cover_gives_id_title_publisher_and_date(sources_copy: Path, next_issue: Path):
    cover = add_source(next_issue, sources_copy)
    assert cover.source_id == "dazu-gongbao-2021-02"
    (row,) = [s for s in load_registry(sources_copy) if s.source_id == cover.source_id]
    assert row.title == "重庆市大足区人民政府公报 2021年第2期（总第2期）"
    assert row.publisher == "重庆市大足区人民政府办公室"
    assert row.published.isoformat() == "2021-05-08"
    assert row.sha256 == hashlib.sha256(next_issue.read_bytes()).hexdigest()
    assert (sources_copy / "dazu-gongbao-2021-02.txt").read_bytes() == next_issue.read_bytes()


def test_registering_an_issue_twice_is_refused_and_changes_nothing(
    sources_copy: Path, next_issue: Path
):
    add_source(next_issue, sources_copy)
    registry = (sources_copy / "registry.csv").read_bytes()
    with pytest.raises(PipelineError, match="already registered"):
        add_source(next_issue, sources_copy)
    assert (sources_copy / "registry.csv").read_bytes() == registry


def test_a_text_without_a_cover_is_refused_with_what_is_missing(
    sources_copy: Path, tmp_path: Path
):
    path = tmp_path / "no-cover.txt"
    path.write_text("关于某事的通知\n\n正文。\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"issue number \(YYYY年第N期\)"):
        add_source(path, sources_copy)
    assert not list(sources_copy.glob("dazu-gongbao-*-00.txt"))
    assert len(load_registry(sources_copy)) == len(load_registry(SOURCES_DIR))


def test_a_second_issue_extracts_beside_the_first_without_changing_it(
    sources_copy: Path, next_issue: Path, tables
):
    add_source(next_issue, sources_copy)
    extraction = extract_issues(sources_copy)
    issue_2 = "dazu-gongbao-2021-02"
    documents = [row for row in extraction.tables["documents"] if row["source_id"] == issue_2]
    assert [row["doc_number"] for row in documents] == ["大足府发〔2021〕9号"]
    kept = [row["text"] for row in extraction.tables["paragraphs"] if row["source_id"] == issue_2]
    assert kept == [line.strip() for line in NEXT_ISSUE.splitlines() if line.strip()]
    for name, rows in tables.items():
        again = [row for row in extraction.tables[name] if row.get("source_id", ISSUE_1) == ISSUE_1]
        assert again == rows, name


def test_the_command_registers_and_says_what_to_run_next(sources_copy: Path, next_issue: Path):
    result = subprocess.run(
        [sys.executable, "-m", "scripts", "add-source", str(next_issue), "--sources",
         str(sources_copy)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "dazu-gongbao-2021-02" in result.stdout
    assert "make extract validate" in result.stdout
    rows = list(csv.DictReader((sources_copy / "registry.csv").open(encoding="utf-8")))
    assert [row["source_id"] for row in rows][-1] == "dazu-gongbao-2021-02"
