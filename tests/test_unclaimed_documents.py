"""A document of a kind nobody structures is kept and listed for review, never dropped."""

from tests.kinds import snippets
from tests.kinds.synthetic import by_title, extract_text, issue_text


def test_an_unclaimed_document_is_kept_as_other_and_listed_with_its_line(tmp_path):
    context = extract_text(issue_text(snippets.SAFETY_NOTICE, snippets.LETTER), tmp_path)
    letter = by_title(context, "公园的函")
    assert letter.kind == "other" and letter.kind_reason == "no recogniser claimed it"
    assert letter.doc_number == "大足府办函〔2021〕3号"
    assert str(letter.sign_date) == "2021-08-28"
    assert [document.kind for document in context.documents] == ["task_plan", "other"]
    flagged = [item for item in context.review if item.line == letter.start_line]
    assert len(flagged) == 1
    assert "no recognised kind" in flagged[0].what
    assert flagged[0].curated_file == "sources/vocab/kind_cues.csv"


def test_every_issue_1_document_is_claimed(tables):
    unclaimed = [row for row in tables["documents"] if row["kind"] == "other"]
    assert unclaimed == []
    assert all(row["kind_reason"] for row in tables["documents"])
