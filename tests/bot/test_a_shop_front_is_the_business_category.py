"""A shop front in residents' words (门面, 铺面, 经营门市) is the scheme's business building
(营业用房, 商业用房): among the non-residential rows of the structure named, the one of that
kind is priced, with no question back; a warehouse (仓库) is the storage row."""

from __future__ import annotations

from bot.domains import compensation_reading as reading
from tests.bot.synthetic_rates import HOMES, project, rate

PROJECT = project(
    *HOMES,
    rate("房屋补偿", "商业用房（砖混结构）", "per_m2", 5200, "元/m²", "value",
         property_use="非住宅", structure="砖混结构"),
    rate("房屋补偿", "仓储用房（砖混结构）", "per_m2", 1500, "元/m²", "value",
         property_use="非住宅", structure="砖混结构"),
)


def test_a_shop_front_of_a_named_structure_is_the_business_row():
    text = "柳溪50平的砖混门面 一共补多少"
    wanted = "".join(reading.structure_words(text, PROJECT))
    assert reading.structures_for(wanted, text, PROJECT) == ["商业用房（砖混结构）"]
    text = "柳溪有个铺面 砖混的 60平 能拿多少"
    assert reading.structures_for("砖混", text, PROJECT) == ["商业用房（砖混结构）"]


def test_a_warehouse_is_the_storage_row():
    text = "柳溪有个砖混的仓库200平 一共补多少"
    assert reading.structures_for("砖混", text, PROJECT) == ["仓储用房（砖混结构）"]


def test_a_shop_front_is_never_priced_as_a_home():
    text = "柳溪有个50平的门面 一共补多少"
    assert reading.structures_for("", text, project(*HOMES)) == []
