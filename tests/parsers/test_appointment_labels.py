"""Appointment notices are read by their curated headings, whatever the wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.appointments import parse_appointments
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府关于张明远等同志职务任免的通知"
NOTICE = [
    TITLE,
    "大足府人〔2021〕31号",
    "各镇街人民政府（办事处），区政府各部门：",
    "经2021年9月10日区第二届人民政府2021年第10次常务会议研究决定：",
    "决定任命张明远为重庆市大足区龙水镇人民政府副镇长，试用期一年；",
    "李青为区低空经济发展局局长；",
    "聘任",
    "周红为重庆市大足区融媒体中心总编辑（聘期三年）；",
    "解聘",
    "吴刚的重庆市大足区融媒体中心副总编辑职务。",
    "三、免去",
    "赵强同志的棠香街道办事处副主任职务；",
    "孙丽的重庆市大足区文化和旅游发展委员会副主任、区档案局副局长职务；",
    "钱多多调任区财政局；",
    "特此通知。",
    "重庆市大足区人民政府",
    "2021年9月20日",
]


@pytest.fixture
def parsed(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="appointments", title=TITLE)
    parse_appointments(document, context)
    return context


def _rows(context):
    return [(row["person"], row["action"], row["department_id"], row["position"], row["note"])
            for row in context.tables["appointments"]]


def test_a_heading_may_open_its_first_entry(parsed):
    assert _rows(parsed)[0] == ("张明远", "任命", "longshui", "副镇长", "试用期一年")


def test_each_heading_numbered_or_not_gives_its_curated_action(parsed):
    assert [row[1] for row in _rows(parsed)] == ["任命", "任命", "任命", "免去", "免去", "免去",
                                                 "免去"]


def test_posts_split_into_organisation_and_title(parsed):
    rows = _rows(parsed)
    assert rows[2] == ("周红", "任命", "media-center", "总编辑", "聘期三年")
    assert rows[4] == ("赵强", "免去", "tangxiang", "副主任", None)
    assert rows[5][2:4] == ("culture-tourism", "副主任")
    assert rows[6][2:4] == ("archives", "副局长")


def test_a_post_in_an_unknown_organisation_gets_a_provisional_id(parsed):
    person, _, department_id, position, _ = _rows(parsed)[1]
    assert (person, position) == ("李青", "局长")
    assert department_id.startswith("provisional-")
    assert any("区低空经济发展局" in item.what for item in parsed.review)


def test_an_unreadable_entry_is_flagged_and_the_rest_still_read(parsed):
    unreadable = [item for item in parsed.review if item.line == 14]
    assert len(unreadable) == 1 and "钱多多" in unreadable[0].what
    assert all(row[0] != "钱多多" for row in _rows(parsed))


def test_the_deciding_meeting_is_linked(parsed):
    assert {row["meeting_id"] for row in parsed.tables["appointments"]} == {"dazu-2-2021-10"}
    assert [row["meeting_id"] for row in parsed.tables["meetings"]] == ["dazu-2-2021-10"]


def test_numbered_entries_and_the_takes_up_form_are_read(tmp_path: Path):
    lines = [TITLE, "大足府人〔2021〕32号", "经区政府研究决定：", "一、任命",
             "1. 陈东同志任重庆市大足区城市管理局副局长；",
             "（2）刘芳为区司法局副局长（试用期一年）。",
             "二、免去", "1．陈东同志的区城市管理局科长职务。",
             "重庆市大足区人民政府", "2021年9月20日"]
    document, context = synthetic_context(tmp_path, lines, kind="appointments", title=TITLE)
    parse_appointments(document, context)
    assert _rows(context) == [("陈东", "任命", "urban-management", "副局长", None),
                              ("刘芳", "任命", "justice", "副局长", "试用期一年"),
                              ("陈东", "免去", "urban-management", "科长", None)]
    assert {row["meeting_id"] for row in context.tables["appointments"]} == {None}


def test_no_longer_holding_a_post_is_read_under_a_removal_heading(tmp_path: Path):
    lines = [TITLE, "大足府人〔2021〕33号", "免去", "王强同志不再担任区司法局副局长职务。",
             "重庆市大足区人民政府", "2021年9月20日"]
    document, context = synthetic_context(tmp_path, lines, kind="appointments", title=TITLE)
    parse_appointments(document, context)
    assert _rows(context) == [("王强", "免去", "justice", "副局长", None)]


def test_an_entry_wrapped_onto_the_next_line_is_read_whole(tmp_path: Path):
    lines = [TITLE, "大足府人〔2021〕34号", "任命", "王强为重庆市大足区司法局",
             "副局长（试用期一年）；", "免去", "李四的区司法局副局长职务。", "重庆市大足区人民政府"]
    document, context = synthetic_context(tmp_path, lines, kind="appointments", title=TITLE)
    parse_appointments(document, context)
    assert _rows(context) == [("王强", "任命", "justice", "副局长", "试用期一年"),
                              ("李四", "免去", "justice", "副局长", None)]
    assert context.review == []


def _parse(tmp_path: Path, body: list[str]):
    lines = [TITLE, "大足府人〔2021〕32号", "各镇街人民政府（办事处），区政府各部门：", *body,
             "重庆市大足区人民政府", "2021年9月20日"]
    document, context = synthetic_context(tmp_path, lines, kind="appointments", title=TITLE)
    parse_appointments(document, context)
    return _rows(context), context.review


def test_several_entries_on_one_line_after_the_decision(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "经区政府研究，决定：任命王芳为区教委副主任；免去陈亮的区教委副主任职务。"])
    assert [row[:4] for row in rows] == [("王芳", "任命", "education", "副主任"),
                                         ("陈亮", "免去", "education", "副主任")]
    assert review == []


def test_entries_naming_their_own_decision_without_a_heading(tmp_path: Path):
    rows, review = _parse(tmp_path, ["经研究，决定：", "王芳任区教委副主任（试用期一年）；",
                                     "免去陈亮区教委副主任职务，另有任用。"])
    assert rows == [("王芳", "任命", "education", "副主任", "试用期一年"),
                    ("陈亮", "免去", "education", "副主任", "另有任用")]
    assert review == []


def test_a_concurrent_post_is_a_second_row(tmp_path: Path):
    rows, _ = _parse(tmp_path, ["任命：", "王芳为区教委副主任，兼任区财政局副局长；"])
    assert rows == [("王芳", "任命", "education", "副主任", None),
                    ("王芳", "任命", "finance", "副局长", "兼任")]


def test_a_transfer_is_not_read_as_an_appointment(tmp_path: Path):
    rows, review = _parse(tmp_path, ["任命：", "王芳为区教委副主任；", "钱多多调任区财政局；"])
    assert [row[0] for row in rows] == ["王芳"]
    assert any("钱多多" in item.what for item in review)


def test_a_removal_referring_back_to_the_person_just_appointed(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "2021年9月10日，区第二届人民政府2021年第10次常务会议研究决定：任命王芳为区教委主任，"
        "免去其区财政局副局长职务；免去陈亮的区教委主任职务。"])
    assert [row[:4] for row in rows] == [("王芳", "任命", "education", "主任"),
                                         ("王芳", "免去", "finance", "副局长"),
                                         ("陈亮", "免去", "education", "主任")]
    assert review == []


def test_removals_naming_the_person_then_the_post_without_de(tmp_path: Path):
    rows, review = _parse(tmp_path, ["三、免职", "免去王小芳同志重庆市大足区财政局副局长职务；",
                                     "免去李明、赵  强同志重庆市大足区教育委员会副主任职务；",
                                     "周平同志因工作调动，不再担任区水利局局长职务。"])
    assert [row[:4] for row in rows] == [("王小芳", "免去", "finance", "副局长"),
                                         ("李明", "免去", "education", "副主任"),
                                         ("赵强", "免去", "education", "副主任"),
                                         ("周平", "免去", "water-resources", "局长")]
    assert rows[-1][4] == "工作调动"
    assert review == []


def test_resignations_lapses_named_back_and_probation_noted_after(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "区第二届人民政府2021年第10次常务会议（2021年9月10日）研究决定：",
        "王小芳任区财政局副局长；",
        "李明任区教育委员会副主任，其原任的区财政局副局长职务自然免除；",
        "同意赵强辞去区水利局局长职务。",
        "以上任职人员中，王小芳、李明同志试用期一年。"])
    assert rows == [("王小芳", "任命", "finance", "副局长", "试用期一年"),
                    ("李明", "任命", "education", "副主任", "试用期一年"),
                    ("李明", "自然免除", "finance", "副局长", None),
                    ("赵强", "免去", "water-resources", "局长", None)]
    assert review == []


def test_entries_naming_the_people_first_then_their_decisions(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "王小芳同志：任区财政局副局长（试用期1年）；免去其区教育委员会副主任职务。",
        "李明、赵  强同志：免去区水利局副局长职务（另有任用）。"])
    assert rows == [("王小芳", "任命", "finance", "副局长", "试用期1年"),
                    ("王小芳", "免去", "education", "副主任", None),
                    ("李明", "免去", "water-resources", "副局长", "另有任用"),
                    ("赵强", "免去", "water-resources", "副局长", "另有任用")]
    assert review == []


def test_a_remark_opening_with_a_curated_note_is_split_from_the_post(tmp_path: Path):
    rows, _ = _parse(tmp_path, [
        "区第二届人民政府2021年第10次常务会议（2021年9月10日）研究决定：",
        "聘任王小芳为区财政局副局长，聘期两年；",
        "任命李明为区水利局副局长，试用期为一年。"])
    assert rows == [("王小芳", "任命", "finance", "副局长", "聘期两年"),
                    ("李明", "任命", "water-resources", "副局长", "试用期为一年")]


def test_a_person_then_a_colon_then_the_post_under_a_heading(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "一、任职", "何  凡：重庆市大足区财政局副局长（试用期一年）；",
        "二、免职", "林晓雨：重庆市大足区水利局副局长职务（另有任用）。"])
    assert rows == [("何凡", "任命", "finance", "副局长", "试用期一年"),
                    ("林晓雨", "免去", "water-resources", "副局长", "另有任用")]
    assert review == []


def test_the_organisation_that_engages_names_the_post_its_pronoun_stands_for(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "1．同意重庆市大足区财政局聘任宋  岚同志为该局副局长，聘期两年；解聘邱平同志该局副局长"
        "职务（本人申请）。",
        "2．重庆市大足区水利局副局长丁一鸣同志工作调动，予以解聘。"])
    assert rows == [("宋岚", "任命", "finance", "副局长", "聘期两年"),
                    ("邱平", "免去", "finance", "副局长", "本人申请"),
                    ("丁一鸣", "免去", "water-resources", "副局长", "工作调动")]
    assert review == []


def test_lines_opened_by_a_mark_the_legend_explains(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "经区政府研究，决定如下（【聘】为聘任，【解】为解聘）：",
        "【聘】何  凡　　重庆市大足区财政局副局长　　聘期三年",
        "【解】林晓雨　　重庆市大足区水利局副局长　　（工作调动）"])
    assert rows == [("何凡", "任命", "finance", "副局长", "聘期三年"),
                    ("林晓雨", "免去", "water-resources", "副局长", "工作调动")]
    assert review == []


def test_engagements_taken_up_and_ended_in_other_words(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "区第二届人民政府2021年第10次常务会议审定，决定：",
        "一、聘任宋  岚同志担任重庆市大足区财政局副局长，聘期两年；",
        "二、解除邱平同志的重庆市大足区财政局副局长聘任（本人申请）；",
        "三、重庆市大足区水利局副局长由丁一鸣同志受聘担任。",
        "四、何  丽不再担任重庆市大足区水利局局长职务。"])
    assert [row[:4] for row in rows] == [("宋岚", "任命", "finance", "副局长"),
                                         ("邱平", "免去", "finance", "副局长"),
                                         ("丁一鸣", "任命", "water-resources", "副局长"),
                                         ("何丽", "免去", "water-resources", "局长")]
    assert review == []


def test_a_table_of_posts_with_the_people_taking_and_leaving_them(tmp_path: Path):
    rows, _ = _parse(tmp_path, [
        "区政府研究决定下列人员的任免事项：",
        "序号\t任免单位\t岗位\t任职人员\t免职人员\t备注",
        "1\t重庆市大足区财政局\t副局长\t何  凡\t林晓雨\t何  凡试用期一年；林晓雨另有任用",
        "2\t重庆市大足区水利局\t局长\t—\t丁一鸣\t丁一鸣到龄退休"])
    assert rows == [("何凡", "任命", "finance", "副局长", "试用期一年"),
                    ("林晓雨", "免去", "finance", "副局长", "另有任用"),
                    ("丁一鸣", "免去", "water-resources", "局长", "到龄退休")]


def test_an_organisation_engaging_people_without_comrade_and_releasing_a_post_held(tmp_path: Path):
    rows, review = _parse(tmp_path, [
        "区政府常务会议研究，同意下列事项：",
        "（甲）重庆市大足区财政局聘任宋  岚为副局长（试用期一年）；邱平所任副局长职务予以解聘"
        "（本人申请）。",
        "（乙）重庆市大足区水利局（新组建）聘任丁一鸣为局长，聘期三年。"])
    assert rows == [("宋岚", "任命", "finance", "副局长", "试用期一年"),
                    ("邱平", "免去", "finance", "副局长", "本人申请"),
                    ("丁一鸣", "任命", "water-resources", "局长", "聘期三年")]
    assert review == []
