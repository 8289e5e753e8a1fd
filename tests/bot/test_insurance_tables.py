"""Insurance notices whose figures stand in tables: a notice named by what its table insures,
a table row quoted with its column labels, and a loss computed by the notice's own formula."""

from __future__ import annotations

import re
import sqlite3

import pytest

from bot.domains.insurance import _scheme_words
from bot.domains.insurance_arithmetic import _per_unit_payout, gives_case


@pytest.fixture(scope="module")
def insured_sum(seen_answerer):
    """(insured, sum per 亩, full-loss rate or None) of a seen notice printing the formula
    保险金额×损失…×受损面积 and its sums insured in a table."""
    with sqlite3.connect(seen_answerer.database.path) as connection:
        formulas = connection.execute(
            "select document_id, clause from insurance_terms "
            "where clause like '%保险金额×损失%受损面积%'").fetchall()
        for document_id, _ in formulas:
            rows = connection.execute(
                "select clause, amount from insurance_terms where document_id = ? and "
                "instr(clause, char(9)) > 0 and label like '%保险金额%' and per = '每亩'",
                (document_id,)).fetchall()
            text = "".join(clause for (clause,) in connection.execute(
                "select clause from insurance_terms where document_id = ?", (document_id,)))
            full = re.search(r"达到(\d+)%（含）以上的，按全损", text)
            if rows:
                return rows[0][0].split("\t")[0], rows[0][1], int(full[1]) if full else None
    pytest.skip("no seen notice prints a sum insured per 亩 with the loss formula")


def test_a_loss_is_computed_by_the_notices_formula(seen_answerer, insured_sum):
    insured, per_mu, _ = insured_sum
    answer = seen_answerer.ask(f"我家{insured}12亩遭灾了，损失30%，保险能赔好多")
    assert f"{per_mu * 0.3 * 12:g}元" in answer.answer.replace(",", "")


def test_a_loss_at_the_full_loss_rate_counts_whole(seen_answerer, insured_sum):
    insured, per_mu, full = insured_sum
    if full is None:
        pytest.skip("the notice prints no full-loss rate")
    answer = seen_answerer.ask(f"{insured}8亩损失了{full + 5}% 能赔好多")
    assert f"{per_mu * 8:g}元" in answer.answer and "全损" in answer.answer


def test_a_table_row_is_quoted_with_its_column_labels(seen_answerer, insured_sum):
    insured, per_mu, _ = insured_sum
    answer = seen_answerer.ask(f"{insured}保险一亩保额好多")
    assert "\t" not in answer.answer and " | " not in answer.answer
    assert f"{per_mu:g}元" in answer.answer


def test_a_crop_grown_that_no_notice_insures_is_refused(seen_answerer):
    answer = seen_answerer.ask("种丝瓜的有没有价格保险，保费好多")
    assert answer.kind == "no_data" and "丝瓜" in answer.answer, answer.answer
    assert seen_answerer.ask("种莲花白的买价格保险，保费好多").kind != "no_data"


def test_a_payout_printed_per_unit_is_multiplied_by_the_units_asked_about():
    rows = [{"clause": "奶牛死亡的，每头赔偿金额为保险金额扣除20%绝对免赔额，即每头4800元；"},
            {"clause": "保险金额\t每头6000元"}]
    assert "每头4800元 × 3头 = 14400元" in _per_unit_payout("养了3头奶牛病死了赔好多", rows)
    assert _per_unit_payout("奶牛病死了赔好多", rows) is None  # no count asked: nothing computed


@pytest.mark.parametrize(("question", "told"), [
    ("屋头4个人在外头过渡了3个月，过渡安置咋个赔", True),
    ("养了10箱蜂，死了怎么赔", True),
    ("农房保险怎么理赔", False),
])
def test_how_it_is_paid_asks_the_amount_when_the_case_is_told(question, told):
    assert gives_case(question) is told


def test_a_qualifier_of_how_a_scheme_is_run_names_no_other_scheme():
    assert _scheme_words("关于做好2041年度政策性农村住房保险工作的通知") == _scheme_words(
        "关于做好2040—2041年度农村住房保险工作的通知")


