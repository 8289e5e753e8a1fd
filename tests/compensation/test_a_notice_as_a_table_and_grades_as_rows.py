"""A notice laid out as a table of label | value (签约期限⇥30日，即…至4月4日, the end without
its year), a scheme in parts (第三部分　装饰装修补偿) whose grades are rows of a table
(档次 | 认定要件 | 补偿单价)."""

from __future__ import annotations

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收万古镇后街片区危旧房改造项目国有土地上房屋的决定",
    "大足府发〔2034〕8号",
    "本次征收房屋共31户，房屋建筑面积合计2600平方米。",
    "重庆市大足区人民政府",
    "2034年3月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于万古镇后街片区危旧房改造项目房屋征收补偿的公告",
    "大足府发〔2034〕9号",
    "公告事项\t具体内容",
    "项目名称\t万古镇后街片区危旧房改造项目",
    "征收户数\t31户",
    "签约期限\t30日，即2034年3月10日至4月8日",
    "重庆市大足区人民政府",
    "2034年3月5日",
    "附件",
    "万古镇后街片区危旧房改造项目房屋征收补偿方案",
    "第一部分　房屋价值补偿",
    "住宅砖混结构每平方米3500元。",
    "第二部分　装饰装修补偿",
    "住宅装饰装修按下表分档补偿：",
    "档次\t认定要件\t补偿单价",
    "一档\t墙面刷白\t60元/平方米",
    "二档\t吊顶、地砖\t140元/平方米",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_notice_table_of_labels_gives_the_signing_period(scheme):
    project = scheme.context.tables["compensation_projects"][0]
    assert (str(project["signing_start"]), str(project["signing_end"]),
            project["signing_days"]) == ("2034-03-10", "2034-04-08", 30)


def test_grades_as_rows_of_a_table_are_priced_per_square_metre(scheme):
    table: RateTable = scheme.rate_table
    home = Household(area_m2=50, structure="住宅砖混结构", decoration="二档")
    assert item_amount(table, "装饰装修补偿", home).amount == 50 * 140
