"""Compensation questions about any project, chosen by name or place, answered end to end.

The databases hold issue 1 (龙岗…项目) and a synthetic issue (tests/bot/synthetic_projects.py)
whose project prints other category names (搬家补助, 住房货币补助, 过渡期安置费, 签约奖励) in
another layout; every figure asked must come from the named project's own rates.
"""

from __future__ import annotations

import datetime
import re

import pytest

from bot.core import Answerer
from bot.domains.compensation_projects import Project, Projects, _structure_words
from tests.bot.synthetic_projects import database_with_synthetic_project
from tests.compensation.synthetic import DECISION, NOTICE

NAME = "北山片区城市更新项目"
NOTICE_NUMBER = "大足府发〔2021〕89号"
ISSUE_1_PRICE = "3960"  # issue 1's price of a residential home, never another project's


@pytest.fixture(scope="module")
def answerer(tmp_path_factory) -> Answerer:
    database = database_with_synthetic_project(tmp_path_factory.mktemp("projects"))
    return Answerer(database_path=database, portal_url="http://portal.test")


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> Answerer:
    """The latest issue holds two projects (北山 and its copy 南湖)."""
    twin = [
        line.replace("北山", "南湖").replace("88号", "90号").replace("89号", "91号")
        for line in (*DECISION, *NOTICE)
    ]
    database = database_with_synthetic_project(
        tmp_path_factory.mktemp("twins"), extra=(twin[: len(DECISION)], twin[len(DECISION) :])
    )
    return Answerer(database_path=database, portal_url="http://portal.test")


def project_id(answerer: Answerer, name: str) -> str:
    return next(e.ref for e in answerer.lexicon.entries["project"] if e.name == name)


def test_a_unit_price_comes_from_the_project_named_by_a_piece_of_its_name(answerer):
    answer = answerer.ask("北山成套框架房一平米赔多少")
    assert answer.tool == "compensation_rates_of_project"
    assert answer.args == {"project": project_id(answerer, NAME)}
    assert "5100" in answer.answer and ISSUE_1_PRICE not in answer.answer
    assert NAME in answer.answer and NOTICE_NUMBER in answer.answer
    assert "1平方米" not in answer.answer


def test_a_project_is_chosen_by_the_place_its_notice_names(answerer):
    answer = answerer.ask("棠香街道那个征收项目签约期限是哪天")
    assert answer.tool == "compensation_project"
    assert NAME in answer.answer and "2021-06-01" in answer.answer


def test_the_whole_estimate_adds_every_item_of_the_named_project(answerer):
    answer = answerer.ask("北山片区拆迁，我家100平米框架成套房，提前12天签约，一共能拿多少")
    assert answer.tool == "estimate_compensation"
    value, moving, cash, reward = 5100 * 100, 1500 * 1, 18000 + (100 - 60) * 200, 5000
    for figure in (value, moving, cash, reward):
        assert f"{figure}元" in answer.answer
    assert f"合计约{value + moving + cash + reward}元" in answer.answer
    assert "18000 + 40 × 200" in answer.answer  # the steps are shown
    assert NAME in answer.answer and NOTICE_NUMBER in answer.answer
    assert any(c.doc_number == NOTICE_NUMBER for c in answer.citations)


def test_a_single_item_for_an_area_asks_for_nothing_it_does_not_depend_on(answerer):
    answer = answerer.ask("北山100平方米住房货币补助是多少")
    assert answer.kind == "tool" and answer.tool == "estimate_compensation"
    assert "18000 + 40 × 200" in answer.answer and "26000元" in answer.answer
    assert "合计约" not in answer.answer and "房屋价值补偿" not in answer.answer


def test_a_cap_is_applied_to_a_large_home(answerer):
    answer = answerer.ask("北山200平方米住房货币补助是多少")
    assert "18000 + 140 × 200" in answer.answer and "超过最高40000元，按40000元计" in answer.answer
    assert "46000" not in answer.answer  # the product above the cap is not paid


def test_the_settlement_chosen_sets_the_times_paid(answerer):
    cash = answerer.ask("北山80平方米搬家补助多少")
    swap = answerer.ask("北山选产权调换，80平方米搬家补助多少")
    assert "1500元/户·次 × 1次" in cash.answer and "= 1500元" in cash.answer
    assert "1500元/户·次 × 2次" in swap.answer and "= 3000元" in swap.answer


def test_several_items_are_added_up(answerer):
    answer = answerer.ask("北山80平方米住房货币补助和搬家补助一共多少")
    assert "22000元" in answer.answer and "1500元" in answer.answer
    assert "以上2项合计23500元" in answer.answer


