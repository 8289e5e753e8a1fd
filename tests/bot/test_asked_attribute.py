"""What was asked (a fee, a phone number …): an answer without such a value says so first."""

from __future__ import annotations

import re

import pytest

from bot import asked


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("不动产登记要交多少钱", "charge"),
        ("养犬登记要收几个钱", "charge"),
        ("无犯罪记录证明几天能办好", "duration"),
        ("区民政局电话是多少", "phone"),
        ("交通服务热线是多少", "phone"),
        ("办营业执照要带什么材料", "materials"),
        ("全程网办占比要达到多少", "percentage"),
        ("河长多久巡一次河", "frequency"),
        ("赔款多久能到账", "duration"),
        ("是哪家保险公司承保", "responsible"),
        ("区医保局几点到几点上班", "hours"),
        ("星期六上不上班", "hours"),
        ("这个方案是依据哪份文件制定的", "basis"),
        ("办居住证收不收钱", "charge"),
        ("这个补偿好多钱", "fee"),
        ("区医保局在哪点办公", "address"),
        ("领导小组多久向区政府汇报一次", "frequency"),
        ("护林员一个月多少工资", "wage"),
        ("这个通知是按上面哪些文件精神制定的", "basis"),
        ("不服征收决定可以申请复议 有好久时间", "duration"),
        ("对评估报告有异议，好多天之内能提出", "duration"),
        ("他现在在哪个单位", "new_post"),
        ("建筑耐火等级最低要好多级", "grade"),  # a grade, not a percentage
        ("托育机构一个月收好多钱", "charge"),
        ("公积金最多能贷好多", "loan"),
    ],
)
def test_the_asked_attribute_is_read_from_the_curated_vocabulary(question, attribute):
    found = asked.asked(question)
    assert found is not None and found.name == attribute


def test_the_unit_a_service_is_done_at_is_no_new_post():
    found = asked.asked("每年都要做那个生存认证，在哪个单位做")
    assert found is None or found.name != "new_post"


def test_how_much_money_in_dialect_is_no_count():
    found = asked.asked("电视迁移补几个钱")
    assert found is None or found.name != "count"


def test_a_missing_value_is_said_first_and_the_neighbouring_fact_follows(answerer):
    answer = answerer.ask("不动产登记要交多少钱")
    assert answer.kind == "not_stated"
    assert answer.answer.startswith("公报没有写明不动产登记的收费标准")
    assert "元" not in answer.answer


def test_a_value_present_in_the_answer_is_answered(answerer):
    answer = answerer.ask("征收现场办公电话是多少")
    assert answer.kind == "tool" and "13983240096" in answer.answer


def test_question_words_of_a_cue_are_dropped_and_its_subject_words_kept():
    frequency = asked.asked("河长多久巡一次河")
    assert frequency is not None
    assert frequency.without_question_words("河长多久巡一次河").split() == ["河长", "巡", "河"]
    premium = asked.asked("保费一共多少")
    assert premium is not None and "保费" in premium.without_question_words("保费一共多少")


def test_a_subsidy_paid_to_a_facility_is_no_charge_to_residents():
    charge = asked.by_name("charge")
    assert charge is not None
    assert not charge.found_in("对每个养老服务中心平均给予奖励补助100万元")
    assert charge.found_in("日间照料收费标准为每人每天15元")
    assert charge.found_in("床位费800元/月") and charge.found_in("居民免费办理")


def test_a_charge_asked_of_a_place_the_gazette_only_subsidises_is_not_stated(answerer):
    answer = answerer.ask("镇级养老服务中心住进去一个月要交好多钱")
    assert answer.kind == "not_stated" and answer.answer.startswith("公报没有写明")


def test_a_day_of_a_date_is_no_time_limit():
    duration = asked.by_name("duration")
    assert duration is not None
    assert not duration.found_in("保险期间为2021年7月1日0时至2022年6月30日24时")
    assert duration.found_in("在10个工作日内支付赔款") and duration.found_in("60日内")


def test_a_malformed_vocabulary_row_names_file_and_row(tmp_path):
    bad = tmp_path / "bot_asked.csv"
    bad.write_text("attribute,label,cues,value\nfee,收费,多少钱,(unclosed\n", encoding="utf-8")
    with pytest.raises(asked.VocabularyError, match=r"bot_asked.csv:2: column value"):
        asked.load(bad)


def test_office_hours_the_gazette_does_not_print_are_not_stated(answerer):
    answer = answerer.ask("区司法局提供法律援助，几点到几点上班")
    assert answer.kind == "not_stated"
    assert answer.answer.startswith("公报没有写明") and "办公时间" in answer.answer


def test_office_hours_the_gazette_prints_are_quoted(answerer):
    answer = answerer.ask("征收现场办公时间是几点到几点")
    assert answer.kind == "tool"
    assert re.search(r"\d{1,2}[:：]\d{2}", answer.answer)


