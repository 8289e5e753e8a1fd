"""Short forms of names (创卫, 农房) and catalogue batches named in a question."""

from __future__ import annotations

from bot.domains.compensation_reading import names_category, short_forms
from bot.domains.matching import abbreviated, expand_short_forms
from bot.domains.services import _named_catalogue

GROUPS = [
    "某区创建国家卫生区工作领导小组",
    "某区城镇燃气安全专项整治工作领导小组",
    "某区全面推行林长制工作领导小组",
]
TITLES = [
    "某区办公室关于持续开展甲乙保险工作的通知",
    "某区办公室关于开展2021年度农村住房保险工作的通知",
]


def test_a_short_form_picks_the_one_name_it_abbreviates():
    assert abbreviated("创卫领导小组组长是谁", GROUPS) == {GROUPS[0]}


def test_a_short_form_shared_by_several_names_picks_none():
    assert abbreviated("工作领导小组有哪些", GROUPS) == set()


def test_a_short_form_is_written_out_once_and_digits_are_left_alone():
    assert expand_short_forms("农房保险保到啥时候", TITLES, gap=3) == "农村住房保险保到啥时候"
    assert expand_short_forms("2020年安全生产先进集体", TITLES, gap=3) == "2020年安全生产先进集体"


def test_a_named_batch_narrows_the_rows_to_it():
    rows = [
        {"catalogue": "甲清单", "batch": "第二批", "name": "a"},
        {"catalogue": "甲清单", "batch": "第三批", "name": "b"},
        {"catalogue": "乙清单", "batch": "第三批", "name": "c"},
    ]
    assert [r["name"] for r in _named_catalogue(rows, "第三批甲清单有几项")] == ["b"]
    assert _named_catalogue(rows, "有哪些清单") == rows


def test_a_long_fee_is_named_by_two_pairs_of_its_characters():
    assert "签约奖励" in short_forms("提前签约搬迁奖励")
    assert names_category("头十天就签了，签约奖励好多", "提前签约搬迁奖励")
    assert not names_category("签约地点在哪", "提前签约搬迁奖励")
    assert short_forms("搬迁费") == set()  # a short name is named whole


def test_a_task_force_is_no_leading_group_named_alike(answerer):
    group = answerer.ask("高层建筑消防安全领导小组办公室设在哪")
    assert group.tool == "members_of_group"
    assert answerer.ask("高层建筑消防安全专班办公室设在哪").tool != "members_of_group"


def test_a_short_form_of_characters_apart_names_its_group(answerer):
    # 综治: 综合治理 (characters two apart, not the name's first), one group only
    answer = answerer.ask("综治领导小组组长是谁")
    assert answer.tool == "members_of_group" and "综合治理" in answer.answer


def test_a_short_form_of_one_series_names_each_of_its_schemes():
    schemes = ["防止返贫致贫", "防止返贫综合", "农村住房", "生猪养殖"]
    assert abbreviated("防返贫保险赔多少", schemes, gap=3) == set()  # two names: none alone
    assert abbreviated("防返贫保险赔多少", schemes, gap=3, series=True) == {
        "防止返贫致贫", "防止返贫综合"}  # one series: the latest of them is then asked
    assert abbreviated("养殖保险", ["生猪养殖", "蛋鸡养殖"], gap=3, series=True) == set()


def test_a_group_is_named_by_two_characters_three_apart(seen_answerer):
    """排涝 of 排水防涝: the group's own words, the middle ones left out."""
    answer = seen_answerer.ask("排涝领导小组办公室设在哪儿")
    assert answer.tool == "members_of_group"
    assert "排水防涝" in answer.answer