def test_the_signing_day_is_read_as_days_before_the_period_ends(answerer):
    late = answerer.ask("北山80平方米，签约期第25天签约，签约奖励有多少")
    assert "提前5天" in late.answer and "2000元" in late.answer  # 30-day period
    early = answerer.ask("北山提前12天签约奖励多少")
    assert "5000元" in early.answer


def test_months_of_a_temporary_allowance_follow_the_settlement(answerer):
    answer = answerer.ask("北山片区选现房安置，过渡期安置费给几个月")
    assert answer.tool == "compensation_rates_of_project"
    assert "1000元" in answer.answer and "现房安置计发4个月" in answer.answer


def test_a_non_residential_use_named_by_the_rate_table_chooses_its_structure(answerer):
    answer = answerer.ask("北山200平方米门面拆迁能赔多少")
    assert answer.tool == "estimate_compensation" and answer.kind == "tool"
    assert f"{6200 * 200}元" in answer.answer and "停业损失补偿" in answer.answer


def test_facts_the_notice_does_not_print_are_not_stated(answerer):
    office = answerer.ask("北山片区征收现场办公地址在哪")
    assert office.kind == "not_stated"
    assert f"公报没有写明{NAME}的现场办公地址" in office.answer
    appeal = answerer.ask("对北山片区征收决定不服怎么办")
    assert appeal.kind == "not_stated" and NAME in appeal.answer


def test_appeal_rights_and_office_are_quoted_from_the_projects_own_documents(answerer):
    appeal = answerer.ask("对龙岗片区的征收决定不服怎么办")
    assert appeal.tool == "passages" and appeal.kind == "tool"
    assert "行政复议" in appeal.answer and "行政诉讼" in appeal.answer
    assert appeal.answer.count("行政复议") == 1  # decision and notice say it alike: once
    assert "龙岗烈士陵园片区棚户区改造项目" in appeal.answer and NAME not in appeal.answer
    assert {c.source_id for c in appeal.citations} == {"dazu-gongbao-2021-01"}
    office = answerer.ask("龙岗征收现场办公地址在哪")
    assert office.tool == "compensation_project"  # a column of the project: structured first
    assert "翠屏社区" in office.answer and "大足府发〔2021〕10号" in office.answer


def test_no_name_means_the_latest_issues_only_project_and_the_answer_names_it(answerer):
    answer = answerer.ask("征收补偿标准是多少")
    assert answer.tool == "compensation_rates_of_project"
    assert answer.args == {"project": project_id(answerer, NAME)}
    assert NAME in answer.answer and "5100" in answer.answer


def test_a_named_earlier_project_is_still_chosen(answerer):
    answer = answerer.ask("龙岗拆迁90平方米货币补偿补助费多少")
    assert "21000 + 20 × 300" in answer.answer and "27000元" in answer.answer
    assert "龙岗烈士陵园片区棚户区改造项目" in answer.answer


def test_two_projects_of_the_latest_issue_are_offered_as_options(twins):
    answer = twins.ask("征收补偿标准是多少")
    assert answer.kind == "clarify"
    labels = [option.label for option in answer.options]
    assert sorted(labels) == sorted([NAME, NAME.replace("北山", "南湖")])
    chosen = twins.choose(answer.options[labels.index(NAME)].payload)
    assert chosen.tool == "compensation_rates_of_project" and NAME in chosen.answer


def test_an_estimate_for_one_of_two_projects_is_finished_after_the_choice(twins):
    answer = twins.ask("100平方米住房货币补助是多少")
    assert answer.kind == "clarify" and len(answer.options) == 2
    chosen = twins.choose(answer.options[0].payload)
    assert chosen.tool == "estimate_compensation" and "26000元" in chosen.answer
    assert chosen.answer.count("北山") + chosen.answer.count("南湖") >= 1


def test_named_projects_are_told_apart_by_their_distinct_pieces(twins):
    answer = twins.ask("南湖片区100平方米住房货币补助是多少")
    assert answer.tool == "estimate_compensation" and "南湖" in answer.answer
    assert "北山" not in answer.answer


def _project(ref: str, name: str, source: str, date: str) -> Project:
    return Project(ref, name, source, date, "", f"关于征收{name}国有土地上房屋的公告")


def test_pieces_every_project_shares_choose_nothing():
    projects = Projects([
        _project("a", "东门片区旧城改造项目", "issue-1", "2021-01-01"),
        _project("b", "西街片区旧城改造项目", "issue-2", "2021-02-01"),
    ])  # fmt: skip
    assert projects.choose("旧城改造项目补偿").project.id == "b"  # none named: the latest
    assert not projects.choose("旧城改造项目补偿").named
    assert projects.choose("东门拆迁").project.id == "a"
    two_latest = Projects([*projects.all, _project("c", "南桥片区项目", "issue-2", "2021-02-03")])
    assert two_latest.choose("补偿标准").project is None
    assert [p.id for p in two_latest.choose("补偿标准").candidates] == ["b", "c"]