def test_the_document_a_plan_follows_is_quoted_not_its_tasks(answerer):
    answer = answerer.ask("高层建筑消防安全综合治理的那个方案，依据的是市里什么文件")
    assert answer.tool == "passages"
    assert re.search(r"(?:根据|按照|依据)[^。]*《[^》]+》[^。]*〔\d{4}〕\d+号", answer.answer)


def test_which_several_is_not_a_count():
    found = asked.asked("他在哪几个小组里任职")
    assert found is None or found.name != "count"


def test_a_frequency_printed_without_a_count_is_a_value():
    frequency = asked.by_name("frequency")
    assert frequency is not None and frequency.found_in("办公室每季度向区政府报告进展")


def test_documents_a_notice_carries_out_are_its_basis():
    basis = asked.by_name("basis")
    assert basis is not None and basis.found_in(
        "为认真贯彻落实《关于开展农业保险的实施意见》（渝府办发〔2019〕12号）精神，结合实际")


def test_a_hotline_whose_department_is_asked_asks_no_phone_number():
    found = asked.asked("96096是哪个部门的热线")
    assert found is None or found.name != "phone"


@pytest.mark.parametrize(("question", "thing"), [
    ("安置房以后物业费好多钱一平", "物业"),
    ("摊位租金一个月好多钱", "摊位"),
    ("停产停业损失补偿费标准是好多", None),  # a payment the schemes name: their own item
    ("办护照要交好多钱", None),
])
def test_the_thing_whose_price_is_asked_is_the_word_before_its_fee(question, thing):
    assert asked.priced_thing(question) == thing


def test_a_sentence_pricing_another_thing_is_no_answer_to_a_fee(answerer):
    """The settlement price of resettlement homes is no property fee: said not stated."""
    answer = answerer.ask("安置房以后的物业费好多钱一个平方")
    assert answer.kind in ("not_stated", "no_data")
    assert "物业" not in answer.answer.split("\n", 1)[-1]


def test_a_value_a_scheme_does_not_price_is_said_with_its_items_not_their_figures(answerer):
    answer = answerer.ask("征收的时候屋后头的祖坟迁移补好多钱")
    assert answer.kind == "not_stated" and "列出的补偿项目有" in answer.answer
    assert not re.search(r"\d+元", answer.answer)


def test_which_days_asks_dates_not_a_duration():
    assert asked.asked("春节景区交通管制是哪几天").name == "date"
    assert asked.asked("几天能办好").name == "duration"


@pytest.mark.parametrize(
    ("attribute", "text"),
    [
        ("address", "定期开展消防宣传进企业、进农村、进社区、进学校。"),  # a community, no address
        ("address", "推进高层建筑楼道清理。"),
        ("hours", "按照不低于1:10标准配备管理服务人员。"),  # a ratio, no clock time
        ("hours", "设置配餐室、休息室、活动室等功能用房。"),
        ("materials", "每亩保险金额20000元（其中骨架16000元、覆盖材料4000元）。"),  # a material
        ("wage", "对每个养老服务中心平均给予奖励补助100万元。"),  # a subsidy, no one's pay
    ],
)
def test_words_that_merely_occur_in_a_sentence_are_no_value_of_the_kind(attribute, text):
    assert not next(a for a in asked.ATTRIBUTES if a.name == attribute).found_in(text)


@pytest.mark.parametrize(
    ("attribute", "text"),
    [
        ("address", "现场办公地点设在龙岗街道翠屏路18号。"),
        ("address", "办公室位于区行政服务中心3楼。"),
        ("hours", "办公时间为上午9:00-12:00。"),
        ("hours", "窗口周一至周五办公，节假日休息。"),
        ("materials", "申请人应提交身份证明和相关材料。"),
        ("wage", "护林员劳务费每人每月1500元。"),
    ],
)
def test_an_address_or_office_hours_printed_is_a_value_of_the_kind(attribute, text):
    assert next(a for a in asked.ATTRIBUTES if a.name == attribute).found_in(text)


def test_a_street_asked_of_a_place_the_gazette_names_only_in_passing_is_not_stated(answerer):
    answer = answerer.ask("区行政服务中心在哪条街")
    assert answer.kind == "not_stated", answer.answer
    assert answer.answer.startswith("公报没有写明区行政服务中心的地址"), answer.answer


def test_a_loan_limit_the_catalogue_cannot_hold_is_not_stated(answerer):
    """A service's items name no amounts: 最多能贷好多 is said to be not stated, first."""
    answer = answerer.ask("公积金贷款最多能贷好多")
    assert answer.kind == "not_stated", answer.answer
    assert answer.answer.startswith("公报没有写明公积金贷款的贷款额度")


def test_a_count_of_households_taken_is_no_charge():
    assert asked.asked("拾万镇征收好多户").name == "count"
