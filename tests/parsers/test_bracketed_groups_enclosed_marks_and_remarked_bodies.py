"""Layouts of a clerk who numbers differently: task groups on lines of their own opened by an
ordinal in tortoise-shell brackets (〔二〕…（3项）) under header labels ending in 举措 and 时限;
rate items listed with parenthesised numbers (⑴ 水表…；⑵ 电表…); an engaging body named with a
long remark in brackets before 聘任, a release worded 解聘X的…职务, and a line about the people
engaged after the entries; a running head printed right after the 目录. Written in other
wording than every fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.documents import read_toc
from scripts.sources import SourceText
from tests.compensation.synthetic import Scheme, parse
from tests.parsers.synthetic import appointment_rows, synthetic_context, task_rows

PLAN_TITLE = "重庆市大足区人民政府办公室关于印发大足区秸秆综合利用攻坚工作方案的通知"
HEADER = "序号\t攻坚举措\t主责单位\t协办单位\t办结时限"
PLAN = [
    PLAN_TITLE,
    "大足府办发〔2041〕12号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "现将《大足区秸秆综合利用攻坚工作方案》印发给你们，请认真组织实施。",
    "重庆市大足区人民政府办公室",
    "2041年3月2日",
    "大足区秸秆综合利用攻坚工作方案",
    HEADER,
    "〔一〕收储体系（2项）",
    "1\t每个镇街建成秸秆收储点1个\t区农业农村委\t各镇街\t2041年6月30日前",
    "2\t培育秸秆收储运专业合作社\t区农业农村委\t区供销社\t2041年9月30日前",
    "〔二〕禁烧管控（1项）",
    "3\t划定秸秆禁烧重点区域并网格化巡查\t区生态环境局\t各镇街\t2041年12月31日前",
]


@pytest.fixture
def tasks(tmp_path: Path) -> list[dict]:
    return task_rows(tmp_path, PLAN, PLAN_TITLE, "大足府办发〔2041〕12号")


def test_groups_in_tortoise_shell_brackets_name_the_rows_below_them(tasks):
    assert [(row["number"], row["campaign"]) for row in tasks] == [
        (1, "收储体系"), (2, "收储体系"), (3, "禁烧管控")]  # the count (2项) is no name


def test_labels_ending_in_jucuo_and_shixian_are_the_task_and_its_deadline(tasks):
    assert tasks[0]["content"] == "每个镇街建成秸秆收储点1个"
    assert [str(row["deadline"]) for row in tasks] == ["2041-06-30", "2041-09-30", "2041-12-31"]


DECISION = [
    "重庆市大足区人民政府 关于征收中敖镇老街片区危旧房改造项目范围内国有土地上房屋的决定",
    "大足府发〔2041〕51号",
    "本次征收涉及被征收人26户，被征收房屋建筑面积共2210平方米。",
    "重庆市大足区人民政府",
    "2041年4月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于中敖镇老街片区危旧房改造项目房屋征收的公告",
    "大足府发〔2041〕52号",
    "一、签约期限：2041年4月20日至2041年5月19日，共30日。",
    "附件：中敖镇老街片区危旧房改造项目房屋征收补偿方案",
    "重庆市大足区人民政府",
    "2041年4月10日",
    "附件",
    "中敖镇老街片区危旧房改造项目房屋征收补偿方案",
    "第八条　附属设施补偿：⑴水表每户1100元；⑵电表每户850元；⑶有线电视每户280元。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_items_listed_with_parenthesised_numbers_are_named_without_them(scheme):
    items = {row["item"]: row["amount"] for row in scheme.rates_where(category="附属设施补偿")}
    assert items == {"水表": 1100, "电表": 850, "有线电视": 280}


NOTICE_TITLE = "重庆市大足区人民政府关于梁思源等同志职务聘任和解聘的通知"


def test_a_remarked_body_engages_and_releases_and_a_line_on_the_people_engaged_is_no_entry(
        tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        NOTICE_TITLE, "大足府人〔2041〕8号", "各镇街人民政府（办事处），区政府各部门：",
        "一、重庆市大足区农业农村委员会（2041年2月调整职能，由区政府直接管理，负责全区农村工作）"
        "聘任梁思源为副主任，聘期三年；",
        "二、重庆市大足区财政局解聘韦  宁的副局长职务（本人申请辞职）。",
        "受聘人员由聘用单位与其签订聘用合同，试用期满考核不合格的，解除聘用关系。",
        "重庆市大足区人民政府", "2041年3月1日",
    ], NOTICE_TITLE)
    assert [(person, action, department) for person, action, department, *_ in rows] == [
        ("梁思源", "任命", "agriculture-rural-affairs"), ("韦宁", "免去", "finance")]


def test_a_running_head_after_the_contents_is_no_entry(tmp_path: Path):
    lines = ["重庆市大足区人民政府公报", "2041年第4期（总第63期）", "目录",
             "重庆市大足区人民政府关于梁思源等同志职务聘任和解聘的通知··········· 1",
             "重庆市大足区人民政府公报　2041年第4期　　1",
             "重庆市大足区人民政府关于梁思源等同志职务聘任和解聘的通知"]
    _, context = synthetic_context(tmp_path, lines, kind="appointments", title=lines[-1])
    entries = read_toc(SourceText(context.source_text.source, lines))
    assert [entry.title for entry in entries] == [lines[3].split("·")[0]]
