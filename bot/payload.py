"""Option payloads: a tool call packed into at most 64 bytes (Telegram's callback-data limit).

Form: `~<code>|<value>|<value>…` — the tool's short code and its argument values in the order
of the tool's parameters. Any instance of the bot can decode it: it holds the whole question,
no state. When the values do not fit, the payload is the question text itself (re-asked), or
the values are shortened to a prefix that the canned query's LIKE still finds.
"""

from __future__ import annotations

from typing import Any

from bot.answers import MAX_PAYLOAD_BYTES

PREFIX = "~"
SEPARATOR = "|"
# tool name → (code, parameter names in payload order)
CODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "service_by_keyword": ("s", ("keyword",)),
    "services_of_department": ("sd", ("department",)),
    "service_counts_by_department": ("sc", ()),
    "services_in_catalogue": ("sk", ("catalogue",)),
    "appointments_of_person": ("ap", ("person",)),
    "appointments_by_post": ("at", ("post",)),
    "appointments_in_document": ("an", ("doc_number",)),
    "appointments_on_probation": ("ao", ("issue", "all")),
    "roles_of_person": ("rp", ("person",)),
    "people_with_title": ("pt", ("title",)),
    "compensation_project": ("cp", ("project",)),
    "compensation_rates_of_project": ("cr", ("project",)),
    "estimate_compensation": (
        "e",
        (
            "area_m2", "structure", "decoration", "days_early", "project", "signing_day",
            "settlement", "fittings", "persons", "kind", "new_area_m2",
        ),
    ),
    "tasks_of_unit": ("tu", ("unit",)),
    "tasks_due_by": ("td", ("date",)),
    "tasks_by_keyword": ("tk", ("keyword",)),
    "elderly_facilities_of_town": ("et", ("town",)),
    "elderly_plan_totals": ("ep", ()),
    "elderly_towns_of_facility": ("ef", ("facility", "plan_year")),
    "standards_by_keyword": ("es", ("keyword", "all")),
    "document_by_number": ("d", ("doc_number",)),
    "documents_by_title": ("dt", ("keyword",)),
    "issue_metadata": ("im", ()),
    "members_of_group": ("g", ("group",)),
    "insurance_payouts": ("ip", ("document_id", "all")),
    "insurance_claims_of_peril": ("ic", ("peril",)),
    "insurance_duties_by_keyword": ("iu", ("keyword", "all")),
    "passages_of_insurance": ("iq", ("document_id",)),
    "topics_of_meeting": ("m", ("number", "year")),
    "meeting_topics_by_keyword": ("mk", ("keyword",)),
}
_TOOLS_BY_CODE = {code: (tool, params) for tool, (code, params) in CODES.items()}


def _fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= MAX_PAYLOAD_BYTES


def encode(tool: str | None, args: dict[str, Any], question: str = "") -> str:
    """The shortest faithful payload for this tool call (see the module docstring)."""
    if tool not in CODES:
        return _shorten(question)
    code, params = CODES[tool]
    values = ["" if args.get(name) is None else _plain(args.get(name)) for name in params]
    payload = SEPARATOR.join([PREFIX + code, *values])
    if _fits(payload):
        return payload
    if question and _fits(question) and not question.startswith(PREFIX):
        return question
    while values and not _fits(payload):
        longest = max(range(len(values)), key=lambda i: len(values[i]))
        values[longest] = values[longest][:-1]
        payload = SEPARATOR.join([PREFIX + code, *values])
    return payload


def decode(payload: str) -> tuple[str, dict[str, str]] | None:
    """(tool, args as strings) for a `~` payload; None for plain text (a question)."""
    if not payload.startswith(PREFIX):
        return None
    code, *values = payload[len(PREFIX) :].split(SEPARATOR)
    if code not in _TOOLS_BY_CODE:
        return None
    tool, params = _TOOLS_BY_CODE[code]
    if len(values) != len(params):
        return None
    return tool, dict(zip(params, values, strict=True))


def _plain(value: Any) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(SEPARATOR, " ")


def _shorten(text: str) -> str:
    while not _fits(text):
        text = text[:-1]
    return text
