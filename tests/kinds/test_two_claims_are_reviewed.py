"""A document two recognisers claim is read as the first registered kind and reviewed; the
rest of the issue still extracts."""

from scripts.recognise import RECOGNISERS, recognise
from tests.kinds import snippets
from tests.kinds.synthetic import Doc, extract_text, issue_text

from .outlines import outline

TITLE = "重庆市大足区人民政府关于征收某某片区房屋及有关人员任免的决定"
NOTICE = ["区政府决定征收某某片区国有土地上房屋。", "任命", "王五为某某指挥部副指挥长。"]


def test_the_first_registered_claim_wins_and_the_other_is_its_rival():
    claim = recognise(outline(TITLE, NOTICE))
    order = [registration.kind for registration in RECOGNISERS]
    kinds = {"appointments", "expropriation_decision"}
    assert claim.kind == min(kinds, key=order.index)
    [rival] = claim.rivals
    assert rival.startswith(f"{(kinds - {claim.kind}).pop()} (")
    assert "任命" in claim.reason + rival and "决定征收" in claim.reason + rival


def test_the_disputed_document_is_reviewed_and_the_issue_still_extracts(tmp_path):
    body = "\n".join([TITLE, "大足府发〔2021〕70号", *NOTICE, "重庆市大足区人民政府",
                      "2021年9月1日"])
    context = extract_text(issue_text(Doc("区政府文件", TITLE, body), snippets.SAFETY_NOTICE),
                           tmp_path)
    assert len(context.documents) == 2
    [item] = [item for item in context.review if "also claimed as" in item.what]
    assert item.line == context.documents[0].start_line
    assert context.tables["tasks"], "the other document is still read"
