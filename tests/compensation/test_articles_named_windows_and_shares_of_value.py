"""A notice laid out in articles headed by their label and a full stop (第三条　签约期限。自…起至…
止), and a scheme with: prices by structure under 成套住宅： and 非成套住宅： in one sentence; a
price printed as a share of another (二层及以上按一层单价的60%计算); a fee table whose wrapped
remark ends a row; a loss paid as a share of the house's value (按被征收房屋价值的6%计算); an item
paid per appliance (空调移机每台150元) and one by the metre (砖砌围墙按每米80元); signing windows
named before their dates (第一阶段 | 2038年5月6日—5月15日 | …), their non-residential reward
capped after the table under the printed fee name; and a swap's prices for the part up to a
bound (…以内（含4平方米）) and beyond it (超出4平方米以上的部分). Written in other wording."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.estimate import Household, RateTable, item_amount

from .synthetic import Scheme, parse

DECISION = [
    "重庆市大足区人民政府 关于征收万古镇老街片区改造项目范围内国有土地上房屋的决定",
    "大足府发〔2038〕30号",
    "本次征收共涉及被征收人27户，被征收房屋总建筑面积2384.5平方米。",
    "被征收人对本决定不服的，可以在60日内申请行政复议，或者在6个月内提起行政诉讼。",
    "重庆市大足区人民政府",
    "2038年4月20日",
]
NOTICE = [
    "重庆市大足区人民政府 关于万古镇老街片区改造项目房屋征收补偿有关事项的公告",
    "大足府发〔2038〕31号",
    "第一条　征收部门和实施单位。房屋征收部门为区住房城乡建委，征收实施单位为万古镇人民政府。",
    "第二条　签约期限。自2038年5月6日起至2038年6月4日止，共30日。",
    "第三条　补偿方式。住宅被征收人可以选择货币补偿，也可以选择房屋产权调换；非住宅实行货币补偿。",
    "第四条　评估机构。经被征收人协商选定，由重庆某某房地产评估有限公司（一级资质）承担评估工作。",
    "第五条　签约地点。万古镇便民服务中心二楼。办公时间：每日9:00—17:30。",
    "重庆市大足区人民政府",
    "2038年4月25日",
    "附件",
    "万古镇老街片区房屋征收补偿方案",
    "一、房屋价值补偿",
    "（一）住宅。成套住宅：砖混结构3600元/平方米；非成套住宅：砖混结构3300元/平方米，砖木结构2900元/平方米。",
    "（二）非住宅。临街铺面（一层）6500元/平方米，临街铺面二层及以上按一层单价的60%计算。",
    "二、相关费用",
    "项目\t适用范围\t补偿标准\t备注",
    "临时安置费\t住宅\t按建筑面积每平方米每月9元计算，每户每月不足500元的按500元计发\t选择货币补偿的一次性计发4个月；选择产权调换的计至交房",
    "\t\t\t后2个月止",
    "停产停业损失补偿费\t非住宅\t按被征收房屋价值的6%计算，每户不足5000元的按5000元计发\t须持有营业执照",
    "三、附属设施补偿",
    "选择货币补偿的，附属设施按以下标准补偿：水表每户600元，有线电视每户300元，空调移机每台150元。",
    "四、构筑物补偿",
    "砖砌围墙按每米80元补偿，其余构筑物另行评估。",
    "五、签约搬迁奖励",
    "被征收人在签约期限内签约并腾房的，按签约阶段给予奖励：",
    "签约阶段\t签约日期\t住宅（元/户）\t非住宅（元/平方米）",
    "第一阶段\t2038年5月6日—5月15日\t25000\t100",
    "第二阶段\t2038年5月16日—6月4日\t12000\t50",
    "非住宅签约搬迁奖励每户最高不超过60000元。",
    "六、房屋产权调换",
    "被征收住宅与安置房建筑面积相等的部分，按2700元/平方米结算；安置房超出被征收住宅面积4平方米以内（含4平方米）的部分，按3300元/平方米结算；超出4平方米以上的部分，按3900元/平方米结算。",
]


@pytest.fixture(scope="module")
def scheme(departments) -> Scheme:
    return Scheme(*parse(departments, DECISION, NOTICE))


def test_articles_headed_by_their_label_and_a_full_stop_are_clauses(scheme):
    project = scheme.project
    assert (project["signing_start"], project["signing_end"], project["signing_days"]) == (
        dt.date(2038, 5, 6), dt.date(2038, 6, 4), 30)
    assert (project["expropriating_department"], project["implementer"]) == (
        "区住房城乡建委", "万古镇人民政府")  # each term the article states with 为
    assert project["compensation_methods"] == (
        "住宅被征收人可以选择货币补偿，也可以选择房屋产权调换；非住宅实行货币补偿")
    assert project["valuation_firm"] == "重庆某某房地产评估有限公司"
    assert (project["office_address"], project["office_hours"]) == (
        "万古镇便民服务中心二楼", "每日9:00—17:30")  # a later sentence labelled on its own


def test_prices_by_structure_take_the_suite_their_clause_opens_with(scheme):
    prices = {(row["item"], row["suite"]): row["amount"]
              for row in scheme.rates_where(category="房屋价值补偿", basis="per_m2",
                                            property_use="住宅")}
    assert prices == {("成套住宅砖混结构", "成套"): 3600, ("非成套住宅砖混结构", "非成套"): 3300,
                      ("非成套住宅砖木结构", "非成套"): 2900}


def test_a_price_printed_as_a_share_of_another_is_that_share_of_it(scheme):
    (upper,) = scheme.rates_where(item="临街铺面二层及以上")
    assert (upper["amount"], upper["unit"], upper["property_use"]) == (3900, "元/m²", "非住宅")
    assert "按一层单价的60%" in upper["condition"]


def test_a_loss_paid_as_a_share_of_the_house_value_with_its_floor(scheme):
    (share,) = scheme.rates_where(category="停产停业损失补偿费", unit="%")
    assert share["amount"] == 6
    shop = Household(area_m2=100, structure="成套住宅砖混结构", property_use="非住宅")
    kiosk = Household(area_m2=20, structure="成套住宅砖混结构", property_use="非住宅")
    table = scheme.rate_table
    assert item_amount(table, "停产停业损失补偿费", shop).amount == 100 * 3600 * 6 / 100
    assert item_amount(table, "停产停业损失补偿费", kiosk).amount == 5000  # 4320 → 5000


def test_an_item_paid_per_appliance_is_paid_for_each(scheme):
    (conditioner,) = scheme.rates_where(item="空调移机")
    assert (conditioner["amount"], conditioner["unit"], conditioner["basis"]) == (
        150, "元/台", "per_unit")
    home = Household(area_m2=80, structure="成套住宅砖混结构",
                     fittings=("水表", "空调移机", "空调移机", "空调移机"))
    line = item_amount(scheme.rate_table, "附属设施补偿", home)
    assert line.amount == 600 + 3 * 150
    assert "× 3" in line.formula


def test_a_wall_is_paid_by_the_metre(scheme):
    (wall,) = scheme.rates_where(item="砖砌围墙")
    assert (wall["amount"], wall["unit"], wall["basis"]) == (80, "元/米", "per_metre")


def test_windows_named_before_their_dates_keep_the_fee_and_its_cap(scheme):
    table: RateTable = scheme.rate_table
    rewards = scheme.rates_where(category="提前签约搬迁奖励")
    assert {(row["property_use"], row["amount"], row["signing_day_from"], row["signing_day_to"])
            for row in rewards if row["signing_day_from"]} == {
        ("住宅", 25000, 1, 10), ("非住宅", 100, 1, 10),
        ("住宅", 12000, 11, 30), ("非住宅", 50, 11, 30)}
    big_shop = Household(area_m2=800, structure="成套住宅砖混结构", property_use="非住宅",
                         signing_day=4)
    assert item_amount(table, "提前签约搬迁奖励", big_shop).amount == 60000  # 80000 → cap


def test_a_swap_priced_up_to_a_bound_and_beyond_it(scheme):
    items = {row["item"]: (row["amount"], row["excess_up_to_m2"])
             for row in scheme.rates if row["amount"] in (2700, 3300, 3900)
             and row["category"] != "房屋价值补偿"}
    assert items == {"等面积部分": (2700, None), "超出面积4m²以内部分": (3300, 4),
                     "超出面积4m²以上部分": (3900, None)}
