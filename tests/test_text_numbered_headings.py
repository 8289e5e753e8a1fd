"""A heading numbered in any enclosed or Roman numeral or a heavenly stem reads as one numbered
一、 二、; an item numbered the same way (a sentence, a figure) stays as printed."""

from __future__ import annotations

import pytest

from scripts.text import chinese_numeral, spaced_heading


@pytest.mark.parametrize(("printed", "read"), [
    ("➌理赔流程", "三、理赔流程"),
    ("㊃ 承保公司：", "四、承保公司："),
    ("⑿职责分工", "十二、职责分工"),
    ("⒉保费。", "二、保费。"),
    ("Ⅵ．其他事项", "六、其他事项"),
    ("二　保险对象", "二、保险对象"),
    ("丁、赔付标准", "四、赔付标准"),  # a heavenly stem: 甲 first, 丁 fourth
    ("癸、附则", "十、附则"),
])
def test_a_heading_alone_on_its_line_is_numbered_as_an_ordinal(printed, read):
    assert spaced_heading(printed) == read


@pytest.mark.parametrize("printed", [
    "②5万元以上的部分按60%赔付；",
    "③区民政局：负责核实名单",
    "❹被保险人住院的，自出院之日起计算",
    "乙、每头保险金额6000元。",
])
def test_an_item_numbered_the_same_way_stays_as_printed(printed):
    assert spaced_heading(printed) == printed


@pytest.mark.parametrize(("number", "numeral"), [(1, "一"), (10, "十"), (14, "十四"),
                                                 (20, "二十"), (37, "三十七")])
def test_numbers_below_a_hundred_as_an_ordinal_prints_them(number, numeral):
    assert chinese_numeral(number) == numeral
