"""Answers to questions residents ask in their own words: an organisation's 一把手 (its head by
the kind of organisation), the member units of a group whose members are named by their units'
posts, the whole estimate asked after one item's amount, the one topic of a meeting printing the
words asked, a house described without its structure (a question back, not "not stated"), and
what the bot can look up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.domains.appointments import _head_title


def test_the_head_of_an_organisation_is_titled_by_the_end_of_its_name():
    assert _head_title("区交通局") == "局长"
    assert _head_title("区住房城乡建委") == "主任"
    assert _head_title("区消防救援支队") == "支队长"  # the longest ending, not 队
    assert _head_title("某某合作社") is None


def test_an_organisations_一把手_is_the_person_holding_its_heads_title(answerer, database):
    with sqlite3.connect(database) as connection:
        name, title = connection.execute(
            "select name, title from leading_group_members where title like '区%局局长' "
            "and name is not null limit 1").fetchone()
    organisation = title.removeprefix("区").removesuffix("局长")
    answer = answerer.ask(f"{organisation}局的一把手叫啥名字").answer
    assert name in answer


def test_member_units_named_by_their_posts_are_listed(answerer, database: Path):
    with sqlite3.connect(database) as connection:
        group, units = connection.execute(
            "select g.name, group_concat(d.name, '|') from leading_group_members m "
            "join leading_groups g using (group_id) join departments d using (department_id) "
            "where m.role = '成员' and m.name is null group by g.group_id limit 1").fetchone()
    answer = answerer.ask(f"{group}的成员单位有哪些").answer
    assert all(unit in answer for unit in units.split("|"))


def test_the_whole_estimate_is_asked_after_one_items_amount(answerer):
    item_only = answerer.ask("成套混合结构110平米 提前40天签约 奖励算好多")
    whole = answerer.ask("成套混合结构110平米 提前40天签约 奖励算好多 总共好多")
    assert "合计" not in item_only.answer
    assert "合计" in whole.answer and whole.tool == item_only.tool == "estimate_compensation"


def test_a_meetings_topic_printing_the_words_asked_is_shown_whole(answerer, database: Path):
    with sqlite3.connect(database) as connection:
        number, text = connection.execute(
            "select m.number, t.text from meeting_topics t join meetings m using (meeting_id) "
            "where length(t.text) > 200 limit 1").fetchone()
    words = text[150:158]  # words well past where a shortened topic is cut
    answer = answerer.ask(f"第{number}次常务会提到的{words}是啥").answer
    assert text in answer


def test_a_house_described_without_its_structure_is_asked_back(answerer, database: Path):
    with sqlite3.connect(database) as connection:
        (project,) = connection.execute("select name from compensation_projects limit 1").fetchone()
    answer = answerer.ask(f"{project}我屋头房子85个平方 补得到好多钱")  # a name: no fee asked
    assert answer.kind == "clarify"
    assert "没有写明" not in answer.answer


def test_asking_what_the_bot_can_look_up_is_help(answerer):
    assert answerer.ask("你好 你能帮我查啥子").kind == "help"
