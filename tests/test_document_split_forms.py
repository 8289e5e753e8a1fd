"""Document starts in other printed forms: wrapped titles, other 文号 forms, meeting titles."""

import pytest

from scripts.documents import is_running_head, read_toc, split_documents, starts_from_toc
from scripts.errors import PipelineError
from scripts.sources import load_corrections, read_source
from tests.kinds import snippets
from tests.kinds.synthetic import COLOPHON, Doc, extract_text, issue_text
from tests.kinds.synthetic import source_text as synthetic_source


def _split(tmp_path, *documents, toc_lines=None):
    return split_documents(synthetic_source(issue_text(*documents, toc_lines=toc_lines), tmp_path))


def test_titles_wrapped_over_two_lines_are_one_title(tmp_path):
    documents = _split(tmp_path, snippets.APPOINTMENTS, snippets.river_plan())
    assert [document.title for document in documents] == [
        "重庆市大足区人民政府关于张三等同志职务任免的通知",
        "重庆市大足区人民政府办公室关于印发大足区全面推行河长制工作方案的通知"]
    assert documents[0].number_line == documents[0].start_line + 3


@pytest.mark.parametrize("number", ["大足府函〔2021〕3号", "大足府办发[2021]16号",
                                    "大足府发〔2021〕 9 号",
                                    "大足府办〔2021〕120号"])
def test_any_document_number_form_starts_a_document(tmp_path, number):
    body = snippets.LETTER.body.replace("大足府办函〔2021〕3号", number)
    documents = _split(tmp_path, Doc(snippets.OFFICE, snippets.LETTER.toc_title, body))
    assert documents[0].doc_number == number.replace(" ", "")


@pytest.mark.parametrize("title", ["区政府召开2021年第8次常务会议",
                                   "区第二届人民政府第八次常务会议",
                                   "区政府第8次常务会议", "大足区人民政府2021年第12次常务会议"])
def test_meeting_reports_under_other_title_forms_are_found_and_dated(tmp_path, title):
    opening = "2021年8月30日，区政府区长王五主持召开会议。"
    meeting = Doc(snippets.MEETINGS, title, f"{title}\n\n{opening}")
    documents = _split(tmp_path, snippets.LETTER, meeting)
    assert documents[1].title == title
    assert documents[1].kind == "executive_meeting"
    assert str(documents[1].sign_date) == "2021-08-30"


def test_a_toc_entry_wrapped_over_two_lines_is_one_entry(tmp_path):
    toc = ["【区政府办公室文件】", "", "重庆市大足区人民政府办公室关于同意设立大足区",
           "某某公园的函·····1", ""]
    documents = _split(tmp_path, snippets.LETTER, toc_lines=toc)
    assert documents[0].toc_title == "重庆市大足区人民政府办公室关于同意设立大足区某某公园的函"


def test_a_signature_followed_by_a_title_is_not_taken_for_a_title(tmp_path):
    documents = _split(tmp_path, snippets.SAFETY_NOTICE, snippets.LETTER)
    assert len(documents) == 2 and documents[0].end_line < documents[1].start_line
    assert documents[0].issuer == "重庆市大足区人民政府办公室"
    assert str(documents[0].sign_date) == "2021-08-20"


def test_a_toc_naming_no_body_title_leaves_the_titles_found(tmp_path):
    toc = ["【区政府办公室文件】", "", "某某通知·····1", "", "另一个通知·····2", ""]
    (document,) = _split(tmp_path, snippets.LETTER, toc_lines=toc)
    assert document.toc_page is None and document.toc_title == document.title


def test_an_issue_without_a_readable_toc_is_split_by_its_titles(tmp_path):
    documents = _split(tmp_path, snippets.SAFETY_NOTICE, snippets.LETTER,
                       toc_lines=["本期要目：安全生产、用地审批", ""])
    assert [document.toc_page for document in documents] == [None, None]
    assert documents[1].issuer == "重庆市大足区人民政府办公室"


