"""A notice of numbered sentences with no label words (the signing period stated as when to sign
the agreement, the office 设在… and its phone after a colon inside a sentence, a department
introduced with its short form); a scheme whose prices list the structures and then their amounts
after 分别, a levels table priced per m² in a column headed in 元 with a cap column beside it, a
subsidy on a base area named once and referred to by its name (超过基础面积的…), and utilities
printed two to a line as label：amount. Written in other wording than the issue that printed
them."""

from __future__ import annotations

import pytest

from bot.estimate import Household, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于拾万镇老街片区危旧房改造项目房屋征收的决定",
    "大足府发〔2032〕31号",
    "征收范围内共有房屋20幢，涉及被征收房屋52户，总建筑面积4380平方米。",
    "被征收人不服的，可以自公告之日起六十日内申请行政复议，也可以自公告之日起六个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2032年3月10日",
]
NOTICE = [
    "重庆市大足区人民政府 关于拾万镇老街片区危旧房改造项目房屋征收补偿方案的公告",
    "大足府发〔2032〕32号",
    "一、本项目房屋征收部门为重庆市大足区住房和城乡建设委员会（以下简称区住房城乡建委），"
    "本项目征收实施单位为拾万镇人民政府。",
    "二、请被征收人于2032年4月1日起45日内到现场签订房屋征收补偿协议，逾期未签的依法处理。",
    "三、签约工作站设在拾万镇便民服务中心二楼，办公时间为工作日8:30—17:30，联系电话：023-43711111。",
    "重庆市大足区人民政府",
    "2032年3月20日",
    "附件",
    "拾万镇老街片区危旧房改造项目房屋征收补偿方案",
    "一、房屋价值补偿",
    "（一）住宅框架结构、砖混结构和砖木结构的补偿单价分别为4200、3900、3300元/平方米。",
    "二、装饰装修补偿",
    "住宅装饰装修按入户认定的等级补偿：",
    "等级\t参考做法\t每平方米补助（元）\t每户最高（元）",
    "一等\t墙面刷白，水泥地面\t70\t20000",
    "二等\t地砖，乳胶漆，简单吊顶\t150\t30000",
    "三、购房补助",
    "选择货币补偿的住宅，给予购房补助：以基础面积50平方米计补助15000元/户；"
    "超过基础面积的，每平方米加计200元；每户最高不超过30000元。",
    "四、附属设施补偿",
    "1．水表：900元/户；电表：600元/户；",
    "2．有线电视：300元/户；宽带：200元/户。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_a_signing_period_stated_as_when_to_sign_the_agreement(scheme):
    project = scheme.project
    assert (str(project["signing_start"]), str(project["signing_end"]),
            project["signing_days"]) == ("2032-04-01", "2032-05-15", 45)


def test_a_department_stated_with_its_short_form_is_known(scheme):
    project = scheme.project
    assert project["expropriating_department"] == "重庆市大足区住房和城乡建设委员会"
    assert project["department_id"] == "housing-urban-rural-development"
    assert project["implementer"] == "拾万镇人民政府"


def test_an_office_stated_in_prose_and_a_phone_after_a_colon_inside_it(scheme):
    project = scheme.project
    assert project["office_address"] == "拾万镇便民服务中心二楼"
    assert project["office_hours"] == "工作日8:30—17:30"
    assert project["office_phone"] == "023-43711111"


def test_structures_listed_before_their_prices_are_paired_in_order(scheme):
    prices = {row["structure"]: (row["amount"], row["property_use"])
              for row in scheme.rates_where(category="房屋价值补偿")}
    assert prices == {"框架结构": (4200, "住宅"), "砖混结构": (3900, "住宅"),
                      "砖木结构": (3300, "住宅")}


def test_a_level_column_headed_per_square_metre_in_yuan_is_its_price(scheme):
    levels = {row["item"]: (row["amount"], row["unit"])
              for row in scheme.rates_where(category="装饰装修补偿", basis="per_m2")}
    assert levels == {"一等": (70, "元/m²"), "二等": (150, "元/m²")}
    caps = {row["condition"]: row["amount"]
            for row in scheme.rates_where(category="装饰装修补偿", basis="maximum_amount")}
    assert caps == {"一等": 20000, "二等": 30000}


def test_a_base_area_referred_to_by_its_name_starts_the_step(scheme):
    (step,) = scheme.rates_where(category="购房补助", basis="per_step_above_threshold")
    assert (step["amount"], step["threshold_m2"], step["step_m2"]) == (200, 50, 1)
    table = scheme.rate_table
    assert item_amount(table, "购房补助", Household(area_m2=80)).amount == 15000 + 30 * 200
    assert item_amount(table, "购房补助", Household(area_m2=150)).amount == 30000


def test_each_label_and_colon_after_a_semicolon_names_its_own_amount(scheme):
    things = {row["item"]: row["amount"] for row in scheme.rates_where(category="附属设施补偿")}
    assert things == {"水表": 900, "电表": 600, "有线电视": 300, "宽带": 200}


def test_a_list_of_levels_before_分别_is_read_level_by_level(departments):
    notice = [*NOTICE[:12], "简易装修、普通装修和精装修分别按每平方米70元、140元、240元补偿。"]
    levels = {row["item"]: row["amount"] for row in Scheme(
        *parse(departments, DECISION, notice)).rates_where(category="装饰装修补偿")}
    assert levels == {"简易装修": 70, "普通装修": 140, "精装修": 240}


def test_a_sentence_with_dates_but_no_signing_gives_no_period(departments):
    notice = [line.replace("到现场签订房屋征收补偿协议", "到现场咨询") for line in NOTICE]
    context, _ = parse(departments, DECISION, notice)
    assert context.tables["compensation_projects"] == []
    assert any("signing_period" in item.what for item in context.review)
