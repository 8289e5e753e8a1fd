"""A notice written as questions and answers (问三：好久签约？ over 答：签约期为…); a scheme in
第N节 sections; prices printed as bare numbers under the unit a sentence states (（单位：元／㎡）
over 住宅房屋——框架结构4300；砖混结构4050); a band closed by （含120平方米）; a table of signing
windows under a clause naming its fee ((二)签约奖励。…). Written in other wording than the
issue that printed them."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于季家镇正街片区旧城改建项目房屋征收的决定",
    "大足府发〔2047〕3号",
    "征收范围内共涉及被征收人18户，被征收房屋建筑面积共1630平方米。",
    "重庆市大足区人民政府",
    "2047年3月20日",
]
NOTICE = [
    "重庆市大足区人民政府 关于季家镇正街片区旧城改建项目房屋征收补偿方案的公告",
    "大足府发〔2047〕4号",
    "现以问答形式将征收补偿有关事项公告如下：",
    "问一：项目叫什么？",
    "答：项目名称为季家镇正街片区旧城改建项目。",
    "问二：好久签约？",
    "答：签约期为2047年4月1日起至2047年4月30日止，共30日。",
    "重庆市大足区人民政府",
    "2047年3月25日",
    "附件",
    "季家镇正街片区旧城改建项目房屋征收补偿方案",
    "第一节　房屋价值补偿",
    "现公布本项目预评估单价如下（单位：元／㎡）：",
    "住宅房屋——框架结构4300；砖混结构4050。",
    "第二节　补助",
    "（一）搬家补助费。住宅房屋按建筑面积分段计发：",
    "70平方米以下（不含70平方米）的，每户每次1200元；",
    "70平方米至120平方米（含120平方米）的，每户每次1600元；",
    "120平方米以上的，每户每次2100元。",
    "第三节　奖励",
    "（一）签约奖励。在签约期内签订补偿协议并按期腾房的，按签约时段给予奖励。",
    "签约时段\t住宅（元/户）\t非住宅（元/㎡）",
    "2047年4月1日—4月15日\t18000\t120",
    "2047年4月16日—4月30日\t9000\t60",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_an_answer_states_the_signing_period(scheme):
    project = scheme.project
    assert (str(project["signing_start"]), str(project["signing_end"])) == (
        "2047-04-01", "2047-04-30")


def test_bare_prices_take_the_unit_stated_above_them(scheme):
    prices = {row["item"]: (row["amount"], row["unit"]) for row in scheme.rates
              if row["category"] == "房屋价值补偿"}
    assert prices == {"住宅房屋框架结构": (4300, "元/m²"), "住宅房屋砖混结构": (4050, "元/m²")}


def test_a_band_closed_by_its_own_area_in_brackets(scheme):
    line = item_amount(scheme.rate_table, "搬家补助费", Household(area_m2=120))
    assert line.amount == 1600


def test_a_window_table_under_a_clause_naming_its_fee(scheme):
    windows = {(row["property_use"], row["signing_day_from"]): row["amount"]
               for row in scheme.rates if row["category"] == "签约奖励"}
    assert windows == {("住宅", 1): 18000, ("非住宅", 1): 120, ("住宅", 16): 9000,
                       ("非住宅", 16): 60}
