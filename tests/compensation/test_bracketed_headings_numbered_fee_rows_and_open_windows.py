"""A notice whose terms are stated in a paragraph under an unlabelled heading (一、协议签订 over
本项目签约期限为…), a scheme under bracketed headings alone on their line (【房屋价值补偿】) whose
price list names no fee, a fee table numbered in its first column (序号 | 费用名称 | 住宅 | 非住宅),
a share of the value with a bracketed note before it (评估价值（不含…）的8%), a signing window
open from the period's first day (…（含）以前签约的), a swap's part within the old home's area
(在被征收住宅建筑面积以内的部分) and a fee named between 每户 and its amount (每户一次性发放搬家费
1800元)."""

from __future__ import annotations

import datetime as dt

import pytest

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收宝顶镇香山路片区棚户区改造项目国有土地上房屋的决定",
    "大足府发〔2041〕12号",
    "被征收人共计28户，被征收房屋总建筑面积2410.3平方米。",
    "重庆市大足区人民政府",
    "2041年3月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于宝顶镇香山路片区棚户区改造项目房屋征收的公告",
    "大足府发〔2041〕13号",
    "现将征收补偿有关事项公告如下。",
    "一、协议签订",
    "本项目签约期限为45日，自2041年3月10日起，至2041年4月23日止。签约地点设在宝顶镇便民服务中心。",
    "二、补偿方式",
    "住宅房屋可以选择货币补偿，也可以选择房屋产权调换。",
    "重庆市大足区人民政府",
    "2041年3月5日",
    "附件",
    "宝顶镇香山路片区棚户区改造项目房屋征收补偿方案",
    "【房屋价值补偿】",
    "测算参考价如下（以分户评估报告为准）：",
    "房屋类型\t结构\t参考价（元/平方米）",
    "成套住宅\t框架结构\t3900",
    "非成套住宅\t砖混结构\t3100",
    "【其他补助】",
    "序号\t费用名称\t住宅\t非住宅",
    "1\t搬家补助费\t每户1500元\t每平方米15元",
    "2\t货币安置奖励\t按被征收房屋评估价值（不含保底部分）的8%奖励，每户最高50000元\t—",
    "【签约奖励】",
    "2041年3月20日（含）以前签约的，住宅每户奖励30000元；",
    "2041年3月21日至4月23日签约的，住宅每户奖励12000元。",
    "【临时搬家补助】",
    "非住宅每户一次性发放搬家费1800元。",
    "【房屋产权调换】",
    "安置房面积在被征收住宅建筑面积以内的部分，按每平方米3000元结算；"
    "超出被征收面积10平方米以内（含10平方米）的部分，按每平方米3800元结算。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_terms_stated_in_the_paragraph_under_an_unlabelled_heading(scheme):
    project = scheme.project
    assert (project["signing_start"], project["signing_end"], project["signing_days"]) == (
        dt.date(2041, 3, 10), dt.date(2041, 4, 23), 45)
    assert project["name"] == "宝顶镇香山路片区棚户区改造项目"


def test_a_price_list_under_a_bracketed_heading_takes_the_heading_as_its_fee(scheme):
    prices = {(row["structure"], row["amount"]) for row in scheme.rates
              if row["category"] == "房屋价值补偿"}
    assert prices == {("框架结构", 3900), ("砖混结构", 3100)}


def test_a_numbered_fee_row_is_named_by_the_cell_after_its_number(scheme):
    categories = {row["category"] for row in scheme.rates
                  if scheme.line_of("1\t搬家补助费") <= row["source_line"]
                  <= scheme.line_of("2\t货币安置奖励")}
    assert categories == {"搬家补助费", "货币安置奖励"}


def test_a_share_of_the_value_with_a_note_between_value_and_share(scheme):
    (share,) = scheme.rates_where(category="货币安置奖励", basis="percent_of_assessed_value")
    assert share["amount"] == 8


def test_a_window_up_to_a_date_opens_on_the_first_day_of_the_period(scheme):
    windows = {(row["signing_day_from"], row["signing_day_to"], row["amount"])
               for row in scheme.rates_where(category="签约奖励")}
    assert windows == {(1, 11, 30000), (12, 45, 12000)}


def test_the_part_of_a_new_home_within_the_old_homes_area_is_its_equal_part(scheme):
    parts = {(row["item"], row["amount"]) for row in scheme.rates_where(category="产权调换")}
    assert parts == {("等面积部分", 3000), ("超出面积10m²以内部分", 3800)}


def test_a_fee_named_between_its_unit_and_its_amount(scheme):
    (moving,) = scheme.rates_where(amount=1800)
    assert (moving["unit"], moving["property_use"]) == ("元/户", "非住宅")
