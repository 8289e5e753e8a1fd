"""The Answerer contract used by the CLI and the Telegram adapter."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from bot.answers import Answer
from bot.core import APOLOGY, MAX_QUESTION_CHARS, Answerer
from bot.estimate import NO_DECORATION

LEAKS = ("Traceback", "select ", "sqlite", "/work/", 'File "', ".db", "Error")


def test_from_env_reads_the_database_and_portal(database):
    answerer = Answerer.from_env(
        {"DAZU_DB": str(database), "DAZU_PORTAL_URL": "https://p.example/"}
    )
    answer = answerer.ask("办护照找哪个部门")
    assert answer.portal_url.startswith("https://p.example/dazu-gazette/service_by_keyword?")


def test_answers_cite_the_document_and_link_the_same_query(answerer):
    answer = answerer.ask("办护照找哪个部门")
    assert isinstance(answer, Answer)
    assert "区公安局" in answer.answer and "最多跑一次" in answer.answer
    citation = answer.citations[0]
    assert (citation.doc_number, citation.sign_date) == ("大足府办发〔2021〕37号", "2021-03-31")
    url = urlsplit(answer.portal_url)
    assert url.path == "/dazu-gazette/service_by_keyword"
    assert parse_qs(url.query) == {"keyword": ["护照"]}
    assert answer.tool == "service_by_keyword" and answer.rows


def test_a_long_list_gives_the_count_the_best_matching_items_and_the_portal(answerer):
    answer = answerer.ask("区公安局能办哪些事")
    assert "共84项" in answer.answer and "见数据门户" in answer.answer
    assert answer.answer.count("\n") <= 12
    passport = answerer.ask("区公安局有哪些护照事项")
    assert "普通护照签发" in passport.answer


def test_a_list_of_up_to_fifteen_items_is_shown_in_full(answerer):
    answer = answerer.ask("就近办第二批有哪些事项")
    assert "共10项" in answer.answer and "见数据门户" not in answer.answer
    assert all(f"{i}. " in answer.answer for i in range(1, 11))


def test_an_over_long_question_is_refused_politely(answerer):
    answer = answerer.ask("问" * (MAX_QUESTION_CHARS + 1))
    assert "太长" in answer.answer and answer.tool is None


def test_options_can_be_chosen(answerer):
    answer = answerer.ask("巨灾保险怎么理赔")
    assert answer.options
    chosen = answerer.choose(answer.options[0].payload)
    assert chosen.tool == "insurance_claims_of_peril" and "理赔申请书" in chosen.answer


def test_a_plain_text_payload_is_asked(answerer):
    assert answerer.choose("办护照找哪个部门").tool == "service_by_keyword"


def test_estimate_and_its_choices(answerer):
    choices = answerer.estimate_choices()
    assert "住宅类（成套）混合结构" in choices["structures"]
    assert {"简易装饰装修", "中装", NO_DECORATION} <= set(choices["decorations"])
    answer = answerer.estimate(90, "住宅类（成套）混合结构", "中装", 10)
    assert "396700" in answer.answer and "21000 + 20 × 300" in answer.answer
    assert answer.citations[0].doc_number == "大足府发〔2021〕10号"
    assert "compensation_rates_of_project" in answer.portal_url
    for structure in choices["structures"]:
        for decoration in choices["decorations"]:
            assert "合计约" in answerer.estimate(75.5, structure, decoration, 3).answer


def test_an_estimate_without_a_structure_asks_for_it(answerer):
    answer = answerer.ask("120平方的房子拆迁能赔多少")
    assert len(answer.options) == len(answerer.estimate_choices()["structures"])
    chosen = answerer.choose(answer.options[0].payload)
    assert "合计约" in chosen.answer and "120平方米" in chosen.answer


def test_a_bad_estimate_is_an_answer_not_an_exception(answerer):
    unknown = answerer.estimate(90, "不存在的结构", "", 0)
    assert [option.label for option in unknown.options] == answerer.estimate_choices()["structures"]
    negative = answerer.estimate(-1, "住宅类（成套）混合结构", "", 0)
    assert negative.answer != APOLOGY and "合计" not in negative.answer


def test_internal_errors_become_an_apology(answerer, monkeypatch, caplog):
    def broken(text):
        raise RuntimeError("sqlite3.OperationalError at /work/main/build/dazu-gazette.db")

    monkeypatch.setattr(answerer.router, "invoke", broken)
    answer = answerer.ask("办护照找哪个部门")
    assert answer.answer == APOLOGY
    assert not any(leak in answer.answer for leak in LEAKS)
    assert "ask failed" in caplog.text


@pytest.mark.parametrize("question", [None, 42, b"bytes"])
def test_non_text_input_is_an_answer(answerer, question):
    assert isinstance(answerer.ask(question), Answer)
    assert isinstance(answerer.choose(question), Answer)


def test_out_of_scope_answers_say_what_the_bot_can_do(answerer):
    answer = answerer.ask("明天天气怎么样")
    assert answer.answer.startswith("数据中没有")
    assert "发送“帮助”" in answer.answer
    assert answer.tool is None and not answer.rows and not answer.citations
