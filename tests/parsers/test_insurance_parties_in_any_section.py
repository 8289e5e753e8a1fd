"""The insurer and the payer of an insurance notice are read from 由X承保 / 由X承担 / 由X在…中列支
clauses in whatever section they are printed (a joint 保费与承保 heading, or 其他事项)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.parsers.insurance import parse_insurance
from tests.parsers.synthetic import synthetic_context

TITLE = "重庆市大足区人民政府办公室关于开展2023年度独居老人意外保险工作的通知"
NOTICE = [
    TITLE,
    "大足府办发〔2023〕77号",
    "各镇街人民政府（办事处），区政府有关部门：",
    "一、参保对象",
    "全区80周岁以上独居老人，共计2150人。",
    "二、保费与承保",
    "每人每年保费60元，所需资金由区民政局从养老服务专项资金中列支，老人个人无需缴费。",
    "今年由安诚财产保险股份有限公司大足支公司承保，保险期限一年。",
    "三、其他事项",
    "理赔所需鉴定费用全部由区财政统一承担。",
    "保费由市级财政补助40%、区级财政承担60%。",
    "重庆市大足区人民政府办公室",
    "2023年3月1日",
]


@pytest.fixture
def terms(tmp_path: Path):
    document, context = synthetic_context(tmp_path, NOTICE, kind="insurance", title=TITLE,
                                          doc_number="大足府办发〔2023〕77号",
                                          issuer="重庆市大足区人民政府办公室")
    parse_insurance(document, context)
    return context.tables["insurance_terms"]


def party_of(terms, words: str) -> set[str | None]:
    return {row["party"] for row in terms if words in row["clause"]}


def test_the_payer_of_a_premium_paid_from_a_fund(terms):
    assert party_of(terms, "养老服务专项资金") == {"区民政局"}


def test_the_insurer_under_a_joint_premium_heading(terms):
    assert party_of(terms, "承保") == {"安诚财产保险股份有限公司大足支公司"}


def test_a_payer_in_a_section_no_label_names(terms):
    assert party_of(terms, "鉴定费用") == {"区财政"}


def test_a_premium_split_between_payers_names_no_single_party(terms):
    assert party_of(terms, "市级财政补助40%") == {None}
