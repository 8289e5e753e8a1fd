"""A scheme in sections lettered A、B、… with items numbered B1．B2．; structures listed with the
words they share printed once after the last (钢混、砖混、砖木结构住房); a minimum area worded
以N平方米计算; a monthly floor worded 保底; a fee paid as a 帮扶金 under a heading joining two
names (困难帮扶与停业损失补偿); a curated fee printed after its use and 房屋 (住宅房屋过渡安置费);
rewards by deadlines each after the one before ((含)前签约的); a label whose bracketed remark
names another settlement; a table printing the price before the thing (单价 | 适用项目) under a
heading joining two fees. Written in other wording than the issue that printed them."""

from __future__ import annotations

import pytest

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于回龙镇河街片区棚户区改造项目房屋征收的决定",
    "大足府发〔2033〕11号",
    "征收范围内共有被征收人40户，被征收房屋总建筑面积3120平方米。",
    "被征收人不服的，可以自公告之日起60日内申请行政复议，也可以自公告之日起6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2033年4月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于回龙镇河街片区棚户区改造项目房屋征收补偿方案的公告",
    "大足府发〔2033〕12号",
    "一、房屋征收部门：重庆市大足区住房和城乡建设委员会。",
    "二、房屋征收实施单位：回龙镇人民政府。",
    "三、签约期限：2033年5月1日至2033年5月30日。",
    "重庆市大足区人民政府",
    "2033年4月10日",
    "附件",
    "回龙镇河街片区棚户区改造项目房屋征收补偿方案",
    "A、房屋价值补偿",
    "钢混、砖混、砖木结构住房的评估单价分别为每平方米4100元、3800元、3200元。",
    "被征收住房建筑面积小于40平方米、且为本区唯一住房的，以40平方米计算房屋价值补偿。",
    "B、搬家费和过渡安置费",
    "B1．住宅房屋过渡安置费按建筑面积每月每平方米12元计算，每户每月保底900元。",
    "C、困难帮扶与停业损失补偿",
    "C1．属于特困供养对象的，每户另发放困难帮扶金5000元。",
    "D、提前签约奖励",
    "被征收人在签约期内签约的，按下列时间奖励：2033年5月10日（含）前签约的，每户奖励20000元；"
    "2033年5月20日（含）前签约的，每户奖励10000元；2033年5月30日（含）前签约的，每户奖励4000元。",
    "E、设施和附属物补偿",
    "E1．选择货币补偿的，自装的水电设施按下列标准补偿（选择产权调换的，由安置房统一配套）："
    "自来水1200元/户，电表800元/户。",
    "E2．附属物按下表补偿：",
    "单价\t适用项目",
    "120元/平方米\t水泥晒坝",
    "300元/个\t沼气池",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_structures_sharing_their_last_words_are_each_read_whole(scheme):
    prices = {row["structure"]: (row["amount"], row["property_use"])
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2")}
    assert prices == {"钢混结构": (4100, "住宅"), "砖混结构": (3800, "住宅"),
                      "砖木结构": (3200, "住宅")}


def test_a_minimum_area_worded_with_以_is_read(scheme):
    (floor,) = scheme.rates_where(basis="area_floor")
    assert (floor["amount"], floor["property_use"]) == (40, "住宅")


def test_a_lettered_section_names_the_fee_of_its_numbered_items(scheme):
    monthly = scheme.rates_where(category="临时安置费")
    assert {(row["basis"], row["amount"]) for row in monthly} == {
        ("per_m2_per_month", 12), ("minimum_amount", 900)}


def test_a_heading_joining_two_names_gives_the_one_its_sentence_prints(scheme):
    (help_paid,) = scheme.rates_where(amount=5000)
    assert (help_paid["category"], help_paid["unit"]) == ("困难补助", "元/户")


def test_deadlines_each_after_the_one_before_are_windows_in_turn(scheme):
    windows = {(row["signing_day_from"], row["signing_day_to"]): row["amount"]
               for row in scheme.rates_where(basis="per_household")
               if row["signing_day_from"] is not None}
    assert windows == {(1, 10): 20000, (11, 20): 10000, (21, 30): 4000}


def test_a_remark_naming_another_settlement_names_no_fee(scheme):
    things = {row["item"]: row["category"] for row in scheme.rates_where(unit="元/户")
              if row["amount"] in (1200, 800)}
    assert things == {"自来水": "附属设施补偿", "电表": "附属设施补偿"}


def test_a_table_pricing_before_its_thing_reads_each_thing(scheme):
    things = {row["item"]: (row["amount"], row["unit"], row["category"])
              for row in scheme.rates_where(category="构筑物补偿")}
    assert things == {"水泥晒坝": (120, "元/m²", "构筑物补偿"),
                      "沼气池": (300, "元/个", "构筑物补偿")}
