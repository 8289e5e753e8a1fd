"""A scheme under 壹、贰、叁 headings: a reward that falls for each day signed later, with its
floor; amounts for households of a status or for every household signing, summed only when the
household says it qualifies; a table of things (设施名称 | 补偿金额 | 备注) whose rows are items
of its heading's category; a transition period stated as 过渡期暂按N个月; a swap's price for
the part of the new home not above the old one's area (未超过…面积的部分). Written in other
wording than the issue that printed them."""

from __future__ import annotations

import pytest

from bot.estimate import CONDITIONAL, Household, estimate, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收拾万镇正街片区改造项目范围内国有土地上房屋的决定",
    "大足府发〔2041〕21号",
    "本次征收房屋共30户，房屋建筑面积合计2400平方米。",
    "重庆市大足区人民政府",
    "2041年3月2日",
]
NOTICE = [
    "重庆市大足区人民政府 关于拾万镇正街片区改造项目房屋征收的公告",
    "大足府发〔2041〕22号",
    "◆签约期限　2041年3月10日至2041年4月28日，共50日",
    "重庆市大足区人民政府",
    "2041年3月5日",
    "附件",
    "拾万镇正街片区改造项目房屋征收补偿方案",
    "壹、房屋价值补偿",
    "住宅（成套）砖混结构每平方米3600元。",
    "贰、过渡和奖励",
    "（一）过渡费。选择产权调换的住宅，每平方米每月9元，过渡期暂按12个月计算。",
    "（二）签约奖励。签约首日（2041年3月10日）签约的，每户奖励20000元；此后每推迟1天，"
    "奖励递减500元，最低不少于3000元。",
    "（三）生活困难补助。被征收人属于特困供养人员的，每户另行给予生活困难补助8000元。",
    "（四）整体签约奖励。签约期限内全部被征收人均签约的，每户另行奖励3000元。",
    "叁、附属设施",
    "设施名称\t补偿金额\t备注",
    "自来水\t900元/户\t",
    "数字电视（机顶盒）\t300元/户\t",
    "肆、产权调换",
    "安置房面积未超过被征收住宅建筑面积的部分，按每平方米2800元结算；超出部分在5平方米以内的，"
    "按每平方米3500元结算。",
]
HOME = "住宅（成套）砖混结构"


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_bulleted_label_and_its_value_give_the_signing_period(scheme):
    assert (str(scheme.project["signing_start"]), scheme.project["signing_days"]) == (
        "2041-03-10", 50)


def test_headings_numbered_in_financial_numerals_name_their_category(scheme):
    assert [row["amount"] for row in scheme.rates_where(category="房屋价值补偿")] == [3600]


def test_a_transition_period_stated_as_provisional_gives_its_months(scheme):
    months = scheme.rates_where(category="过渡费", basis="months")
    assert [(row["amount"], row["settlement"]) for row in months] == [(12, "产权调换")]


def test_a_reward_falling_for_each_day_later_is_read_and_paid_by_the_day(scheme):
    (falling,) = scheme.rates_where(basis="per_day_late")
    assert falling["amount"] == 500
    table = scheme.rate_table
    category = falling["category"]
    fifth = item_amount(table, category, Household(signing_day=5))
    assert fifth.amount == 20000 - 4 * 500
    assert "20000 − (5 − 1) × 500" in fifth.formula
    assert item_amount(table, category, Household(signing_day=40)).amount == 3000  # its floor
    assert item_amount(table, category, Household(signing_day=51)).amount == 0  # too late


def test_amounts_for_a_status_or_for_everyone_signing_are_conditional(scheme):
    hardship = scheme.rates_where(category="生活困难补助")
    assert [row["condition"] for row in hardship] == ["被征收人属于特困供养人员的"]
    table = scheme.rate_table
    assert table.role("生活困难补助") == table.role("整体签约奖励") == CONDITIONAL
    plain = estimate(table, 80, HOME, signing_day=1)
    told = estimate(table, 80, HOME, signing_day=1, qualified=("生活困难补助",))
    assert told.total - plain.total == 8000
    assert any("生活困难补助" in note for note in plain.notes)  # mentioned, not assumed


def test_rows_of_a_table_of_things_are_items_of_its_headings_category(scheme):
    items = {row["item"]: row["category"] for row in scheme.rates if row["amount"] in (900, 300)}
    assert items == {"自来水": "附属设施补偿", "数字电视（机顶盒）": "附属设施补偿"}


def test_the_part_not_above_the_old_homes_area_is_the_equal_part_of_a_swap(scheme):
    parts = {row["item"]: row["amount"] for row in scheme.rates_where(basis="per_m2")
             if row["category"] == "产权调换"}
    assert parts == {"等面积部分": 2800, "超出面积5m²以内部分": 3500}


def test_a_notice_clause_headed_by_its_label_and_a_full_stop(departments):
    notice = [*NOTICE[:2], "五、关于签约期限。签约期限自2041年3月12日起至2041年4月30日止，共50日。",
              *NOTICE[3:]]
    project = Scheme(*parse(departments, DECISION, notice)).project
    assert (str(project["signing_start"]), project["signing_days"]) == ("2041-03-12", 50)


def test_a_price_list_whose_structure_cells_leave_out_结构(departments):
    scheme = [*NOTICE[:7], "壹、房屋价值补偿", "用途\t结构\t预评估均价（元/㎡）\t说明",
              "住宅（成套）\t砖混\t3600\t", "住宅（非成套）\t砖木\t3100\t"]
    rates = Scheme(*parse(departments, DECISION, scheme)).rates
    assert {(row["structure"], row["amount"]) for row in rates} == {("砖混结构", 3600),
                                                                    ("砖木结构", 3100)}
