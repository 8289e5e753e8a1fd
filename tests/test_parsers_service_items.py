"""Service catalogues: every printed item once, wrapped names joined, implementers linked."""

from __future__ import annotations

import re
from collections import Counter

import pytest


@pytest.fixture(scope="module")
def items(tables):
    return {(row["catalogue"], row["seq"]): row for row in tables["service_items"]}


@pytest.fixture(scope="module")
def links(tables):
    linked: dict[str, list[str]] = {}
    for row in sorted(tables["service_item_departments"], key=lambda row: row["position"]):
        linked.setdefault(row["item_id"], []).append(row["department_id"])
    return linked


def test_catalogues_have_every_printed_number_once(tables):
    numbers = Counter(row["catalogue"] for row in tables["service_items"])
    assert numbers == {"最多跑一次": 413, "就近办": 10}
    for catalogue, count in numbers.items():
        seqs = sorted(
            row["seq"] for row in tables["service_items"] if row["catalogue"] == catalogue
        )
        assert seqs == list(range(1, count + 1))


def test_total_matches_the_notice(tables, source_text):
    notice = next(d for d in tables["documents"] if d["doc_number"] == "大足府办发〔2021〕37号")
    text = "".join(source_text[line] for line in range(notice["source_line"], notice["end_line"]))
    departments, total = map(int, re.search(r"涉及(\d+)个部门[，,]共(\d+)项", text).groups())
    items = [row for row in tables["service_items"] if row["document_id"] == notice["document_id"]]
    assert len(items) == total
    item_ids = {row["item_id"] for row in items}
    linked = {
        row["department_id"]
        for row in tables["service_item_departments"]
        if row["item_id"] in item_ids
    }
    assert len(linked) == departments


def test_repeated_page_headers_never_become_items(tables, source_text):
    items = tables["service_items"]
    first, last = min(row["source_line"] for row in items), max(row["source_line"] for row in items)
    header_lines = {
        line for line in range(first, last + 1) if source_text[line].startswith("序号\t")
    }
    assert len(header_lines) >= 17  # the 最多跑一次 header is printed again on every page
    assert not header_lines & {row["source_line"] for row in items}
    assert not any(row["name"] in {"事项名称", "序号"} for row in items)


def test_wrapped_names_are_joined(items):
    assert items[("最多跑一次", 61)]["name"].endswith("通航建筑物项目核准——外资")
    assert items[("最多跑一次", 202)]["name"].endswith("（延续)")


def test_last_item_of_the_catalogue(items, links):
    last = items[("最多跑一次", 413)]
    assert last["name"] == "对保护电力设施器材行为的奖励"
    assert last["item_type"] == "行政奖励"
    assert links[last["item_id"]] == ["edz-economic-development"]


def test_extraction_artefacts_repaired_but_print_errors_kept(items):
    assert items[("最多跑一次", 382)]["name"] == (
        "对认真落实治安防范措施,严格执行治安保卫工作制度,"
        "在单位内部治安保卫工作中取得显著成绩的单位和个人的奖励"
    )
    assert items[("最多跑一次", 374)]["name"] == "大校大中专学生落户学校集体户"  # erratum


def test_implementers_naming_two_bodies_link_both(items, links):
    assert links[items[("最多跑一次", 1)]["item_id"]] == [
        "urban-management",
        "housing-urban-rural-development",
    ]
    assert links[items[("最多跑一次", 4)]["item_id"]] == ["urban-management", "edz-construction"]
    assert items[("最多跑一次", 281)]["implementer"] == "区生态环境局/经开区生态环境局"


def test_nearby_catalogue_has_codes_and_delegation(items, links):
    first = items[("就近办", 1)]
    assert first["base_code"] == "500313002000"
    assert first["item_type"] == "行政强制"
    assert (first["to_town"], first["to_village"]) == (True, True)
    assert links[first["item_id"]] == ["economy-informatization"]
    assert links[items[("就近办", 6)]["item_id"]] == ["human-resources-social-security"]


def test_one_trip_items_do_not_claim_delegation(items):
    assert items[("最多跑一次", 359)]["name"] == "普通护照签发"
    assert items[("最多跑一次", 359)]["to_town"] is None
    assert items[("最多跑一次", 359)]["base_code"] is None


def test_every_item_starts_on_its_line(tables, source_text):
    for row in tables["service_items"]:
        line = source_text[row["source_line"]]
        assert line.startswith(f"{row['seq']}\t")
        assert row["name"][:6].replace(" ", "") in line.replace(" ", "")
