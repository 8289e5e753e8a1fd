"""Tool rows → a short Chinese answer with citations and the portal link of the same query.

Every fact in an answer is a value of a returned row (or of the lexicon, itself read from the
database); nothing is added from elsewhere. Lists show their count and the first few items.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from bot.answers import Answer, Citation, Option
from bot.estimate import Estimate, money
from bot.lexicon import Lexicon
from bot.payload import encode
from bot.router import Route

LIST_ITEMS = 5
MAX_CITATIONS = 3
DATABASE = "dazu-gazette"
TOPICS = (
    "政务服务事项、人事任免、房屋征收补偿、巨灾保险、工作任务、农村养老、领导小组、文件和常务会议"
)


def yuan(value: Any) -> str:
    """100000 → '10万元'; 21000 → '21000元'."""
    number = float(value)
    if number >= 10000 and number % 10000 == 0:
        return f"{int(number // 10000)}万元"
    return f"{money(number)}元"


def amount(value: Any) -> str:
    return money(float(value)) if isinstance(value, int | float) else str(value)


def shorten(text: str | None, limit: int = 48) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def snippet(text: str, keyword: str, width: int = 36) -> str:
    position = text.find(keyword)
    if position < 0:
        return shorten(text, width * 2)
    start, end = max(0, position - width), min(len(text), position + len(keyword) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def relevance(question: str, text: str) -> int:
    """How many two-character pieces of the question occur in the text."""
    return sum(1 for i in range(len(question) - 1) if question[i : i + 2] in text)


class Composer:
    def __init__(self, lexicon: Lexicon, portal_url: str) -> None:
        self.lexicon = lexicon
        self.portal_url = portal_url.rstrip("/")
        self._writers: dict[str, Callable[[Route, list[dict[str, Any]], bool], str]] = {
            "service_by_keyword": self._service,
            "services_of_department": self._services_of_department,
            "service_counts_by_department": self._service_counts,
            "services_in_catalogue": self._catalogue_items,
            "appointments_of_person": self._appointments_of_person,
            "appointments_by_post": self._appointments_by_post,
            "appointments_in_document": self._appointments_in_document,
            "roles_of_person": self._roles_of_person,
            "people_with_title": self._people_with_title,
            "compensation_project": self._project,
            "compensation_rates_of_project": self._rates,
            "tasks_of_unit": self._tasks_of_unit,
            "tasks_due_by": self._tasks_due_by,
            "tasks_by_keyword": self._tasks_by_keyword,
            "elderly_facilities_of_town": self._elderly_town,
            "elderly_plan_totals": self._elderly_totals,
            "elderly_standards_by_keyword": self._elderly_standards,
            "document_by_number": self._document,
            "members_of_group": self._group,
            "insurance_payouts": self._insurance_payouts,
            "insurance_claims_of_peril": self._insurance_claims,
            "insurance_duties_by_keyword": self._insurance_duties,
            "topics_of_meeting": self._meeting,
            "meeting_topics_by_keyword": self._meeting_topics,
        }

    # Public ---------------------------------------------------------------------------
    def answer(self, route: Route, result: dict[str, Any]) -> Answer:
        """The Answer for a tool route and the tool's result."""
        rows = result.get("rows", [])
        if route.tool == "estimate_compensation":
            text = self.estimate_text(result["estimate"])
            url = self.url("compensation_rates_of_project", {"project": self._project_of(rows)})
        else:
            writer = self._writers.get(route.tool or "", self._generic)
            text = writer(route, rows, bool(result.get("truncated")))
            url = self.url(route.tool or "", route.args)
        shown = self._shown_rows(route, rows)
        return Answer(
            answer=text,
            tool=route.tool,
            args=dict(route.args),
            rows=shown,
            citations=self.citations(shown or rows),
            portal_url=url,
            options=[*self._item_options(route, rows), *route.options][:6],
        )

    def url(self, tool: str, args: dict[str, Any]) -> str:
        query = f"?{urlencode({k: v for k, v in args.items()})}" if args else ""
        return f"{self.portal_url}/{DATABASE}/{tool}{query}"

    def citations(self, rows: list[dict[str, Any]]) -> list[Citation]:
        found: OrderedDict[str, Citation] = OrderedDict()
        for row in rows:
            number = row.get("doc_number")
            document = self.lexicon.documents.get(number) if number else None
            title = row.get("document_title") or (document.detail if document else None)
            key = number or title
            if not key or key in found:
                continue
            found[key] = Citation(
                doc_number=number,
                title=title or number or "",
                sign_date=row.get("sign_date")
                or (document.note if document else None)
                or row.get("date"),
                source_id=row.get("source_id") or "",
                source_line=row.get("source_line"),
            )
            if len(found) == MAX_CITATIONS:
                break
        return list(found.values())

    def help_text(self) -> str:
        source = self._source_title()
        lines = [
            f"您好！我根据《{source}》的数据回答问题（数据来自公报原文，每条答案附文号和日期）。可以这样问：",
            "• 政务服务：办护照找哪个部门？不动产登记是“最多跑一次”吗？区公安局有哪些事项？",
            "• 人事任免：某某同志任免了什么职务？应急管理局副局长是谁？",
            "• 房屋征收：龙岗烈士陵园片区签约期限是哪天？装修怎么补偿？90平方米混合结构能补多少？",
            "• 巨灾保险：见义勇为赔多少？自然灾害怎么理赔？",
            "• 工作任务：区司法局有哪些任务？6月底前要完成哪些任务？",
            "• 农村养老：龙水镇建几个养老设施？敬老院改造有哪些消防要求？",
            "• 领导小组、文件和会议：消防领导小组组长是谁？大足府办发〔2021〕37号是什么？",
            "  第3次常务会议研究了什么？",
        ]
        return "\n".join(lines)

    def scope_text(self) -> str:
        return f"我能回答公报里的{TOPICS}等问题，发送“帮助”查看示例。"

    def estimate_text(self, estimate: Estimate) -> str:
        project = self.lexicon.projects[0] if self.lexicon.projects else "征收项目"
        lines = [
            f"按{project}补偿标准估算（{money(estimate.area_m2)}平方米，{estimate.structure}，"
            f"{estimate.decoration}，提前{estimate.days_early}天签约）："
        ]
        lines += [f"{i}. {line.label}：{line.formula}" for i, line in enumerate(estimate.lines, 1)]
        lines.append(f"合计约{money(estimate.total)}元。")
        lines += [f"注：{note}" for note in estimate.notes]
        lines.append("以上按公报公布的标准计算，仅供参考，不是正式补偿金额。")
        return "\n".join(lines)

    # Writers --------------------------------------------------------------------------
    def _generic(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        return f"找到{len(rows)}条记录。" if rows else "数据中没有找到相关记录。"

    def _service(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = route.args.get("keyword", "")
        if not rows:
            return f"数据中没有名称包含“{keyword}”的政务服务事项。"
        exact = [row for row in rows if row["name"] == keyword]
        if exact or len(rows) == 1:
            return self._service_detail((exact or rows)[0], route.question)
        count = f"至少{len(rows)}" if truncated else str(len(rows))
        lines = [f"找到{count}项名称包含“{keyword}”的政务服务事项："]
        for i, row in enumerate(rows[:LIST_ITEMS], 1):
            lines.append(
                f"{i}. {row['name']}"
                f"（{row['implementer']}，{row['item_type']}，{self._catalogue(row)}）"
            )
        if len(rows) > LIST_ITEMS:
            lines.append(f"……另有{len(rows) - LIST_ITEMS}项，见数据门户。")
        return "\n".join(lines)

    def _item_options(self, route: Route, rows: list[dict[str, Any]]) -> list[Option]:
        """A list of several service items: one option per item shown, to ask about it."""
        keyword = route.args.get("keyword")
        if route.tool != "service_by_keyword" or len(rows) < 2:
            return []
        if any(row["name"] == keyword for row in rows):
            return []
        return [
            Option(
                shorten(row["name"], 30),
                encode("service_by_keyword", {"keyword": self._unique_name(row["name"])}),
            )
            for row in rows[:LIST_ITEMS]
        ]

    def _service_detail(self, row: dict[str, Any], question: str) -> str:
        departments = row.get("departments") or row["implementer"]
        text = (
            f"“{row['name']}”由{row['implementer']}实施（{departments}），"
            f"事项类型：{row['item_type']}；{self._catalogue(row, long=True)}。"
        )
        nearby = [c for c in self.lexicon.catalogues if "就近" in c]
        asks_nearby = re.search(r"镇|村|社区|就近|下放|家门口", question)
        if asks_nearby and nearby and not _delegated(row):
            text += f"它不在公报刊登的“{nearby[0]}”事项清单中。"
        return text

    def _catalogue(self, row: dict[str, Any], long: bool = False) -> str:
        """'最多跑一次' (short) or '属于“就近办”事项清单（第二批），下放到镇街、村（社区）办理'."""
        catalogue = row.get("catalogue") or ""
        if not long:
            return catalogue
        places = _delegated(row)
        delegated = f"，下放到{places}办理" if places else ""
        return f"属于“{catalogue}”事项清单（{row.get('batch') or ''}）{delegated}"

    def _unique_name(self, name: str) -> str:
        """The shortest piece of a service name found in no other name (fits a payload)."""
        if len(name.encode("utf-8")) <= 60:
            return name
        index = self.lexicon.services
        for length in range(4, min(len(name), 18) + 1):
            for start in range(len(name) - length + 1):
                piece = name[start : start + length]
                if len(index.hits(piece)) == 1:
                    return piece
        return name

    def _services_of_department(
        self, route: Route, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        department = route.args.get("department", "")
        if not rows:
            return f"数据中没有{department}实施的政务服务事项。"
        full = rows[0].get("full_name") or department
        by_catalogue: dict[str, int] = defaultdict(int)
        for row in rows:
            by_catalogue[row["catalogue"]] += 1
        split = "、".join(f"“{c}”{n}项" for c, n in by_catalogue.items())
        count = f"至少{len(rows)}" if truncated else str(len(rows))
        lines = [
            f"{rows[0]['department']}（{full}）实施的政务服务事项共{count}项（{split}），例如："
        ]
        lines += numbered(rows, lambda row: f"{row['name']}（{row['item_type']}）")
        return "\n".join(lines)

    def _catalogue_items(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        catalogue = route.args.get("catalogue", "")
        if not rows:
            return f"数据中没有“{catalogue}”事项清单。"
        first = rows[0]
        count = f"至少{len(rows)}" if truncated else str(len(rows))
        lines = [f"“{first['catalogue']}”事项清单（{first['batch']}）共{count}项，例如："]
        lines += numbered(rows, _catalogue_item)
        return "\n".join(lines)

    def _service_counts(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        totals: dict[str, int] = defaultdict(int)
        for row in rows:
            totals[row["department"]] += row["items"]
        ranked = sorted(totals.items(), key=lambda item: -item[1])
        lines = [f"实施政务服务事项最多的机构（共{len(ranked)}个机构）："]
        lines += [
            f"{i}. {name} {count}项" for i, (name, count) in enumerate(ranked[:LIST_ITEMS], 1)
        ]
        return "\n".join(lines)

    def _appointment_phrase(self, row: dict[str, Any], with_person: bool) -> str:
        person = row["person"] if with_person else ""
        note = f"（{row['note']}）" if row.get("note") else ""
        if row["action"] == "任命":
            return f"任命{person}为{row['post']}{note}"
        return f"{row['action']}{person}{row['post']}职务{note}"

    def _appointments_of_person(
        self, route: Route, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        person = route.args.get("person", "")
        if not rows:
            return f"数据中没有{person}的任免记录。"
        parts = []
        for doc_number, group in _group_by(rows, "doc_number").items():
            first = group[0]
            phrases = "，".join(self._appointment_phrase(row, False) for row in group)
            meeting = (
                f"，经{first['meeting']}（{first['meeting_date']}）决定"
                if first.get("meeting")
                else ""
            )
            parts.append(f"{first['sign_date']}《{doc_number}》{phrases}{meeting}")
        return f"{person}：" + "；".join(parts) + "。"

    def _appointments_by_post(
        self, route: Route, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        post = route.args.get("post", "")
        if not rows:
            return f"数据中没有{post}的任免记录。"
        position = route.focus[0] if route.focus else ""
        matching = [row for row in rows if position and row.get("position") == position]
        if position and position not in ("领导", "一把手") and not matching:
            others = "；".join(
                f"{r['sign_date']} {self._appointment_phrase(r, True)}" for r in rows[:LIST_ITEMS]
            )
            return f"公报的任免通知中没有{post}{position}的任免。{post}的任免有：{others}。"
        chosen = matching or rows
        lines = [f"{post}{position if matching else ''}的任免共{len(chosen)}条："]
        lines += [
            f"{i}. {row['sign_date']} {self._appointment_phrase(row, True)}（{row['doc_number']}）"
            for i, row in enumerate(chosen[:8], 1)
        ]
        return "\n".join(lines)

    def _appointments_in_document(
        self, route: Route, rows: list[dict[str, Any]], truncated: bool
    ) -> str:
        number = route.args.get("doc_number", "")
        if not rows:
            return f"数据中没有文号为“{number}”的任免通知。"
        first = rows[0]
        meeting = (
            f"，经{first['meeting']}（{first['meeting_date']}）决定" if first.get("meeting") else ""
        )
        lines = [
            f"《{first['document_title']}》（{first['doc_number']}，{first['sign_date']}{meeting}）共{len(rows)}条任免："
        ]
        lines += numbered(
            rows, lambda row: self._appointment_phrase(row, True), limit=10, unit="条"
        )
        return "\n".join(lines)

    def _roles_of_person(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        person = route.args.get("person", "")
        if not rows:
            return f"数据中没有{person}的任职信息。"
        chaired = [row for row in rows if row["role"] == "主持"]
        parts = []
        for row in rows:
            if row["role"] == "主持":
                continue
            title = f"（{row['title']}）" if row.get("title") else ""
            parts.append(f"{row['organisation']}{row['role']}{title}")
        if chaired:
            titles = "、".join(r["organisation"].split("年")[-1] for r in chaired)
            parts.append(f"以{chaired[0]['title']}身份主持了{len(chaired)}次常务会议（{titles}）")
        return f"{person}：" + "；".join(parts) + "。"

    def _people_with_title(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        title = route.args.get("title", "")
        if not rows:
            return f"数据中没有职务为“{title}”的人员记录。"
        exact = [row for row in rows if _holds(row["title"], title)]
        people: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
        for row in exact or rows:
            people.setdefault(row["person"], []).append(row)
        parts = []
        for person, group in people.items():
            roles = [f"{r['organisation']}{r['role']}" for r in group if r["role"] != "主持"]
            chaired = sum(1 for r in group if r["role"] == "主持")
            if chaired:
                roles.append(f"主持常务会议{chaired}次")
            parts.append(f"{person}（{group[0]['title']}；{'，'.join(dict.fromkeys(roles))}）")
        lead = f"公报中职务为“{title}”的是" if exact else f"公报中职务包含“{title}”的有"
        return lead + "：" + "；".join(parts) + "。"

    def _project(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有这个征收项目。"
        p = rows[0]
        facets = {
            "name": f"项目名称：{p['name']}（{p['document_title']}）",
            "households": f"征收总户数{p['households']}户",
            "area": f"征收房屋建筑面积共{amount(p['floor_area_m2'])}平方米",
            "signing": f"签约期限{p['signing_start']}至{p['signing_end']}，共{p['signing_days']}天",
            "department": (
                f"征收部门：{p['expropriating_department']}；具体实施单位：{p['implementer']}"
            ),
            "office": f"现场办公地址：{p['office_address']}",
            "phone": f"现场办公电话：{p['office_phone']}",
            "hours": f"现场办公时间：{p['office_hours']}",
            "methods": f"补偿安置方式：{p['compensation_methods']}",
            "valuation": f"评估机构：{p['valuation_firm']}",
        }
        chosen = [f for f in route.focus if f in facets] or [
            "households", "area", "signing", "department", "office", "phone", "hours",
        ]  # fmt: skip
        return f"{p['name']}：" + "；".join(facets[f] for f in chosen) + "。"

    def _rates(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有这个项目的补偿标准。"
        project = rows[0]["project"]
        selected = self._rate_rows(route, rows)
        by_category = _group_by(selected, "category")
        lines = [f"{project}补偿标准："]
        for category, group in by_category.items():
            rules = list(dict.fromkeys(row["rule_text"] for row in group if row.get("rule_text")))
            if route.focus and all(len(rule) <= 140 for rule in rules):
                lines.append(f"• {category}：{'；'.join(r.rstrip('；;。') for r in rules)}")
            else:
                items = "；".join(
                    f"{row['item']}{self._condition(row, bool(route.focus))}"
                    f"{amount(row['amount'])}{row['unit']}"
                    for row in group
                )
                lines.append(f"• {category}：{items}")
        return "\n".join(lines)

    @staticmethod
    def _condition(row: dict[str, Any], detailed: bool) -> str:
        """A rate's condition: in full when the question is about it, else only if short."""
        condition = row.get("condition") or ""
        return f"（{condition}）" if condition and (detailed or len(condition) <= 16) else ""

    def _rate_rows(self, route: Route, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not route.focus:
            return rows
        selected = [row for row in rows if row["category"] in route.focus]
        structure_words = [
            w for w in ("非成套", "成套", "砖木", "混合", "工业", "办公") if w in route.question
        ]
        if "非成套" in structure_words:
            structure_words.remove("成套")
        narrowed = [
            row
            for row in selected
            if not row.get("structure") or all(w in row["item"] for w in structure_words)
        ]
        return narrowed or selected

    def _tasks_of_unit(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        unit = route.args.get("unit", "")
        if not rows:
            return f"数据中没有{unit}牵头、负责或配合的工作任务。"
        roles = defaultdict(int)
        for row in rows:
            roles[row["role"]] += 1
        split = "、".join(f"{role}{n}项" for role, n in roles.items())
        shared = [row for row in rows if row.get("unit") and row["unit"] != unit]
        towns = f"，其中{len(shared)}项是分配给{shared[0]['unit']}的任务" if shared else ""
        lines = [f"{unit}的工作任务共{len(rows)}项（{split}）{towns}："]
        lines += numbered(
            rows,
            lambda row: (
                f"{shorten(row['content'], 40)}"
                f"（{row['role']}，{row.get('deadline_text') or '未写时限'}）"
            ),
        )
        return "\n".join(lines)

    def _tasks_due_by(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        date = route.args.get("date", "")
        if not rows:
            return f"数据中没有完成时限在{date}或之前的任务。"
        lines = [f"完成时限在{date}或之前的任务共{len(rows)}项："]
        lines += numbered(rows, _due_task)
        return "\n".join(lines)

    def _tasks_by_keyword(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = route.args.get("keyword", "")
        if not rows:
            return f"数据中没有与“{keyword}”有关的工作任务。"
        ranked = sorted(rows, key=lambda row: -relevance(route.question, row["content"] or ""))
        best = ranked[0]
        units = [
            f"{label}：{best[field]}"
            for label, field in (
                ("牵头单位", "lead_units"),
                ("责任单位", "responsible_units"),
                ("配合单位", "cooperating_units"),
            )
            if best.get(field)
        ]
        deadline = (
            f"完成时限：{best['deadline_text']}" if best.get("deadline_text") else "未写完成时限"
        )
        lines = []
        if len(rows) > 1:
            lines.append(f"与“{keyword}”有关的工作任务共{len(rows)}项，最相关的一项：")
        lines.append(f"{best['content']}（《{best['plan']}》第{best['number']}项）")
        lines.append("；".join([*units, deadline]) + "。")
        for row in ranked[1:4]:
            lines.append(
                f"• {shorten(row['content'], 36)}（{row.get('deadline_text') or '未写时限'}）"
            )
        return "\n".join(lines)

    def _elderly_town(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        town = route.args.get("town", "")
        if not rows:
            return f"{town}在农村养老服务全覆盖任务分解表中没有计划建设的设施。"
        parts = [f"{row['facility_kind']}{_year(row)}{row['planned_count']}个" for row in rows]
        return f"按农村养老服务全覆盖任务分解，{town}计划：" + "；".join(parts) + "。"

    def _elderly_totals(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        chosen = [row for row in rows if row["facility_kind"] in route.focus] or rows
        parts = []
        for kind, group in _group_by(chosen, "facility_kind").items():
            years = "、".join(
                f"{_year(row)}{row['planned_total']}个（{row['towns']}个镇街）" for row in group
            )
            parts.append(f"{kind}{years}")
        return "全区农村养老设施计划建设：" + "；".join(parts) + "。"

    def _elderly_standards(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = route.args.get("keyword", "")
        if not rows:
            return f"敬老院改造提升基础指标中没有与“{keyword}”有关的条目。"
        about = f"与“{keyword}”有关的" if keyword else ""
        lines = [f"特困人员供养服务设施（敬老院）改造提升基础指标中{about}共{len(rows)}条："]
        lines += numbered(
            rows, lambda row: f"【{row['category']}】{row['requirement']}", limit=8, unit="条"
        )
        return "\n".join(lines)

    def _document(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有文号为“{route.args.get('doc_number', '')}”的文件。"
        row = rows[0]
        page = f"，刊登在公报第{row['toc_page']}页" if row.get("toc_page") else ""
        issued = f"{row['issuer']}{row['sign_date']}印发"
        return f"{row['doc_number']}是《{row['title']}》，{issued}{page}。"

    def _group(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有名称包含“{route.args.get('group', '')}”的领导小组。"
        first = rows[0]
        lines = [f"{first['group_name']}（{first['doc_number']}，{first['sign_date']}）："]
        for role in ("组长", "副组长"):
            people = [
                f"{r['name']}（{r['title']}）" for r in rows if r["role"] == role and r.get("name")
            ]
            if people:
                lines.append(f"{role}：{'、'.join(people)}")
        members = [r for r in rows if r["role"] == "成员"]
        named = [f"{r['name']}（{r['title']}）" for r in members if r.get("name")]
        if named:
            more = f"等{len(members)}人" if len(named) > 8 else ""
            lines.append(f"成员：{'、'.join(named[:8])}{more}")
        elif members:
            lines.append(f"成员：{len(members)}个单位的{members[0]['title']}")
        office = f"办公室设在{first['office_location']}" if first.get("office_location") else ""
        director = (
            f"，{first['office_director']}兼任办公室主任" if first.get("office_director") else ""
        )
        if office:
            lines.append(office + director + "。")
        return "\n".join(lines)

    def _insurance_payouts(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return "数据中没有巨灾保险的赔付标准。"
        question = route.question
        chosen = [row for row in rows if row["peril"] in route.focus] or rows
        first = rows[0]
        lines = []
        asks_people = re.search(r"保谁|对象|哪些人|多少人|外地|流动|户籍|谁能|覆盖", question)
        asks_term = re.search(r"生效|期限|多久|几年|有效|什么时候|时间", question)
        asks_certifier = re.search(r"认定|哪个部门|谁来", question)
        if asks_people:
            estimate = f"（共{first['covered_estimate']}）" if first.get("covered_estimate") else ""
            lines.append(f"巨灾保险保障对象：{first['covered_persons'].rstrip('。')}{estimate}。")
        if asks_term:
            leaflet = (
                f"（宣传资料写作“{first['term_text_leaflet']}”）"
                if first.get("term_text_leaflet")
                and first["term_text_leaflet"] != first["term_text"]
                else ""
            )
            lines.append(
                f"巨灾保险{first['effective_date']}起生效，{first['term_text']}{leaflet}。"
            )
        if asks_certifier:
            lines += [f"{row['peril']}：由{row['certified_by']}认定。" for row in chosen]
        if not lines or re.search(r"赔|多少|标准|钱", question):
            by_amount = _group_by(chosen, "death_payout")
            payouts = "；".join(
                f"{'、'.join(r['peril'] for r in group)}每人{yuan(value)}"
                for value, group in by_amount.items()
            )
            lines.insert(0, f"巨灾保险死亡赔偿：{payouts}。")
        return "\n".join(lines)

    def _insurance_claims(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有“{route.args.get('peril', '')}”的巨灾保险理赔流程。"
        lines = []
        for row in rows[:2]:
            lines.append(
                f"{row['peril']}理赔（对接部门：{row['contact_departments']}）：{row['process']}"
            )
        return "\n".join(lines)

    def _insurance_duties(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"巨灾保险职责分工中没有与“{route.args.get('keyword', '')}”有关的内容。"
        lines = ["巨灾保险职责分工："] if len(rows) > 1 else []
        lines += [f"{row['department']}：{row['duty']}" for row in rows[:10]]
        return "\n".join(lines)

    def _meeting(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        if not rows:
            return f"数据中没有第{route.args.get('number', '')}次常务会议。"
        first = rows[0]
        lines = [f"{first['title']}（{first['date']}，{first['chair']}主持）的议题："]
        lines += [f"{row['seq']}. {shorten(row['text'], 60)}" for row in rows]
        return "\n".join(lines)

    def _meeting_topics(self, route: Route, rows: list[dict[str, Any]], truncated: bool) -> str:
        keyword = route.args.get("keyword", "")
        if not rows:
            return f"常务会议议题中没有与“{keyword}”有关的内容。"
        lines = [f"与“{keyword}”有关的常务会议议题共{len(rows)}条："]
        lines += [
            f"• {row['title']}（{row['date']}）：{snippet(row['text'], keyword)}"
            for row in rows[:LIST_ITEMS]
        ]
        return "\n".join(lines)

    # Helpers --------------------------------------------------------------------------
    def _shown_rows(self, route: Route, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if route.tool == "compensation_rates_of_project":
            return self._rate_rows(route, rows)
        if route.tool == "insurance_payouts" and route.focus:
            return [row for row in rows if row["peril"] in route.focus] or rows
        return rows

    def _project_of(self, rows: list[dict[str, Any]]) -> str:
        for row in rows:
            if row.get("project"):
                return row["project"]
        return self.lexicon.projects[0] if self.lexicon.projects else ""

    def _source_title(self) -> str:
        sources = self.lexicon.entries.get("source", [])
        return sources[-1].name if sources else "重庆市大足区人民政府公报"


def _year(row: dict[str, Any]) -> str:
    return f"{row['year']}年" if row.get("year") else ""


def _delegated(row: dict[str, Any]) -> str:
    """Where a service item is delegated to: '镇街、村（社区）', or ''."""
    places = (("镇街", row.get("to_town")), ("村（社区）", row.get("to_village")))
    return "、".join(place for place, flag in places if flag)


def _holds(titles: str, title: str) -> bool:
    """'区政府区长' holds 区长; '区政府副区长' does not (a deputy is another post)."""
    return any(
        part.endswith(title) and not part.endswith("副" + title)
        for part in re.split(r"[、，,]", titles)
    )


def _group_by(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    groups: dict[Any, list[dict[str, Any]]] = OrderedDict()
    for row in rows:
        groups.setdefault(row.get(key), []).append(row)
    return groups


def numbered(
    rows: list[dict[str, Any]],
    describe: Callable[[dict[str, Any]], str],
    *,
    limit: int = LIST_ITEMS,
    unit: str = "项",
) -> list[str]:
    """The first `limit` rows as "i. …" lines, then how many more the portal shows."""
    lines = [f"{i}. {describe(row)}" for i, row in enumerate(rows[:limit], 1)]
    if len(rows) > limit:
        lines.append(f"……其余{len(rows) - limit}{unit}见数据门户。")
    return lines


def _catalogue_item(row: dict[str, Any]) -> str:
    places = _delegated(row)
    delegated = f"，下放到{places}办理" if places else ""
    return f"{row['name']}（{row['implementer']}{delegated}）"


def _due_task(row: dict[str, Any]) -> str:
    units = f"，{row['units']}" if row.get("units") else ""
    return f"{row['deadline']} {shorten(row['content'], 40)}（{row['plan']}{units}）"