def test_the_premium_of_the_units_counted_and_the_insured_share():
    from bot.domains.insurance_arithmetic import _premium_for_count
    rows = [{"clause": "育肥羊\t700", "figures": "保险金额700元，保险费42元，养殖户自缴12.6元"},
            {"clause": "能繁母羊\t1000", "figures": "保险金额1000元，保险费60元，养殖户自缴18元"}]
    computed = _premium_for_count("我养了200只育肥羊，保费一共好多，自己出好多", rows)
    assert "42元 × 200只 = 8400元" in computed and "12.6元 × 200只 = 2520元" in computed
    assert _premium_for_count("200只育肥羊死了赔好多", rows) is None  # a payout, not a premium
    assert _premium_for_count("200只羊保费好多", rows) is None  # which row: not said


def test_the_premium_per_unit_printed_in_a_sentence():
    from bot.domains.insurance_arithmetic import _premium_for_count
    rows = [{"clause": "每亩保险金额900元，保险费率6%，每亩保费54元。", "figures": "54元"},
            {"clause": "每亩保险金额900元，保险费率6%，每亩保费54元。", "figures": "900元"},
            {"clause": "保费由区级财政补贴70%，茶农承担30%，即每亩自缴16.2元。", "figures": ""}]
    computed = _premium_for_count("我有20亩茶园 保费要交好多", rows)
    assert "54元 × 20亩 = 1080元" in computed
    assert "茶农自缴每亩16.2元 × 20亩 = 324元" in computed


def test_a_weather_index_payout_for_the_days_told():
    from bot.domains.insurance_arithmetic import computed_payout
    rows = [{"clause": "连续阴雨\t连续降雨7—9天\t150", "figures": "赔付标准每亩150元"},
            {"clause": "\t连续降雨10天及以上\t350", "figures": "赔付标准每亩350元"},
            {"clause": "低温冻害\t气温≤-3℃持续2天及以上\t250", "figures": "赔付标准每亩250元"}]
    computed = computed_payout("下了11天雨 种了8亩 赔好多", rows)
    assert "10天及以上" in computed and "350元 × 8亩 = 2800元" in computed
    assert "150元" in computed_payout("连续下雨8天 一亩赔好多", rows)
    assert "250元" in computed_payout("冻了3天 一亩赔好多", rows)  # the group its words name


def test_a_sum_paid_in_bands_at_shares_is_added_up_band_by_band():
    from bot.domains.insurance_arithmetic import computed_payout
    rows = [{"clause": "大病补充，自付费用超过3000元的，3000元至1万元（含）的部分按40%赔付；"
                       "1万元至3万元（含）的部分按55%赔付；3万元以上的部分按65%赔付",
             "figures": ""}]
    paid = computed_payout("自己出了25000块，能赔好多", rows)
    assert paid is not None and "（10000－3000）×40%" in paid and "11050元" in paid
    assert "不在赔付范围内" in computed_payout("才花了2000元，赔不赔", rows)


def test_a_share_of_the_sum_insured_by_the_weight_an_animal_died_at():
    from bot.domains.insurance_arithmetic import computed_payout
    rows = [{"clause": "肉羊\t1200\t6%\t72\t14.4", "figures": "保险金额每只1200元，保费每只72元"},
            {"clause": "20公斤以下\t保险金额的30%", "figures": ""},
            {"clause": "20公斤（含）至40公斤\t保险金额的60%", "figures": ""},
            {"clause": "40公斤（含）以上\t保险金额的90%", "figures": ""},
            {"clause": "每次事故每只绝对免赔额为50元。", "figures": ""}]
    paid = computed_payout("肉羊死了一只，有60斤，赔好多", rows)  # 60斤 is 30公斤
    assert paid is not None and "1200元 × 60% － 50元" in paid and "670元" in paid
    premium = computed_payout("养了20只肉羊，保费一共好多", rows)
    assert premium is not None and "每只保险费72元 × 20只 = 1440元" in premium


def test_a_thing_a_notice_insures_in_its_text_alone_is_not_unlisted(seen_answerer):
    """养鱼的保险: a notice insuring 鱼类 names them in a sentence, in no table."""
    answer = seen_answerer.ask("养鱼的保险一亩保好多钱")
    assert answer.kind == "tool"
    assert "鱼" in answer.answer and "保险金额" in answer.answer
    assert seen_answerer.ask("养鸵鸟的保险一只保好多钱").kind == "no_data"
