"""Layouts of a clerk who prints merged cells and runs decisions together: a price list whose use
is printed once over its rows and whose structure column carries a remark in brackets
(结构（类别）); a fee table after a section heading, its use cells holding a condition after a
comma (住宅，建筑面积80平方米以内) and a step printed in the row below its base; a notice's
labels closed by a full stop (（五）签约期限。…); decisions run together in one paragraph, a
lapse named without 同志, and a new body introduced before a comma. Written in other wording
than every fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.compensation.synthetic import Scheme, parse
from tests.parsers.synthetic import appointment_rows

DECISION = [
    "重庆市大足区人民政府 关于对珠溪镇新街片区老旧房屋改造项目范围内房屋实施征收的决定",
    "大足府发〔2043〕61号",
    "本次征收涉及被征收人40户，被征收房屋建筑面积共3520平方米。",
    "重庆市大足区人民政府",
    "2043年5月6日",
]
NOTICE = [
    "重庆市大足区人民政府 关于珠溪镇新街片区老旧房屋改造项目房屋征收补偿方案的公告",
    "大足府发〔2043〕62号",
    "现将该项目房屋征收补偿方案公告如下：",
    "（一）项目名称。珠溪镇新街片区老旧房屋改造项目。",
    "（二）签约期限。2043年5月20日起至2043年6月18日止，共30日。",
    "附件：珠溪镇新街片区老旧房屋改造项目房屋征收补偿方案",
    "重庆市大足区人民政府",
    "2043年5月12日",
    "附件",
    "珠溪镇新街片区老旧房屋改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "用途\t结构（类别）\t补偿单价（元/平方米）\t备注",
    "住宅\t框架结构\t4700\t以建筑面积计算",
    "\t砖混结构\t4150\t",
    "非住宅\t临街营业用房\t8100\t",
    "二、装饰装修补偿",
    "装修档次\t认定要点\t补偿标准（元/平方米）",
    "简易装修\t墙面刷白\t70",
    "普通装修\t地砖吊顶\t150",
    "三、相关补助费",
    "项目\t适用情形\t补偿标准\t计发方式",
    "搬家补助费\t住宅，建筑面积80平方米以内\t每户每次1100元\t选择货币补偿的计发1次",
    "\t住宅，建筑面积超过80平方米\t每增加1平方米增加12元，每户每次最高不超过2200元\t",
    "四、附属设施补偿",
    "院坝、围墙等构筑物：水泥院坝每平方米40元，砖砌围墙每平方米80元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_labels_closed_by_a_full_stop_give_the_project(scheme):
    project = scheme.project
    assert project["name"] == "珠溪镇新街片区老旧房屋改造项目"
    assert project["signing_days"] == 30


def test_a_use_printed_once_holds_for_the_rows_below_it(scheme):
    prices = {row["structure"]: (row["property_use"], row["amount"])
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")
              if row["structure"]}
    assert prices == {"框架结构": ("住宅", 4700), "砖混结构": ("住宅", 4150)}


def test_a_fee_table_after_a_section_heading_is_no_row_of_the_grid_above(scheme):
    levels = {row["item"]: row["amount"] for row in scheme.rates_where(category="装饰装修补偿")}
    assert levels == {"简易装修": 70, "普通装修": 150}
    (base,) = scheme.rates_where(category="搬家补助费", amount=1100)
    assert base["property_use"] == "住宅"


def test_a_step_in_the_row_below_its_base_is_read_with_it(scheme):
    (step,) = scheme.rates_where(category="搬家补助费", basis="per_step_above_threshold")
    assert (step["amount"], step["threshold_m2"], step["step_m2"]) == (12, 80, 1)


def test_structures_named_as_a_whole_are_their_own_category(scheme):
    structures = {row["item"]: row["amount"] for row in scheme.rates_where(category="构筑物补偿")}
    assert structures == {"水泥院坝": 40, "砖砌围墙": 80}


TITLE = "重庆市大足区人民政府关于聘任和解聘宋知远等同志职务的通知"


def test_decisions_run_together_in_a_paragraph_each_give_their_row(tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        TITLE, "大足府人〔2043〕20号", "各镇人民政府、街道办事处，区政府各部门：",
        "同时，免去陶明的重庆市大足区财政局副局长职务（另有任用）。"
        "苏  晴原任的重庆市大足区水利局副局长职务自然免除。",
        "重庆市大足区农业农村委员会系经批准调整设立的区政府工作部门，聘任宋知远为重庆市大足区"
        "农业农村委员会副主任。",
        "聘任人员的岗位职责、考核和薪酬待遇，由主管部门另行明确。",
        "重庆市大足区人民政府", "2043年5月9日",
    ], TITLE)
    assert [(person, action, department) for person, action, department, *_ in rows] == [
        ("陶明", "免去", "finance"), ("苏晴", "自然免除", "water-resources"),
        ("宋知远", "任命", "agriculture-rural-affairs")]


def test_a_note_printed_once_for_the_engagements_before_it_holds_for_each(tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        TITLE, "大足府人〔2043〕21号", "各镇人民政府、街道办事处，区政府各部门：",
        "聘任宋知远为重庆市大足区财政局副局长，聘任韩露为重庆市大足区水利局副局长，"
        "试用期均为一年。",
        "重庆市大足区人民政府", "2043年5月9日",
    ], TITLE)
    assert [(person, note) for person, _, _, _, note in rows] == [
        ("宋知远", "试用期均为一年"), ("韩露", "试用期均为一年")]
