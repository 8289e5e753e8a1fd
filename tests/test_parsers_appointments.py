"""Appointment notices: one row per person, post and decision, as counted from the printed text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.parsers.synthetic import appointment_rows


def _rows(tables, person, action):
    return [row for row in tables["appointments"]
            if row["person"] == person and row["action"] == action]


def test_row_counts_match_the_printed_entries(tables):
    # 大足府人〔2021〕1号: 3 任命 + 4 免去; 2号: 2 + 3; 3号: 1 + 1; 4号: 10 任命 (谢鹏、雷世骞
    # share an entry), 12 免去 (彭科、李尚升、周志荣 share one, 冯中见 loses two posts),
    # 1 自然免除.
    rows = tables["appointments"]
    assert len(rows) == 37
    assert Counter(row["doc_number"] for row in rows) == {
        "大足府人〔2021〕1号": 7, "大足府人〔2021〕2号": 5, "大足府人〔2021〕3号": 2,
        "大足府人〔2021〕4号": 23}
    assert Counter(row["action"] for row in rows) == {"任命": 16, "免去": 20, "自然免除": 1}


def test_ids_are_unique_and_numbered_per_notice(tables):
    ids = [row["appointment_id"] for row in tables["appointments"]]
    assert len(set(ids)) == len(ids)
    assert ids[0] == "dazu-gongbao-2021-01-d01-a01"
    assert ids[-1] == "dazu-gongbao-2021-01-d04-a23"


def test_simple_appointment(tables):
    (row,) = _rows(tables, "殷光明", "任命")
    assert row["post"] == "重庆市大足区应急管理局副局长"
    assert row["department_id"] == "emergency-management"
    assert row["position"] == "副局长"
    assert row["note"] is None
    assert row["sign_date"].isoformat() == "2021-01-26"
    assert row["source_line"] == 63


def test_two_people_in_one_entry_get_a_row_each_with_the_bracketed_note(tables):
    rows = [row for row in tables["appointments"] if row["source_line"] == 146]
    assert [row["person"] for row in rows] == ["谢鹏", "雷世骞"]
    for row in rows:
        assert row["action"] == "任命"
        assert row["post"] == "重庆市大足区社会保险事务中心副主任"
        assert row["department_id"] == "social-insurance-center"
        assert row["position"] == "副主任"
        assert row["note"] == "试用期一年"


def test_rank_note_is_split_from_the_post(tables):
    (row,) = _rows(tables, "卿勇", "任命")
    assert row["post"] == "重庆市大足区科技局副局长"
    assert row["department_id"] == "science-technology"
    assert row["note"] == "正处级"


def test_three_people_removed_in_one_entry(tables):
    rows = [row for row in tables["appointments"] if row["source_line"] == 154]
    assert [row["person"] for row in rows] == ["彭科", "李尚升", "周志荣"]
    assert {row["action"] for row in rows} == {"免去"}
    assert {row["department_id"] for row in rows} == {"justice"}


def test_one_person_removed_from_two_posts(tables):
    rows = _rows(tables, "冯中见", "免去")
    assert [(row["post"], row["department_id"], row["position"]) for row in rows] == [
        ("重庆市大足区农业农村委员会副主任", "agriculture-rural-affairs", "副主任"),
        ("重庆市大足区扶贫开发办公室副主任", "poverty-alleviation-office", "副主任"),
    ]
    (appointed,) = _rows(tables, "冯中见", "任命")
    assert appointed["department_id"] == "livestock-fisheries-center"
    assert appointed["position"] == "主任"


def test_full_stop_inside_the_list_does_not_end_it(tables, source_text):
    assert source_text[158].endswith("主任职务。")  # the printed full stop (an erratum)
    (row,) = _rows(tables, "傅章敏", "免去")
    assert row["source_line"] == 159
    assert row["department_id"] == "social-insurance-center"
    assert any(erratum["source_line"] == 158 for erratum in tables["errata"])


def test_post_lapsing_by_reorganisation(tables):
    (row,) = _rows(tables, "喻其林", "自然免除")
    assert row["post"] == "重庆市大足区安全生产执法支队支队长"
    assert row["department_id"] == "work-safety-enforcement-brigade"
    assert row["position"] == "支队长"
    assert row["note"] == "因机构改革"
    assert row["source_line"] == 160
    (appointed,) = _rows(tables, "喻其林", "任命")
    assert appointed["department_id"] == "emergency-management"


def test_sub_district_offices_are_departments(tables):
    assert {row["person"]: row["department_id"] for row in tables["appointments"]
            if row["position"] == "副主任" and row["doc_number"] == "大足府人〔2021〕1号"} == {
        "黎功胜": "tangxiang", "朱福丰": "longgang", "覃家红": "economic-information-center",
        "陈太利": "tangxiang", "徐万良": "longgang"}


def test_each_notice_names_its_meeting(tables):
    meetings = {(row["doc_number"], row["meeting_id"], row["meeting_date"].isoformat())
                for row in tables["appointments"]}
    assert meetings == {
        ("大足府人〔2021〕1号", "dazu-2-2021-01", "2021-01-15"),
        ("大足府人〔2021〕2号", "dazu-2-2021-03", "2021-02-25"),
        ("大足府人〔2021〕3号", "dazu-2-2021-04", "2021-03-08"),
        ("大足府人〔2021〕4号", "dazu-2-2021-05", "2021-03-23"),
    }


def test_meeting_dates_agree_with_the_meetings_table(tables):
    dates = {row["meeting_id"]: row["date"] for row in tables["meetings"]}
    for row in tables["appointments"]:
        assert dates[row["meeting_id"]] == row["meeting_date"], row["appointment_id"]


def test_links_resolve(tables):
    departments = {row["department_id"] for row in tables["departments"]}
    documents = {row["document_id"]: row for row in tables["documents"]}
    for row in tables["appointments"]:
        assert row["department_id"] in departments
        assert documents[row["document_id"]]["kind"] == "appointments"
        assert documents[row["document_id"]]["doc_number"] == row["doc_number"]


@pytest.mark.parametrize("field", ["person", "post", "position"])
def test_source_line_prints_the_row(tables, source_text, field):
    for row in tables["appointments"]:
        assert row[field] in source_text[row["source_line"]], row["appointment_id"]


NOTICE = "重庆市大足区人民政府关于罗刚等同志职务任免的通知"
ADDRESSEES = [NOTICE, "大足府人〔2021〕31号", "各镇街人民政府（办事处），区政府各部门："]
SIGNATURE = ["重庆市大足区人民政府", "2021年9月20日"]


def test_a_name_and_its_post_apart_by_a_comma_with_a_note_or_reason_after_the_next(
        tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        *ADDRESSEES, "兹任命：",
        "罗  刚，重庆市大足区水利局副局长，试用期一年；",
        "周薇，重庆市大足区宝顶镇人民政府副镇长。",
        "兹免去：",
        "邓一鸣，重庆市大足区水利局副局长，因工作需要。",
        *SIGNATURE], NOTICE)
    assert rows == [("罗刚", "任命", "water-resources", "副局长", "试用期一年"),
                    ("周薇", "任命", "baoding", "副镇长", None),
                    ("邓一鸣", "免去", "water-resources", "副局长", "因工作需要")]


def test_entries_naming_their_decision_first_in_their_brackets(tmp_path: Path):
    rows = appointment_rows(tmp_path, [
        *ADDRESSEES, "经研究，决定对下列人员予以聘任或解聘：",
        "柯　岩　重庆市大足区水利局副局长（聘任，试用期一年）",
        "尹秋实　重庆市大足区宝顶镇人民政府副镇长（解聘，另有任用）",
        *SIGNATURE], NOTICE)
    assert rows == [("柯岩", "任命", "water-resources", "副局长", "试用期一年"),
                    ("尹秋实", "免去", "baoding", "副镇长", "另有任用")]
