from scripts.recognise import recognise

from .outlines import outline


def test_a_notice_listing_its_group_members_is_a_leading_group_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于调整大足区防汛抗旱工作领导小组"
                              "组成人员的通知",
                              ["组  长：王五  区政府区长", "副组长：赵六  区政府副区长",
                               "成  员：区水利局、区应急局"]))
    assert claim.kind == "leading_group"
    assert claim.line == 11


def test_a_plan_attaching_its_group_members_stays_a_task_plan():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发某某工作方案的通知",
                              ["现印发给你们。"],
                              ["附件1", "组  长：王五", "成  员：区水利局",
                               "附件2", "工作任务\t责任单位", "做好某项工作\t区水利局"]))
    assert claim.kind == "task_plan"


def test_a_members_line_without_a_leader_is_no_leading_group():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某工作的通知",
                              ["成员：区水利局、区应急局", "请各成员单位按职责做好工作。"]))
    assert claim.kind == "other"


def test_working_groups_of_an_emergency_plan_make_no_leading_group_notice():
    claim = recognise(outline("重庆市大足区人民政府办公室关于印发大足区森林火灾应急预案的通知",
                              ["现印发给你们。"],
                              ["大足区森林火灾应急预案", "（一）综合协调组", "组长：区应急局局长",
                               "成员：区林业局、区公安局"]))
    assert claim.kind == "other"


def test_a_group_notice_with_its_roster_in_prose_is_a_leading_group():
    claim = recognise(outline("重庆市大足区人民政府办公室关于成立大足区某某工作领导小组的通知",
                              ["经区政府同意，成立大足区某某工作领导小组。",
                               "领导小组由区政府副区长王五同志任组长。"]))
    assert claim.kind == "leading_group" and "任组长" in claim.reason


def test_labels_set_off_by_layout_spaces_instead_of_colons_list_the_members():
    claim = recognise(outline("重庆市大足区人民政府办公室关于成立大足区某某工作领导小组的通知",
                              ["一、组成人员", "组\u3000长\u3000王五\u3000区政府副区长",
                               "成\u3000员\u3000赵六\u3000区医保局局长"]))
    assert claim.kind == "leading_group"


def test_role_labels_in_brackets_list_the_members():
    claim = recognise(outline("重庆市大足区人民政府办公室关于成立大足区某某工作领导小组的通知",
                              ["经研究，决定成立大足区某某工作领导小组。",
                               "〈组长〉王五　区政府副区长", "〔成员〕赵六　区医保局局长"]))
    assert claim.kind == "leading_group"
    assert claim.line == 12


def test_a_roster_in_prose_naming_the_role_first_is_a_leading_group():
    claim = recognise(outline("重庆市大足区人民政府办公室关于成立大足区某某工作领导小组的通知",
                              ["经研究，决定成立大足区某某工作领导小组。",
                               "组长由区政府副区长王五同志担任。"]))
    assert claim.kind == "leading_group" and "组长由" in claim.reason
