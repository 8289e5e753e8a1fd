"""A database with issue 1 and a synthetic issue holding a second expropriation project.

The synthetic issue prints the decision and notice of tests/compensation/synthetic.py (another
layout, other category names: 搬家补助, 住房货币补助, 过渡期安置费, 签约奖励 …) under a cover
and a 目录, and goes through the real pipeline: add-source, extraction of every issue, build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from scripts.add_source import add_source
from scripts.build_db import build
from scripts.extract import extract_issues
from scripts.package import PACKAGE_DIR, load_descriptor, write_resources
from scripts.sources import SOURCES_DIR
from tests.compensation.synthetic import DECISION, NOTICE

ISSUE_FILE = "dazu-gongbao-2021-09.txt"
COVER = [
    "重庆市大足区人民政府公报",
    "",
    "2021年第9期（总第9期）",
    "",
    "重庆市大足区人民政府办公室",
    "",
    "2021 年 9 月 10 日出版",
    "",
    "目 录",
    "",
    "【区政府文件】",
    "",
]


Document = list[str] | tuple[str, ...]


def issue_text(documents: tuple[Document, ...]) -> str:
    """Cover, 目录 and the documents (each a list of printed lines), then the colophon."""
    toc = [f"{document[0]}·····{page}" for page, document in enumerate(documents, 1)]
    lines = [*COVER, *toc, ""]
    for document in documents:
        for line in document:
            lines += [line, ""]
    lines += ["主管单位：重庆市大足区人民政府", ""]
    return "\n".join(lines)


def database_with_synthetic_project(directory: Path, extra: tuple[Document, ...] = (),
                                    project: tuple[Document, ...] = (DECISION, NOTICE)) -> Path:
    """Issue 1 and the synthetic issue (its project's decision and notice, then `extra`
    documents) extracted together and built into one database."""
    sources = directory / "sources"
    package = directory / "datapackage"
    shutil.copytree(SOURCES_DIR, sources)
    shutil.copytree(PACKAGE_DIR, package)
    issue = directory / ISSUE_FILE
    issue.write_text(issue_text((*project, *extra)), encoding="utf-8")
    add_source(issue, sources)
    extraction = extract_issues(sources)
    write_resources(extraction.tables, load_descriptor(package / "datapackage.json"), package)
    return build(package_dir=package, target=directory / "with-synthetic.db", progress=False)
