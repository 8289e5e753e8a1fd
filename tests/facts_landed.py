"""How many of a synthetic issue's expected facts land as structured fields.

Issue 9 asks that at least 95% of a new issue's facts land as structured fields, not only inside
paragraphs. This module is that measure: it compares the rows of a whole extraction with a
fixture's block of tests/fixtures/expected.json, one `Fact` per fact that README.md's counting
rule counts (documents, appointments, task tables and samples, catalogues, compensation projects,
rates and worked examples, leading groups, meetings, insurance figures, standards annexes).

    python -m tests.facts_landed [--misses] [SOURCE_ID ...]

registers issue 1 and the fixtures (all of them by default) in a temporary sources/ with
add-source, extracts them together, and prints per fixture and category the facts landed and the
lines kept as paragraphs. Misses are listed only with --misses, and never for a held-out
fixture: it is measured, not read while developing (`make eval-extract` prints figures alone).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.domains.compensation_reading import level_forms
from bot.estimate import Household, RateTable, item_amount, naming_pieces, thing_of, units_named
from scripts.add_source import add_source
from scripts.departments import DepartmentIndex
from scripts.extract import extract_issues
from scripts.parsers.insurance import VOCAB_FIELDS as INSURANCE_FIELDS
from scripts.parsers.insurance import VOCAB_FILE as INSURANCE_VOCAB
from scripts.parsers.rate_terms import load_terms
from scripts.parsers.service_items import stated_totals
from scripts.sources import SOURCES_DIR
from scripts.tables import Row
from scripts.text import squeeze
from scripts.vocab import read_vocab

FIXTURES = Path(__file__).resolve().parent / "fixtures"
Tables = dict[str, list[Row]]


@dataclass(frozen=True)
class Fact:
    kind: str
    what: str
    ok: bool


def expected_blocks() -> dict[str, dict]:
    """Each fixture's expected facts, by source id."""
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["fixtures"]


SHARED = ("departments", "department_aliases")


def rows_of(tables: Tables, source_id: str) -> Tables:
    """One issue's rows of a whole extraction, with the departments of all issues (a department
    is listed once, under the issue that first names it)."""
    return {name: [row for row in rows if name in SHARED or row.get("source_id") == source_id]
            for name, rows in tables.items()}


def facts_landed(facts: dict, tables: Tables, index: DepartmentIndex) -> list[Fact]:
    """Every counted fact of one fixture with whether it landed in `tables` (that issue's rows)."""
    return [*documents(facts, tables), *appointments(facts, tables, index),
            *tasks(facts, tables), *catalogues(facts, tables, index), *compensation(facts, tables),
            *leading_groups(facts, tables), *meetings(facts, tables),
            *insurance(facts, tables), *standards(facts, tables)]