def test_a_place_no_project_names_gets_no_other_projects_figures(answerer):
    answer = answerer.ask("双路街道拆迁一平米赔多少")
    assert answer.kind == "no_data" and "数据中没有双路街道的房屋征收项目" in answer.answer
    assert "5100" not in answer.answer and ISSUE_1_PRICE not in answer.answer
    assert NAME in [option.label for option in answer.options]  # the projects there are


def test_words_every_kind_of_project_shares_do_not_name_one(answerer):
    answer = answerer.ask("龙岗街道拆迁补偿标准")  # 街道 is printed in the other notice's title
    assert answer.tool == "compensation_rates_of_project"
    assert "龙岗烈士陵园片区棚户区改造项目" in answer.answer and NAME not in answer.answer


def test_a_structure_the_project_does_not_price_is_said_not_guessed(answerer):
    answer = answerer.ask("北山钢结构房子一平米赔多少")
    assert answer.kind == "no_data" and "数据中没有" in answer.answer
    assert "钢结构房屋的补偿价格" in answer.answer and "5100" not in answer.answer


def test_a_home_is_not_priced_as_the_only_shop_row_of_its_structure(answerer):
    home = answerer.ask("北山100平米砖混房子能拿多少")
    assert home.kind == "clarify" and "6200" not in home.answer
    shop = answerer.ask("北山100平米砖混门面能拿多少")
    assert f"{6200 * 100}元" in shop.answer


def test_questions_no_project_holds_the_answer_to_are_left_to_the_full_text(answerer):
    answer = answerer.ask("北山片区拆迁要带什么材料")
    assert answer.tool != "compensation_rates_of_project"
    assert "5100" not in answer.answer


def test_an_area_no_project_names_is_not_estimated_with_another_projects_rates(answerer):
    answer = answerer.ask("双桥片区90平方米能拿多少")
    assert answer.kind == "no_data" and "数据中没有双桥片区的房屋征收项目" in answer.answer


def test_a_residents_words_for_the_settlement_choose_it(answerer):
    swap = answerer.ask("北山拆迁，我家80个平方，要房子，搬家补助多少")
    cash = answerer.ask("北山拆迁，80平，要钱不要房，搬家补助多少")
    assert "× 2次" in swap.answer and "3000元" in swap.answer
    assert "× 1次" in cash.answer and "= 1500元" in cash.answer


def test_signing_within_the_first_days_is_read_as_that_day(answerer):
    answer = answerer.ask("北山80平方米，20天内就签，签约奖励多少")
    assert "签约期第20天签约" in answer.answer
    assert "提前10天" in answer.answer and "5000元" in answer.answer  # 30-day period


def test_an_item_paid_only_on_another_settlement_is_shown_for_each_that_pays_it(answerer):
    answer = answerer.ask("北山80平方米过渡期安置费多少")
    assert answer.tool == "estimate_compensation" and answer.kind == "tool"
    assert "1000元/户·月 × 24个月" in answer.answer and "= 24000元" in answer.answer
    assert "1000元/户·月 × 4个月" in answer.answer and "= 4000元" in answer.answer
    assert "合计" not in answer.answer  # alternatives, not a sum


def test_a_decoration_item_without_a_level_is_shown_for_each_level(answerer):
    answer = answerer.ask("龙岗90平方米装修补偿多少")
    assert f"= {80 * 90}元" in answer.answer and f"= {110 * 90}元" in answer.answer
    assert "合计" not in answer.answer


def test_a_story_keeps_the_project_its_first_sentence_names(answerer):
    """The question at a story's end leaves the project out; the default project (the latest
    issue's) never answers for the one the resident named first."""
    issue_1 = next(e for e in answerer.lexicon.entries["project"] if e.name != NAME)
    answer = answerer.ask(
        f"{issue_1.name[:2]}片区我屋80平方米成套房,砖混的,中装,准备拿钱,提前10天签约,一共能拿好多"
    )
    assert answer.tool == "estimate_compensation"
    assert issue_1.name in answer.answer and NAME not in answer.answer


def test_a_calendar_signing_day_is_read_against_the_signing_period(answerer):
    answer = answerer.ask("北山80平方米，6月25号签约，签约奖励有多少")
    assert "提前5天" in answer.answer and "2000元" in answer.answer  # 30-day period


