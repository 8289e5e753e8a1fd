"""Expropriation: project facts agree across decision and notice; rates suffice to compute."""

from __future__ import annotations

import math
import re

import pytest


@pytest.fixture(scope="module")
def project(tables):
    (row,) = tables["compensation_projects"]
    return row


@pytest.fixture(scope="module")
def rates(tables):
    return tables["compensation_rates"]


def rate(rates, category, basis, property_use=None, **match):
    found = [
        row
        for row in rates
        if row["category"] == category
        and row["basis"] == basis
        and (property_use is None or row["property_use"] == property_use)
        and all(row[key] == value for key, value in match.items())
    ]
    assert len(found) == 1, (category, basis, property_use, found)
    return found[0]


def document_text(tables, source_text, document_id):
    document = next(d for d in tables["documents"] if d["document_id"] == document_id)
    return "".join(source_text[n] for n in range(document["source_line"], document["end_line"] + 1))


def test_decision_and_notice_agree_on_households_and_area(tables, source_text, project):
    decision = document_text(tables, source_text, project["decision_document_id"])
    notice = document_text(tables, source_text, project["notice_document_id"])
    for text in (decision, notice):
        assert f"{project['households']}户" in text.replace(" ", "")
        assert f"{project['floor_area_m2']}" in text
    assert project["households"] == 43
    assert project["floor_area_m2"] == 4966.95


def test_project_facts_as_printed(project):
    assert project["name"] == "龙岗烈士陵园片区棚户区改造项目"
    assert project["department_id"] == "housing-urban-rural-development"
    assert project["implementer_department_id"] == "longgang"
    assert (project["signing_start"].isoformat(), project["signing_end"].isoformat()) == (
        "2021-03-26",
        "2021-05-25",
    )
    assert project["signing_days"] == 60
    assert project["office_phone"] == "13983240096"
    assert project["office_address"] == "大足区龙岗街道翠屏社区办公室"
    assert project["office_hours"] == "09:00—18:00"


def test_cash_subsidy_for_90_m2_is_computable_from_the_table(rates, source_text):
    base = rate(rates, "货币补偿补助费", "per_household", "住宅")
    step = rate(rates, "货币补偿补助费", "per_step_above_threshold", "住宅")
    area = 90
    subsidy = base["amount"] + (area - step["threshold_m2"]) // step["step_m2"] * step["amount"]
    printed = re.search(
        r"每户补助\s*(\d+)\s*元.*每增加\s*1m\s*²\s*，增加补助\s*(\d+)\s*元",
        source_text[base["source_line"]],
    )
    assert subsidy == int(printed[1]) + (area - 70) * int(printed[2]) == 27000


def test_relocation_subsidy_for_90_m2_is_computable_from_the_table(rates, source_text):
    base = rate(rates, "搬迁补助费", "per_household_per_time", "住宅")
    step = rate(rates, "搬迁补助费", "per_step_above_threshold", "住宅")
    area = 90
    steps = math.floor((area - step["threshold_m2"]) / step["step_m2"])
    per_time = base["amount"] + steps * step["amount"]
    printed = re.search(
        r"在\s*(\d+)m\s*²\s*以内的\s*(\d+)\s*元.*每增加\s*(\d+)m\s*²\s*，增加\s*(\d+)\s*元",
        source_text[base["source_line"]],
    )
    threshold, amount, step_m2, increment = (int(group) for group in printed.groups())
    assert per_time == amount + (area - threshold) // step_m2 * increment == 1400
    times = {row["condition"]: row["amount"] for row in rates if row["basis"] == "times"}
    assert per_time * times["货币安置"] == 1400  # the scheme pays cash (实行货币安置): once


def test_relocation_is_paid_once_for_cash_and_twice_for_temporary_housing(rates):
    times = {row["condition"]: row["amount"] for row in rates if row["basis"] == "times"}
    assert times == {"货币安置": 1, "临时过度安置": 2}  # 过度 is the printed typo (erratum)


def test_early_signing_reward_is_capped_at_30_days(rates, source_text):
    reward = rate(rates, "提前签约搬迁奖励", "per_household_per_day", "住宅")
    assert (reward["amount"], reward["unit"], reward["max_days"]) == (200, "元/户·日", 30)
    printed = source_text[reward["source_line"]]
    per_day = int(re.search(r"住宅\s*(\d+)\s*元/户·日", printed)[1])
    cap = int(re.search(r"不超过\s*(\d+)\s*天", printed)[1])
    signed_days_early = 45
    assert reward["amount"] * min(signed_days_early, reward["max_days"]) == per_day * cap == 6000
    per_m2 = [
        row
        for row in rates
        if row["category"] == "提前签约搬迁奖励" and row["basis"] == "per_m2_per_day"
    ]
    assert sorted(row["amount"] for row in per_m2) == [4, 5, 10]
    assert all(row["max_days"] == 30 for row in per_m2)


