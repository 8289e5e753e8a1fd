"""A house described in residents' words is read as the scheme prints it: 不是成套 is 非成套, a
decoration grade said loosely (装修是中等的) is the scheme's grade, the household's persons
(一家5口) are read, and a settlement named alone is the mode chosen, not an item asked."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from bot.estimate import RateTable, estimate
from tests.bot.synthetic_rates import HOMES, project, rate

PROJECT = project(
    *HOMES,
    rate("搬家费", "计发次数", "times", 1, "次", settlement="货币补偿"),
    rate("搬家费", "计发次数", "times", 2, "次", settlement="产权调换"),
    rate("货币补偿奖励", "住宅", "percent_of_assessed_value", 5, "%", property_use="住宅"),
    rate("房屋补偿", "保底面积", "area_floor", 36, "m²", "value", property_use="住宅"),
    rate("房屋补偿", "保底面积", "area_floor", 48, "m²", "value", property_use="住宅",
         min_persons=4),
)


def test_not_a_suite_is_read_as_the_non_suite_row():
    text = "我家是土木的老房子，不是成套的，30个平方"
    words = reading.structure_words(text, PROJECT)
    assert "非成套" in words and "成套" not in words
    assert reading.structures_for("".join(words), text, PROJECT) == ["住宅（非成套）土木结构"]


def test_a_structure_and_suite_described_are_no_item_asked():
    text = "土木的老房子，不是成套的，30个平方，一共能拿多少"
    assert reading.asked_items(text, PROJECT, inputs_given=True) == ()


def test_a_grade_said_loosely_is_the_schemes_grade():
    assert reading.decoration("装修是中等的", PROJECT) == "中档装修"
    assert reading.decoration("屋头就是简单装了一下", PROJECT) == "简易装修"


def test_a_better_finish_said_loosely_is_the_schemes_better_grade():
    better = project(*HOMES, rate("装修补偿", "较好装修", "per_m2", 180, "元/m²", "choice"))
    assert reading.decoration("钢混成套120平 装修比较好 要钱不要房", better) == "较好装修"


def test_the_households_persons_are_read_and_raise_the_minimum_area():
    assert reading.persons("户口本上一家5个人") == 5
    assert reading.persons("就两口人") == 2
    assert reading.persons("80个平方") == 0
    table = RateTable([dict(row) for row in PROJECT.rates])
    alone = estimate(table, 30, "住宅（非成套）土木结构")
    family = estimate(table, 30, "住宅（非成套）土木结构", persons=5)
    assert alone.lines[0].amount == 2000 * 36
    assert family.lines[0].amount == 2000 * 48


def test_a_settlement_named_alone_is_the_mode_chosen():
    text = "成套砖混90平 中档装修 货币补偿 3月5号签 能拿多少"
    assert reading.asked_items(text, PROJECT, inputs_given=True) == ()
    asked = reading.asked_items("成套砖混90平 货币补偿奖励多少", PROJECT, inputs_given=True)
    assert asked == ("货币补偿奖励",)


def test_a_house_told_before_the_signing_day_keeps_its_structure(answerer):
    answer = answerer.ask(
        "我家是成套的混合结构，90个平方，中等装修，签约头一天就去签，一共能补多少"
    )
    assert answer.tool == "estimate_compensation" and answer.kind == "tool"
    assert "住宅类（成套）混合结构" in answer.answer and "第1天" in answer.answer



def test_persons_said_as_people_living_there_are_read():
    assert reading.persons("屋头就两个老人，住这一套") == 2
    assert reading.persons("老两口带个孙子三个人住") == 3
    assert reading.persons("我们3个人去签约的时候") == 0  # not who lives there


def test_a_household_qualifies_for_a_condition_it_tells_in_its_own_words():
    condition = "低收入、住房困难家庭，面积不足40平方米"
    hardship = project(*HOMES, rate("困难保障", "保底面积", "area_floor", 40, "m²", "note",
                                    property_use="住宅", condition=condition))
    assert reading.qualified("我们家困难得很，别处没得房子", hardship) == ("困难保障",)
    assert reading.qualified("低收入户，30个平方", hardship) == ("困难保障",)
    assert reading.qualified("家庭住房30个平方", hardship) == ()  # words every story holds


def test_a_status_or_everyone_signing_told_in_residents_words_qualifies():
    conditional = project(
        *HOMES,
        rate("困难补助", "困难补助", "per_household", 9000, "元/户", "conditional",
             condition="被征收人属于最低生活保障对象的"),
        rate("整体签约奖励", "整体签约奖励", "per_household", 4000, "元/户", "conditional",
             condition="签约期限内全部被征收人均签约的"),
        rate("困难补助", "小面积补助", "per_household", 6000, "元/户", "conditional",
             condition="无其他住房，且建筑面积不足40平方米的"),
    )
    assert reading.qualified("屋头是低保户", conditional) == ("困难补助",)
    assert reading.qualified("后来全部人都签了", conditional) == ("整体签约奖励",)
    assert reading.qualified("我5月3号签约的", conditional) == ()  # every story signs
    assert reading.qualified("别处没得房子，30个平方", conditional) == ("困难补助",)
    assert reading.qualified("别处没得房子，90个平方", conditional) == ()  # too large


def test_the_whole_household_is_its_largest_count_and_a_couple_is_two():
    assert reading.persons("我们屋就老两口，低收入") == 2
    assert reading.persons("老两口带个孙子三个人住") == 3
    assert reading.persons("我屋头3个人，低收入住房困难") == 3


def test_items_listed_before_the_clause_that_adds_them_up_are_asked():
    text = "房子评估款、装修补偿、搬家费，这几样加起来一共能拿好多钱"
    assert reading._asked_in_clause(text, "评估款")
    assert not reading._asked_in_clause("房子评估款低得很，总共能补好多", "评估款")


def test_no_finish_said_in_dialect_is_no_item_asked():
    """没得装修: the house has none; its whole figure is asked, not the decoration rates."""
    text = "70平米成套砖混，没得装修，货币补偿能拿好多"
    assert reading.decoration(text, PROJECT) == ""
    assert "装修补偿" not in reading.asked_items(text, PROJECT, inputs_given=True)



def test_a_level_is_told_by_the_finishes_its_brackets_list():
    """水泥地坪白灰墙: the level printed with those finishes in its brackets, each told by its
    first characters; one finish alone tells no level."""
    level = "基础装修（水泥地坪、白灰墙面）"
    finishes = project(*HOMES, rate("装修补偿", level, "per_m2", 70, "元/m²", "choice"))
    assert reading.decoration("屋里就是水泥地坪白灰墙", finishes) == level
    assert reading.decoration("屋里就是水泥地坪", finishes) != level
