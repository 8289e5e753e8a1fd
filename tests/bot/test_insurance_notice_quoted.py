"""An insurance notice named by its title's words (农房保险 for 农村住房保险): what it says of
premiums, insurer and claims is quoted from that notice, not from another document sharing a
few words; a pair of its title's characters alone (住房 in a question about housing) does not
name it."""

from __future__ import annotations

import re
import sqlite3

import pytest

from bot.domains.insurance import (
    _as_printed,
    _scheme_words,
    _short_form_named,
    _without_generic,
)


@pytest.fixture(scope="module")
def figures(expected_facts):
    """The dev fixture's insurance figures by label, as its facts list them."""
    (notice,) = expected_facts["dazu-gongbao-2021-03"]["insurance"]
    return notice["doc_number"], {f["label"]: f for f in notice["figures"]}


@pytest.mark.parametrize(
    ("question", "label", "asked"),
    [
        ("农房保险每户一年要交好多保费", "premium per household per year", "insurance_payouts"),
        ("农房保险保到好久 保费好多", "premium per household per year", "insurance_payouts"),
        ("农房保险是哪家公司承保的", "insurer", "insurance_payouts"),
        ("农房遭了灾多久之内要报案", "report within", "insurance_claims_of_peril"),
    ],
)
def test_the_named_notice_is_quoted(dev_answerer, figures, question, label, asked):
    """Quoted, and reported as the insurance question it answers (what it costs, how a loss
    is claimed), whichever query read the sentences."""
    doc_number, by_label = figures
    answer = dev_answerer.ask(question)
    assert answer.kind == "tool" and answer.tool == asked
    assert "公报原文" in answer.answer
    assert by_label[label]["value"] in answer.answer
    assert doc_number in answer.answer


def test_what_the_insured_pay_is_the_premium_not_a_payout(dev_answerer, figures):
    _, by_label = figures
    answer = dev_answerer.ask("农房保险一户自己要交好多钱")
    first_quote = answer.answer.splitlines()[1]
    assert by_label["premium per household per year"]["value"] in first_quote


def test_a_pair_of_the_title_alone_names_no_notice(dev_answerer, figures):
    doc_number, _ = figures
    answer = dev_answerer.ask("农村五保供养的办法还有效没得")
    assert doc_number not in answer.answer


def test_a_later_notice_of_the_scheme_asked_gives_its_payouts(seen_answerer):
    """Two issues print a 巨灾保险 notice: the latest one's payouts answer."""
    with sqlite3.connect(seen_answerer.database.path) as connection:
        notices = connection.execute(
            "select doc_number from documents where title like '%巨灾保险%' order by sign_date"
        ).fetchall()
    assert len(notices) >= 2
    answer = seen_answerer.ask("巨灾保险死了人赔多少")
    assert notices[-1][0] in answer.answer


@pytest.fixture(scope="module")
def duties(dev_answerer):
    """(title, [(organisation, duty)]) of a dev notice without perils listing duties."""
    with sqlite3.connect(dev_answerer.database.path) as connection:
        rows = connection.execute(
            "select d.title, u.department, u.duty from insurance_duties u "
            "join documents d using (document_id) where u.document_id not in "
            "(select document_id from insurance_coverage) order by u.duty_id").fetchall()
    if not rows:
        pytest.skip("no dev notice without perils lists duties")
    title = rows[-1][0]
    return title, [(organisation, duty) for t, organisation, duty in rows if t == title]


def test_who_does_what_in_a_named_notice_lists_its_own_duties(dev_answerer, duties):
    title, listed = duties
    answer = dev_answerer.ask(f"{_scheme_words(title)}保险哪个部门负责")
    assert answer.tool == "insurance_duties_by_keyword" and title in answer.answer
    assert all(organisation in answer.answer for organisation, _ in listed)
    assert "巨灾" not in answer.answer


def test_the_duty_asked_about_comes_first(dev_answerer, duties):
    title, listed = duties
    organisation, duty = listed[-1]
    answer = dev_answerer.ask(f"{_scheme_words(title)}保险{duty[2:8]}是哪个部门")
    assert answer.answer.splitlines()[1].startswith(organisation), answer.answer


def test_a_loss_reported_names_the_notice_of_what_it_insures(seen_answerer):
    """羊子死了好久之内要报案: no insurance named; the notice whose words end with 羊 answers,
    with the hours it gives to report a loss."""
    for question in ("鸡子死了好久之内要报案", "羊子死了几个小时之内要报案"):
        answer = seen_answerer.ask(question)
        assert answer.kind == "tool" and "报案" in answer.answer
        assert re.search(r"\d+小时内", answer.answer)


def test_a_scheme_is_named_without_the_words_every_scheme_prints_or_by_a_short_form():
    assert _without_generic("池塘养殖") == "池塘"
    assert _short_form_named("农业机械", "农机翻了好久报案")
    assert not _short_form_named("山羊", "山里羊")


def test_when_the_cover_starts_is_its_effective_date(answerer):
    answer = answerer.ask("政府买的那个巨灾保险从好久开始算 几号几点")
    assert answer.kind == "tool" and "起生效" in answer.answer


@pytest.mark.parametrize("kind", ["残疾", "医疗费"])
def test_a_payment_the_terms_state_is_quoted_not_asked_back_by_peril(answerer, kind):
    """怎么赔 beside a payment a per-peril scheme states only in its terms (残疾, 医疗费): those
    terms are quoted, not a choice of perils nor the table of death payouts."""
    answer = answerer.ask(f"巨灾保险要是{kind}了，咋个赔")
    assert answer.kind == "tool" and answer.tool == "insurance_payouts", answer.answer
    assert "公报原文" in answer.answer and kind[:2] in answer.answer


@pytest.mark.parametrize(("said", "printed"), [
    ("农机险一台交好多", "农机保险一台交好多"),
    ("出险了找哪个，有啥风险", "出险了找哪个，有啥风险"),  # 出险, 风险: no scheme's name
])
def test_a_scheme_named_with_xian_for_baoxian_is_read_as_printed(said, printed):
    assert _as_printed(said) == printed
