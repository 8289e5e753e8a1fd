"""A document named by words of its title, its number or date asked (…那个通知的文号是多少):
its number and date, the latest first when several titles hold the words."""

from __future__ import annotations


def test_a_document_named_by_its_title_words_gives_its_number(answerer):
    entries = [entry for entry in answerer.lexicon.documents.values()
               if entry.detail and "〔" in entry.name and "关于" in entry.detail]
    titles = answerer.lexicon.document_titles
    for entry in entries:
        words = entry.detail.split("关于", 1)[1].removesuffix("的通知")[-8:]
        if len(titles.hits(words)) == 1:
            break
    answer = answerer.ask(f"{words}那个通知的文号是多少")
    assert answer.tool == "documents_by_title"
    assert entry.name in answer.answer and entry.note[:4] in answer.answer


def test_a_title_no_document_holds_names_none(answerer):
    answer = answerer.ask("月球基地建设实施方案那个通知的文号是多少")
    assert answer.tool != "documents_by_title"


def test_an_opening_that_introduces_goes_on_to_what_it_introduces(answerer):
    answer = answerer.ask("大足府人〔2021〕1号是什么文件")
    opening = answer.answer.split("正文开头：", 1)[1]
    assert "决定：" in opening and "为重庆市大足区" in opening  # the first entry after it


def test_a_document_named_by_its_kind_gives_that_documents_number(answerer):
    """征收…那个决定的文号: the decision's number, not the notice's the project's rates cite."""
    entries = [entry for entry in answerer.lexicon.documents.values()
               if entry.detail and entry.detail.endswith("的决定") and "征收" in entry.detail]
    assert entries
    decision = entries[0]
    place = decision.detail.split("征收", 1)[1][:8].removeprefix("大足区")
    answer = answerer.ask(f"征收{place}房子那个决定是好多号文")
    assert answer.tool == "documents_by_title"
    assert answer.answer.splitlines()[1].find(decision.name) > 0  # listed first
