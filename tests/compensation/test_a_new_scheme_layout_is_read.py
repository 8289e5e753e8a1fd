"""A 补偿方案 in a layout issue 1 does not use is read into rates, without code for it."""

from __future__ import annotations

from .synthetic import DECISION, NOTICE, parse


def rate(scheme, category, basis, **match):
    found = [
        row
        for row in scheme.rates
        if row["category"] == category
        and row["basis"] == basis
        and all(row[key] == value for key, value in match.items())
    ]
    assert len(found) == 1, (category, basis, match, found)
    return found[0]


def test_the_household_count_is_the_labelled_one_not_the_first(scheme):
    assert scheme.project["households"] == 37  # 已有12户… comes first in the decision
    assert scheme.project["floor_area_m2"] == 3210.5


def test_other_clause_labels_and_a_period_without_a_day_count(scheme):
    project = scheme.project
    assert project["implementer"] == "大足区棠香街道办事处"
    assert project["compensation_methods"] == "货币补偿或者房屋产权调换"
    assert project["office_phone"] == "023-43700000"
    assert project["signing_days"] == 30
    assert project["project_id"] == f"{project['decision_document_id']}-p1"


def test_sentence_form_values_per_square_metre(scheme):
    framed = rate(scheme, "房屋价值补偿", "per_m2", structure="框架结构")
    assert (framed["amount"], framed["unit"], framed["suite"], framed["property_use"]) == (
        5100,
        "元/m²",
        "成套",
        "住宅",
    )
    shop = rate(scheme, "房屋价值补偿", "per_m2", structure="砖混结构")
    assert (shop["amount"], shop["property_use"]) == (6200, "非住宅")
    floor = rate(scheme, "房屋价值补偿", "area_floor")
    assert (floor["amount"], floor["property_use"]) == (35, "住宅")


def test_a_table_without_numbers_or_known_headers(scheme):
    base = rate(scheme, "搬家补助", "per_household_per_time", property_use="住宅")
    assert base["amount"] == 1500
    times = {
        row["condition"]: row["amount"]
        for row in scheme.rates
        if row["category"] == "搬家补助" and row["basis"] == "times"
    }
    assert times == {"产权调换": 2, "货币补偿": 1}
    per_m2 = rate(scheme, "搬家补助", "per_m2_per_time", property_use="非住宅")
    assert (per_m2["amount"], per_m2["unit"]) == (18, "元/m²·次")
    assert rate(scheme, "搬家补助", "minimum_amount", property_use="非住宅")["amount"] == 2000


def test_monthly_amounts_and_months_by_settlement(scheme):
    monthly = rate(scheme, "过渡期安置费", "per_household_per_month")
    assert (monthly["amount"], monthly["unit"]) == (1000, "元/户·月")
    months = {
        row["condition"]: row["amount"]
        for row in scheme.rates
        if row["category"] == "过渡期安置费" and row["basis"] == "months"
    }
    assert months == {"期房安置": 24, "现房安置": 4}


def test_threshold_step_and_cap(scheme):
    base = rate(scheme, "住房货币补助", "per_household")
    step = rate(scheme, "住房货币补助", "per_step_above_threshold")
    cap = rate(scheme, "住房货币补助", "maximum_amount")
    assert (base["amount"], base["threshold_m2"]) == (18000, 60)
    assert (step["amount"], step["threshold_m2"], step["step_m2"]) == (200, 60, 1)
    assert cap["amount"] == 40000


def test_rewards_for_days_early_and_percent_of_value(scheme):
    rewards = {
        row["min_days_early"]: row["amount"]
        for row in scheme.rates
        if row["category"] == "签约奖励"
    }
    assert rewards == {10: 5000, 5: 2000}
    assert rate(scheme, "停业损失补偿", "percent_of_assessed_value")["amount"] == 3


def test_amounts_before_their_unit_in_sentences(scheme):
    utilities = {
        row["item"]: (row["amount"], row["unit"])
        for row in scheme.rates
        if row["category"] == "其他补偿"
    }
    assert utilities == {"有线电视迁移费": (450, "元/户"), "固定电话移机费": (200, "元/部")}


def test_a_sentence_of_a_new_shape_is_a_review_item_and_the_rest_is_read(scheme):
    line = scheme.line_of("慰问金")
    items = [item for item in scheme.context.review if item.line == line]
    assert len(items) == 1 and "500.0" in items[0].what
    assert items[0].curated_file == "sources/vocab/compensation_terms.csv"
    assert not any(row["source_line"] == line for row in scheme.rates)
    assert len(scheme.rates) == 19  # 3 value, 5 搬家, 3 过渡, 3 住房, 2 签约, 1 停业, 2 其他


def test_every_rate_row_carries_its_project(scheme):
    assert {row["project_id"] for row in scheme.rates} == {scheme.project["project_id"]}


