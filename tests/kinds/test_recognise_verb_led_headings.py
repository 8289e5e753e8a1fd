"""A heading may open with a verb before its label (二、严格保险期限, 【进一步明确投保对象】,
（三）关于征收范围): the label after the verb names the kind as if printed alone. Verbs are
curated (`lead` rows of sources/vocab/kind_cues.csv), and only a heading carries one."""

from scripts.recognise import recognise

from .outlines import outline


def test_a_numbered_heading_opening_with_a_verb_before_an_insurance_label():
    claim = recognise(outline("重庆市大足区人民政府办公室关于开展城乡居民火灾保险工作的通知",
                              ["现将有关事项通知如下：", "一、强化组织保障",
                               "各单位要高度重视。", "二、严格保险期限",
                               "一年，自投保次日起算。"]))
    assert claim.kind == "insurance"
    assert claim.line == 14


def test_a_bracketed_heading_may_carry_two_leading_verbs():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某保险工作的通知",
                              ["【进一步明确投保对象】", "全区脱贫户和监测户。"]))
    assert claim.kind == "insurance"
    assert "投保对象" in claim.reason


def test_a_heading_and_its_sentence_after_a_verb_and_a_full_stop():
    claim = recognise(outline("重庆市大足区人民政府关于某某片区房屋征收的公告",
                              ["（三）关于征收范围。东至某路，西至某河，共涉及住户120户。"]))
    assert claim.kind == "expropriation_notice"


def test_a_verb_led_heading_without_a_curated_label_claims_nothing():
    claim = recognise(outline("重庆市大足区人民政府办公室关于做好某某工作的通知",
                              ["一、加强组织领导", "二、落实工作责任", "三、做好宣传引导"]))
    assert claim.kind == "other"


def test_a_sentence_opening_with_a_verb_and_a_label_is_no_heading():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某工作的通知",
                              ["明确保险对象以外人员的登记办法，请各单位按时报送。"]))
    assert claim.kind == "other"