def test_a_body_without_any_document_title_is_an_error(tmp_path):
    with pytest.raises(PipelineError, match="no document found"):
        _split(tmp_path, toc_lines=["某某通知·····1", ""])


NO_NUMBER = Doc(snippets.GOV, "重庆市大足区住房和城乡建设委员会关于某某小区房屋安全鉴定结果"
                "的公示", """
重庆市大足区住房和城乡建设委员会关于某某小区房屋安全鉴定结果的公示

经鉴定，某某小区房屋安全等级为B级。现予公示。

重庆市大足区住房和城乡建设委员会

2021年8月3日
""")


def test_a_document_with_no_number_by_an_uncurated_issuer_is_found_through_the_toc(tmp_path):
    documents = _split(tmp_path, snippets.APPOINTMENTS, NO_NUMBER, snippets.LETTER)
    assert [document.kind for document in documents] == ["appointments", "other", "other"]
    found = documents[1]
    assert found.title == NO_NUMBER.toc_title and found.doc_number is None
    assert found.issuer == "重庆市大足区住房和城乡建设委员会"
    assert str(found.sign_date) == "2021-08-03"
    assert documents[2].doc_number == "大足府办函〔2021〕3号"


def test_the_toc_alone_finds_every_issue_1_document_start(source_text, tables):
    fresh = read_source(source_text.source, load_corrections())
    pairs = starts_from_toc(fresh, read_toc(fresh), [])
    issue_1 = source_text.source.source_id
    assert [start.line for _, start in pairs] == [
        row["source_line"] for row in tables["documents"] if row["source_id"] == issue_1]


def test_toc_sections_without_brackets_and_entries_without_leader_dots(tmp_path):
    toc = ["区政府办公室文件", "", f"{snippets.LETTER.toc_title}\t1", "",
           "区政府常务会议", "", f"{snippets.MEETING.toc_title}……2", ""]
    documents = _split(tmp_path, snippets.LETTER, snippets.MEETING, toc_lines=toc)
    assert [(document.section, document.toc_page) for document in documents] == [
        ("区政府办公室文件", 1), ("区政府常务会议", 2)]


@pytest.mark.parametrize("mark", ["☆", "▍", "➤"])
def test_toc_sections_after_any_mark_over_titles_whose_number_carries_the_page(tmp_path, mark):
    toc = [f"{mark}区政府办公室文件", "", snippets.LETTER.toc_title,
           "　　（大足府办函〔2021〕3号）……………………　1", "",
           f"{mark}区政府常务会议", "", f"{snippets.MEETING.toc_title}……………2", ""]
    documents = _split(tmp_path, snippets.LETTER, snippets.MEETING, toc_lines=toc)
    assert [(document.section, document.toc_title, document.toc_page)
            for document in documents] == [
        ("区政府办公室文件", snippets.LETTER.toc_title, 1),
        ("区政府常务会议", snippets.MEETING.toc_title, 2)]


def test_a_meeting_report_opening_without_its_date_is_dated_by_the_first_date_printed(tmp_path):
    meeting = Doc(snippets.MEETINGS, "区政府召开2021年第9次常务会议",
                  "区政府召开2021年第9次常务会议\n\n区长王五主持会议。\n\n会议于2021年9月3日研究了防汛工作。")
    (document,) = _split(tmp_path, meeting)
    assert str(document.sign_date) == "2021-09-03" and document.kind == "executive_meeting"


def test_a_document_without_a_signature_is_kept_dated_and_reviewed(tmp_path):
    unsigned = Doc(snippets.OFFICE, snippets.LETTER.toc_title,
                   snippets.LETTER.body.replace("重庆市大足区人民政府办公室\n\n2021年8月28日", ""))
    context = extract_text(issue_text(unsigned, snippets.SAFETY_NOTICE), tmp_path)
    first = context.documents[0]
    assert first.sign_date == context.source_text.source.published
    assert first.issuer == "重庆市大足区人民政府办公室"  # from its title
    assert [item.line for item in context.review if "no signature" in item.what] == [
        first.start_line]
    assert len(context.documents) == 2