def test_special_settlement_floor_area_depends_on_household_size(rates, source_text):
    floors = [row for row in rates if row["basis"] == "area_floor"]
    printed = re.sub(r"\s+", "", source_text[floors[0]["source_line"]])
    small, large = re.findall(r"家庭人口在(\d+)人.*?建筑面积不足(\d+)平方米", printed)
    by_size = {(row["min_persons"], row["max_persons"]): row["amount"] for row in floors}
    assert by_size == {(None, int(small[0])): int(small[1]), (int(large[0]), None): int(large[1])}
    assert by_size == {(None, 2): 30, (3, None): 45}
    assert all("低收入、住房困难家庭" in row["condition"] for row in floors)


def test_assessed_values_by_use_and_structure(rates):
    values = {
        (row["item"], row["structure"]): row["amount"]
        for row in rates
        if row["category"] == "预评估价格"
    }
    assert values[("住宅类（成套）混合结构", "混合结构")] == 3960
    assert values[("住宅类（非成套）砖木结构", "砖木结构")] == 3870
    assert values[("工业划拨砖木结构", "砖木结构")] == 2920
    assert values[("办公（含其他配套用房、90年代及以前）混合结构", "混合结构")] == 4160


def test_non_residential_cash_subsidy_is_a_percentage_with_a_floor(rates):
    assert rate(rates, "货币补偿补助费", "percent_of_assessed_value", "非住宅")["amount"] == 5
    assert rate(rates, "货币补偿补助费", "minimum_amount", "非住宅")["amount"] == 15000


def test_utilities_and_decoration(rates):
    utilities = {
        (row["item"], row["property_use"]): (row["amount"], row["unit"])
        for row in rates
        if row["category"] == "附属设施补偿"
    }
    assert utilities == {
        ("数字电视", None): (680, "元/户"),
        ("天然气表", "住宅"): (3800, "元/户"),
        ("天然气表", "非住宅"): (6500, "元/户"),
        ("电话", None): (158, "元/部"),
    }
    decoration = {row["item"]: row["amount"] for row in rates if row["category"] == "装饰装修补偿"}
    assert decoration == {"简易装饰装修": 80, "中装": 110}


def test_every_rate_amount_is_printed_on_its_line(rates, source_text):
    for row in rates:
        printed = source_text[row["source_line"]].replace(" ", "")
        amount = row["amount"]
        assert f"{int(amount) if float(amount).is_integer() else amount}" in printed, row


def test_rule_text_is_the_printed_sentence_without_extraction_spaces(rates, source_text):
    for row in rates:
        assert row["rule_text"] in re.sub(r"\s+", "", source_text[row["source_line"]]), row


def test_unit_spaces_removed_from_the_table_are_recorded_as_repairs(tables, rates):
    relocation = rate(rates, "搬迁补助费", "per_step_above_threshold", "住宅")
    repairs = [
        row
        for row in tables["corrections"]
        if row["source_line"] == relocation["source_line"] and row["rule"] == "squeeze-spaces"
    ]
    assert [(repair["original"].count("m ²"), repair["corrected"]) for repair in repairs] == [
        (3, relocation["rule_text"])
    ]


def test_an_amount_no_part_reads_is_flagged_for_review(tables, source_text, departments):
    from scripts.parsers.compensation import Rates, _check_every_amount_has_a_rate
    from scripts.parsers.rate_terms import load_terms
    from scripts.tables import ExtractionContext

    context = ExtractionContext(source_text, [], departments, {"compensation_rates": []})
    project_id = tables["compensation_projects"][0]["project_id"]
    rates = Rates(context, project_id, load_terms())
    rates.rows = [row for row in tables["compensation_rates"] if row["project_id"] == project_id]
    utilities = [row for row in rates.rows if row["item"] == "电话"]
    line = utilities[0]["source_line"]
    _check_every_amount_has_a_rate(context, rates, line, source_text[line])
    assert context.review == []  # 电话：158元/部 is read
    rates.rows.remove(utilities[0])
    _check_every_amount_has_a_rate(context, rates, line, source_text[line])
    (item,) = context.review
    assert item.line == line and "[158.0] printed here gave no" in item.what
    assert item.curated_file == "sources/vocab/compensation_terms.csv"
