"""Expropriation notices → `compensation_projects` and `compensation_rates`.

The notice's numbered clauses (一、项目名称：… 五、签约期限：…) give the project; its 附件
补偿方案 gives the rates, printed as sentences of a few recurring shapes (a base amount within an
area plus a step per extra m², a list of uses with their amounts, a percentage with a floor, a
maximum number of days, utility amounts). Each shape is one pattern below, applied wherever the
scheme prints it, so that a household's compensation can be computed from the rates table alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..documents import Document, attachments
from ..errors import PipelineError
from ..tables import ExtractionContext, Row
from ..text import parse_date, squeeze_recorded
from . import parser

_CLAUSE = re.compile(r"^[一二三四五六七八九十]+、([^：:]+)[：:](.+)$")
_SUB_CLAUSE = re.compile(r"^[（(][一二三四五六七八九十]+[)）]\s*([^：:]+)[：:](.+)$")
_ORDINAL_PREFIX = re.compile(r"^[（(][一二三四五六七八九十]+[)）]\s*")
_STRUCTURE = re.compile(r"(混合结构|砖木结构|框架结构|砖混结构|简易结构)")
_MONEY = re.compile(r"(\d+(?:\.\d+)?)\s*元/(m²|m³)")
_BASE_AND_STEP = re.compile(
    r"建筑面积在(?P<threshold>\d+)m²以内(?:的)?[，,]?(?:每户补助)?(?P<base>\d+)元(?P<base_unit>/户·?次|/户)?"
    r"[，,]\d+m²（含）以上的[，,]?每增加(?P<step>\d+)m²[，,]增加(?:补助)?(?P<step_amount>\d+)元"
    r"(?P<step_unit>/户·?次)?"
)
_USE_AMOUNT = re.compile(r"^(?P<use>.+?)(?P<amount>\d+(?:\.\d+)?)元/(?P<unit>[^；;。（(]+)")
_PERCENT_WITH_FLOOR = re.compile(
    r"评估价值的(?P<percent>\d+(?:\.\d+)?)%计算[，,]不足(?P<floor>\d+)元的"
)
_MAX_DAYS = re.compile(r"不超过(\d+)天")
_TIMES = re.compile(r"(?:实行)?([^，,。的]+?)的计发(\d+)次")
_SHARE_FLOOR = re.compile(r"公摊系数低于或等于(\d+)%的[，,]按\1%的公摊系数计算")
_AREA_FLOOR = re.compile(
    r"家庭人口在(?P<persons>(?P<count>\d+)人[^，,]*?(?P<direction>及以下|及以上))的?[，,]"
    r"(?:住房)?建筑面积不足(?P<area>\d+)平方米"
)
_ELIGIBLE = re.compile(r"范围内的([^，,]+?家庭)")
_PRINTED_MONEY = re.compile(r"(\d+(?:\.\d+)?)元")
_DISTRICT_PREFIX = "大足区"
_UTILITY = re.compile(r"(?P<use>住宅|商业)?(?P<amount>\d+)元/(?P<unit>户|部)")

# Unit → how a program applies the amount.
BASIS_BY_UNIT = {
    "元/m²": "per_m2",
    "元/m³": "per_m3",
    "元/户": "per_household",
    "元/户·次": "per_household_per_time",
    "元/m²·次": "per_m2_per_time",
    "元/户·日": "per_household_per_day",
    "元/m²·日": "per_m2_per_day",
    "元/部": "per_unit",
}


def _norm(text: str) -> str:
    """Text without the spaces PDF extraction put inside Chinese text, numbers and units.

    The scheme's sentences are Chinese throughout, so every space is an artefact ('70m ² 以内',
    '5% 计算', '每户补助 21000 元').
    """
    return re.sub(r"\s+", "", text)


def _unit(raw: str) -> str:
    """元/m²次 and 元/m²·次 are the same unit as printed with and without the middle dot."""
    return "元/" + re.sub(r"(?<=[²户])(?=[次日])", "·", raw.strip().removeprefix("元/"))


class Rates:
    """Collects rate rows for one project, numbering them in printed order."""

    def __init__(self, context: ExtractionContext, project_id: str):
        self.context = context
        self.project_id = project_id

    def add(
        self,
        line: int,
        printed: str,
        *,
        category: str,
        item: str,
        amount: float,
        unit: str,
        basis: str,
        property_use: str | None = None,
        structure: str | None = None,
        condition: str | None = None,
        threshold_m2: float | None = None,
        step_m2: float | None = None,
        max_days: int | None = None,
        min_persons: int | None = None,
        max_persons: int | None = None,
    ) -> Row:
        """Add one rate; `printed` is the sentence or cell as extracted, kept as its rule_text."""
        rule_text = _norm(printed)
        self.context.source_text.record(
            line,
            printed.strip(),
            rule_text,
            "squeeze-spaces",
            "spaces inserted by PDF extraction inside Chinese text, numbers and units (m ²)",
        )
        rows = self.context.tables["compensation_rates"]
        number = sum(1 for row in rows if row["project_id"] == self.project_id) + 1
        return self.context.add(
            "compensation_rates",
            {
                "rate_id": f"{self.project_id}-r{number:02d}",
                "project_id": self.project_id,
                "category": category,
                "item": item,
                "property_use": property_use,
                "structure": structure,
                "condition": condition,
                "amount": amount,
                "unit": unit,
                "basis": basis,
                "threshold_m2": threshold_m2,
                "step_m2": step_m2,
                "max_days": max_days,
                "min_persons": min_persons,
                "max_persons": max_persons,
                "rule_text": rule_text,
            },
            line=line,
        )


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    """Split at separators outside （…）, so 办公（含其他配套用房、90年代及以前）stays whole."""
    parts, depth, current = [], 0, ""
    for character in text:
        depth += character in "（("
        depth -= character in "）)"
        if character in separators and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += character
    return [*parts, current]


def _broad_use(label: str) -> str:
    """住宅 for homes; every other use (办公, 商业, 生产, 经营门市, 工业) is 非住宅."""
    return "住宅" if label.startswith("住宅") else "非住宅"


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


def _clauses(context: ExtractionContext, start: int, end: int) -> dict[str, tuple[int, str]]:
    """Label → (line, value) of the 一、…：… and （一）…：… clauses between two lines."""
    found = {}
    for line_no, text in context.source_text.numbered(start, end):
        match = _CLAUSE.match(text.strip()) or _SUB_CLAUSE.match(text.strip())
        if match:
            squeezed = squeeze_recorded(context.source_text, line_no, text)
            match = _CLAUSE.match(squeezed) or _SUB_CLAUSE.match(squeezed)
            found[match[1]] = (line_no, match[2].rstrip("。；"))
    return found


def _required(
    clauses: dict[str, tuple[int, str]], label: str, context: ExtractionContext, document: Document
) -> tuple[int, str]:
    if label not in clauses:
        raise PipelineError(
            context.path,
            f"notice has no clause {label}：…",
            line=document.start_line,
            expected=f"a numbered clause '{label}：'",
        )
    return clauses[label]


def _attachment_lines(context: ExtractionContext, document: Document) -> Iterator[tuple[int, str]]:
    """(line, text) of the notice's attachment: from its '附件' heading to the document's end."""
    in_attachment = False
    for line_no, text in context.source_text.numbered(document.start_line, document.end_line):
        if text.strip() == "附件":
            in_attachment = True
        elif in_attachment:
            yield line_no, text


def _section(lines: list[tuple[int, str]], heading: str) -> list[tuple[int, str]]:
    """Lines after the 八、… style heading that contains `heading`, up to the next such heading."""
    collected: list[tuple[int, str]] = []
    inside = False
    for line_no, text in lines:
        is_heading = bool(re.match(r"^[一二三四五六七八九十]+、", text.strip()))
        if is_heading and inside:
            break
        if is_heading and heading in text:
            inside = True
        elif inside and text.strip():
            collected.append((line_no, text))
    return collected


def _assessed_values(rates: Rates, lines: list[tuple[int, str]]) -> None:
    """八、预评估价格: '住宅类（成套）：混合结构 3960 元/m²', '工业划拨混合结构 2970 元/m²、…'."""
    for line_no, text in lines:
        printed = _norm(_ORDINAL_PREFIX.sub("", text.strip()))
        prefix, _, rest = printed.rpartition("：") if "：" in printed else ("", "", printed)
        if not _MONEY.search(rest):
            continue
        subject = prefix
        for segment in _split_outside_brackets(rest, "、，；。"):
            money = _MONEY.search(segment)
            if not money:
                continue
            label = re.sub(r"^拟定|的房屋按$|按$", "", segment[: money.start()])
            structure = _STRUCTURE.search(label)
            own_subject = _STRUCTURE.sub("", label)
            if "装饰装修" in prefix:
                category, item = "装饰装修补偿", label
            elif "评估价值咨询意见书" in printed:
                category = "附属物评估"
                item = (own_subject or subject).replace("评估价值咨询意见书", "")
            else:
                category = "预评估价格"
                subject = own_subject or subject
                item = subject + (structure[1] if structure else "")
            unit = "元/" + money[2]
            rates.add(
                line_no,
                text,
                category=category,
                item=item,
                amount=_number(money[1]),
                unit=unit,
                basis=BASIS_BY_UNIT[unit],
                structure=structure[1] if structure else None,
                property_use=_use_of(item),
            )


def _use_of(item: str) -> str | None:
    """Homes and other buildings have a use; decoration and yard structures apply to any."""
    if item.startswith("住宅"):
        return "住宅"
    return "非住宅" if any(word in item for word in ("工业", "办公", "商业")) else None


def _fee_table(rates: Rates, context: ExtractionContext, lines: list[tuple[int, str]]) -> None:
    """十、附属设施补偿: 费额名称 | | 费额标准 rows, one fee per numbered row plus its sub-rows."""
    fee = None
    fee_rows: list[Row] = []
    for line_no, text in lines:
        if "\t" not in text:
            continue
        printed_cells = [*text.split("\t"), "", "", "", ""]
        cells = [_norm(cell) for cell in printed_cells]
        number, name, use, standard = cells[:4]
        if number == "费额名称" or name == "费额名称":
            continue
        if number.isdigit():
            fee, fee_rows = name, []
        if fee is None:
            raise PipelineError(
                context.path,
                "fee row before any numbered fee",
                line=line_no,
                column="费额名称",
                expected="a numbered fee first",
            )
        if use in ("住宅", "非住宅"):
            fee_rows += _fee_rates(rates, line_no, fee, use, printed_cells[3])
        elif standard:
            fee_rows += _fee_rates(rates, line_no, fee, None, printed_cells[3])
        # Notes below a fee's rows sit in its name or use column (实行货币安置的计发1次…).
        note_columns = [] if number.isdigit() else [1]
        note_columns += [] if use in ("住宅", "非住宅") else [2]
        for column in note_columns:
            for condition, times in _TIMES.findall(cells[column]):
                rates.add(
                    line_no,
                    printed_cells[column],
                    category=fee,
                    item="计发次数",
                    amount=int(times),
                    unit="次",
                    basis="times",
                    condition=condition,
                )
        for row in fee_rows:
            days = _MAX_DAYS.search(standard)
            if days and row["max_days"] is None:
                row["max_days"] = int(days[1])


def _fee_rates(
    rates: Rates, line_no: int, fee: str, use: str | None, printed_standard: str
) -> list[Row]:
    standard = _norm(printed_standard)
    added = []
    if match := _BASE_AND_STEP.search(standard):
        threshold = _number(match["threshold"])
        base_unit = "元/户·次" if match["base_unit"] and "次" in match["base_unit"] else "元/户"
        added.append(
            rates.add(
                line_no,
                printed_standard,
                category=fee,
                item=f"{use}基本",
                property_use=use,
                condition=f"建筑面积在{match['threshold']}m²以内",
                amount=_number(match["base"]),
                unit=base_unit,
                basis=BASIS_BY_UNIT[base_unit],
                threshold_m2=threshold,
            )
        )
        step_unit = base_unit
        added.append(
            rates.add(
                line_no,
                printed_standard,
                category=fee,
                item=f"{use}超出面积递增",
                property_use=use,
                condition=f"{match['threshold']}m²（含）以上每增加{match['step']}m²",
                amount=_number(match["step_amount"]),
                unit=step_unit,
                basis="per_step_above_threshold",
                threshold_m2=threshold,
                step_m2=_number(match["step"]),
            )
        )
        return added
    if match := _PERCENT_WITH_FLOOR.search(standard):
        added.append(
            rates.add(
                line_no,
                printed_standard,
                category=fee,
                item=f"{use or ''}评估价值比例",
                property_use=use,
                amount=_number(match["percent"]),
                unit="%",
                basis="percent_of_assessed_value",
                condition="按被征收房屋评估价值",
            )
        )
        added.append(
            rates.add(
                line_no,
                printed_standard,
                category=fee,
                item=f"{use or ''}最低补助",
                property_use=use,
                amount=_number(match["floor"]),
                unit="元",
                basis="minimum_amount",
                condition=f"不足{match['floor']}元的",
            )
        )
        return added
    for segment in re.split(r"[；;]", re.sub(r"（[^）]*）", "", standard)):
        match = _USE_AMOUNT.match(segment.strip("。"))
        if not match:
            continue
        unit = _unit(match["unit"])
        printed_use = match["use"]
        condition = None
        if "的" in printed_use:  # 具备合法有效营业执照、税务登记手续的生产用房
            condition, printed_use = printed_use.rsplit("的", 1)
        added.append(
            rates.add(
                line_no,
                printed_standard,
                category=fee,
                item=printed_use,
                property_use=use or _broad_use(printed_use),
                condition=condition,
                amount=_number(match["amount"]),
                unit=unit,
                basis=BASIS_BY_UNIT[unit],
            )
        )
    return added


def _utilities(rates: Rates, lines: list[tuple[int, str]]) -> None:
    """'数字电视：680元/户', '天然气表：住宅3800元/户，商业6500元/户', '电话：158元/部'."""
    for line_no, text in lines:
        printed = _norm(text)
        if "\t" in text or "：" not in printed:
            continue
        item, _, rest = printed.partition("：")
        for match in _UTILITY.finditer(rest):
            unit = f"元/{match['unit']}"
            use = match["use"]
            rates.add(
                line_no,
                text,
                category="附属设施补偿",
                item=item,
                property_use=_broad_use(use) if use else None,
                condition=use if use and use != "住宅" else None,
                amount=_number(match["amount"]),
                unit=unit,
                basis=BASIS_BY_UNIT[unit],
            )


def _floors(rates: Rates, lines: list[tuple[int, str]]) -> None:
    """公摊系数 floor (按15%计算) and 特别安置 minimum areas (按建筑面积30平方米补偿)."""
    for line_no, text in lines:
        printed = _norm(text)
        if match := _SHARE_FLOOR.search(printed):
            rates.add(
                line_no,
                text,
                category="公摊补足",
                item="公摊系数",
                condition=f"公摊系数低于或等于{match[1]}%",
                amount=_number(match[1]),
                unit="%",
                basis="ratio",
                property_use="住宅",
            )
        eligible = _ELIGIBLE.search(printed)
        for match in _AREA_FLOOR.finditer(printed):
            count = int(match["count"])
            at_most = match["direction"] == "及以下"
            rates.add(
                line_no,
                text,
                category="特别安置",
                item="保底补偿面积",
                condition="，".join(part for part in (eligible and eligible[1], match[0]) if part),
                amount=_number(match["area"]),
                unit="m²",
                basis="area_floor",
                property_use="住宅",
                min_persons=None if at_most else count,
                max_persons=count if at_most else None,
            )


@parser("expropriation_notice")
def parse_expropriation(document: Document, context: ExtractionContext) -> None:
    body_end = min(attachments(context.source_text, document).values(), default=document.end_line)
    clauses = _clauses(context, document.start_line, body_end)
    name_line, name = _required(clauses, "项目名称", context, document)
    scope_line, scope = _required(clauses, "征收范围", context, document)
    department_line, department = _required(clauses, "征收部门", context, document)
    implementer_line, implementer = _required(clauses, "项目具体实施单位", context, document)
    _, period = _required(clauses, "签约期限", context, document)
    _, methods = _required(clauses, "补偿安置方式", context, document)
    dates = [parse_date(part) for part in re.split(r"至", period)]
    days = re.search(r"共计(\d+)天", period)
    households = re.search(r"(\d+)户", scope)
    area = re.search(r"([\d.]+)\s*(?:m²|平方米)", scope)
    if None in dates or not days or not households or not area:
        raise PipelineError(
            context.path,
            f"cannot read households/area/period from {scope!r}, {period!r}",
            line=scope_line,
            expected="…N户…X m² and YYYY年M月D日至YYYY年M月D日…共计N天",
        )
    attachment = list(_attachment_lines(context, document))
    valuer = re.search(r"自愿选定：(.+?)实施征收评估", "".join(_norm(t) for _, t in attachment))
    project_id = f"{document.document_id}-p1"
    decision = next(
        (
            d
            for d in context.document("expropriation_decision")
            if name.removesuffix("项目") in d.title
        ),
        None,
    )
    context.add(
        "compensation_projects",
        {
            "project_id": project_id,
            "name": name,
            "decision_document_id": decision.document_id if decision else None,
            "notice_document_id": document.document_id,
            "households": int(households[1]),
            "floor_area_m2": float(area[1]),
            "expropriating_department": department,
            "department_id": _department(context, department, department_line, "征收部门"),
            "implementer": implementer,
            "implementer_department_id": _department(
                context, implementer, implementer_line, "项目具体实施单位"
            ),
            "signing_start": dates[0],
            "signing_end": dates[1],
            "signing_days": int(days[1]),
            "compensation_methods": methods,
            "office_address": clauses.get("现场办公地址", (0, None))[1],
            "office_phone": clauses.get("现场办公电话", (0, None))[1],
            "office_hours": clauses.get("现场办公时间", (0, None))[1],
            "valuation_firm": valuer[1] if valuer else None,
        },
        line=name_line,
    )
    rates = Rates(context, project_id)
    _floors(rates, attachment)
    _assessed_values(rates, _section(attachment, "预评估价格"))
    fees = _section(attachment, "附属设施补偿")
    _fee_table(rates, context, fees)
    _utilities(rates, fees)
    _check_every_amount_has_a_rate(context, project_id, attachment)


def _department(context: ExtractionContext, printed: str, line: int, column: str) -> str:
    """The one organisation a clause names; '大足区龙岗街道办事处' drops the district prefix.

    (The index folds only the full city prefix 重庆市大足区; the bare 大足区 is a prefix too.)
    """
    ids = context.link_departments(printed.removeprefix(_DISTRICT_PREFIX), line=line, column=column)
    if len(ids) != 1:
        raise PipelineError(
            context.path,
            f"{printed!r} names {len(ids)} organisations",
            line=line,
            column=column,
            expected="exactly one organisation",
        )
    return ids[0]


def _check_every_amount_has_a_rate(
    context: ExtractionContext, project_id: str, attachment: list[tuple[int, str]]
) -> None:
    """Every yuan amount printed in the scheme must be the amount of a rate read from its line.

    A sentence in a shape no pattern knows would otherwise be dropped without notice.
    """
    amounts_by_line: dict[int, set[float]] = {}
    for row in context.tables["compensation_rates"]:
        if row["project_id"] == project_id:
            amounts_by_line.setdefault(row["source_line"], set()).add(float(row["amount"]))
    for line_no, text in attachment:
        printed = {float(amount) for amount in _PRINTED_MONEY.findall(_norm(text))}
        missing = printed - amounts_by_line.get(line_no, set())
        if missing:
            raise PipelineError(
                context.path,
                f"amount(s) {sorted(missing)} printed here gave no compensation rate",
                line=line_no,
                expected="a sentence shape that a pattern in scripts/parsers/compensation.py reads",
            )
