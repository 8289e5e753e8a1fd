"""Names read from the database: organisations with their forms, people, free-text indexes."""

from __future__ import annotations

import sqlite3

from bot.lexicon import SubstringIndex, is_typo


def test_organisations_are_known_by_every_printed_form(lexicon):
    for form in ("区公安局", "公安局", "重庆市大足区公安局", "大足区公安局"):
        assert lexicon.department_variants[form] == "public-security"
    assert lexicon.department_variants["区城管局"] == "urban-management"  # printed alias
    assert lexicon.department_variants["教委"] == "education"  # short form that ends like an office


def test_colloquial_names_map_to_printed_organisations(lexicon):
    assert lexicon.department_variants["住建委"] == "housing-urban-rural-development"
    assert lexicon.department_names["housing-urban-rural-development"] == "区住房城乡建委"


def test_towns_are_known_with_and_without_their_suffix(lexicon):
    assert (
        lexicon.department_variants["龙水镇"] == lexicon.department_variants["龙水"] == "longshui"
    )
    assert lexicon.is_town("longshui")
    assert not lexicon.is_town("public-security")


def test_district_prefix_alone_is_not_an_organisation(lexicon):
    assert "人民政府" not in lexicon.department_variants
    assert "级有关部门" not in lexicon.department_variants


def test_people_come_from_appointments_groups_and_meetings(lexicon, database):
    with sqlite3.connect(database) as connection:
        appointed = {row[0] for row in connection.execute("select person from appointments")}
        members = {
            row[0]
            for row in connection.execute(
                "select name from leading_group_members where name is not null"
            )
        }
    assert appointed | members <= set(lexicon.persons)
    assert "appointment" in lexicon.persons["胡建伟"]
    assert "meeting_chair" in lexicon.persons["李步彬"]


def test_spans_take_the_longest_name(lexicon):
    spans = lexicon.spans("重庆市大足区公安局和龙水镇")
    assert [(s.text, s.value) for s in spans] == [
        ("重庆市大足区公安局", "public-security"),
        ("龙水镇", "longshui"),
    ]


def test_peril_words_come_from_the_printed_scope(lexicon):
    assert lexicon.peril_words["暴雨"] == "自然灾害"
    assert lexicon.peril_words["高空坠物"] == "公共场所安全"
    assert lexicon.peril_words["火灾"] == "火灾、爆炸"


def test_person_near_misses_need_three_characters(lexicon):
    assert lexicon.person_near_misses("胡建为") == ["胡建伟"]
    assert lexicon.person_near_misses("李四") == []


def test_a_person_near_miss_keeps_the_surname(lexicon):
    assert lexicon.person_near_misses("张建伟") == []  # 胡建伟 is someone else


def test_years_and_current_year(lexicon):
    assert 2021 in lexicon.years
    assert lexicon.current_year == 2021


def test_substring_index_finds_maximal_pieces():
    index = SubstringIndex(["普通护照签发", "不动产登记", "不动产登记资料查询"])
    assert index.maximal_pieces("办护照在哪") == [("护照", 1)]
    assert index.maximal_pieces("不动产登记资料") == [("不动产登记资料", 0)]
    assert index.hits("不动产登记") == {1, 2}


def test_specificity_ranks_rare_words_above_common_ones(lexicon):
    services = lexicon.services
    assert services.specificity("护照") > 1.5 > services.specificity("登记")
    assert services.specificity("不动产登记") > services.specificity("护照")


def test_near_miss_corrects_typos_but_not_other_words(lexicon):
    known = lexicon.known_pairs
    assert lexicon.services.near_miss("不动产登计", known) == ["不动产登记"]
    assert "个体工商户注销登记" not in lexicon.services.near_miss("个体工商户注册登记", known)


def test_is_typo_looks_at_both_neighbours():
    known = {"注册", "登记"}
    assert is_typo("不动产登计", 4, known)
    assert not is_typo("注册登记", 1, known)


def test_a_residents_word_for_a_peril_names_the_peril_whose_scope_prints_it(lexicon):
    from bot.vocabulary import PERIL_WORDS

    printed = {said: word for said, word in PERIL_WORDS.items() if word in lexicon.peril_words}
    assert printed
    for said, word in printed.items():
        assert lexicon.peril_words[said] == lexicon.peril_words[word]


def test_a_peril_in_residents_words_finds_who_certifies_it(answerer):
    answer = answerer.ask("楼上掉东西下来把人砸了，巨灾保险哪个部门认定")
    assert answer.tool == "insurance_duties_by_keyword"
    assert all("高空坠物" in row["duty"] for row in answer.rows if "duty" in row) and answer.rows


def test_a_subdistrict_printed_with_the_district_and_its_office_is_named_by_its_stem():
    from bot.lexicon import _department_variants
    variants = set(_department_variants("区和平街道办事处", is_town=True))
    assert {"和平街道", "和平", "和平街道办事处"} <= variants