def _flat(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _document(tables: Tables, doc_number: str) -> Row | None:
    return next((row for row in tables["documents"]
                 if _flat(row["doc_number"]) == _flat(doc_number)), None)


def _of_document(tables: Tables, resource: str, doc_number: str) -> list[Row]:
    document = _document(tables, doc_number)
    return [row for row in tables[resource]
            if document and row["document_id"] == document["document_id"]]


def documents(facts: dict, tables: Tables) -> Iterator[Fact]:
    for item in facts["documents"]["items"]:
        ok = any(all(_flat(word) in _flat(row["title"]) for word in item["title_keywords"])
                 and row["kind"] == item["kind"]
                 and _flat(row["doc_number"]) == _flat(item["doc_number"])
                 and str(row["sign_date"]) == item["sign_date"]
                 for row in tables["documents"])
        yield Fact("documents", " ".join(item["title_keywords"]), ok)


def appointments(facts: dict, tables: Tables, index: DepartmentIndex) -> Iterator[Fact]:
    for item in facts["appointments"]:
        canonical = index.resolve(item["department_canonical"] or "") \
            if item["department_canonical"] else None
        ok = any(row["person"] == item["person"]
                 and ACTIONS.get(row["action"], row["action"])
                 == ACTIONS.get(item["action"], item["action"])
                 and row["position"] == item["post"]
                 and (row["department_id"] == canonical.department_id if canonical
                      else row["department_id"].startswith("provisional-"))
                 and (("试用期" in (row["note"] or "")) == item["probation"])
                 for row in tables["appointments"])
        yield Fact("appointments", f"{item['person']} {item['action']} {item['post']}", ok)


def tasks(facts: dict, tables: Tables) -> Iterator[Fact]:
    for table in facts["tasks"]:
        rows = _of_document(tables, "tasks", table["doc_number"])
        yield Fact("tasks", f"{table['doc_number']} count",
                   [row["number"] for row in rows] == list(range(1, table["count"] + 1)))
        for sample in table["samples"]:
            yield Fact("tasks", sample["task_prefix"],
                       any(_task_matches(row, sample) for row in rows))


def _task_matches(row: Row, sample: dict) -> bool:
    deadline = dt.date.fromisoformat(sample["deadline"]) if sample["deadline"] else None
    units = (row["lead_units"] or "") + (row["responsible_units"] or "")
    # units beside the lead: 配合单位, or 责任单位 printed next to 牵头单位
    supporting = (row["cooperating_units"] or "") + (
        row["responsible_units"] or "" if row["lead_units"] else "")
    return ((row["content"] or "").startswith(sample["task_prefix"])
            and row["campaign"] == sample.get("group", row["campaign"])
            and row["deadline"] == deadline
            and all(unit in units for unit in sample["lead_units"])
            and all(unit in supporting for unit in sample.get("support_units", [])))


def catalogues(facts: dict, tables: Tables, index: DepartmentIndex) -> Iterator[Fact]:
    for catalogue in facts["service_catalogues"]:
        items = _of_document(tables, "service_items", catalogue["doc_number"])
        name = f"{catalogue['catalogue']} {catalogue['batch']}"
        yield Fact("catalogues", f"{name} item count", len(items) == catalogue["item_count"]
                   and {(row["catalogue"], row["batch"]) for row in items}
                   == {(catalogue["catalogue"], catalogue["batch"])})
        stated = _stated(tables, catalogue["doc_number"])
        yield Fact("catalogues", f"{name} stated total",
                   stated.get("items") == catalogue["stated_total"])
        if catalogue["stated_department_count"] is not None:
            yield Fact("catalogues", f"{name} stated departments",
                       stated.get("departments") == catalogue["stated_department_count"])
        wanted = {row["item_id"] for row in items}
        per_department = Counter(link["department_id"]
                                 for link in tables["service_item_departments"]
                                 if link["item_id"] in wanted)
        for department, count in catalogue["per_department"].items():
            department_id = _department_id(tables, index, department)
            yield Fact("catalogues", f"{name} {department}",
                       department_id is not None and per_department[department_id] == count)
        by_seq = {row["seq"]: row for row in items}
        for sample in catalogue["samples"]:
            item = by_seq.get(sample["seq"])
            yield Fact("catalogues", sample["name"], item is not None
                       and (item["name"], item["item_type"]) == (sample["name"],
                                                                 sample["item_type"])
                       and all(department in (item["implementer"] or "")
                               for department in sample["departments"])
                       and all(item[field] == sample[field]
                               for field in ("base_code", "to_town", "to_village")
                               if field in sample))


def _stated(tables: Tables, doc_number: str) -> dict[str, int]:
    document = _document(tables, doc_number)
    if document is None:
        return {}
    lines = [row["text"] for row in tables["paragraphs"]
             if row["document_id"] == document["document_id"] and row["style"] != "table_row"]
    return stated_totals(" ".join(lines))


def _department_id(tables: Tables, index: DepartmentIndex, name: str) -> str | None:
    """A printed department's id: curated, else the issue's provisional row of that name or
    of that alias."""
    department = index.resolve(name)
    if department:
        return department.department_id
    fold = index.vocabulary.fold  # 国家税务总局重庆市大足区税务局 = 区税务局
    named = (row["department_id"] for row in tables["departments"]
             if fold(name) in (fold(row["name"]), fold(row["full_name"] or "")))
    aliased = (row["department_id"] for row in tables["department_aliases"]
               if row["alias"] == name)
    return next(named, None) or next(aliased, None)


PROPERTY_USES = ("", "住宅", "非住宅")  # the package's property_use values
# the package's unit words
UNITS = {"立方米": "m³", "平方米": "m²", "㎡": "m²", "%评估价值": "%", "%房屋价值补偿": "%"}
# a post lapsing is a removal, an engagement an appointment and a discharge a removal, in the
# package's actions (fixtures may name the printed verb)
ACTIONS = {"自然免除": "免去", "聘任": "任命", "解聘": "免去"}


_TERMS = load_terms()
FLOOR_KINDS = ("floor", "value_floor", "floor_value")  # a floor in 元, as fixtures name it


def _curated_category(label: str) -> str | None:
    """The category the package's vocabulary files a printed fee name under (设施迁移补偿 is
    附属设施补偿)."""
    return _TERMS.value("category", label)


def rate_unit(printed: str) -> str:
    """An expected rate's unit as the package writes it."""
    printed = re.sub(r"^%[（(].+[)）]$", "%", printed)  # %（房屋价值补偿）: a share of it
    for word, canonical in UNITS.items():
        printed = printed.replace(word, canonical)
    return printed


def project_row(tables: Tables, expected: dict) -> Row | None:
    return next((row for row in tables["compensation_projects"]
                 if row["name"] == expected["project"]), None)


def rates_of(tables: Tables, project: Row) -> list[Row]:
    return [row for row in tables["compensation_rates"]
            if row["project_id"] == project["project_id"]]


def _named(row: Row, expected: dict) -> bool:
    """The expected label is the rate's category or item (a minimum area: its basis), or the
    category with a qualifier its writer added (产权调换房屋价格, 最低房屋价值补偿); a qualifier
    in brackets (临时安置费（逾期）) is printed in the row's item or condition."""
    if expected.get("kind") in ("area_floor", "floor_area"):  # as fixtures' writers name it
        return row["basis"] == "area_floor"
    label, _, qualifier = expected["label"].partition("（")
    if expected.get("kind") in FLOOR_KINDS:  # 房屋价值补偿（最低额）: the floor row of the fee
        qualifier = ""
    named = label in (row["category"], row["item"]) or (  # 临时搭建拆除补助 of 拆除补助, its
        bool(row["category"]) and label.endswith(row["category"])  # thing in the rule's words
        and label.removesuffix(row["category"]) in (row["rule_text"] or "")) or (
        bool(row["category"]) and _curated_category(label) == row["category"]) or (
        bool(row["category"]) and (
        label.startswith(row["category"]) or label == f"最低{row['category']}"
        or row["category"].endswith(label))) or (  # 过渡费 for the printed 临时安置过渡费
        label == "房屋价值补偿" and row["estimate_role"] == "value")  # 预评估价格, as printed
    return named and qualifier.rstrip("）") in f"{row['item']}{row['condition'] or ''}"


def _same_unit(row: Row, expected: dict) -> bool:
    """A floor is a sum in 元 (per household as the scheme reads: 不足N元的按N元)."""
    if expected.get("kind") in FLOOR_KINDS:
        return row["basis"] == "minimum_amount" and row["unit"] == "元"
    return row["unit"] == rate_unit(expected["unit"])


TIERS = ("area_tier", "tiered_by_area")  # a rate of one area band (分档), as fixtures name it


def _upper_bound(conditions: dict) -> float | None:
    """A tier's upper bound (included): area_up_to_m2, or area_within_m2 (（含）以内)."""
    return conditions.get("area_up_to_m2", conditions.get("area_within_m2"))


def _in_band(row: Row, expected: dict) -> bool:
    """An area tier's rate is the row of its band: above area_over_m2 (that bound excluded), up to
    area_up_to_m2 or area_within_m2 (included); any other rate is no band's."""
    conditions = expected.get("conditions", {})
    if "area_min_m2" in conditions or "area_max_m2" in conditions:  # a band named by its ends
        return (row.get("area_from_m2"), row.get("area_to_m2")) == (
            conditions.get("area_min_m2"), conditions.get("area_max_m2"))
    if expected.get("kind") == "area_threshold" and row.get("area_bounds"):
        # a flat sum either side of a bound (60平方米以下的… / 60平方米及以上的…)
        return (row.get("area_from_m2"), row.get("area_to_m2")) == (
            conditions.get("area_from_m2"), conditions.get("area_below_m2"))
    if expected.get("kind") not in TIERS:
        return row.get("area_from_m2") is None and row.get("area_to_m2") is None
    bounds = row.get("area_bounds") or ""
    return ((row.get("area_from_m2"), row.get("area_to_m2"))
            == (conditions.get("area_over_m2"), _upper_bound(conditions))
            and ("area_over_m2" not in conditions or bounds.startswith("("))
            and (_upper_bound(conditions) is None or bounds.endswith("]")))


def _same_band(row: Row, other: Row) -> bool:
    return all(row.get(column) == other.get(column)
               for column in ("area_from_m2", "area_to_m2", "area_bounds"))


def matching_rates(rates: list[Row], expected: dict) -> list[Row]:
    """The rate rows for one expected rate: same amount, unit, label, conditions and band."""
    conditions = expected.get("conditions", {})
    printed = conditions.get("use", "")
    uses = [re.split(r"[（(]", use)[0] for use in (printed if isinstance(printed, list)
                                                   else [printed])]  # one use, or any of several
    return [row for row in rates
            if row["amount"] == expected["amount"] and _same_unit(row, expected)
            and _named(row, expected)
            and any(_of_use(row, use, expected.get("evidence", "")) for use in uses)
            and all(_same_term(row[column], conditions[key])
                    for key, column in (("set", "suite"), ("structure", "structure"))
                    if key in conditions)
            and _in_band(row, expected)]


def _same_term(printed: str | None, expected: str) -> bool:
    """A row's term as expected, or none; a structure with or without 结构 (钢混 = 钢混结构)."""
    return printed is None or printed.removesuffix("结构") == expected.removesuffix("结构")


def _of_use(row: Row, use: str, evidence: str) -> bool:
    """A row of the expected use, or of none; where no use is expected, the use its own
    printed words name, in the expected evidence or the row's rule (…被征收住宅建筑面积相等的
    部分按3350元 is a home's)."""
    printed = row["property_use"] or ""
    return (printed in ("", use)
            or (not use and (printed in evidence or printed in (row["rule_text"] or "")))
            or (use not in PROPERTY_USES
                and use in f"{row['item'] or ''}{row['condition'] or ''}"))  # 营业用房: a kind
    # of building the item or its condition names (its row's use is 非住宅)


def _steps(same: list[dict], row: dict, step: dict) -> list:
    """The amounts of the step rows of a rate: per m² above its threshold, or per day signed late
    (第1日签约的奖励30000元；此后每晚1日，奖励减少600元)."""
    if "per_day_late" in step:
        return [r["amount"] for r in same if r["basis"] == "per_day_late"]
    return [r["amount"] for r in same if r["basis"] == "per_step_above_threshold"
            and r["property_use"] == row["property_use"] and r["step_m2"] == step["per_m2"]]


def rate_problems(rates: list[Row], expected: dict) -> list[str]:
    """What of one expected rate (its row, threshold, window, step, floor, cap, times, months)
    the rate rows do not hold; empty when all of it landed."""
    found = matching_rates(rates, expected)
    if len(found) != 1:
        return [f"{len(found)} rows match the rate"]
    row = found[0]
    # the category's rows of the rate's band, and those of no band (holding for every band, as
    # the estimator reads them: 选择货币补偿的一次性计发3个月 under three tiers)
    same = [r for r in rates if r["category"] == row["category"]
            and (_same_band(r, row) or _same_band(r, {}))]
    conditions = expected.get("conditions", {})
    problems = []
    if "area_within_m2" in conditions and expected.get("kind") not in TIERS and \
            row["threshold_m2"] != conditions["area_within_m2"]:  # a tier's: its band's bound
        problems.append("threshold")
    if "excess_within_m2" in conditions and \
            row.get("excess_up_to_m2") != conditions["excess_within_m2"]:
        problems.append("excess area")
    if "signed_on_day" in conditions and \
            [row["signing_day_from"], row["signing_day_to"]] != conditions["signed_on_day"]:
        problems.append("signing window")
    if "step" in expected and _steps(same, row, expected["step"]) != [expected["step"]["amount"]]:
        problems.append("step")
    for key, basis in (("floor", "minimum_amount"), ("cap", "maximum_amount")):
        # a bound of the rate's use, or of its category for every use (the estimator's reading)
        if key in expected and not any(r["basis"] == basis and r["amount"] == expected[key]
                                       and (None in (r["property_use"], row["property_use"])
                                            or r["property_use"] == row["property_use"])
                                       for r in same):
            problems.append(key)
    if "times" in expected and not _times_agree(same, row, expected["times"]):
        problems.append("times")
    months = [r for r in same if r["basis"] == "months"]
    if "months" in expected and (
            # a mode printed with its kind of flat (产权调换（期房）) is that mode
            {_mode(r["settlement"]) or r["condition"]: r["amount"] for r in months}
            != expected["months"]
            if isinstance(expected["months"], dict)  # months per settlement
            else expected["months"] not in {r["amount"] for r in months}):
        problems.append("months")
    return problems


def _mode(settlement: str | None) -> str | None:
    return re.split(r"[（(]", settlement)[0] if settlement else settlement


def _times_agree(same: list[Row], row: Row, expected: dict[str, float]) -> bool:
    """The `times` rows of a rate's category for its use (a row of no use: any) give the times
    paid for each expected settlement mode, and name no other mode; a count printed with no mode
    (每平方米25元计发1次) holds for every mode, as the estimator reads it. A rate with no count
    for its use at all (非住宅…每平方米30元计发, the counts printed for 住宅 alone) is paid once,
    as the estimator pays it: it agrees with an expected count of 1 for every mode."""
    counts = [r for r in same if r["basis"] == "times"
              and (r["property_use"] or "") in ("", row["property_use"] or "")]
    if not counts:
        return all(times == 1 for times in expected.values())
    named = {r["settlement"] or r["condition"]: r["amount"] for r in counts
             if r["settlement"] or r["condition"]}
    plain = [r["amount"] for r in counts if not (r["settlement"] or r["condition"])]
    anyway = plain[0] if len(plain) == 1 else None
    return set(named) <= set(expected) and all(
        named.get(mode, anyway) == times for mode, times in expected.items())


def household_for(case: str, table: RateTable, signing_start: dt.date | None = None
                  ) -> Household:
    """The inputs a worked example's case names, read from its wording (a signing date counts
    from the project's first signing day; the persons of the household; the utilities it has,
    as the table names them: 有天然气 → 已安装天然气)."""
    area = re.search(r"(\d+(?:\.\d+)?)平方米", case)
    day = re.search(r"第(\d+)日签约", case)
    signed = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日签约", case)
    signing_day = int(day[1]) if day else None
    if signed and signing_start:
        signing_day = (dt.date(*map(int, signed.groups())) - signing_start).days + 1
    early = re.search(r"提前(\d+)天", case)
    value = re.search(r"评估价值(\d+)元", case)
    persons = re.search(r"(\d+)人", case)  # 家庭在册人口5人: a minimum area by household size
    settlement = "货币补偿"
    if "产权调换" in case:
        settlement = "产权调换（期房）" if "期房" in case else "产权调换"
    structure = _structure_named(case, table)
    row = next((row for row in table.structures() if row["item"] == structure), None)
    return Household(
        area_m2=float(area[1]) if area else 0,
        structure=structure,
        decoration=next((name for name in table.decoration_names()
                         if any(form in case for form in level_forms(name))), ""),
        signing_day=signing_day,
        days_early=int(early[1]) if early else 0,
        settlement=settlement,
        property_use=row["property_use"] if row else (
            "非住宅" if "非住宅" in case else "住宅"),
        assessed_value=float(value[1]) if value else None,
        persons=int(persons[1]) if persons else None,
        fittings=_fittings_named(table.fitting_names(), case),
    )


def _fittings_named(names: list[str], case: str) -> tuple[str, ...]:
    """The utilities a case names, each as many times as it counts (空调2台: twice); one named
    only by a piece of another printed whole (电表 of 单相电表, for 三相电表) is not named."""
    whole = [name for name in names if thing_of(name) in case]
    named: list[str] = []
    for name in names:
        pieces = [piece for piece in naming_pieces(name) if piece in case]
        if name not in whole and any(piece in thing_of(other) for other in whole
                                     for piece in pieces):
            continue
        named += [name] * units_named(name, case)
    return tuple(named)


def _structure_named(case: str, table: RateTable) -> str:
    """The price row a case names: its item as printed (住宅（成套）砖混结构), else the row whose
    structure (砖混), 成套/非成套 and use the case's words name (成套砖混住宅, 砖混门市), and of
    several such the one whose kind of building the case names (营业用房（砖混结构）)."""
    printed = next((name for name in sorted(table.structure_names(), key=len, reverse=True)
                    if name in case), None)  # 非成套住宅砖木结构 before 成套住宅砖木结构
    if printed:
        return printed
    # 临街门面（一层） for 临街门面（一层，非住宅）: the name and its bracketed words each printed
    parted = [name for name in table.structure_names()
              if "（" in name and all(part and part in case
                                      for part in re.split(r"[（）]", name) if part)]
    if len(parted) == 1:
        return parted[0]
    suite = "非成套" if "非成套" in case else "成套" if "成套" in case else None
    use = "住宅" if "住宅" in case and "非住宅" not in case else "非住宅"
    rows = [row for row in table.structures()
            if row["structure"] and any(  # 土木及简易结构: either structure it names
                part in case for part in re.split(r"及|、|和|与|或",
                                                  row["structure"].removesuffix("结构")))
            and row["property_use"] == use
            and (suite is None or row["suite"] in (None, suite))]
    if len(rows) > 1:  # 非住宅营业用房（砖混结构）: the row of the kind of building it names
        rows = [row for row in rows  # 临街商业用房（限一层…）砖混结构: named without its brackets
                if (kind := re.sub(r"（[^（）]*）", "", row["item"].replace(row["structure"], "")))
                and kind in case]
    return rows[0]["item"] if len(rows) == 1 else ""


def _in_table(table: RateTable, category: str) -> str:
    """An example's item as the table names it: the house value under its printed name."""
    if category == "房屋价值补偿" and not any(row["category"] == category
                                          for row in table.structures()):
        return table.value_category() or category
    if category not in table.categories() and (curated := _curated_category(category)) \
            in table.categories():  # 设施迁移补偿: filed under the category the vocabulary names
        return curated
    if category not in table.categories():  # 过渡费 for the printed 临时安置过渡费
        longer = [printed for printed in table.categories() if printed.endswith(category)]
        return longer[0] if len(longer) == 1 else category
    return category


def example_total(table: RateTable, example: dict, signing_start: dt.date | None = None
                  ) -> float | None:
    """A worked example's total computed from the extracted rates (None: an item is missing)."""
    household = household_for(example["case"], table, signing_start)
    categories = [_in_table(table, part) for item in example["items"] for part in item.split("+")]
    guarantees = [category for category in table.categories() if category not in categories
                  and any("+" in item for item in example["items"])]  # 房屋价值补偿+…: a floor
    # an item the example says is not paid (临时安置费: 非住宅不计发) is one that does not apply
    unpaid = {_in_table(table, item) for item, worked in example["items"].items()
              if re.search(r"不计发?$|^只(?:给|限|对)(?:住宅|非住宅)", worked.strip())}
    lines = [item_amount(table, category, household) for category in categories]
    if any(line is None for line, category in zip(lines, categories, strict=True)
           if category not in unpaid):
        return None
    lines = [line for line in lines if line is not None]
    top_ups = [line for category in guarantees
               if (line := item_amount(table, category, household)) and "合计" in line.formula]
    return sum(line.amount for line in lines + top_ups)


def compensation(facts: dict, tables: Tables) -> Iterator[Fact]:
    for expected in facts["compensation"]:
        name = expected["project"]
        project = project_row(tables, expected) or {}
        period, appeal = expected["signing_period"], expected["appeal"]
        yield Fact("compensation", f"{name} name", bool(project))
        yield Fact("compensation", f"{name} households",
                   project.get("households") == expected["households"])
        yield Fact("compensation", f"{name} area",
                   project.get("floor_area_m2") == expected["area_m2"])
        yield Fact("compensation", f"{name} signing period",
                   (str(project.get("signing_start")), str(project.get("signing_end")),
                    project.get("signing_days")) == (period["start"], period["end"],
                                                     period["days"]))
        yield Fact("compensation", f"{name} appeal",
                   (project.get("appeal_review_days"), project.get("appeal_litigation_months"))
                   == (appeal["review_days"], appeal["litigation_months"]))
        rates = rates_of(tables, project) if project else []
        for rate in expected["rates"]:
            problems = rate_problems(rates, rate)
            yield Fact("compensation", f"{rate['label']} {rate['evidence']}"
                       + (f" ({', '.join(problems)})" if problems else ""), not problems)
        table = RateTable([{**row, "signing_days": project.get("signing_days")}
                           for row in rates]) if rates else None
        for example in expected["examples"]:
            total = example_total(table, example, project.get("signing_start")) if table else None
            yield Fact("compensation", f"example {example['case']} → {total}",
                       total == example["total"])


def leading_groups(facts: dict, tables: Tables) -> Iterator[Fact]:
    for item in facts["leading_groups"]:
        group = next((row for row in tables["leading_groups"]
                      if row["doc_number"] == item["doc_number"]), None)
        members = [row for row in tables["leading_group_members"]
                   if group and row["group_id"] == group["group_id"]]
        roles = {role: [row["name"] for row in members if row["role"] == role]
                 for role in ("组长", "副组长", "成员")}
        yield Fact("leading_group", f"{item['name']} leader", roles["组长"] == [item["leader"]])
        yield Fact("leading_group", f"{item['name']} deputies", roles["副组长"] == item["deputies"])
        yield Fact("leading_group", f"{item['name']} members",
                   len(roles["成员"]) == item["members_count"])
        yield Fact("leading_group", f"{item['name']} office",
                   group is not None  # printed as the unit or a section of it (…城市更新科)
                   and (group["office_location"] or "").startswith(item["office_location"])
                   and group["office_director"] == item["office_director"])


def meetings(facts: dict, tables: Tables) -> Iterator[Fact]:
    for item in facts["meetings"]:
        meeting = next((row for row in tables["meetings"] if row["title"] == item["meeting"]),
                       None)
        topics = [row["text"] for row in tables["meeting_topics"]
                  if meeting and row["meeting_id"] == meeting["meeting_id"]]
        yield Fact("meeting", f"{item['meeting']} date",
                   meeting is not None and meeting["date"].isoformat() == item["date"])
        yield Fact("meeting", f"{item['meeting']} chair",
                   meeting is not None and meeting["chair"] == item["chair"])
        yield Fact("meeting", f"{item['meeting']} topics", len(topics) == item["topics_count"])
        for words in item["first_words"]:
            yield Fact("meeting", f"topic {words}", any(text.startswith(words) for text in topics))


_UNITS = sorted((row["label"] for row in read_vocab(SOURCES_DIR, INSURANCE_VOCAB, INSURANCE_FIELDS)
                 if row["role"] == "unit"), key=len, reverse=True)
_FIGURE = re.compile(rf"(\d+(?:\.\d+)?)({'|'.join(map(re.escape, _UNITS))})")


def insurance(facts: dict, tables: Tables) -> Iterator[Fact]:
    for notice in facts["insurance"]:
        terms = [row for row in tables["insurance_terms"]
                 if row["doc_number"] == notice["doc_number"]]
        for figure in notice["figures"]:
            evidence = squeeze(figure["evidence"])
            rows = [row for row in terms if evidence in squeeze(row["clause"])  # a table row
                    or squeeze(row["clause"]).rstrip("。；") in evidence]
            yield Fact("insurance", f"{figure['label']}: {figure['value']}",
                       _figure_landed(figure["value"], evidence, rows, tables["insurance_duties"]))


def _figure_landed(value: str, evidence: str, rows: list[Row], duties: list[Row]) -> bool:
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", value)
    numbers = [(float(amount), unit) for amount, unit in _FIGURE.findall(value)]
    if dates:
        return any([str(date) for date in (row["start_date"], row["end_date"]) if date] == dates
                   for row in rows)
    if numbers:
        found = {(row["amount"], row["unit"]) for row in rows}
        return all(number in found for number in numbers)
    # a party: the insurer as printed, or the payer a summary opens with (区财政列支，…: 区财政)
    if any(row["party"] and (row["party"] == value
                             or value.split("，")[0].startswith(row["party"]))
           for row in rows):
        return True
    # a duty: the organisation charged with it, or the duty itself, on the organisation's row
    # (the evidence opens the row, or is a clause of it: …协助查勘，不得截留、挪用赔款)
    if any(value in (row["department"], squeeze(row["duty"]))
           or (squeeze(value) in squeeze(row["duty"]) and len(value) > 6)
           for row in duties
           if _opens_or_ends(squeeze(f"{row['department']}{row['duty']}"),
                             re.sub("[：—－]", "", evidence))):  # 区X局：… / 区X局——…
        return True
    # a statement (who may enrol, the perils, the exclusions): a term of a curated topic whose
    # clause holds the statement's words (nearly all its character pairs)
    return any(row.get("topic") not in (None, "other")
               and _pairs_held(value, row.get("clause") or "") >= STATEMENT_HELD
               for row in rows)


STATEMENT_HELD = 0.8


def _opens_or_ends(row: str, evidence: str) -> bool:
    """The evidence opens the row, or is its last clause (after a comma)."""
    return row.startswith(evidence) or row.endswith(f"，{evidence}")


def _pairs_held(value: str, clause: str) -> float:
    """The share of a value's character pairs (punctuation aside) printed in a clause."""
    pairs = [piece[index:index + 2] for piece in re.split(r"[^\w]+", squeeze(value))
             for index in range(len(piece) - 1)]
    held = squeeze(clause)
    return sum(pair in held for pair in pairs) / len(pairs) if pairs else 0.0


def standards(facts: dict, tables: Tables) -> Iterator[Fact]:
    for annex in facts["standards"]:
        rows = _of_document(tables, "elderly_standards", annex["doc_number"])
        # a block may name the annex by its printed title and list no categories (its writer's
        # form): the rows, and each sample's text under its category where one is given
        title = annex.get("title") or annex.get("title_printed")
        categories = annex.get("categories_count")
        yield Fact("standards", f"{title} rows",
                   len(rows) == annex["rows_count"] and (
                       categories is None or len({row["category"] for row in rows}) == categories))
        for sample in annex["samples"]:
            yield Fact("standards", sample["evidence"],
                       any(sample.get("category") in (None, row["category"])
                           and sample["evidence"] in row["requirement"] for row in rows))


def extract_with(source_ids: Iterable[str], blocks: dict[str, dict]) -> Tables:
    """Issue 1 and the named fixtures registered by add-source in a temporary sources/."""
    with tempfile.TemporaryDirectory() as scratch:
        sources = Path(scratch) / "sources"
        shutil.copytree(SOURCES_DIR, sources)
        for source_id in source_ids:
            add_source(FIXTURES / blocks[source_id]["file"], sources)
        with contextlib.redirect_stdout(io.StringIO()):  # the review report: not this measure's
            return extract_issues(sources).tables


def report(source_id: str, facts: dict, tables: Tables, misses: bool) -> list[str]:
    """Lines of the measure for one fixture: per kind landed/total, then its lines kept."""
    found = facts_landed(facts, tables, DepartmentIndex.load())
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for fact in found:
        by_kind[fact.kind].append(fact)
    landed = sum(fact.ok for fact in found)
    lines = [f"{source_id} ({facts['split']}): {landed}/{len(found)} facts structured "
             f"({100 * landed / len(found):.1f}%), {len(tables['paragraphs'])}/"
             f"{facts['nonblank_lines']} non-blank lines kept as paragraphs"]
    for kind, kind_facts in by_kind.items():
        lines.append(f"  {kind:<14} {sum(f.ok for f in kind_facts):>3}/{len(kind_facts)}")
        lines += [f"    miss: {fact.what}" for fact in kind_facts if misses and not fact.ok]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.facts_landed", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source_ids", nargs="*", help="fixtures to measure (default: all)")
    parser.add_argument("--misses", action="store_true", help="list the facts that did not land")
    args = parser.parse_args(argv)
    blocks = expected_blocks()
    unknown = sorted(set(args.source_ids) - set(blocks))
    if unknown:
        parser.error(f"not a fixture of tests/fixtures/expected.json: {', '.join(unknown)}")
    chosen = args.source_ids or sorted(blocks)
    tables = extract_with(chosen, blocks)
    for source_id in chosen:
        held_out = blocks[source_id]["split"] == "heldout"  # measured, never read
        print("\n".join(report(source_id, blocks[source_id], rows_of(tables, source_id),
                               args.misses and not held_out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
