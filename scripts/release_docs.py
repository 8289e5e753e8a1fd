"""README.md and LICENSE for the release zip, written from datapackage.json (one source).

The README says, in Chinese and English, what the package is, its resources (with row counts),
its licence, how to cite it and how it was validated; LICENSE states the data licence and why the
gazette's own text is free to reuse. Both are deterministic for a given package.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from .package import PACKAGE_DIR, load_descriptor


def _row_count(package_dir: Path, resource: dict[str, Any]) -> int:
    with (package_dir / resource["path"]).open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def _citation(descriptor: dict[str, Any], english: bool) -> str:
    title = descriptor["titleEn"] if english else descriptor["title"]
    publisher = descriptor["sources"][0]["publisher"] if descriptor.get("sources") else ""
    licence = descriptor["licenses"][0]["name"]
    name = f"{descriptor['name']} {descriptor['version']}"
    return f"{publisher}. {title} ({name}). {licence}. {descriptor['homepage']}"


def readme_text(package_dir: Path = PACKAGE_DIR) -> str:
    descriptor = load_descriptor(package_dir / "datapackage.json")
    licence = descriptor["licenses"][0]
    sources = "；".join(source["title"] for source in descriptor.get("sources", []))
    rows = [
        f"| `{resource['path']}` | {resource['title']} | {resource['titleEn']} | "
        f"{_row_count(package_dir, resource)} |"
        for resource in descriptor["resources"]
    ]
    table = "\n".join(
        ["| 文件 File | 资源 Resource | English | 行数 Rows |", "|---|---|---|---|", *rows]
    )
    return f"""# {descriptor["title"]} / {descriptor["titleEn"]}

版本 Version {descriptor["version"]} · 数据来源 Source：{sources}

## 这是什么

{descriptor["description"]}

本压缩包是一个 Frictionless 数据包（Data Package v2）：`datapackage.json` 描述全部资源，
`schemas/` 是每个资源的表结构（中英文字段名称和说明、单位、主键和外键），
`data/` 是 UTF-8 编码的 CSV 文件。
每一行都有 `source_id`（公报期次）和 `source_line`（公报文本中的行号）。

## 资源 Resources

{table}

## 许可

数据以 {licence["title"]}（{licence["name"]}，{licence["path"]}）发布，见 `LICENSE`。
{descriptor["licenseReasoning"]["zh"]}

## 如何引用

{_citation(descriptor, english=False)}

## 如何核验

- 每个 CSV 都按其表结构用 frictionless 校验：字段类型、必填、枚举、格式、主键唯一、外键存在。
- 与公报自身的数字核对：公报印出的合计数、项数和部门数由程序从公报文本中读出，
  再与数据逐一比对；编号不能缺号，每行的关键文字必须出现在它注明的来源行上，日期必须合理。
- PDF 转文字造成的错误已修正，每一处修正都列在 `corrections` 资源中；
  公报原文的印刷错误按原样保留，列在 `errata` 资源中。

---

## What this is

{descriptor["descriptionEn"]}

This zip is a Frictionless Data Package (v2): `datapackage.json` describes every resource,
`schemas/` holds each resource's Table Schema (Chinese and English field titles and descriptions,
units, primary and foreign keys) and `data/` the UTF-8 CSV files. Every row carries `source_id`
(the gazette issue) and `source_line` (its line in the gazette text).

## Licence

The data are released under {licence["title"]} ({licence["name"]}, {licence["path"]});
see `LICENSE`.
{descriptor["licenseReasoning"]["en"]}

## How to cite

{_citation(descriptor, english=True)}

## How it was validated

- Every CSV is validated with frictionless against its Table Schema: types, required values,
  enums, patterns, unique primary keys and existing foreign keys.
- Cross-checked against the gazette's own figures: the totals, item counts and department counts
  printed in the gazette are read from its text and compared with the data; numbering has no gaps,
  each row's key text appears on the source line it names, dates are plausible.
- Errors of the PDF-to-text conversion are repaired and every repair is listed in the
  `corrections` resource; genuine print errors of the gazette are kept as printed and listed in
  the `errata` resource.
"""


def licence_text(package_dir: Path = PACKAGE_DIR) -> str:
    descriptor = load_descriptor(package_dir / "datapackage.json")
    licence = descriptor["licenses"][0]
    return f"""{descriptor["title"]} / {descriptor["titleEn"]}
Version {descriptor["version"]}

数据许可 Data licence: {licence["title"]} ({licence["name"]})
法律文本 Legal code: {licence["path"].rstrip("/")}/legalcode

本数据包（资源的选择、结构、修正与勘误）以 {licence["name"]} 发布：可以复制、分发、改编和商业使用，
但须署名（注明“{descriptor["title"]}”及本数据包）。
This data package (the selection, structure, corrections and errata of its resources) is licensed
under {licence["title"]}: you may copy, redistribute, adapt and use it
commercially, provided you give appropriate credit to the gazette and to this package.

{descriptor["licenseReasoning"]["zh"]}

{descriptor["licenseReasoning"]["en"]}
"""
