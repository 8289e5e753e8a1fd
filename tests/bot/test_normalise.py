"""Question text → canonical form."""

from __future__ import annotations

import pytest

from bot.normalise import chinese_number, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("辦護照要去哪裡", "办护照要去哪里"),  # traditional → simplified
        ("ＡＢＣ１２３，护照？", "abc123,护照?"),  # full-width → half-width, lower case
        ("不动产  登 记", "不动产登记"),  # PDF-style spaces inside Chinese text
        ("护照\x00\x07😀在那办", "护照在哪办"),  # control characters, emoji, a common slip
        ("咋办", "怎么办"),
        ("九十平米的房子", "90平方米的房子"),
        ("提前十天签约", "提前10天签约"),
        ("第三次常务会议", "第3次常务会议"),
        ("大足府办发[2021]37号", "大足府办发〔2021〕37号"),
        ("府辦發2021年37號", "府办发〔2021〕37号"),
        ("大足府人（2021）3号", "大足府人〔2021〕3号"),
        ("砖混结构", "砖混结构"),  # a structure name of its own (another rate table prints it)
        ("就进办第三批", "就近办第三批"),  # homophone slips of a catalogue's and a scheme's name
        ("养鸡保显", "养鸡保险"),
        ("大足府人2021第2号", "大足府人〔2021〕2号"),  # 第 before the number, no brackets
        ("大足府办函[2021]3号", "大足府办函〔2021〕3号"),  # an office code issue 1 does not print
        ("区政府发2021年5月的通知", "区政府发2021年5月的通知"),  # a month is no number
        ("上户囗", "上户口"),  # the enclosure radical typed for 口
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_numbers_are_only_rewritten_where_they_count_something():
    assert normalise("一件事一次办") == "一件事一次办"
    assert normalise("一个平台") == "一个平台"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三", 3),
        ("十", 10),
        ("十五", 15),
        ("九十", 90),
        ("一百二十五", 125),
        ("两千", 2000),
        ("二〇二一", 2021),
    ],
)
def test_chinese_number(text, value):
    assert chinese_number(text) == value


def test_chinese_number_rejects_other_text():
    assert chinese_number("三楼") is None
    assert chinese_number("") is None


def test_normalise_is_idempotent_on_its_output():
    once = normalise("請問：辦理「不動產登記」在哪個部門？九十平米")
    assert normalise(once) == once
