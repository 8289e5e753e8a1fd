from scripts.recognise import recognise

from .outlines import outline


def test_any_list_with_catalogue_headers_is_a_service_catalogue():
    claim = recognise(outline("重庆市大足区人民政府办公室关于公布大足区“一网通办”事项清单"
                              "（第三批）的通知",
                              ["现予公布。"],
                              ["序号\t事项编码\t事项名称\t事项类别\t实施部门",
                               "1\t600100001000\t取水许可\t行政许可\t区水利局"]))
    assert claim.kind == "service_catalogue"
    assert "事项名称" in claim.reason


def test_item_names_without_a_type_or_implementer_column_are_no_catalogue():
    claim = recognise(outline("重庆市大足区人民政府办公室关于某某的通知", ["现予公布。"],
                              ["序号\t事项名称", "1\t取水许可"]))
    assert claim.kind == "other"
