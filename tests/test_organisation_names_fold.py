"""Printed variants of an organisation's name resolve to one organisation."""

from __future__ import annotations

import pytest

from scripts.departments import DepartmentIndex


@pytest.fixture
def index() -> DepartmentIndex:
    return DepartmentIndex.load()


@pytest.mark.parametrize("printed", [
    "龙水镇", "龙水镇人民政府", "大足区龙水镇", "重庆市大足区龙水镇人民政府",
    "大足区龙水镇人民政府", "龙 水 镇", "龙水镇 人民政府", "龙水镇政府",
])
def test_a_town_printed_with_or_without_its_styles_is_one_organisation(index, printed):
    assert index.resolve(printed).department_id == index.resolve("龙水镇").department_id


@pytest.mark.parametrize("printed", ["棠香街道", "棠香街道办事处", "大足区棠香街道办事处",
                                     "重庆市大足区棠香街道"])
def test_a_subdistrict_printed_with_or_without_its_office_is_one_organisation(index, printed):
    assert index.resolve(printed) is index.resolve("棠香街道")


def test_a_department_printed_without_the_district_style_resolves(index):
    assert index.resolve("城市管理局") is index.resolve("区城市管理局")
    assert index.resolve("大足区城市管理局") is index.resolve("区城市管理局")


def test_a_cell_of_styled_town_names_links_each_town_once(index):
    linked = index.link("龙水镇人民政府、大足区龙水镇、棠香街道办事处和区城管局等部门",
                        source_id="x", line=1)
    assert linked.departments == [index.resolve("龙水镇"), index.resolve("棠香街道"),
                                  index.resolve("区城管局")]
    assert linked.unknown_text == []
    assert index.provisional == []


def test_a_name_ending_like_a_government_style_is_not_the_district_government(index):
    linked = index.link("区人民医院", source_id="x", line=1)
    assert [d.name for d in linked.departments] == ["区人民医院"]
    assert linked.departments[0].provisional


def test_a_city_body_is_not_taken_for_the_district_body_of_the_same_name(index):
    linked = index.link("市委宣传部", source_id="x", line=1)
    assert linked.departments[0] is not index.resolve("区委宣传部")
    assert linked.departments[0].provisional


@pytest.mark.parametrize(("name", "kind"), [
    ("区红十字会", "群团组织"), ("区科学技术协会", "群团组织"), ("区个体劳动者协会", "群团组织")])
def test_a_society_or_federation_is_a_kind_of_organisation(index, name, kind):
    assert index.vocabulary.kind_of(name) == kind
