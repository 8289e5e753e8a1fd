"""An organisation missing from departments.csv gets a provisional id and a review item."""

from __future__ import annotations

from pathlib import Path

from scripts.departments import PROVISIONAL_PREFIX, DepartmentIndex
from tests.parsers.synthetic import synthetic_context


def test_an_unknown_organisation_gets_a_stable_provisional_id():
    first = DepartmentIndex.load().link("区城管局、区低空经济发展局", source_id="x", line=3)
    again = DepartmentIndex.load().link("重庆市大足区低空经济发展局", source_id="y", line=9)
    unknown = first.departments[1]
    assert unknown.department_id.startswith(PROVISIONAL_PREFIX)
    assert unknown.provisional and unknown.kind == "区级部门"
    assert again.departments[0].department_id == unknown.department_id
    assert unknown.first_seen == ("x", 3)


def test_printed_variants_of_an_unknown_town_share_one_provisional_id():
    index = DepartmentIndex.load()
    town = index.link("新城镇人民政府", source_id="x", line=1).departments[0]
    assert town.kind == "镇街"
    assert index.link("大足区新城镇", source_id="x", line=2).departments == [town]
    assert index.resolve("新城镇") is town
    assert len(index.provisional) == 1


def test_an_office_printed_in_full_and_short_is_one_provisional_office_with_an_alias():
    index = DepartmentIndex.load()
    office = index.link("重庆市大足区低空经济办公室", source_id="x", line=4).departments[0]
    assert index.link("区低空经济办", source_id="x", line=8).departments == [office]
    assert len(index.provisional) == 1
    assert index.provisional_aliases == [("区低空经济办", office.department_id, "x", 8)]


def test_text_that_names_no_organisation_is_returned_not_invented():
    index = DepartmentIndex.load()
    linked = index.link("区城管局牵头", source_id="x", line=1)
    assert [d.name for d in linked.departments] == ["区城市管理局"]
    assert linked.unknown_text == ["牵头"]
    assert index.provisional == []


def test_linking_an_unknown_organisation_flags_it_with_a_suggested_row(tmp_path: Path):
    _, context = synthetic_context(tmp_path, ["标题", "区城管局、区低空经济发展局"],
                                   kind="other", title="标题")
    ids = context.link_departments("区城管局、区低空经济发展局", line=2, column="责任单位")
    assert ids[0] == "urban-management" and ids[1].startswith(PROVISIONAL_PREFIX)
    [item] = context.review
    assert item.line == 2 and "区低空经济发展局" in item.what
    assert item.curated_file == "sources/departments.csv"
    assert item.suggested_row.startswith(f"{ids[1]},区低空经济发展局,")


def test_an_unknown_name_containing_a_known_one_is_one_organisation():
    index = DepartmentIndex.load()
    linked = index.link("团区委、区委督查办、区政府督查室、区城管局", source_id="x", line=1)
    assert [d.name for d in linked.departments] == ["团区委", "区委督查办", "区政府督查室",
                                                    "区城市管理局"]
    assert [d.provisional for d in linked.departments] == [True, True, True, False]
    assert linked.unknown_text == []


def test_an_unknown_organisation_named_again_is_one_item_listing_each_place(tmp_path: Path):
    lines = ["标题", "区低空经济发展局", "区城管局", "区低空经济发展局、区城管局"]
    _, context = synthetic_context(tmp_path, lines, kind="other", title="标题")
    for line in (2, 4):
        context.link_departments(lines[line - 1], line=line, column="实施主体")
    context.organisation("重庆市大足区低空经济发展局", line=3, column="post")
    [item] = context.review
    assert item.line == 2
    assert [place.rsplit(":", 1)[1] for place in item.also] == ["4", "3"]
    assert "also at 2 more place(s)" in str(item)


def test_a_likely_misprint_of_a_curated_name_suggests_an_alias():
    index = DepartmentIndex.load()
    [misprint] = index.link("区城市管理局、区生态环镜局", source_id="x", line=1).departments[1:]
    assert misprint.provisional and misprint.resembles.department_id == "ecology-environment"
    assert misprint.suggested_row().startswith(
        "ecology-environment (区生态环境局): add 区生态环镜局 to its aliases")
    [unknown] = index.link("区低空经济发展局", source_id="x", line=2).departments
    assert unknown.resembles is None
