"""Splitting the issue into documents: 目录 entries matched with body titles, numbers and dates."""

from __future__ import annotations

from collections import Counter


def test_every_toc_entry_becomes_a_document(tables):
    documents = tables["documents"]
    assert len(documents) == 19
    assert Counter(document["section"] for document in documents) == {
        "区政府文件": 6,
        "区政府办公室文件": 8,
        "区政府常务会议": 5,
    }


def test_documents_carry_number_issuer_date_and_page(tables):
    by_number = {document["doc_number"]: document for document in tables["documents"]}
    appointment = by_number["大足府人〔2021〕1号"]
    assert appointment["issuer"] == "重庆市大足区人民政府"
    assert appointment["sign_date"].isoformat() == "2021-01-26"
    assert appointment["toc_page"] == 1
    catalogue = by_number["大足府办发〔2021〕37号"]
    assert catalogue["issuer"] == "重庆市大足区人民政府办公室"
    assert catalogue["sign_date"].isoformat() == "2021-03-31"
    assert catalogue["toc_page"] == 52


def test_doc_numbers_are_kept_as_printed(tables):
    numbers = {document["doc_number"] for document in tables["documents"]}
    assert "大足府办发〔2021〕12" in numbers  # printed without 号 (an erratum)
    assert "大足府办发〔2021〕36号" in numbers  # PDF spaces removed


def test_misdated_document_keeps_its_printed_date_and_has_an_erratum(tables):
    document = next(d for d in tables["documents"] if d["doc_number"] == "大足府办发〔2021〕36号")
    assert document["sign_date"].isoformat() == "2020-03-31"
    assert any(
        erratum["kind"] == "date" and erratum["source_line"] == 947 for erratum in tables["errata"]
    )


def test_body_title_wins_and_toc_title_is_kept(tables):
    document = next(d for d in tables["documents"] if d["doc_number"] == "大足府人〔2021〕4号")
    assert document["title"] == "重庆市大足区人民政府关于卿勇等同志职务任免的通知"
    assert document["toc_title"] == "重庆市大足区人民政府关于卿勇同志职务任免的通知"


def test_meeting_reports_are_dated_by_their_meeting(tables):
    meetings = [d for d in tables["documents"] if d["kind"] == "executive_meeting"]
    assert [d["sign_date"].isoformat() for d in meetings] == [
        "2021-01-15",
        "2021-02-01",
        "2021-02-25",
        "2021-03-08",
        "2021-03-23",
    ]
    assert [d["toc_page"] for d in meetings] == [70, 71, 72, 73, 74]


def test_document_rows_start_on_their_title_line(tables, source_text):
    for document in tables["documents"]:
        assert document["title"][-8:] in source_text[document["source_line"]].replace(" ", "")