def test_a_later_question_keeps_the_project_the_first_one_named(answerer):
    issue_1 = next(e for e in answerer.lexicon.entries["project"] if e.name != NAME)
    answer = answerer.ask(f"{issue_1.name[:2]}片区签约期限到哪天？提前签约奖励多少？")
    assert NAME not in answer.answer and answer.answer.count(issue_1.name) >= 2


def test_structure_words_of_one_length_come_in_a_fixed_order():
    """A set's order follows the string hash seed: words of one length must not, or the word a
    question matches first (and the answer) would change from one process to the next."""
    rows = [{"structure": structure, "item": f"住宅（成套）{structure}"}
            for structure in ("砖混结构", "框架结构", "钢混结构", "砖木结构")]
    found = _structure_words(rows)
    assert found == sorted(found, key=lambda word: (-len(word), word))


@pytest.fixture(scope="module")
def unreachable(tmp_path_factory) -> Answerer:
    """The latest issue's one project prints its office but no phone; issue 1's prints one."""
    notice = ["七、现场办公地址：北山社区居委会一楼。" if "联系电话" in line else line
              for line in NOTICE]
    database = database_with_synthetic_project(tmp_path_factory.mktemp("unreachable"),
                                               project=(DECISION, notice))
    return Answerer(database_path=database, portal_url="http://portal.test")


def test_a_value_one_project_lacks_is_never_another_projects(unreachable):
    answer = unreachable.ask("征收现场办公在哪，电话多少")  # the latest issue's project
    assert answer.kind == "not_stated" and "北山社区居委会" in answer.answer
    assert not re.search(r"\d{7,}", answer.answer)  # no other project's number


def test_a_reward_falling_day_by_day_is_worked_out_for_the_date_asked(seen_answerer):
    """第1日…此后每晚1日减少…: the rule, then that day's amount with its steps."""
    compensation = seen_answerer.registry.owner("compensation_rates_of_project")
    falling = [(project, row) for project in compensation.projects.all for row in project.rates
               if row["basis"] == "per_day_late"]
    assert falling
    project, row = falling[0]
    start = datetime.date.fromisoformat(str(project.facts["signing_start"]))
    day = start + datetime.timedelta(days=10)
    place = compensation.projects.short_name(project)
    answer = seen_answerer.ask(f"{place}那边{day.month}月{day.day}号签约，签约奖励有好多")
    assert f"(11 − 1) × {row['amount']:g}" in answer.answer


def test_the_item_asked_in_an_earlier_question_of_a_story_needs_no_structure(answerer):
    """…那个货币补偿补助费是不是按面积往上加？能拿好多: the item of the question before the
    last one, which depends on the area alone for a home."""
    answer = answerer.ask("龙岗烈士陵园片区160个平方的住宅，"
                          "那个货币补偿补助费是不是按面积一直往上加？能拿好多")
    assert answer.kind == "tool" and answer.tool == "estimate_compensation"
    assert "货币补偿补助费" in answer.answer and "请选择" not in answer.answer


def test_a_sum_asked_of_something_else_is_no_projects_rate(seen_answerer):
    """…以旧换新一辆补贴好多钱: a money ask alone, with several projects and none named, is
    not read as a project's compensation; a house described or a payment word still is."""
    answer = seen_answerer.ask("电动车以旧换新一辆补贴好多钱")
    assert answer.tool not in ("compensation_rates_of_project", "estimate_compensation")


def test_a_thing_no_scheme_prices_is_said_to_be_unstated_even_per_square_metre(seen_answerer):
    # property fees and grave moves: residents ask of them; a scheme that prints none says so
    answer = seen_answerer.ask("老粮站征收 安置房物业费一个月一平方好多钱")
    assert answer.kind == "not_stated" and answer.answer.startswith("公报没有写明")
    assert "物业费" in answer.answer.splitlines()[0]



def test_the_day_of_the_decision_is_the_decisions_own(answerer):
    answer = answerer.ask("北山片区征收决定是哪天作出的")
    assert answer.tool == "compensation_project", answer.answer
    assert DECISION[1] in answer.answer and DECISION[-1] in answer.answer
    assert "签约期限" not in answer.answer


def test_the_valuation_firms_phone_is_not_the_site_offices(answerer):
    answer = answerer.ask("北山片区征收那个评估公司的电话号码好多")
    assert answer.kind == "not_stated", answer.answer
    assert answer.answer.startswith(f"公报没有写明{NAME}的评估机构的联系电话")


def test_a_time_no_item_or_date_of_the_notice_holds_is_not_stated(answerer):
    """补偿款好久到账: the months an allowance is paid for are no answer to it."""
    answer = answerer.ask("北山片区征收补偿款签了协议好久到账")
    assert answer.kind == "not_stated", answer.answer
    assert answer.answer.startswith(f"公报没有写明{NAME}的")
