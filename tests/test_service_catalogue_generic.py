"""Service catalogues of any batch and wording: names from the title, totals as worded."""

import pytest

from scripts.parsers.service_items import batch_name, catalogue_name, stated_totals
from tests.kinds import snippets
from tests.kinds.synthetic import Doc, extract_text, issue_text


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    return extract_text(issue_text(snippets.CATALOGUE), tmp_path_factory.mktemp("catalogue"))


def test_catalogue_and_batch_come_from_the_title(catalogue):
    items = catalogue.tables["service_items"]
    assert {(item["catalogue"], item["batch"]) for item in items} == {("一网通办", "第三批")}
    assert [item["seq"] for item in items] == [1, 2, 3, 4, 5]


def test_other_header_labels_fill_the_same_fields(catalogue):
    first = catalogue.tables["service_items"][0]
    assert (first["base_code"], first["name"], first["item_type"], first["implementer"]) == (
        "600100001000", "取水许可", "行政许可", "区水利局")


def test_a_new_item_type_is_taken_from_the_data(catalogue):
    assert catalogue.tables["service_items"][4]["item_type"] == "行政备案"


def test_an_item_shared_by_two_departments_links_both_in_order(catalogue):
    links = [(link["department_id"], link["position"])
             for link in catalogue.tables["service_item_departments"]
             if link["item_id"].endswith("-004")]
    assert links == [("ecology-environment", 1), ("edz-ecology-environment", 2)]


def test_a_total_matching_the_table_raises_no_review_item(catalogue):
    assert catalogue.review == []


@pytest.mark.parametrize(("text", "expected"), [
    ("涉及44个部门，共413项。", {"departments": 44, "items": 413}),
    ("本次公布事项共计27项，涉及9个部门。", {"items": 27, "departments": 9}),
    ("以上事项合计15项。", {"items": 15}),
    ("本批次梳理“就近办”事项120项，涉及12家单位。", {"items": 120, "departments": 12}),
    ("此次公布的事项合计18项，分属7个区级部门。", {"items": 18, "departments": 7}),
    ("现将有关事项通知如下。", {}),
    ("本批事项共计22项，由9个区级部门（单位）实施。", {"items": 22, "departments": 9}),
    ("本次共清理事项16项，涉及区级部门（单位）8个。", {"items": 16, "departments": 8}),
])
def test_totals_worded_in_any_curated_way_are_read(text, expected):
    assert stated_totals(text) == expected


def test_a_stated_total_the_table_does_not_reach_is_reported(tmp_path):
    body = snippets.CATALOGUE.body.replace("事项5项", "事项6项")
    context = extract_text(issue_text(Doc(snippets.OFFICE, snippets.CATALOGUE.toc_title, body)),
                           tmp_path)
    assert any("states 6 items" in item.what and "lists 5" in item.what for item in context.review)


@pytest.mark.parametrize(("title", "name", "batch"), [
    ("关于印发大足区镇街及村社“就近办”事项清单（第二批）的通知", "就近办", "第二批"),
    ("关于大足区“最多跑一次”事项清单二批的通知", "最多跑一次", "第二批"),
    ("关于公布大足区政务服务事项清单（第10批）的通知", "大足区政务服务", "第10批"),
    ("关于公布镇街“就近办”事项清单（2025年第一批）的通知", "就近办", "2025年第一批"),
])
def test_catalogue_names_and_batches_in_other_title_forms(title, name, batch):
    assert catalogue_name(title) == name
    assert batch_name([title]) == batch


GROUPED = """
重庆市大足区人民政府办公室关于公布大足区“跨区通办”事项清单的通知

大足府办发〔2021〕70号

区政府各部门：

现将第一批“跨区通办”事项清单予以公布，共计3项。

重庆市大足区人民政府办公室

2021年9月6日

序号\t事项名称\t事项类型
一、区公安局（2项）\t\t
1\t居民身份证异地换领\t行政确认
2\t户籍证明\t公共服务
二、区民政局（1项）\t\t
3\t婚姻登记档案查询及出具证明，含\t公共服务
\t补发证明\t
"""


