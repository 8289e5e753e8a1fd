"""What was asked (a fee, a phone number …): an answer without such a value says so first."""

from __future__ import annotations

import pytest

from bot import asked


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("不动产登记要交多少钱", "fee"),
        ("无犯罪记录证明几天能办好", "duration"),
        ("区民政局电话是多少", "phone"),
        ("办营业执照要带什么材料", "materials"),
        ("全程网办占比要达到多少", "percentage"),
    ],
)
def test_the_asked_attribute_is_read_from_the_curated_vocabulary(question, attribute):
    found = asked.asked(question)
    assert found is not None and found.name == attribute


def test_a_missing_value_is_said_first_and_the_neighbouring_fact_follows(answerer):
    answer = answerer.ask("不动产登记要交多少钱")
    assert answer.kind == "not_stated"
    assert answer.answer.startswith("公报没有写明不动产登记的收费标准")
    assert "元" not in answer.answer


def test_a_value_present_in_the_answer_is_answered(answerer):
    answer = answerer.ask("征收现场办公电话是多少")
    assert answer.kind == "tool" and "13983240096" in answer.answer


def test_a_malformed_vocabulary_row_names_file_and_row(tmp_path):
    bad = tmp_path / "bot_asked.csv"
    bad.write_text("attribute,label,cues,value\nfee,收费,多少钱,(unclosed\n", encoding="utf-8")
    with pytest.raises(asked.VocabularyError, match=r"bot_asked.csv:2: column value"):
        asked.load(bad)
