"""Readings of a household's words against a project: a list of utilities said of as a whole at
its end (水表、单相电表、燃气都有), a signing window named by its place (第一个时段就签), a
category named with a word between its parts (货币补偿有奖励); an insurance named by the words
before 保险 (山羊保险: every year's notice of it); a term of an insurance in its table is not what
it insures; residents' words as the tasks print them (电瓶车)."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from bot.domains.insurance import _named_before_insurance
from bot.domains.matching import as_printed
from bot.lexicon import Entry, _insured
from tests.bot.synthetic_rates import HOMES, project, rate

METERS = [
    rate("附属设施补偿", "水表", "per_household", 800, "元/户", "note"),
    rate("附属设施补偿", "单相电表", "per_household", 600, "元/户", "note"),
    rate("附属设施补偿", "三相电表", "per_household", 2200, "元/户", "note"),
    rate("附属设施补偿", "管道燃气", "per_household", 2600, "元/户", "note"),
]
WINDOWS = [
    rate("签约奖励", "住宅", "per_household", 20000, "元/户", signing_day_from=1,
         signing_day_to=10),
    rate("签约奖励", "住宅", "per_household", 8000, "元/户", signing_day_from=11,
         signing_day_to=30),
    rate("货币补偿奖励", "评估价值比例", "percent_of_assessed_value", 5, "%"),
]
PROJECT = project(*HOMES, *METERS, *WINDOWS)


def test_a_list_said_of_at_its_end_is_said_of_each_item():
    had = reading.fittings("水表、单相电表、管道燃气都有", PROJECT).had
    assert had == ("水表", "单相电表", "管道燃气")
    assert reading.fittings("水表、单相电表都没得，有管道燃气", PROJECT).had == ("管道燃气",)


def test_a_signing_window_named_by_its_place_is_its_first_day():
    assert reading.window_day("第一个时段就去签", PROJECT) == 1
    assert reading.window_day("第2档签", PROJECT) == 11
    assert reading.window_day("第三个时段签", PROJECT) is None  # no third window
    assert reading.window_day("早点签", PROJECT) is None


def test_a_category_named_with_a_word_between_its_parts():
    assert "货币补偿奖励" in reading.asked_items("选货币补偿有奖励不，按百分之几", PROJECT)


def test_an_insurance_named_by_the_words_before_保险_is_every_notice_of_it():
    titles = ["关于做好2022年大足黑山羊政策性养殖保险工作的通知",
              "关于开展2024年度山羊养殖保险工作的通知", "关于开展2024年度家禽养殖保险工作的通知"]
    assert _named_before_insurance("山羊保险是哪家承保的", titles) == set(titles[:2])
    assert _named_before_insurance("这个保险好多钱", titles) == set()


def test_a_term_of_the_insurance_in_its_table_is_not_what_it_insures():
    prose = Entry("paragraph", "保险期间为一年。能繁母羊每只保险金额1000元。", "d1", None, None)
    table = [Entry("paragraph", f"{cell}\t{value}", "d1", None, None)
             for cell, value in (("保险期间", "12个月"), ("能繁母羊", "1000元"))]
    assert _insured([prose, *table]) == {"能繁母羊": "d1"}


def test_residents_words_are_read_as_the_texts_print_them():
    assert as_printed("电瓶车楼道充电哪个管") == "电动自行车楼道充电哪个管"
    assert as_printed("电动自行车楼道充电") == "电动自行车楼道充电"
