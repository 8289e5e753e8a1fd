"""A character typed by its sound (抵压 for 抵押) is read as the name's character."""

from __future__ import annotations

from bot.homophones import Homophones, sound_alike

NAMES = ["机动车抵押登记", "区档案局", "区城市管理局", "大足区各部门"]


def _printed(piece: str) -> bool:
    pairs = {name[i:i + 2] for name in NAMES for i in range(len(name) - 1)}
    return all(piece[i:i + 2] in pairs for i in range(len(piece) - 1))


HOMOPHONES = Homophones(NAMES, _printed)


def test_a_character_that_sounds_like_the_names_is_read_as_it():
    assert HOMOPHONES.corrected("车子抵压登记在哪办") == "车子抵押登记在哪办"
    assert HOMOPHONES.corrected("档按局办些什么") == "档案局办些什么"


def test_words_of_the_question_around_a_name_are_left_alone():
    # 个部门 sounds like 各部门, but the slip would be at the piece's edge: no name agrees
    # on both sides of it
    assert HOMOPHONES.corrected("找哪个部门") == "找哪个部门"


def test_a_printed_piece_is_never_changed():
    assert HOMOPHONES.corrected("机动车抵押登记") == "机动车抵押登记"


def test_only_the_usual_reading_makes_characters_sound_alike():
    assert sound_alike("按", "案")
    assert not sound_alike("过", "活")  # 活 is read guo only rarely


PEOPLE = ["苗德清", "苗德钧", "韩立新"]
PEOPLE_NAMES = [*NAMES, *PEOPLE]


def _printed_with_people(piece: str) -> bool:
    pairs = {name[i:i + 2] for name in PEOPLE_NAMES for i in range(len(name) - 1)}
    return all(piece[i:i + 2] in pairs for i in range(len(piece) - 1))


WITH_PEOPLE = Homophones(PEOPLE_NAMES, _printed_with_people, people=PEOPLE)


def test_a_persons_surname_typed_by_its_sound_is_read_as_the_name():
    assert WITH_PEOPLE.corrected("寒立新当了啥子官") == "韩立新当了啥子官"


def test_a_person_off_by_a_sound_alike_character_is_found_though_each_pair_is_printed():
    # 德清 and 苗德 are both printed (苗德清, 苗德钧), 苗德青 is nobody's name
    assert WITH_PEOPLE.corrected("苗德青任的啥职务") == "苗德清任的啥职务"


def test_a_person_printed_whole_and_a_name_not_sounding_alike_are_left_alone():
    assert WITH_PEOPLE.corrected("苗德钧任的啥职务") == "苗德钧任的啥职务"
    assert WITH_PEOPLE.corrected("苗德明任的啥职务") == "苗德明任的啥职务"


def test_a_four_character_piece_may_be_off_at_its_end():
    names = ["国籍身份变更确认"]
    pairs = {name[i:i + 2] for name in names for i in range(len(name) - 1)}
    homophones = Homophones(names, lambda p: all(p[i:i + 2] in pairs for i in range(len(p) - 1)))
    assert homophones.corrected("国籍身分改了找哪个") == "国籍身份改了找哪个"
    # three characters off by one at an end stay as typed: too little agrees
    assert homophones.corrected("籍身分") == "籍身分"


def test_a_character_at_an_end_printed_with_the_next_one_is_that_words():
    """甲乙镇征收: 征 is of 征收, not 甲乙镇正街 mistyped."""
    names = ["甲乙镇正街片区改造项目", "房屋征收决定"]
    pairs = {name[i:i + 2] for name in names for i in range(len(name) - 1)}
    homophones = Homophones(names, lambda p: all(p[i:i + 2] in pairs for i in range(len(p) - 1)))
    assert homophones.corrected("甲乙镇征收补好多") == "甲乙镇征收补好多"
    assert homophones.corrected("甲乙镇政街补好多") == "甲乙镇正街补好多"


def test_a_character_at_an_end_beginning_a_word_of_the_question_is_left_alone():
    """安全管理归哪个管: 归 begins 归哪个, not 安全管理规定 mistyped."""
    names = ["安全管理规定"]
    pairs = {name[i:i + 2] for name in names for i in range(len(name) - 1)}
    homophones = Homophones(names, lambda p: all(p[i:i + 2] in pairs for i in range(len(p) - 1)),
                            words=["归哪个"])
    assert homophones.corrected("安全管理归哪个管") == "安全管理归哪个管"
    assert homophones.corrected("安全管理归咋个看") == "安全管理规咋个看"
