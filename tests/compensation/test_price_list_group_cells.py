"""A price list whose use is printed once for the structures under it (a group cell), whose
header names no fee (房屋种类 | 结构类型 | 评估均价（元/平方米）) and whose fee is named only by
the clause introducing it; and a rates row naming no fee at all goes to review, never into the
package with an empty category. Written in other wording than every fixture."""

from __future__ import annotations

import pytest

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收中敖镇新街片区旧城改造项目范围内国有土地上房屋的决定",
    "大足府发〔2022〕401号",
    "本次征收房屋共21户，房屋建筑面积合计1980.4平方米。",
    "重庆市大足区人民政府",
    "2022年9月1日",
]
NOTICE = [
    "重庆市大足区人民政府 关于中敖镇新街片区旧城改造项目房屋征收的公告",
    "大足府发〔2022〕402号",
    "（一）签约期限：2022年10月8日至2022年11月6日，共30日。",
    "（二）征收范围：中敖镇新街，涉及住户21户，建筑面积1980.4平方米。",
    "重庆市大足区人民政府",
    "2022年9月10日",
    "附件",
    "中敖镇新街片区旧城改造项目房屋征收补偿方案",
    "第三条　经预评估，本项目被征收房屋评估均价如下：",
    "房屋种类\t结构类型\t评估均价（元/平方米）",
    "住宅（成套）\t框架结构\t4020",
    "\t砖混结构\t3750",
    "临街门市\t砖混结构\t6480",
    "\t砖木结构\t5010",
    "第四条　其他事项按有关规定办理。",
]
# The same list introduced by no fee's name, under a header that names none either.
UNNAMED = [
    *NOTICE[:8],
    "第三条　被征收房屋按下列单价计算：",
    "房屋种类\t结构类型\t单价（元/平方米）",
    *NOTICE[10:],
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_group_cell_holds_for_the_structures_under_it(scheme):
    (brick_home,) = scheme.rates_where(amount=3750)
    assert (brick_home["property_use"], brick_home["suite"]) == ("住宅", "成套")
    assert brick_home["structure"] == "砖混结构"
    (timber_shop,) = scheme.rates_where(amount=5010)
    assert timber_shop["property_use"] == "非住宅"  # 门市: a shop front, curated as a use
    assert timber_shop["item"].startswith("临街门市")


def test_the_introducing_clause_names_the_fee_of_a_price_list(scheme):
    prices = [row for row in scheme.rates if row["basis"] == "per_m2"]
    assert len(prices) == 4
    assert {row["category"] for row in prices} == {"房屋价值补偿"}


def test_a_rate_naming_no_fee_is_reviewed_not_written(departments):
    unnamed = Scheme(*parse(departments, DECISION, UNNAMED))
    assert not unnamed.rates
    flagged = [item for item in unnamed.context.review if "names no fee" in item.what]
    assert [item.line for item in flagged] == [unnamed.line_of(str(n)) for n in (4020, 3750,
                                                                                 6480, 5010)]