def test_items_grouped_under_department_headings_take_the_heading_as_implementer(tmp_path):
    doc = Doc(snippets.OFFICE, "重庆市大足区人民政府办公室关于公布大足区“跨区通办”事项清单的通知",
              GROUPED)
    context = extract_text(issue_text(doc), tmp_path)
    assert [(item["seq"], item["name"], item["implementer"], item["batch"])
            for item in context.tables["service_items"]] == [
        (1, "居民身份证异地换领", "区公安局", "第一批"), (2, "户籍证明", "区公安局", "第一批"),
        (3, "婚姻登记档案查询及出具证明，含补发证明", "区民政局", "第一批")]
    assert context.review == []


def test_a_catalogue_continued_after_a_page_number_keeps_every_item(tmp_path):
    header = "序号\t事项编码\t事项名称\t事项类别\t实施部门"
    body = snippets.CATALOGUE.body.replace("3\t600100003000",
                                           f"\n— 2 —\n\n{header}\n3\t600100003000")
    context = extract_text(issue_text(Doc(snippets.OFFICE, snippets.CATALOGUE.toc_title, body)),
                           tmp_path)
    assert [item["seq"] for item in context.tables["service_items"]] == [1, 2, 3, 4, 5]


def test_levels_printed_in_one_cell_say_where_an_item_is_delegated(tmp_path):
    title = "重庆市大足区人民政府办公室关于公布第五批“就近办”事项的通知"
    body = "\n".join([
        title,
        "大足府办发〔2021〕99号",
        "本批事项合计2项，分属2个区级部门。",
        "序号\t事项名称\t区级部门\t事项类别\t可办层级",
        "1\t居住登记\t区公安局\t行政确认\t镇（街道）、村（社区）",
        "2\t法律援助申请受理\t区司法局\t公共服务\t镇（街道）",
        "重庆市大足区人民政府办公室",
        "2021年9月1日",
    ])
    context = extract_text(issue_text(Doc("区政府办公室文件", title, body)), tmp_path)
    items = context.tables["service_items"]
    assert [(item["to_town"], item["to_village"]) for item in items] == [(True, True),
                                                                        (True, False)]


def test_delegation_columns_named_by_their_level_and_ticked(tmp_path):
    title = "重庆市大足区人民政府办公室关于公布第六批“就近办”事项的通知"
    body = "\n".join([
        title, "大足府办发〔2021〕98号", "本批共下沉事项2项，涉及区级主管部门2个。",
        "序号\t事项名称\t区级主管部门\t事项类型\t镇（街道）办理\t村（社区）帮代办",
        "1\t居住证申领受理\t区公安局\t公共服务\t√\t√",
        "2\t法律援助申请受理\t区司法局\t公共服务\t√\t—",
        "重庆市大足区人民政府办公室", "2021年9月1日",
    ])
    context = extract_text(issue_text(Doc("区政府办公室文件", title, body)), tmp_path)
    items = context.tables["service_items"]
    assert [(item["to_town"], item["to_village"]) for item in items] == [(True, True),
                                                                        (True, False)]
    assert stated_totals("本批共下沉事项2项，涉及区级主管部门2个。") == {
        "items": 2, "departments": 2}


def test_a_catalogue_headed_in_other_words_is_read(tmp_path):
    # 编号 | 服务事项 | 办理部门 | 事项性质: no label issue 1 prints
    body = """
重庆市大足区人民政府办公室 关于公布大足区第十八批“最多跑一次”事项清单的通知

大足府办发〔2039〕60号

各镇街，区政府各部门：

现将第十八批“最多跑一次”事项清单予以公布。本批共2项。

重庆市大足区人民政府办公室

2039年8月1日

附件

大足区第十八批“最多跑一次”事项清单

编号	服务事项	办理部门	事项性质
1	残疾人证办理	区残联	公共服务
2	食品经营许可	区市场监管局	行政许可
"""
    doc = Doc("区政府办公室文件", "关于公布大足区第十八批“最多跑一次”事项清单的通知", body)
    context = extract_text(issue_text(doc), tmp_path)
    assert [document.kind for document in context.documents] == ["service_catalogue"]
    assert [(row["seq"], row["name"], row["implementer"], row["item_type"])
            for row in context.tables["service_items"]] == [
        (1, "残疾人证办理", "区残联", "公共服务"), (2, "食品经营许可", "区市场监管局", "行政许可")]
