from scripts.recognise import recognise

from .outlines import outline


def test_a_notice_with_cover_clauses_is_an_insurance_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于开展农房保险工作的通知",
                              ["一、保障内容", "保险对象：全区农村住房。", "保险期限：一年。"]))
    assert claim.kind == "insurance"
    assert "保险对象" in claim.reason


def test_a_claims_table_header_alone_makes_an_insurance_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某保险的通知", ["见附件。"],
                              ["附件", "保险责任\t理赔材料\t对接部门", "火灾\t报案表\t区应急局"]))
    assert claim.kind == "insurance"


def test_a_numbered_heading_opening_with_a_label_makes_an_insurance_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于做好某年度农房保险工作的通知",
                              ["现将有关事项通知如下：", "一、保险对象和保险期限",
                               "全区农村居民自有住房，保险期限一年。"]))
    assert claim.kind == "insurance"


def test_a_sentence_opening_with_a_label_is_no_heading():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某工作的通知",
                              ["一、保险对象以外的人员，请各单位另行登记，按时报送。"]))
    assert claim.kind == "other"


def test_sections_numbered_with_enclosed_numerals_make_an_insurance_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于开展低收入人口意外保险工作的通知",
                              ["现就有关事项通知如下。", "➀参保范围",
                               "全区低收入人口，由区民政局确认。", "➁ 保险期限：",
                               "一年。"]))
    assert claim.kind == "insurance"
    assert "参保范围" in claim.reason


def test_sections_numbered_with_heavenly_stems_make_an_insurance_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于做好某年度肉牛养殖保险工作的通知",
                              ["现就有关事项通知如下。", "甲、参保对象和条件",
                               "存栏肉牛5头以上的养殖户。", "乙、保险期间",
                               "一年。"]))
    assert claim.kind == "insurance"
    assert "参保对象" in claim.reason
