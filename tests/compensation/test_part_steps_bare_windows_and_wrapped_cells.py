"""A scheme whose decoration grades are spaced amounts in a clause opening with its verb (住房装饰
装修按下列标准给予补偿：…) with a floor, whose table prints a base per household per time with a
step per N m² where a part step counts as a whole one, a per-m² monthly allowance whose floor
wraps onto the next line of its cell, a loss per m² per month for N months on a numbered row with
no fee name, signing windows where only the first says 签约 (by 天), per-m² windows with a cap in
the notes column; a swap's excess price printed 超过部分在N平方米（含）以内的; a subsidy named
after its amount; minimum areas by household size; and utilities paid per household. Written in
other wording than every fixture."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount, named_in
from scripts.parsers.compensation import _joined_wraps
from scripts.parsers.rate_sentences import RateReader
from scripts.parsers.rate_terms import load_terms

from .synthetic import Scheme, parse

UNITS = load_terms().words("unit")

DECISION = [
    "重庆市大足区人民政府 关于征收中敖镇北街片区老旧住宅改造项目范围内国有土地上房屋的决定",
    "大足府发〔2022〕201号",
    "本次征收房屋共24户，房屋建筑面积合计2316.4平方米。",
    "被征收人不服的，可自公告之日起60日内申请行政复议，或6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2022年5月9日",
]
NOTICE = [
    "重庆市大足区人民政府 关于中敖镇北街片区老旧住宅改造项目房屋征收的公告",
    "大足府发〔2022〕202号",
    "（一）签约期限：2022年6月1日至2022年7月10日，共40日。",
    "（二）征收范围：中敖镇北街片区，涉及住户24户，建筑面积2316.4平方米。",
    "重庆市大足区人民政府",
    "2022年5月20日",
    "附件",
    "中敖镇北街片区老旧住宅改造项目房屋征收补偿方案",
    "一、征收范围",
    "本项目征收住宅20户、非住宅4户。范围内另有私自搭建的彩钢棚约90平方米，不纳入征收面积，"
    "由搭建人自行拆除的，按每平方米25元给予拆除补助。",
    "二、产权调换",
    "安置房面积与原房屋建筑面积相等的部分按3000元/m²结算；超过部分在8平方米（含）以内的按"
    "3600元/m²结算；超过8平方米的部分按市场价结算。",
    "三、房屋价值补偿",
    "（一）住宅（成套）：砖混结构 3700 元/m²；",
    "（二）非住宅：沿街商业门面（框架结构）5200 元/m²，生产用房（框架结构）1900 元/m²。",
    "被征收人在本区无其他住房的，住宅建筑面积不足35平方米的按35平方米计算房屋价值补偿；"
    "家庭人口在5人（含5人）以上的，不足45平方米的按45平方米计算。",
    "四、装饰装修补偿",
    "住房装饰装修按下列标准给予补偿：简装 55 元/m²，精装 130 元/m²；每户装修补偿低于1800元的，"
    "按1800元计发。",
    "五、补助和奖励标准",
    "序号\t名称\t适用对象\t计算方法\t备注",
    "1\t搬家费\t住宅\t建筑面积50m²以内的900元/户·次；超过50m²的，每超出5m²增加80元（不足5m²的按"
    "5m²计），最高1500元\t货币补偿计发1次，产权调换计发2次",
    "2\t临时安置费\t住宅\t按房屋建筑面积每月每平方米11元计发，每户每月不足700\t产权调换计发12个月；"
    "货币补偿一次性计发3个月",
    "\t\t\t元的按700元计发\t",
    "3\t停产停业损失补偿\t沿街商业门面\t按房屋价值补偿金额的4%一次性计发\t须持有效营业执照",
    "4\t\t生产用房\t按建筑面积每月每平方米12元计发5个月\t同上",
    "5\t签约奖励\t住宅\t第1天至第20天签约的每户10000元；第21天到第30天的，每户5000元；"
    "第31天至第40天的每户1000元\t逾期不予奖励",
    "6\t\t非住宅\t第1天至第20天签约的按建筑面积每平方米60元；第21天至第30天的每平方米20元"
    "\t每户最高15000元；第31天起签约的不予奖励",
    "六、附属设施补偿",
    "选择货币补偿的住宅，已通天然气的按3100元/户补偿，已装宽带的按260元/户补偿。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


@pytest.fixture(scope="module")
def table(scheme) -> RateTable:
    return scheme.rate_table


def test_every_amount_of_the_scheme_gave_a_rate(scheme):
    assert [item.what for item in scheme.context.review] == []


def test_spaced_grades_in_a_clause_opening_with_its_verb_keep_the_headings_fee(scheme, table):
    grades = {row["item"]: row["amount"] for row in scheme.rates_where(basis="per_m2")
              if row["category"] == "装饰装修补偿"}
    assert grades == {"简装": 55, "精装": 130}
    [floor] = scheme.rates_where(category="装饰装修补偿", basis="minimum_amount")
    assert floor["amount"] == 1800
    small = Household(area_m2=30, property_use="住宅", decoration="简装")
    assert item_amount(table, "装饰装修补偿", small).amount == 1800
    large = Household(area_m2=40, property_use="住宅", decoration="简装")
    assert item_amount(table, "装饰装修补偿", large).amount == 40 * 55


def test_a_step_per_five_m2_where_a_part_step_counts_whole(scheme, table):
    [base] = scheme.rates_where(category="搬家费", basis="per_household_per_time")
    [step] = scheme.rates_where(category="搬家费", basis="per_step_above_threshold")
    assert (base["amount"], base["threshold_m2"]) == (900, 50)
    assert (step["amount"], step["step_m2"], step["threshold_m2"]) == (80, 5, 50)
    [part] = scheme.rates_where(category="搬家费", basis="area_floor")
    assert part["step_m2"] == 5  # the step's rounding, no minimum area of the house
    home = Household(area_m2=72, property_use="住宅")
    assert item_amount(table, "搬家费", home).amount == 900 + 5 * 80  # 22m²: 5 steps
    barely = Household(area_m2=51, property_use="住宅")
    assert item_amount(table, "搬家费", barely).amount == 900 + 80  # 1m² is a whole step
    big = Household(area_m2=120, property_use="住宅")
    assert item_amount(table, "搬家费", big).amount == 1500


def test_a_monthly_floor_wrapped_onto_the_next_line_of_its_cell(scheme, table):
    [rate] = scheme.rates_where(category="临时安置费", basis="per_m2_per_month")
    assert rate["amount"] == 11
    [floor] = scheme.rates_where(category="临时安置费", basis="minimum_amount")
    assert (floor["amount"], floor["unit"], floor["source_line"]) == (
        700, "元/户·月", rate["source_line"])
    months = {row["settlement"]: row["amount"]
              for row in scheme.rates_where(category="临时安置费", basis="months")}
    assert months == {"产权调换": 12, "货币补偿": 3}
    small, large = (Household(area_m2=area, property_use="住宅") for area in (40, 72))
    assert item_amount(table, "临时安置费", small).amount == 700 * 3
    assert item_amount(table, "临时安置费", large).amount == 72 * 11 * 3


@pytest.mark.parametrize(("above", "below", "joined"), [
    ("每户最高3", "万元", "每户最高3万元"),
    ("按评估价值的5", "%计发", "按评估价值的5%计发"),
])
def test_a_number_split_from_its_unit_is_one_cell(above, below, joined):
    lines = [(1, f"1\t某补助\t住宅\t{above}\t备注"), (2, f"\t\t\t{below}\t")]
    assert _joined_wraps(lines, UNITS) == [(1, f"1\t某补助\t住宅\t{joined}\t备注")]


def test_a_cell_ending_with_a_comma_is_not_joined():
    lines = [(1, "1\t某补助\t住宅\t每户800元，\t"), (2, "\t\t\t每户最高2000元\t")]
    assert _joined_wraps(lines, UNITS) == lines


def test_a_numbered_row_without_a_fee_name_continues_the_fee_above(scheme, table):
    [loss] = scheme.rates_where(basis="per_m2_per_month", amount=12)
    assert (loss["category"], loss["property_use"]) == ("停产停业损失补偿", "非住宅")
    assert [row["amount"] for row in scheme.rates_where(category="停产停业损失补偿",
                                           basis="months")] == [5]
    workshop = Household(area_m2=100, structure="生产用房（框架结构）")
    assert item_amount(table, "停产停业损失补偿", workshop).amount == 12 * 100 * 5
    shop = Household(area_m2=100, structure="沿街商业门面（框架结构）")
    assert item_amount(table, "停产停业损失补偿", shop).amount == 100 * 5200 * 0.04


def test_later_windows_of_a_list_need_not_say_signing(scheme):
    homes = {(row["signing_day_from"], row["signing_day_to"]): (row["amount"], row["unit"])
             for row in scheme.rates_where(category="签约奖励", property_use="住宅")}
    assert homes == {(1, 20): (10000, "元/户"), (21, 30): (5000, "元/户"),
                     (31, 40): (1000, "元/户")}
    shops = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
             for row in scheme.rates_where(category="签约奖励", property_use="非住宅",
                              basis="per_m2")}
    assert shops == {(1, 20): 60, (21, 30): 20}
    [cap] = scheme.rates_where(category="签约奖励", basis="maximum_amount")
    assert (cap["amount"], cap["signing_day_from"]) == (15000, None)


@pytest.mark.parametrize(("day", "area", "amount"), [(5, 100, 6000), (5, 300, 15000),
                                                     (25, 100, 2000), (35, 100, 0)])
def test_a_shop_is_paid_by_its_window_under_the_notes_cap(table, day, area, amount):
    shop = Household(area_m2=area, property_use="非住宅", signing_day=day)
    assert item_amount(table, "签约奖励", shop).amount == amount


@pytest.mark.parametrize("printed", [
    "第1日至第10日签约并交房的，每户8000元；第11日至第30日的，每户3000元",
    "第1天到第10天内签约的8000元/户；第11天至第30天的3000元/户",
])
def test_bare_windows_in_a_sentence(printed):
    found = RateReader(load_terms()).read(printed)
    assert {(rate.signing_day_from, rate.signing_day_to, rate.amount, rate.unit)
            for rate in found} == {(1, 10, 8000, "元/户"), (11, 30, 3000, "元/户")}


def test_a_window_without_signing_before_any_that_says_it_is_no_window():
    found = RateReader(load_terms()).read("第1日至第10日的每户8000元")
    assert all(rate.signing_day_from is None for rate in found)


def test_the_swaps_excess_part_printed_before_its_size(scheme):
    swap = {row["amount"]: row["excess_up_to_m2"]
            for row in scheme.rates_where(category="产权调换")}
    assert swap == {3000: None, 3600: 8}


@pytest.mark.parametrize("printed", [
    "超出部分在6m²以内的按4100元/m²结算",
    "超过部分6平方米（含）以下的，按每平方米4100元结算",
])
def test_excess_part_wordings(printed):
    [rate] = RateReader(load_terms()).read(printed)
    assert (rate.excess_up_to_m2, rate.amount, rate.unit) == (6, 4100, "元/m²")


def test_a_demolition_subsidy_after_by_each_m2(scheme):
    [subsidy] = scheme.rates_where(amount=25)
    assert (subsidy["category"], subsidy["unit"], subsidy["estimate_role"]) == (
        "拆除补助", "元/m²", "note")


@pytest.mark.parametrize(("persons", "area"), [(None, 35), (2, 35), (5, 45), (7, 45)])
def test_minimum_areas_by_household_size(scheme, table, persons, area):
    by_size = {row["min_persons"]: row["amount"] for row in scheme.rates_where(basis="area_floor")
               if not row["step_m2"]}
    assert by_size == {None: 35, 5: 45}
    home = Household(area_m2=30, structure="住宅（成套）砖混结构", persons=persons)
    assert item_amount(table, "房屋价值补偿", home).amount == area * 3700


def test_utilities_the_household_has_are_summed(table):
    names = table.fitting_names()
    assert len(names) == 2
    case = "住宅96平方米，有天然气和宽带"
    home = Household(area_m2=96, property_use="住宅",
                     fittings=tuple(name for name in names if named_in(name, case)))
    assert item_amount(table, "附属设施补偿", home).amount == 3100 + 260
    gas = Household(area_m2=96, property_use="住宅",
                    fittings=tuple(name for name in names if named_in(name, "只有天然气")))
    assert item_amount(table, "附属设施补偿", gas).amount == 3100
    assert item_amount(table, "附属设施补偿", Household(area_m2=96, property_use="住宅")) is None
