from scripts.recognise import recognise

from .outlines import outline


def test_a_notice_with_appointment_blocks_is_appointments_whatever_its_title():
    claim = recognise(outline("重庆市大足区人民政府关于王五同志任职的通知",
                              ["经区政府研究：", "任命：", "王五为重庆市大足区水利局局长。"]))
    assert claim.kind == "appointments"
    assert "任命" in claim.reason and claim.line == 12


def test_a_post_lapsing_by_reorganisation_alone_is_an_appointment_notice():
    claim = recognise(outline("重庆市大足区人民政府关于赵六同志职务的通知",
                              ["因机构改革，赵六同志原任的重庆市大足区林业局局长职务自然免除。"]))
    assert claim.kind == "appointments"


def test_an_appointment_heading_inside_an_attachment_does_not_make_a_notice_appointments():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发某某办法的通知",
                              ["现印发给你们。"], ["附件", "免去", "说明文字"]))
    assert claim.kind != "appointments"


def test_a_personnel_document_number_alone_makes_an_appointment_notice():
    claim = recognise(outline("重庆市大足区人民政府关于孙七同志职务的通知",
                              ["经区政府研究，孙七同志任重庆市大足区水利局局长。"],
                              doc_number="大足府人〔2021〕9号"))
    assert claim.kind == "appointments" and "府人" in claim.reason
