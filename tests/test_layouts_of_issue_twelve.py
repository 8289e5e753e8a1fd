"""Layouts a later issue printed: a cover giving the year and month (2036.4) over the issue
number; a 目录 whose entries carry their 文号 in brackets and wrap onto a line of dot leaders;
appointments decided in one paragraph (…研究，决定任命：X为…，Y为…；免去：Z的…职务…), with
probation noted for the people named after it, and name-first blocks (周某　　任…；／　　免去其…
职务。 and a name before 免去 alone); a task table whose units are headed 责任单位（牵头）|
责任单位（配合）, whose group is printed again as …（续） after a page break under a running
head padded across the page; a 就近办 list grouped under （一）区X局（N项） lines, two
departments sharing a group (…共同实施（2项））; meeting reports dated on a line of their own,
opened by who chaired without naming the meeting. Written in other wording."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from scripts.add_source import read_cover
from scripts.documents import read_toc
from tests.kinds.synthetic import Doc, extract_text, issue_text

CITY = "区政府文件"
OFFICE = "区政府办公室文件"
MEETINGS = "区政府常务会议纪要"
RUNNING_HEAD = "2036年第4期　　　　　　　　　　　　　　　　　　重庆市大足区人民政府公报"

DECISION = ("经2036年4月3日区第三届人民政府2036年第6次常务会议研究，决定任命：付强为"
            "重庆市大足区水利局副局长，邹  平为重庆市大足区林业局副局长；"
            "免去：韩冬的重庆市大足区水利局副局长职务，"
            "邹  平的重庆市大足区统计局副局长职务。")
DECIDED = Doc(CITY, "关于付强等同志职务任免的通知（大足府人〔2036〕21号）", f"""
重庆市大足区人民政府 关于付强等同志职务任免的通知

大足府人〔2036〕21号

各镇街，区政府各部门：

{DECISION}

付强、邹平同志试用期一年，试用期自任职之日起计算。

重庆市大足区人民政府

2036年4月6日
""")

BLOCKS = Doc(CITY, "关于调整部分区属国有企业领导人员职务的通知（大足府人〔2036〕22号）", """
重庆市大足区人民政府 关于调整部分区属国有企业领导人员职务的通知

大足府人〔2036〕22号

区国资委：

贺文斌　　任重庆市大足区水务集团有限公司副总经理（试用期一年）；
　　　　　免去其重庆市大足区水务集团有限公司总经理助理职务。

祁  红　　免去重庆市大足区统计局副局长职务（另有任用）。

重庆市大足区人民政府

2036年4月8日
""")

PLAN = Doc(OFFICE, "关于印发大足区慢行系统建设方案的通知（大足府办发〔2036〕30号）", f"""
重庆市大足区人民政府办公室 关于印发大足区慢行系统建设方案的通知

大足府办发〔2036〕30号

各街道办事处：

现将《大足区慢行系统建设方案》印发给你们。

重庆市大足区人民政府办公室

2036年4月10日

附件

大足区慢行系统建设任务清单

序号	项目类别	具体任务	责任单位（牵头）	责任单位（配合）	时间节点
1	绿道建设	建成濑溪河滨河绿道3公里	区住房城乡建委	区林业局	2036年10月
2		完善绿道标识系统	区城市管理局	区交通局	2036年8月
· 9 ·
{RUNNING_HEAD}
序号	项目类别	具体任务	责任单位（牵头）	责任单位（配合）	时间节点
3	绿道建设（续）	新增绿道驿站5个	区住房城乡建委	—	2036年12月
4	步行优化	改造人行道2公里	区城市管理局	区公安局	2036年9月
""")

NEARBY = Doc(OFFICE, "关于公布“就近办”事项清单（第九批）的通知（大足府办发〔2036〕31号）", """
重庆市大足区人民政府办公室 关于公布“就近办”事项清单（第九批）的通知

大足府办发〔2036〕31号

各镇人民政府、街道办事处：

现将“就近办”事项清单（第九批）予以公布，本批共3项。

重庆市大足区人民政府办公室

2036年4月12日

附件

“就近办”事项清单（第九批）

序号	事项名称	事项类型	下沉至镇（街道）
（一）区民政局（2项）
1	低保对象认定申请受理	行政确认	是
2	高龄津贴申领	行政给付	是
（二）区人力社保局、区医保局共同实施（1项）
3	灵活就业人员参保登记	公共服务	是
""")

MEETING = Doc(MEETINGS, "区第三届人民政府2036年第7次常务会议", """
区政府召开2036年第7次常务会议

