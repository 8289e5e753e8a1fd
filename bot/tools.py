"""Each canned query of metadata.yml as a langchain-core StructuredTool, plus the estimator.

Argument schemas are pydantic models with types, bounds and Chinese descriptions, built from the
named parameters the SQL declares; the SQL itself is never copied here. A tool returns
`{"rows": [...], "truncated": bool}`: `truncated` when the row cap or the query's own LIMIT may
have cut the list, so an answer can say "at least N".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field, create_model, model_validator

from bot.database import CannedQuery, ReadOnlyDatabase
from bot.estimate import RateTable, estimate
from bot.swap import swap

MAX_TEXT_ARGUMENT = 50
# A query with this parameter lists all its rows when it is "1" (its other parameters may then
# be left empty): an explicit request, where a "%" keyword used to match everything.
LIST_ALL = "all"
_LIMIT = re.compile(r"\blimit\s+(\d+)\s*$", re.IGNORECASE)
_CHINESE_PART = re.compile(r"^(.*?[\u4e00-\u9fff].*?[。）)])\s*[A-Z]", re.DOTALL)
# Queries the bot uses internally: listing names or a whole document is not a citizen's question.
INTERNAL_QUERIES = frozenset({"names_of_kind", "paragraphs_of_document"})


@dataclass(frozen=True)
class Parameter:
    """How one named SQL parameter is typed and described to a tool caller."""

    kind: type
    description: str
    bounds: dict[str, Any]


def _text(description: str, max_length: int = MAX_TEXT_ARGUMENT, **bounds: Any) -> Parameter:
    return Parameter(str, description, {"min_length": 1, "max_length": max_length, **bounds})


PARAMETERS: dict[str, Parameter] = {
    "keyword": _text("要查找的关键词（名称或内容中的一段文字），如 护照、不动产登记、全程网办"),
    "department": _text(
        "机构名称，简称、全称或别称均可，如 区公安局、重庆市大足区公安局、区城管局"
    ),
    "person": _text("人员姓名（公报中的写法，2—4个汉字）", max_length=20),
    "post": _text("职务名称中的一段（如 应急管理局副局长）或机构名称（如 区司法局）"),
    "project": _text("征收项目名称中的一段，如 龙岗"),
    "unit": _text("单位名称（简称、全称或别称），如 区司法局、龙水镇、各镇街"),
    "date": _text(
        "日期，格式 YYYY-MM-DD，如 2021-06-30", max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$"
    ),
    "town": _text("镇街名称，如 龙水镇、棠香街道"),
    "facility": _text("养老设施类别中的一段，如 互助养老点、敬老院"),
    "plan_year": Parameter(int, "计划年度（四位数字）；0 表示全部年度", {"ge": 0, "le": 2100}),
    "doc_number": _text("文号或其中一段，如 〔2021〕12号"),
    "issue": _text("公报期次，如 第2期，或期次编号，如 dazu-gongbao-2021-02", max_length=40),
    "group": _text("领导小组名称中的一段，如 高层建筑消防安全"),
    "number": Parameter(int, "常务会议是第几次（数字），如 3", {"ge": 1, "le": 999}),
    "year": Parameter(int, "常务会议的年份（四位数字），如 2021", {"ge": 2000, "le": 2100}),
    "kind": _text("名称类别，如 department、person、service", max_length=20, pattern=r"^[a-z_]+$"),
    "peril": _text("灾害类别或保险范围中的一段，如 暴雨、火灾"),
    "document_id": _text(
        "文件编号（documents.document_id）：期次编号加 -d 和两位序号，如 …-d03", max_length=80
    ),
    "terms": _text("空格分隔的检索词（字符片段），任一命中即可，如 照护 比例 配备", max_length=400),
    LIST_ALL: _text("填 1 列出全部条目（此时关键词可以不填）；否则留空"),
}


def chinese_description(query: CannedQuery) -> str:
    """The Chinese half of a bilingual metadata description (the part before the English)."""
    match = _CHINESE_PART.match(query.description)
    return match.group(1) if match else query.description


def argument_schema(query: CannedQuery) -> type[BaseModel]:
    """A pydantic model with one bounded field per named parameter of the SQL: all required,
    except in a query that can list all its rows (`LIST_ALL`), where each may be left empty."""
    listable = LIST_ALL in query.params
    fields: dict[str, Any] = {}
    for name in query.params:
        parameter = PARAMETERS.get(name) or _text(f"查询参数 {name}")
        if listable:
            bounds = {**parameter.bounds, "min_length": 0}
            field = Field("", description=parameter.description, **bounds)
        else:
            field = Field(..., description=parameter.description, **parameter.bounds)
        fields[name] = (parameter.kind, field)
    return create_model(f"{query.name}_arguments", **fields)


def query_tool(query: CannedQuery, database: ReadOnlyDatabase) -> StructuredTool:
    """The canned query as a tool: validated arguments in, bound parameters, rows out."""
    declared_limit = _LIMIT.search(query.sql.strip())
    limit = int(declared_limit.group(1)) if declared_limit else None
    row_cap = None if query.name not in INTERNAL_QUERIES else 100_000

    def run(**arguments: Any) -> dict[str, Any]:
        result = database.run(query.sql, arguments, row_cap=row_cap)
        cut_by_limit = limit is not None and len(result.rows) >= limit
        return {"rows": result.rows, "truncated": result.truncated or cut_by_limit}

    return StructuredTool.from_function(
        func=run,
        name=query.name,
        description=f"{query.title.split(' / ')[0]}：{chinese_description(query)}",
        args_schema=argument_schema(query),
    )


class EstimateArguments(BaseModel):
    area_m2: float = Field(..., ge=0, le=100_000,
                           description="被征收房屋建筑面积（平方米）；只算附属设施时可为0")
    structure: str = Field(
        "",
        max_length=MAX_TEXT_ARGUMENT,
        description="房屋类别和结构，按补偿标准表中的名称（只说明非住宅房屋种类时可为空）",
    )
    decoration: str = Field(  # a level may be named with its description (三档（装修材料…）)
        "", max_length=MAX_TEXT_ARGUMENT,
        description="装饰装修档次，按补偿标准表中的名称；空表示不计装修",
    )
    days_early: int = Field(0, ge=0, le=3650, description="在签约期内提前签约的天数")
    project: str = Field(
        "", max_length=MAX_TEXT_ARGUMENT, description="征收项目编号或名称；空表示最新一期的项目"
    )
    signing_day: int = Field(0, ge=0, le=3650, description="在签约期第几天签约（0 表示未说明）")
    settlement: str = Field(
        "", max_length=20, description="补偿方式：货币补偿或产权调换（按补偿标准表中的写法）"
    )
    fittings: str = Field(
        "", max_length=MAX_TEXT_ARGUMENT,
        description="住户已有的附属设施（按补偿标准表中的名称，用、分隔），如 天然气、有线电视",
    )
    persons: int = Field(0, ge=0, le=99, description="家庭人口（0 表示未说明）")
    new_area_m2: float = Field(
        0, ge=0, le=100_000,
        description="产权调换时安置房的建筑面积（平方米）；填写时估算安置房价款及与房屋价值的差价",
    )
    kind: str = Field(
        "", max_length=MAX_TEXT_ARGUMENT,
        description="非住宅房屋的种类（补偿标准表中的写法，用、分隔），如 门市、商业；"
                    "未给房屋结构时按其种类的标准估算各项补助",
    )
    qualified: str = Field(
        "", max_length=MAX_TEXT_ARGUMENT,
        description="住户自述符合其条件的保底面积类别（补偿标准表中的写法，用、分隔），如 特别安置",
    )
    measures: str = Field(
        "", max_length=MAX_TEXT_ARGUMENT, pattern=r"^(?:[^:、]+:\d+(?:\.\d+)?(?:、|$))*$",
        description="住户所说按尺寸补偿的附属物及其数量（补偿标准表中的名称:数量，用、分隔），"
                    "如 混凝土晒坝:40、片石挡墙:6",
    )
    assessed_value: float = Field(
        0, ge=0, le=10_000_000_000,
        description="住户所说的被征收房屋评估价值（元；0 表示未说明），"
                    "按评估价值比例计发的项目以此计算",
    )

    @model_validator(mode="after")
    def _a_house_is_named(self) -> EstimateArguments:
        utilities_only = self.area_m2 == 0 and (self.fittings.strip() or self.measures.strip())
        if not (self.structure.strip() or self.kind.strip() or utilities_only):
            raise ValueError(
                "structure 或 kind 至少填一项（只算附属设施、附属物时填 fittings、measures）")
        if self.area_m2 == 0 and not utilities_only:
            raise ValueError("area_m2 要大于0（只算附属设施、附属物时填 fittings、measures）")
        return self


def estimate_tool(rates_tool: StructuredTool, default_project: str) -> StructuredTool:
    """Compensation estimate for a project (the default one when none is given), every rate
    read through the rates query tool."""

    def run(
        area_m2: float,
        structure: str,
        decoration: str = "",
        days_early: int = 0,
        project: str = "",
        signing_day: int = 0,
        settlement: str = "",
        fittings: str = "",
        persons: int = 0,
        new_area_m2: float = 0,
        kind: str = "",
        qualified: str = "",
        assessed_value: float = 0,
        measures: str = "",
    ) -> dict:
        chosen = project or default_project
        rows = run_tool(rates_tool, {"project": chosen})["rows"]
        exact = any(row.get("project_id") == chosen for row in rows)
        table = RateTable(rows, chosen if exact else None)
        if new_area_m2:  # a swap: the new home's price and the difference with the old one's
            settled = swap(table, area_m2, new_area_m2, structure)
            return {"rows": settled.rows_used, "swap": settled, "truncated": False}
        result = estimate(
            table, area_m2, structure, decoration, days_early,
            signing_day=signing_day or None, settlement=settlement,
            fittings=tuple(name for name in fittings.split("、") if name),
            persons=persons or None,
            kind=tuple(word for word in kind.split("、") if word),
            qualified=tuple(name for name in qualified.split("、") if name),
            assessed_value=assessed_value or None,
            measures=_measures(measures),
        )  # fmt: skip
        return {"rows": result.rows_used, "estimate": result, "truncated": False}

    return StructuredTool.from_function(
        func=run,
        name="estimate_compensation",
        description=(
            "按征收项目的房屋征收补偿标准估算补偿金额（房屋价值、装饰装修、搬迁补助、"
            "货币补偿补助、临时安置、提前签约奖励等），并列出每一步的算式。仅供参考。"
        ),
        args_schema=EstimateArguments,
    )


def _measures(printed: str) -> tuple[tuple[str, float], ...]:
    """混凝土晒坝:40、片石挡墙:6 → (("混凝土晒坝", 40.0), ("片石挡墙", 6.0))."""
    pairs = (part.rpartition(":") for part in printed.split("、") if part)
    return tuple((item, float(size)) for item, _, size in pairs if item and size)


def run_tool(tool: StructuredTool, args: dict[str, Any]) -> dict[str, Any]:
    """The tool's function on validated arguments: what `tool.invoke` does, without the
    callback machinery the bot's own calls do not use (a tenth of a millisecond to several
    milliseconds a call, and the tracers' import at the first one)."""
    schema = tool.args_schema
    if isinstance(schema, type):
        args = schema.model_validate(args).model_dump()
    return tool.func(**args)


def build_tools(
    queries: dict[str, CannedQuery], database: ReadOnlyDatabase
) -> dict[str, StructuredTool]:
    """Every canned query as a tool, keyed by the query's name."""
    return {name: query_tool(query, database) for name, query in queries.items()}