def test_a_contents_without_section_headings_lists_its_documents(tmp_path):
    toc = [f"{snippets.LETTER.toc_title}……………………1", f"{snippets.SAFETY_NOTICE.toc_title}……2"]
    documents = _split(tmp_path, snippets.LETTER, snippets.SAFETY_NOTICE, toc_lines=toc)
    assert [(document.section, document.doc_number) for document in documents] == [
        ("目录", "大足府办函〔2021〕3号"), ("目录", "大足府办发[2021]16号")]


def test_a_toc_entry_without_a_body_title_leaves_its_text_to_the_document_before(tmp_path):
    toc = ["【区政府办公室文件】", "", f"{snippets.LETTER.toc_title}·····1", "",
           "关于某某事项的说明·····2", "", f"{snippets.SAFETY_NOTICE.toc_title}·····3", ""]
    text = issue_text(snippets.LETTER, snippets.SAFETY_NOTICE, toc_lines=toc)
    context = extract_text(text, tmp_path)
    assert [document.title for document in context.documents] == [
        snippets.LETTER.toc_title, snippets.SAFETY_NOTICE.toc_title]
    [item] = [item for item in context.review if "has no body title" in item.what]
    assert "关于某某事项的说明" in item.what and item.line == context.documents[0].start_line


@pytest.mark.parametrize("colophon", [
    ["━━━━━━━━━━━━", "《重庆市大足区人民政府公报》（2021年第9期）", "编　　印：区政府办公室",
     "编辑部电话：023-43769896"],
    ["主办：重庆市大足区人民政府办公室", "地址：北环二路东段1号", "本刊免费赠阅"],
])
def test_the_colophon_in_any_curated_form_is_outside_the_last_document(tmp_path, colophon):
    text = issue_text(snippets.LETTER).replace(COLOPHON, "\n".join(colophon))
    issue = synthetic_source(text, tmp_path)
    document = split_documents(issue)[-1]
    kept = [line for _, line in issue.numbered(document.start_line, document.end_line)]
    assert not any(line in kept for line in colophon)


def test_a_labelled_line_followed_by_long_text_stays_in_the_document(tmp_path):
    long_line = "活动期间各单位要做好安全保障工作，" * 4
    body = snippets.LETTER.body + "\n主办单位：区文化旅游委\n" + long_line
    issue = synthetic_source(issue_text(Doc(snippets.OFFICE, snippets.LETTER.toc_title, body)),
                             tmp_path)
    document = split_documents(issue)[-1]
    kept = [line for _, line in issue.numbered(document.start_line, document.end_line)]
    assert "主办单位：区文化旅游委" in kept


def test_sections_in_tortoise_shell_brackets_head_wrapped_entries(tmp_path):
    toc = ["〔区政府文件〕", "关于某事的通知……（1）", "〔区政府办公室文件〕",
           "重庆市大足区人民政府办公室关于同意设立大足区", "　某某公园的函………（2）", ""]
    text = issue_text(snippets.LETTER, toc_lines=toc)
    entries = read_toc(synthetic_source(text, tmp_path))
    assert [(entry.section, entry.title) for entry in entries] == [
        ("区政府文件", "关于某事的通知"),
        ("区政府办公室文件", "重庆市大足区人民政府办公室关于同意设立大足区某某公园的函")]


@pytest.mark.parametrize("line", ["重庆市大足区人民政府公报　2035年第3期　　　　11",
                                  "重庆市大足区人民政府公报·2035年第7期",
                                  "重庆市大足区人民政府公报2035年第11期　　·16·",
                                  "第 5 页　2035年第2期　重庆市大足区人民政府公报"])
def test_a_running_head_with_its_page_number_or_dots_is_no_title(line):
    assert is_running_head(line)
    assert not is_running_head("重庆市大足区人民政府关于公布2035年第3期事项清单的通知")