（2036年4月14日）

区委副书记、区长孟凡主持会议，区政府副区长出席。

会议审议了《大足区慢行系统建设方案》。

会议对清明节期间森林防火工作作了安排。
""")

DOCUMENTS = (DECIDED, BLOCKS, PLAN, NEARBY, MEETING)
TOC_WITH_NUMBERS = [
    "一、区政府文件", "",
    f"{DECIDED.toc_title}……………1",
    BLOCKS.toc_title, "……………………………………2",
    "二、区政府办公室文件", "",
    f"{PLAN.toc_title}…3",
    f"{NEARBY.toc_title}………5",
    "三、区政府常务会议纪要", "",
    f"{MEETING.toc_title}……………7", "",
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_text(issue_text(*DOCUMENTS, toc_lines=TOC_WITH_NUMBERS),
                        tmp_path_factory.mktemp("twelve"))


def _appointments(extracted, doc_number):
    return [(row["person"], row["action"], row["position"], row["note"])
            for row in extracted.tables["appointments"] if row["doc_number"] == doc_number]


def test_a_cover_giving_the_year_and_month_over_the_issue_number(tmp_path: Path):
    cover = read_cover(tmp_path / "issue.txt", "\n".join([
        "重庆市大足区人民政府公报", "", "2036.4", "", "第 4 期　总第 58 期", "",
        "重庆市大足区人民政府办公室　主办", "", "2036年4月28日印发", "", "目　　录"]))
    assert (cover.year, cover.number, cover.total_number, cover.published) == (
        2036, 4, 58, dt.date(2036, 4, 28))


@pytest.mark.parametrize("printed", ["二〇三六年四月二十八日", "2036.4.28", "2036年4月28日　编印"])
def test_a_cover_dated_in_numerals_with_dots_or_among_other_words(tmp_path: Path, printed: str):
    cover = read_cover(tmp_path / "issue.txt", "\n".join([
        "重庆市大足区人民政府公报", "", "2036年第4期", "", printed, "", "目　　录"]))
    assert (cover.year, cover.number, cover.published) == (2036, 4, dt.date(2036, 4, 28))


def test_contents_entries_with_their_numbers_wrapped_onto_dot_leaders(extracted):
    entries = read_toc(extracted.source_text)
    assert [entry.title for entry in entries] == [  # the 文号 beside a title is no part of it
        re.sub(r"（大足府.*号）$", "", doc.toc_title) for doc in DOCUMENTS]
    assert [entry.page for entry in entries] == [1, 2, 3, 5, 7]
    assert [document.kind for document in extracted.documents] == [
        "appointments", "appointments", "task_plan", "service_catalogue", "executive_meeting"]


def test_appointments_decided_in_one_paragraph_with_probation_named_after(extracted):
    assert _appointments(extracted, "大足府人〔2036〕21号") == [
        ("付强", "任命", "副局长", "试用期一年"), ("邹平", "任命", "副局长", "试用期一年"),
        ("韩冬", "免去", "副局长", None), ("邹平", "免去", "副局长", None)]


def test_name_first_blocks_and_a_name_before_its_removal(extracted):
    assert _appointments(extracted, "大足府人〔2036〕22号") == [
        ("贺文斌", "任命", "副总经理", "试用期一年"), ("贺文斌", "免去", "总经理助理", None),
        ("祁红", "免去", "副局长", "另有任用")]


def test_units_headed_with_their_role_in_brackets_and_a_group_continued(extracted):
    tasks = extracted.tables["tasks"]
    assert [(row["number"], row["campaign"], row["lead_units"], row["cooperating_units"])
            for row in tasks] == [
        (1, "绿道建设", "区住房城乡建委", "区林业局"), (2, "绿道建设", "区城市管理局", "区交通局"),
        (3, "绿道建设", "区住房城乡建委", None), (4, "步行优化", "区城市管理局", "区公安局")]


def test_items_grouped_under_bracketed_department_lines_one_shared(extracted):
    items = [(row["seq"], row["implementer"]) for row in extracted.tables["service_items"]]
    assert items == [(1, "区民政局"), (2, "区民政局"), (3, "区人力社保局、区医保局")]


def test_a_report_dated_on_its_own_line_and_opened_by_its_chair(extracted):
    (meeting,) = extracted.tables["meetings"]
    assert (meeting["chair"], meeting["date"], meeting["number"]) == (
        "孟凡", dt.date(2036, 4, 14), 7)
    assert [row["kind"] for row in extracted.tables["meeting_topics"]] == ["审议", "部署"]
