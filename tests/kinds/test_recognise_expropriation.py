from scripts.recognise import recognise

from .outlines import outline


def test_a_decision_stating_a_house_expropriation_is_an_expropriation_decision():
    claim = recognise(outline("重庆市大足区人民政府关于征收某某片区旧城改造项目"
                              "国有土地上房屋的决定",
                              ["区政府决定征收某某片区国有土地上房屋。",
                               "被征收人对房屋征收决定不服的，可依法申请行政复议。"]))
    assert claim.kind == "expropriation_decision"
    assert "决定" in claim.reason


def test_a_notice_with_expropriation_clauses_is_an_expropriation_notice():
    claim = recognise(outline("重庆市大足区人民政府关于某某片区房屋征收的公告",
                              ["一、项目名称：某某片区改造项目。",
                               "二、征收范围：东至某路，西至某河。",
                               "三、签约期限：2021年9月1日至2021年10月30日。"]))
    assert claim.kind == "expropriation_notice"
    assert claim.line == 12


def test_a_notice_about_something_else_is_not_expropriation():
    claim = recognise(outline("重庆市大足区人民政府关于做好秋季防火工作的决定",
                              ["各单位要做好秋季防火工作。"]))
    assert claim.kind == "other"


def test_a_notice_of_clauses_numbered_by_one_character_with_bracketed_labels():
    claim = recognise(outline("重庆市大足区人民政府关于某某片区房屋征收有关事项的公告",
                              ["㈠〈项目名称〉某某片区改造项目",
                               "㈡〈签约期限〉2030年1月2日起至2030年2月1日止"]))
    assert claim.kind == "expropriation_notice"
    assert claim.line == 12
