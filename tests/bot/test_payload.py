"""Option payloads fit Telegram's 64 bytes and decode to the same tool call."""

from __future__ import annotations

from bot.answers import MAX_PAYLOAD_BYTES
from bot.payload import decode, encode


def test_round_trip():
    payload = encode("service_by_keyword", {"keyword": "不动产登记"})
    assert decode(payload) == ("service_by_keyword", {"keyword": "不动产登记"})
    assert decode(encode("issue_metadata", {})) == ("issue_metadata", {})
    assert decode(encode("insurance_payouts", {"all": "1"})) == (
        "insurance_payouts", {"document_id": "", "all": "1"})


def test_long_values_fall_back_to_the_question_or_a_prefix():
    long_name = "除需跨区县（自治县）平衡的生活垃圾焚烧发电项目以外的其余城建项目核准"
    assert encode("service_by_keyword", {"keyword": long_name}, "问题") == "问题"
    shortened = encode("service_by_keyword", {"keyword": long_name})
    assert len(shortened.encode("utf-8")) <= MAX_PAYLOAD_BYTES
    _, args = decode(shortened)
    assert long_name.startswith(args["keyword"])


def test_plain_text_and_foreign_payloads_are_not_calls():
    assert decode("办护照找哪个部门") is None
    assert decode("~zz|x") is None
    assert decode("~s|a|b") is None


def test_the_separator_cannot_be_smuggled_in_a_value():
    payload = encode("service_by_keyword", {"keyword": "a|b"})
    assert decode(payload) == ("service_by_keyword", {"keyword": "a b"})
