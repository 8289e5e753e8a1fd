import pytest

from scripts.recognise import recognise

from .outlines import outline


@pytest.mark.parametrize("title", [
    "区政府召开2021年第8次常务会议", "区第二届人民政府第八次常务会议"])
def test_a_meeting_report_is_an_executive_meeting_whatever_its_title_form(title):
    claim = recognise(outline(title, ["2021年8月30日，区政府区长王五主持召开常务会议。"],
                              form="meeting_report", doc_number=None, section="区政府常务会议"))
    assert claim.kind == "executive_meeting"


def test_a_document_merely_mentioning_a_meeting_is_no_meeting_report():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某事项的通知",
                              ["经区政府常务会议研究，区政府区长主持召开专题会。"]))
    assert claim.kind == "other"
