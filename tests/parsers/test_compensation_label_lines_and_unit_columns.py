"""A 征收 notice whose labels stand alone on their lines over their values (签约期限 over
2034年…), and a scheme with a price list whose structure column may name a location instead
(结构或地段) and a kind of building in its stead (沿街门面（二层）), a price matrix whose
structures carry a remark in brackets (砖混（底框）结构), a fee table whose amounts take the
unit of a unit column (计量单位; a share 按 what its brackets name), and signing windows led by
the period's label (签约期限第1日至第20日); a household's case worked out computation after
computation is no rule and left out of review. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from tests.compensation.synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收棠香街道南门片区旧城改造项目范围内国有土地上房屋的决定",
    "大足府发〔2034〕401号",
    "本次征收涉及被征收人31户，被征收房屋建筑面积共2874.5平方米。",
    "被征收人对本决定不服的，可以自本决定公告之日起60日内申请行政复议，也可以在6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2034年4月20日",
]
NOTICE = [
    "重庆市大足区人民政府 关于棠香街道南门片区旧城改造项目房屋征收的公告",
    "大足府发〔2034〕402号",
    "现将征收补偿有关事项公告如下：",
    "项目名称",
    "棠香街道南门片区旧城改造项目",
    "房屋征收部门",
    "重庆市大足区住房和城乡建设委员会",
    "签约期限",
    "2034年5月6日至2034年6月24日，共50日",
    "现场办公时间",
    "工作日9:00—17:00",
    "附件：棠香街道南门片区旧城改造项目房屋征收补偿方案",
    "重庆市大足区人民政府",
    "2034年4月28日",
    "附件",
    "棠香街道南门片区旧城改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "住宅房屋价值补偿按下表单价计算：",
    "房屋用途\t结构或地段\t评估单价（元/平方米）",
    "住宅\t框架结构\t5010",
    "非住宅\t沿街门面（二层）\t8800",
    "非住宅房屋价值补偿按下列单价计算（单位：元/平方米）：",
    "结构类型\t住宅\t门面",
    "砖混（底框）结构\t4300\t7100",
    "二、补助",
    "各项补助按下表计发：",
    "费用名称\t适用对象\t补偿标准\t计量单位\t备注",
    "搬家费\t住宅\t1000\t元/户·次\t建筑面积80平方米以内的，每户每次1000元；超过80平方米的，"
    "每增加1平方米增加10元",
    "过渡费\t住宅\t12\t元/平方米·月\t选择货币补偿的一次性计发3个月",
    "停业损失补偿\t非住宅\t6\t%（房屋评估价值）\t持营业执照经营满2年",
    "三、签约奖励",
    "按签约先后给予奖励：",
    "签约时间段\t住宅（元/户）\t非住宅（元/平方米）",
    "签约期限第1日至第20日\t20000\t90",
    "签约期限第21日至第50日\t7000\t40",
    "四、计算举例",
    "甲户住宅框架结构90平方米，价值补偿90×5010=450900元；过渡费90×12×3=3240元；奖励20000元；"
    "共计474140元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_labels_alone_on_their_lines_give_the_project(scheme):
    project = scheme.project
    assert project["name"] == "棠香街道南门片区旧城改造项目"
    assert project["department_id"] == "housing-urban-rural-development"
    assert (str(project["signing_start"]), str(project["signing_end"]),
            project["signing_days"]) == ("2034-05-06", "2034-06-24", 50)
    assert project["office_hours"] == "工作日9:00—17:00"


def test_a_structure_column_joined_with_or_heads_a_price_list(scheme):
    (framed,) = scheme.rates_where(amount=5010)
    assert (framed["property_use"], framed["structure"]) == ("住宅", "框架结构")


def test_a_kind_of_building_in_the_structure_column_names_its_row(scheme):
    (front,) = scheme.rates_where(amount=8800)
    assert front["property_use"] == "非住宅"
    assert front["structure"] is None
    assert "沿街门面（二层）" in front["item"]


def test_a_structure_with_a_remark_in_brackets_is_kept_as_printed(scheme):
    prices = {row["amount"]: row["structure"] for row in scheme.rates_where(basis="per_m2")}
    assert prices[4300] == prices[7100] == "砖混（底框）结构"


def test_a_unit_column_gives_the_unit_of_each_bare_amount(scheme):
    (monthly,) = scheme.rates_where(category="过渡费", basis="per_m2_per_month")
    assert (monthly["amount"], monthly["unit"]) == (12, "元/m²·月")
    (share,) = scheme.rates_where(basis="percent_of_assessed_value")
    assert (share["amount"], share["property_use"]) == (6, "非住宅")


def test_an_amount_its_row_restates_is_read_once_with_its_conditions(scheme):
    (moving,) = scheme.rates_where(amount=1000)
    assert moving["threshold_m2"] == 80


def test_windows_led_by_the_period_label_give_their_signing_days(scheme):
    rewards = sorted((row["signing_day_from"], row["signing_day_to"], row["amount"])
                     for row in scheme.rates_where(property_use="住宅", unit="元/户")
                     if row["signing_day_from"])
    assert rewards == [(1, 20, 20000), (21, 50, 7000)]


def test_a_worked_case_gives_no_rate_and_nothing_to_review(scheme):
    line = scheme.line_of("甲户住宅")
    assert not [row for row in scheme.rates if row["source_line"] == line]
    assert not [item for item in scheme.context.review if item.line == line]
