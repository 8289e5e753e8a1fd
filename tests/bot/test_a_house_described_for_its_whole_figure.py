"""A house described for its whole figure (一共能拿好多): the utilities it says it has, printed
with their condition (水（一户一表）), and an item named in a clause that asks nothing are its
inputs, not the items asked; a resident's word for a decoration level finds the level printing
a word of the same meaning (简单装修 → 丙档（简装））."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from tests.bot.synthetic_rates import HOMES, project, rate

CONDITIONED = [
    rate("附属设施补偿", "水（一户一表）", "per_household", 800, "元/户", "note"),
    rate("附属设施补偿", "电（一户一表）", "per_household", 700, "元/户", "note"),
    rate("附属设施补偿", "宽带", "per_household", 200, "元/户", "note"),
]
GRADES = [
    rate("装饰补偿", "一档（简装）", "per_m2", 90, "元/m²", "choice"),
    rate("装饰补偿", "二档（精装）", "per_m2", 300, "元/m²", "choice"),
]
PROJECT = project(*HOMES, *CONDITIONED)


def test_a_utility_whose_condition_is_said_after_it_is_had():
    had = reading.fittings("成套砖混90平 水表是一户一表的 宽带没装", PROJECT).had
    assert had == ("水（一户一表）",)


def test_utilities_named_in_a_whole_figure_are_no_items_asked():
    text = "成套砖混90平 电表一户一表 有宽带 总共能拿好多"
    assert reading.asked_items(text, PROJECT, inputs_given=True) == ()


def test_an_item_said_in_passing_is_no_item_asked_of_a_whole_figure():
    text = "听说土木的房子补偿低得很，我家非成套土木60平，算下总共能补好多"
    assert reading.asked_items(text, PROJECT, inputs_given=True) == ()
    asked = reading.asked_items("非成套土木60平 搬家费一共给好多", PROJECT, inputs_given=True)
    assert asked == ("搬家费",)


def test_a_residents_word_finds_a_level_printing_a_word_of_its_meaning():
    graded = project(*HOMES[:3], *GRADES)
    assert reading.decoration("成套砖混80平 以前简单装修过", graded) == "一档（简装）"
    assert reading.decoration("成套砖混80平 精装修的", graded) == "二档（精装）"


DATED = [
    rate("房屋补偿", "砖混结构（2000年（含）以后建成）", "per_m2", 3600, "元/m²", "value",
         property_use="住宅", structure="砖混结构", condition="2000年（含）以后建成"),
    rate("房屋补偿", "砖混结构（1990—1999年建成）", "per_m2", 3300, "元/m²", "value",
         property_use="住宅", structure="砖混结构", condition="1990—1999年建成"),
    rate("房屋补偿", "砖混结构（1989年（含）以前建成）", "per_m2", 3000, "元/m²", "value",
         property_use="住宅", structure="砖混结构", condition="1989年（含）以前建成"),
    rate("装饰补偿", "Ⅰ类", "per_m2", 60, "元/m²", "choice"),
    rate("装饰补偿", "Ⅱ类", "per_m2", 150, "元/m²", "choice"),
    rate("水电补偿", "自来水（一户一表）", "per_household", 900, "元/户", "note"),
    rate("水电补偿", "电表（一户一表）", "per_household", 800, "元/户", "note"),
    rate("水电补偿", "有线电视", "per_household", 300, "元/户", "note"),
]


def test_the_year_a_house_was_built_chooses_its_price_row():
    dated = project(*DATED)
    assert reading.structures_for("砖混", "砖混房子1996年建的", dated) == [
        "砖混结构（1990—1999年建成）"]
    assert reading.structures_for("砖混", "砖混的，八几年修的", dated) == [
        "砖混结构（1989年（含）以前建成）"]
    assert reading.structures_for("砖混", "砖混的，2010年盖的", dated) == [
        "砖混结构（2000年（含）以后建成）"]


def test_a_level_printed_in_roman_numerals_is_named_in_chinese_or_arabic_ones():
    dated = project(*DATED)
    assert reading.decoration("装修算二类", dated) == "Ⅱ类"
    assert reading.decoration("装修算1类的", dated) == "Ⅰ类"


def test_a_list_of_utilities_said_to_be_had_together():
    dated = project(*DATED)
    assert reading.fittings("水电、电视都有", dated).had == (
        "自来水（一户一表）", "电表（一户一表）", "有线电视")
    assert reading.fittings("只有电视", dated).had == ("有线电视",)  # 电 of 电视 is no 电表


def test_the_storey_a_shop_is_on_chooses_its_price_row():
    shops = project(*HOMES, rate("房屋补偿", "营业用房一层", "per_m2", 7000, "元/m²", "value",
                                 property_use="非住宅", structure=None),
                    rate("房屋补偿", "营业用房二层及以上", "per_m2", 3800, "元/m²", "value",
                         property_use="非住宅", structure=None))
    assert reading.structures_for("", "一楼门面50平方", shops) == ["营业用房一层"]
    assert reading.structures_for("", "2楼的门市", shops) == ["营业用房二层及以上"]


def test_a_total_word_ending_the_question_asks_the_whole_figure_beside_an_item():
    asked = "砖混80平 装了宽带 第5天签 搬迁补助有好多 总数呢"
    assert reading.asked_items(asked, PROJECT, inputs_given=True) == ()
    assert reading.asked_items("砖混80平 搬迁补助有好多", PROJECT, inputs_given=True) != ()