def test_a_notice_without_its_clauses_is_flagged_and_the_run_goes_on(departments):
    broken = [line for line in NOTICE if not line.startswith("五、签约期限")]
    context, _ = parse(departments, DECISION, broken)
    assert context.tables["compensation_projects"] == []
    (item,) = context.review
    assert "signing_period" in item.what and item.curated_file.endswith("compensation_labels.csv")


def test_decision_and_notice_disagreeing_on_households_is_flagged(departments):
    notice = [line.replace("住户37户", "住户38户") for line in NOTICE]
    context, _ = parse(departments, DECISION, notice)
    assert context.tables["compensation_projects"][0]["households"] == 37
    assert any("the notice states 38户" in item.what for item in context.review)


def test_other_common_wordings_of_amounts(departments):
    """万元, ㎡, 一次性, 按照…, 第1至10天, 过渡期为N个月: each read as an amount with its unit."""
    scheme = [
        *NOTICE[: NOTICE.index("二、补助和奖励")],
        "二、其他标准",
        "房屋装修按照简装100元/㎡、精装300元/㎡计算。",
        "住宅每户一次性补助3000元，最高不超过1.5万元。",
        "临时安置补助费：住宅每户每月1200元，过渡期为12个月。",
        "签约期限第1至10天签约的，每户奖励8000元。",
    ]
    context, _ = parse(departments, DECISION, scheme)
    rates = context.tables["compensation_rates"]
    found = {(r["item"], r["amount"], r["unit"], r["basis"]) for r in rates}
    assert {("简装", 100, "元/m²", "per_m2"), ("精装", 300, "元/m²", "per_m2")} <= found
    assert any(r["basis"] == "maximum_amount" and r["amount"] == 15000 for r in rates)
    assert any(r["amount"] == 3000 and r["unit"] == "元/户" for r in rates)
    assert any(r["basis"] == "months" and r["amount"] == 12 for r in rates)
    assert any(
        (r["signing_day_from"], r["signing_day_to"], r["amount"]) == (1, 10, 8000) for r in rates
    )
    assert [item.what for item in context.review] == []


def test_fees_printed_as_numbered_clauses_are_their_own_categories(departments):
    scheme = [
        *NOTICE[: NOTICE.index("二、补助和奖励")],
        "二、补助标准",
        "（一）搬迁补助费。住宅每户每次1000元；非住宅每平方米每次20元。",
        "（二）临时安置费：住宅每户每月800元，计发12个月。",
        "（三）提前签约奖励：签约期限第1日至第15日内签约的，每户奖励6000元。",
    ]
    context, _ = parse(departments, DECISION, scheme)
    by_category = {}
    for row in context.tables["compensation_rates"]:
        by_category.setdefault(row["category"], set()).add((row["basis"], row["amount"]))
    assert by_category["搬迁补助费"] == {("per_household_per_time", 1000), ("per_m2_per_time", 20)}
    assert by_category["临时安置费"] == {("per_household_per_month", 800), ("months", 12)}
    assert by_category["提前签约奖励"] == {("per_household", 6000)}
    assert context.review == []


def test_a_department_only_the_decision_names_is_read_from_its_prose(departments):
    decision = [*DECISION[:3], "房屋征收部门为重庆市大足区住房和城乡建设委员会。", *DECISION[3:]]
    notice = [line for line in NOTICE if not line.startswith("三、房屋征收部门")]
    context, _ = parse(departments, decision, notice)
    (project,) = context.tables["compensation_projects"]
    assert project["expropriating_department"] == "重庆市大足区住房和城乡建设委员会"
    assert project["department_id"] is not None


def test_an_amount_printed_without_any_label_is_named_by_its_category(departments):
    scheme = [*NOTICE[: NOTICE.index("二、补助和奖励")], "二、搬迁补助费", "每户1200元。"]
    context, _ = parse(departments, DECISION, scheme)
    (row,) = [r for r in context.tables["compensation_rates"] if r["amount"] == 1200]
    assert (row["category"], row["item"]) == ("搬迁补助费", "搬迁补助费")


def test_households_and_area_in_a_clause_other_than_the_scope_are_read(departments):
    decision = [line.replace("被征收户数共计37户，被征收房屋总建筑面积3210.5平方米。", "")
                for line in DECISION]
    notice = [line.replace("，涉及住户37户，建筑面积3210.5平方米", "") for line in NOTICE]
    notice.insert(notice.index("三、房屋征收部门：重庆市大足区住房和城乡建设委员会。"),
                  "三、征收规模：涉及居民89人，征收房屋37户，房屋总建筑面积3210.5平方米。")
    context, _ = parse(departments, decision, notice)
    project = context.tables["compensation_projects"][0]
    assert (project["households"], project["floor_area_m2"]) == (37, 3210.5)
