"""Question → tool call, without a language model: a langchain-core Runnable.

The question is normalised (bot.normalise), names are linked against the lexicon built from the
database (bot.lexicon), and every domain reader proposes a reading with a score; the best
reading wins. When readings of different tools come close, or a name is only nearly right, the
route carries numbered options instead of a guess. A question that joins two unrelated
questions is answered for its first part, the others offered as options.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig

from bot import vocabulary as words
from bot.answers import Option
from bot.lexicon import COLLECTIVE_KIND, Lexicon, Span, SubstringIndex, is_typo
from bot.normalise import normalise
from bot.payload import encode

MAX_OPTIONS = 6
# Readings within this score of the best one are offered as options rather than chosen.
CLOSE = 0.05
_AREA = re.compile(r"(\d+(?:\.\d+)?)\s*(?:平方米|平方|平|m)")
_DAYS_EARLY = re.compile(r"提前\s*(\d{1,4})\s*(?:天|日)")
_MEETING_NUMBER = re.compile(r"第\s*(\d{1,3})\s*次")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*年|\s*-)")
_DOC_FULL = re.compile(r"([\u4e00-\u9fff]{0,6})〔(\d{4})〕(\d{1,4})号?")
_DOC_SHORT = re.compile(r"(?<![\d〕])(\d{1,3})\s*号\s*(?:文|文件|通知)")
_ISO_DATE = re.compile(r"(20\d{2})-(\d{1,2})-(\d{1,2})")
_CN_DATE = re.compile(
    r"(?:(20\d{2})\s*年)?\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末))|(年底|年末|上半年|下半年))"
)
_DISTRICT_TITLE = re.compile(r"常务副区长|副区长|区长")
_CLAUSES = re.compile(r"[?!。;]|,(?=还有|另外|再问|顺便|以及)|还有|另外|顺便问")
_OTHER_PLACE = re.compile(
    r"(?:" + "|".join(words.OTHER_PLACES) + r")(?:区|县|市|省)?"
)  # fmt: skip


@dataclass
class Route:
    """What to do with a question: call a tool, show help, ask back, or say there is no data."""

    kind: str  # tool | help | clarify | no_data | out_of_scope
    tool: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    score: float = 0.0
    domain: str = ""
    message: str = ""
    options: list[Option] = field(default_factory=list)
    focus: tuple[str, ...] = ()
    question: str = ""


@dataclass
class Question:
    """A normalised question and the names recognised in it."""

    text: str
    spans: list[Span]

    def has(self, cues: Iterable[str]) -> bool:
        return any(cue in self.text for cue in cues)

    def found(self, cues: Iterable[str]) -> list[str]:
        return [cue for cue in cues if cue in self.text]

    def of_kind(self, kind: str) -> list[str]:
        return list(dict.fromkeys(span.value for span in self.spans if span.kind == kind))

    def span_texts(self, kind: str) -> list[str]:
        return [span.text for span in self.spans if span.kind == kind]


def tool_route(tool: str, args: dict[str, Any], score: float, domain: str, **extra: Any) -> Route:
    return Route("tool", tool=tool, args=args, score=score, domain=domain, **extra)


class Router(Runnable[str, Route]):
    """The rule-based router; `invoke(question)` → Route."""

    def __init__(self, lexicon: Lexicon, titles: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.titles = titles or {}  # tool → what it answers, in Chinese (for option labels)
        self.readers: tuple[Callable[[Question], Route | None], ...] = (
            self._document,
            self._meeting,
            self._estimate,
            self._insurance,
            self._compensation,
            self._person,
            self._group,
            self._elderly,
            self._appointments_of_department,
            self._tasks,
            self._services_of_department,
            self._catalogue,
            self._service,
            self._free_text,
            self._broad_word,
        )

    # Runnable interface ---------------------------------------------------------------
    def invoke(self, input: str, config: RunnableConfig | None = None, **kwargs: Any) -> Route:
        return self.route(input)

    # Routing --------------------------------------------------------------------------
    def route(self, raw: str) -> Route:
        text = normalise(raw)
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text):
            return Route("help", question=text)
        whole = self._best(self._question(text))
        whole.question = text
        return self._with_other_clauses(text, whole)

    def _question(self, text: str) -> Question:
        return Question(text, self.lexicon.spans(text))

    def _best(self, question: Question) -> Route:
        early = self._scope(question)
        if early is not None:
            return early
        candidates = [route for reader in self.readers if (route := reader(question))]
        if not candidates:
            return self._nothing_found(question)
        candidates.sort(key=lambda route: -route.score)
        best = candidates[0]
        if best.kind == "tool":
            rivals = [
                route
                for route in candidates[1:]
                if route.kind == "tool"
                and route.domain != best.domain
                and best.score - route.score < CLOSE
            ]
            if rivals and best.score < 0.8:
                return self._clarify([best, *rivals], "您问的是哪一个？")
        return best

    def _with_other_clauses(self, text: str, whole: Route) -> Route:
        """A question joining unrelated questions: answer the first, offer the others."""
        clauses = [c.strip(" ,") for c in _CLAUSES.split(text) if len(c.strip(" ,")) >= 2]
        if len(clauses) < 2:
            clauses = [c.strip() for c in text.split(",") if len(c.strip()) >= 2]
        if len(clauses) < 2:
            return whole
        routes = [(clause, self._best(self._question(clause))) for clause in clauses[:MAX_OPTIONS]]
        tools = [
            (clause, route)
            for clause, route in routes
            if route.kind == "tool" and route.score >= 0.6
        ]
        domains = list(dict.fromkeys(route.domain for _, route in tools))
        if len(domains) < 2:
            return whole
        first_clause, first = tools[0]
        first.question = first_clause
        for clause, route in tools[1:]:
            if route.domain != first.domain and len(first.options) < MAX_OPTIONS:
                first.options.append(
                    Option(f"另一个问题：{clause}"[:60], encode(route.tool, route.args, clause))
                )
        return first

    def _clarify(self, routes: list[Route], message: str) -> Route:
        options = []
        for route in routes[:MAX_OPTIONS]:
            label = route.message or self._label(route)
            options.append(Option(label, encode(route.tool, route.args, label)))
        return Route("clarify", message=message, options=options, score=routes[0].score)

    def _label(self, route: Route) -> str:
        """'按关键词查事项：赔偿' — what the option would answer, for a button."""
        title = self.titles.get(route.tool or "", route.tool or "")
        values = "、".join(str(v) for k, v in route.args.items() if v != "" and k != "all")
        return f"{title}：{values}" if values else title

    # Scope ----------------------------------------------------------------------------
    def _scope(self, question: Question) -> Route | None:
        text = question.text
        if len(text) <= 12 and self._only(text, words.GREETINGS):
            return Route("help", score=1.0)
        if question.has(words.HELP) and not self._has_subject(question):
            return Route("help", score=1.0)
        place = _OTHER_PLACE.search(text)
        if place:
            return Route(
                "out_of_scope",
                message=f"数据中没有{place.group(0)}的信息：这里只有重庆市大足区人民政府公报的内容。",
            )
        unknown_years = sorted(
            {int(y) for y in _YEAR.findall(text)} - self.lexicon.years - {self.lexicon.current_year}
        )
        if unknown_years:
            covered = "、".join(str(y) for y in sorted(self.lexicon.years))
            return Route(
                "out_of_scope",
                message=f"数据中没有{unknown_years[0]}年的信息：公报数据只涉及{covered}年。",
            )
        if question.has(words.OFF_TOPIC) and not self._has_subject(question):
            return Route(
                "out_of_scope", message="数据中没有这方面的信息：这里只有大足区政府公报的内容。"
            )
        return None

    def _only(self, text: str, fillers: Iterable[str]) -> bool:
        for filler in sorted(fillers, key=len, reverse=True):
            text = text.replace(filler, "")
        return not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text)

    def _has_subject(self, question: Question) -> bool:
        return bool(question.spans) or any(
            question.has(cues)
            for cues in (
                words.INSURANCE,
                words.COMPENSATION,
                words.ELDERLY,
                words.GROUP,
                words.MEETING,
            )
        )

    def _nothing_found(self, question: Question) -> Route:
        subject = self._unknown_subject(question.text)
        message = (
            f"数据中没有与“{subject}”相关的信息。"
            if len(subject) >= 2
            else "数据中没有找到相关信息。"
        )
        return Route("no_data", message=message)

    @staticmethod
    def _unknown_subject(text: str) -> str:
        subject = text
        for filler in words.FILLER_SORTED:
            if len(filler) >= 2:
                subject = subject.replace(filler, " ")
        pieces = [
            p for p in re.split(r"[\s,.?!。;:、]+", subject) if re.search(r"[\u4e00-\u9fff]", p)
        ]
        return max(pieces, key=len)[:20] if pieces else ""

    # Readers --------------------------------------------------------------------------
    def _document(self, question: Question) -> Route | None:
        text = question.text
        full = _DOC_FULL.search(text)
        short = _DOC_SHORT.search(text)
        if not full and not short and not ("文号" in text and re.search(r"\d+\s*号", text)):
            return None
        if full:
            prefix, year, number = full.group(1), int(full.group(2)), int(full.group(3))
            documents = self.lexicon.documents_numbered(number, year)
            documents = [
                d for d in documents if not prefix or _shared_tail(prefix, d.name)
            ] or documents
            asked = full.group(0)
        else:
            number = int((short or re.search(r"(\d+)\s*号", text)).group(1))
            documents = self.lexicon.documents_numbered(number)
            asked = f"{number}号"
        if not documents:
            return Route("no_data", score=0.95, message=f"数据中没有文号为“{asked}”的文件。")
        if len(documents) > 1:
            routes = [
                tool_route(
                    "document_by_number", {"doc_number": d.name}, 0.9, "document", message=d.name
                )
                for d in documents
            ]
            return self._clarify(
                routes, f"有{len(documents)}个文件的文号是{asked}，您问的是哪一个？"
            )
        number = documents[0].name
        if question.has(words.APPOINTMENT) and any(n.name == number for n in self.lexicon.notices):
            return tool_route(
                "appointments_in_document", {"doc_number": number}, 0.95, "appointment"
            )
        return tool_route("document_by_number", {"doc_number": number}, 0.95, "document")

    def _meeting(self, question: Question) -> Route | None:
        text = question.text
        strong = question.has(words.MEETING)
        number = _MEETING_NUMBER.search(text)
        if not strong and not (number and question.has(words.MEETING_WEAK)):
            return None
        if number:
            value = int(number.group(1))
            if value not in self.lexicon.meetings:
                held = "、".join(f"第{n}次" for n in sorted(self.lexicon.meetings))
                return Route(
                    "no_data", score=0.9, message=f"数据中没有第{value}次常务会议，只有{held}。"
                )
            return tool_route("topics_of_meeting", {"number": value}, 0.92, "meeting")
        keyword = self._keyword(text, self.lexicon.topics)
        if keyword:
            return tool_route("meeting_topics_by_keyword", {"keyword": keyword}, 0.85, "meeting")
        routes = [
            tool_route(
                "topics_of_meeting", {"number": n}, 0.7, "meeting", message=f"{e.name}（{e.note}）"
            )
            for n, e in sorted(self.lexicon.meetings.items())
        ]
        if not routes:
            return None
        clarify = self._clarify(routes, "公报刊登了这些常务会议，您想看哪一次？")
        clarify.score = 0.7
        return clarify

    def _estimate(self, question: Question) -> Route | None:
        area = _AREA.search(question.text)
        about_a_house = (
            question.has(words.ESTIMATE)
            or question.has(words.COMPENSATION)
            or question.has(words.STRUCTURE_WORDS)
            or question.has(words.DECORATION_WORDS)
            or _DAYS_EARLY.search(question.text)
        )
        if not area or not about_a_house:
            return None
        if not self.lexicon.projects:
            return None
        days = _DAYS_EARLY.search(question.text)
        args: dict[str, Any] = {
            "area_m2": float(area.group(1)),
            "structure": self._structure(question),
            "decoration": self._decoration(question),
            "days_early": int(days.group(1)) if days else 0,
        }
        return tool_route("estimate_compensation", args, 0.93, "compensation")

    def _structure(self, question: Question) -> str:
        """The structure words of the question (the estimator matches them to a rate row)."""
        found = [w for w in words.STRUCTURE_WORDS if w in question.text]
        if "非成套" in found:
            found = [w for w in found if w != "成套"]
        if "砖木结构" in found:
            found = [w for w in found if w != "砖木"]
        return "".join(found)

    def _decoration(self, question: Question) -> str:
        if question.has(words.NO_DECORATION_WORDS):
            return ""
        for word, level in words.DECORATION_WORDS.items():
            if word in question.text:
                return level
        return ""

    def _insurance(self, question: Question) -> Route | None:
        text = question.text
        perils = question.of_kind("peril")
        strong = question.has(words.INSURANCE)
        other = question.has(words.OTHER_INSURANCE)
        weak = question.has(words.INSURANCE_WEAK) and not other
        if not strong and not (weak and (perils or "保险" in text)):
            return None
        score = 0.9 if strong else (0.85 if perils else 0.75)
        peril_words = question.span_texts("peril")
        asks_department = bool(self._department_name(question)) and not question.has(words.CLAIM)
        if question.has(words.DUTY) or asks_department:
            keyword = self._department_name(question) or (peril_words[0] if peril_words else "")
            args = {"keyword": keyword} if keyword else {"all": "1"}  # no wildcard: list all
            return tool_route("insurance_duties_by_keyword", args, score, "insurance")
        if question.has(words.CLAIM) and not question.has(("赔多少", "多少钱")):
            if peril_words:
                return tool_route(
                    "insurance_claims_of_peril", {"peril": peril_words[0]}, score, "insurance"
                )
            routes = [
                tool_route(
                    "insurance_claims_of_peril",
                    {"peril": p},
                    score,
                    "insurance",
                    message=f"{p}怎么理赔",
                )
                for p in dict.fromkeys(e.name for e in self.lexicon.entries["peril"])
            ]
            clarify = self._clarify(routes, "巨灾保险按灾害类别理赔，您遇到的是哪一类？")
            clarify.score = score
            return clarify
        return tool_route("insurance_payouts", {}, score, "insurance", focus=tuple(perils))

    def _compensation(self, question: Question) -> Route | None:
        strong = question.found(words.COMPENSATION)
        weak = question.found(words.COMPENSATION_WEAK)
        project_words = [p for p, _ in self.lexicon.project_index.maximal_pieces(question.text, 3)]
        rate_item = self._keyword(question.text, self.lexicon.rates, min_score=1.5)
        if rate_item and (weak or question.has(words.MONEY)):
            strong = [*strong, rate_item]
        if not strong and not weak:
            return None
        project = self._project(project_words)
        if project is None:
            return None
        score = 0.88 if strong or project_words else (0.62 if len(weak) >= 2 else 0.5)
        facets = tuple(f for f, cues in words.PROJECT_FACETS.items() if question.has(cues))
        rate_focus = tuple(c for c, cues in words.RATE_FOCUS.items() if question.has(cues))
        informative = [facet for facet in facets if facet != "area"]
        if (informative and (not rate_focus or not question.has(words.MONEY))) or (
            facets and not rate_focus
        ):
            return tool_route(
                "compensation_project", {"project": project}, score, "compensation", focus=facets
            )
        return tool_route(
            "compensation_rates_of_project",
            {"project": project},
            score,
            "compensation",
            focus=rate_focus,
        )

    def _project(self, mentioned: list[str]) -> str | None:
        projects = self.lexicon.projects
        named = [p for p in projects if any(m in p for m in mentioned)]
        if len(named) == 1:
            return named[0]
        return projects[0] if len(projects) == 1 else None

    def _person(self, question: Question) -> Route | None:
        people = question.of_kind("person")
        if people:
            person = people[0]
            roles = self.lexicon.persons[person]
            tool = "appointments_of_person" if "appointment" in roles else "roles_of_person"
            return tool_route(tool, {"person": person}, 0.9, "person")
        asked = self._asked_name(question)
        if not asked:
            return None
        near = self.lexicon.person_near_misses(asked)
        if near:
            routes = [
                tool_route(
                    "appointments_of_person"
                    if "appointment" in self.lexicon.persons[p]
                    else "roles_of_person",
                    {"person": p},
                    0.85,
                    "person",
                    message=p,
                )
                for p in near
            ]
            clarify = self._clarify(routes, f"数据中没有“{asked}”，您是不是要找：")
            clarify.score = 0.85
            return clarify
        return Route("no_data", score=0.8, message=f"数据中没有“{asked}”的任免或任职信息。")

    def _asked_name(self, question: Question) -> str | None:
        """A 2–3 character name in a question about a person that the data does not know."""
        if question.spans:
            return None
        match = re.search(
            r"^(?:请问)?([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:是谁|是干什么的|是什么职务|什么职务|的职务|当了|担任|调到|被任命|被免|任什么|现在是|在哪个单位)",
            question.text,
        ) or re.search(
            r"(?:任命|免去|免了)了?([\u4e00-\u9fff]{2,3}?)(?:同志)?(?:的|什么|吗|没有|$)",
            question.text,
        )
        if not match:
            return None
        name = match.group(1)
        generic = ("局长", "主任", "组长", "领导", "他", "她", "这个人", "谁", "哪个", "什么")
        known = (
            self.lexicon.services,
            self.lexicon.tasks,
            self.lexicon.topics,
            self.lexicon.standards,
        )
        if any(g in name for g in generic) or any(index.hits(name) for index in known):
            return None
        return name

    def _group(self, question: Question) -> Route | None:
        if not question.has(words.GROUP):
            return None
        groups = self.lexicon.groups
        cores = [
            _trim_fillers(p) for p, _ in self.lexicon.group_index.maximal_pieces(question.text)
        ]
        pieces = [core for core in cores if len(self.lexicon.group_index.hits(core)) == 1]
        chosen = {groups[next(iter(self.lexicon.group_index.hits(p)))] for p in pieces}
        score = 0.9 if "领导小组" in question.text or chosen else 0.65
        if len(chosen) == 1:
            return tool_route("members_of_group", {"group": chosen.pop()}, score, "group")
        routes = [
            tool_route("members_of_group", {"group": g}, score, "group", message=g) for g in groups
        ]
        if not routes:
            return None
        clarify = self._clarify(routes, f"公报里有{len(groups)}个领导小组，您问的是哪一个？")
        clarify.score = score - 0.05
        return clarify

    def _elderly(self, question: Question) -> Route | None:
        if not question.has(words.ELDERLY):
            return None
        text = question.text
        towns = [d for d in question.of_kind("department") if self.lexicon.is_town(d)]
        if towns:
            town = self.lexicon.department_names[towns[0]]
            return tool_route("elderly_facilities_of_town", {"town": town}, 0.88, "elderly")
        standard = self._keyword(text, self.lexicon.standards, 0.5, exclude=("敬老院", "养老院"))
        asks_standard = standard or question.has(words.ELDERLY_STANDARD)
        if question.has(("敬老院", "供养", "养老院")) and asks_standard:
            args = {"keyword": standard} if standard else {"all": "1"}  # no wildcard: list all
            return tool_route("elderly_standards_by_keyword", args, 0.85, "elderly")
        if question.has(words.ELDERLY_RESPONSIBLE) or question.has(("任务", "措施")):
            keyword = self._keyword(text, self.lexicon.tasks, min_score=3) or "养老"
            return tool_route("tasks_by_keyword", {"keyword": keyword}, 0.82, "elderly")
        facilities = self.lexicon.facility_index
        named = [
            facilities.hits(piece)
            for piece, _ in facilities.maximal_pieces(text)
            if len(facilities.hits(piece)) < len(facilities.texts)
        ]
        focus = tuple(facilities.texts[i] for i in sorted(set().union(*named)))
        score = 0.86 if question.has(words.ELDERLY_TOTAL) else 0.7
        return tool_route("elderly_plan_totals", {}, score, "elderly", focus=focus)

    def _appointments_of_department(self, question: Question) -> Route | None:
        """Who holds or left a post: appointments if the data has that post, else titles."""
        departments = self._departments(question, towns=True)
        position = question.found(words.POSITIONS)
        district_title = _DISTRICT_TITLE.search(question.text)
        if district_title and not departments:
            return tool_route(
                "people_with_title", {"title": district_title.group(0)}, 0.86, "appointment"
            )
        if not departments and question.has(words.APPOINTMENT) and not question.spans:
            return self._notices()
        if not departments or not (position or question.has(words.APPOINTMENT)):
            return None
        department = departments[0]
        name = self.lexicon.department_names[department]
        posts = [pos for dept, pos in self.lexicon.posts if dept == department]
        asked = position[0] if position else ""
        if posts and (not asked or asked in posts or asked in words.GENERIC_POSITIONS):
            return tool_route(
                "appointments_by_post",
                {"post": name},
                0.86,
                "appointment",
                focus=(asked,) if asked else (),
            )
        if asked and asked not in words.GENERIC_POSITIONS:
            title = name.removeprefix("区") + asked
            return tool_route("people_with_title", {"title": title}, 0.84, "appointment")
        if posts:
            return tool_route("appointments_by_post", {"post": name}, 0.8, "appointment")
        return Route("no_data", score=0.8, message=f"数据中没有{name}的人事任免记录。")

    def _notices(self) -> Route | None:
        """任免 alone: the appointment notices to choose from."""
        routes = [
            tool_route(
                "appointments_in_document",
                {"doc_number": notice.name},
                0.6,
                "appointment",
                message=f"{notice.name}（{notice.note}，{notice.detail}条任免）",
            )
            for notice in self.lexicon.notices
        ]
        if not routes:
            return None
        clarify = self._clarify(routes, "公报刊登了这些任免通知，您想看哪一份？")
        clarify.score = 0.6
        return clarify

    def _tasks(self, question: Question) -> Route | None:
        text = question.text
        deadline = self._deadline(text)
        if deadline and (question.has(words.DEADLINE) or question.has(words.TASK)):
            return tool_route("tasks_due_by", {"date": deadline}, 0.86, "task")
        task_cue = question.has(words.TASK)
        departments = self._departments(question, towns=True)
        if departments and task_cue:
            unit = self.lexicon.department_names[departments[0]]
            return tool_route("tasks_of_unit", {"unit": unit}, 0.84, "task")
        keyword = self._keyword(_without_names(question), self.lexicon.tasks, min_score=2)
        if keyword and task_cue:
            specificity = self.lexicon.tasks.specificity(keyword)
            return tool_route(
                "tasks_by_keyword",
                {"keyword": keyword},
                min(0.85, 0.6 + 0.04 * specificity),
                "task",
            )
        return None

    def _services_of_department(self, question: Question) -> Route | None:
        if question.has(words.SERVICE_COUNT):
            return tool_route("service_counts_by_department", {}, 0.85, "service")
        departments = self._departments(question, towns=True)
        if not departments:
            return None
        name = self.lexicon.department_names[departments[0]]
        if question.has(words.DEPARTMENT_SERVICES):
            return tool_route("services_of_department", {"department": name}, 0.85, "service")
        if self._keyword(_without_names(question), self.lexicon.services, min_score=2.5):
            return None
        return self._about_department(departments[0], name)

    def _about_department(self, department: str, name: str) -> Route:
        """Only an organisation: offer what the data holds about it."""
        held = set(self.lexicon.coverage.get(department, set()))
        if self.lexicon.is_town(department):
            towns = [
                d for d, kind in self.lexicon.department_kind.items() if kind == COLLECTIVE_KIND
            ]
            held |= (
                {"tasks"}
                if any("tasks" in self.lexicon.coverage.get(d, ()) for d in towns)
                else set()
            )
        readings = [
            (
                "services",
                "services_of_department",
                {"department": name},
                "service",
                "办理的政务服务事项",
            ),
            ("tasks", "tasks_of_unit", {"unit": name}, "task", "负责的工作任务"),
            ("appointments", "appointments_by_post", {"post": name}, "appointment", "的人事任免"),
        ]
        routes = [
            tool_route(tool, args, 0.6, domain, message=f"{name}{what}")
            for topic, tool, args, domain, what in readings
            if topic in held
        ]
        if not routes:
            return Route(
                "no_data",
                score=0.6,
                message=f"数据中没有{name}的政务服务事项、工作任务或任免记录。",
            )
        if len(routes) == 1:
            return routes[0]
        clarify = self._clarify(routes, f"关于{name}，您想了解哪方面？")
        clarify.score = 0.6
        return clarify

    def _catalogue(self, question: Question) -> Route | None:
        """Questions about a whole catalogue: 就近办有哪些事项, 镇上能办哪些事."""
        if not question.has(words.CATALOGUE_LIST):
            return None
        named = [c for c in self.lexicon.catalogues if c in question.text]
        if not named and question.has(words.NEARBY):
            named = [c for c in self.lexicon.catalogues if "就近" in c]
        if len(named) != 1:
            return None
        if self._keyword(question.text, self.lexicon.services, min_score=2.5, exclude=tuple(named)):
            return None
        return tool_route("services_in_catalogue", {"catalogue": named[0]}, 0.84, "service")

    def _service(self, question: Question) -> Route | None:
        text = question.text
        cue = question.has(words.SERVICE) or bool(re.search(words.SERVICE_DO, text))
        for colloquial, printed in words.SERVICE_WORDS.items():
            if colloquial in text and self.lexicon.services.hits(printed):
                text = text.replace(colloquial, printed)
                question = Question(text, self.lexicon.spans(text))
        keyword = self._keyword(
            _without_names(question), self.lexicon.services, 1.5 if cue else 2.0
        )
        if keyword:
            specificity = self.lexicon.services.specificity(keyword)
            score = min(0.85, 0.45 + 0.06 * specificity + (0.2 if cue else 0))
            return tool_route("service_by_keyword", {"keyword": keyword}, score, "service")
        core = self._unknown_subject(text)
        near = self.lexicon.services.near_miss(core, self.lexicon.known_pairs)
        if len(near) == 1:
            return tool_route(
                "service_by_keyword", {"keyword": near[0]}, 0.55 + (0.2 if cue else 0), "service"
            )
        if near:
            routes = [
                tool_route("service_by_keyword", {"keyword": w}, 0.6, "service", message=w)
                for w in near
            ]
            return self._clarify(routes, f"数据中没有“{core}”，您是不是要找：")
        if cue and len(core) >= 2:
            return Route("no_data", score=0.4, message=f"数据中没有与“{core}”相关的政务服务事项。")
        return None

    def _free_text(self, question: Question) -> Route | None:
        """No cue at all: the longest specific piece of a task, topic or standard text."""
        found = []
        for index, tool, domain in (
            (self.lexicon.tasks, "tasks_by_keyword", "task"),
            (self.lexicon.topics, "meeting_topics_by_keyword", "meeting"),
            (self.lexicon.standards, "elderly_standards_by_keyword", "elderly"),
        ):
            keyword = self._keyword(_without_names(question), index, min_score=2)
            if keyword:
                found.append((index.specificity(keyword), tool, keyword, domain))
        if not found:
            return None
        specificity, tool, keyword, domain = max(found)
        return tool_route(tool, {"keyword": keyword}, min(0.75, 0.45 + 0.06 * specificity), domain)

    def _broad_word(self, question: Question) -> Route | None:
        """A bare word found in several kinds of text (消防): offer each kind."""
        word = _trim_fillers(self._unknown_subject(_without_names(question)))
        if not 2 <= len(word) <= 8:
            return None
        readings = [
            (self.lexicon.services, "service_by_keyword", "service"),
            (self.lexicon.tasks, "tasks_by_keyword", "task"),
            (self.lexicon.topics, "meeting_topics_by_keyword", "meeting"),
            (self.lexicon.standards, "elderly_standards_by_keyword", "elderly"),
        ]
        routes = [
            tool_route(tool, {"keyword": word}, 0.45, domain)
            for index, tool, domain in readings
            if index.hits(word)
        ]
        if not routes:
            return None
        if len(routes) == 1:
            return routes[0]
        clarify = self._clarify(routes, f"公报里多处提到“{word}”，您想看哪一类？")
        clarify.score = 0.45
        return clarify

    # Helpers --------------------------------------------------------------------------
    def _departments(self, question: Question, towns: bool = False) -> list[str]:
        found = []
        for department_id in question.of_kind("department"):
            kind = self.lexicon.department_kind.get(department_id)
            if kind == COLLECTIVE_KIND and not towns:
                continue
            if self.lexicon.is_town(department_id) and not towns:
                continue
            found.append(department_id)
        return found

    def _department_name(self, question: Question) -> str | None:
        departments = self._departments(question, towns=True)
        return self.lexicon.department_names[departments[0]] if departments else None

    def _keyword(
        self,
        text: str,
        index: SubstringIndex,
        min_score: float = 1.5,
        exclude: tuple[str, ...] = (),
    ) -> str | None:
        """The most specific piece of `text` that occurs in the indexed texts."""
        best: tuple[float, str] | None = None
        seen = set()
        for piece, start in index.maximal_pieces(text):
            context = (piece, text[start + len(piece) : start + len(piece) + 2])
            if context in seen:
                continue  # the same piece in the same context repairs the same way
            seen.add(context)
            piece = self._repair(piece, start + len(piece), text, index)
            core = _trim_fillers(piece)
            if len(core) < 2 or core in exclude or not index.hits(core):
                continue
            if not any(_is_chinese(char) for char in core):
                continue  # digits and letters (2021, GB) name nothing by themselves
            score = index.specificity(core)
            if score >= min_score and (best is None or score > best[0]):
                best = (score, core)
        return best[1] if best else None

    def _repair(self, piece: str, end: int, text: str, index: SubstringIndex) -> str:
        """A piece that stops where the question swaps one character of a name.

        A typo (the question's character pairs with no known character) is corrected to the
        name: 不动产登计 → 不动产登记. A different real word keeps only what it shares as a
        whole: 个体工商户注册 stops at 个体工商户, not at 个体工商户注(销).
        """
        if end >= len(text):
            return piece
        swapped = text[end]
        for position in sorted(index.hits(piece))[:50]:
            name = index.texts[position]
            found = name.find(piece)
            following = found + len(piece)
            if found < 0 or following >= len(name) or name[following] == swapped:
                continue
            if not (_is_chinese(name[following]) and _is_chinese(swapped)):
                continue  # the name or the question ends a word here: nothing was swapped
            if swapped in words.PARTICLES:
                continue  # 吗, 的, 了 … end the question's word, they replace nothing
            after_question, after_name = (
                text[end + 1 : end + 2],
                name[following + 1 : following + 2],
            )
            if after_question and after_name and after_question != after_name:
                continue
            if len(piece) >= 3 and is_typo(text, end, self.lexicon.known_pairs):
                corrected = piece + name[following]
                step = 1
                while (
                    end + step < len(text)
                    and following + step < len(name)
                    and text[end + step] == name[following + step]
                ):
                    corrected += name[following + step]
                    step += 1
                return corrected
            return piece[:-1] if len(piece) > 2 else ""  # 二手|房 is not 二手|车
        return piece

    def _deadline(self, text: str) -> str | None:
        iso = _ISO_DATE.search(text)
        if iso:
            return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        match = _CN_DATE.search(text)
        if not match:
            return None
        year = int(match.group(1)) if match.group(1) else self.lexicon.current_year
        if match.group(5):
            month = 6 if match.group(5) == "上半年" else 12
            return _date(year, month, calendar.monthrange(year, month)[1])
        month = int(match.group(2))
        if not 1 <= month <= 12:
            return None
        day = int(match.group(3)) if match.group(3) else calendar.monthrange(year, month)[1]
        return _date(year, month, day)


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_FILLERS = frozenset(words.FILLER_SORTED)
_LONGEST_FILLER = max(map(len, _FILLERS))


@functools.lru_cache(maxsize=4096)
def _trim_fillers(piece: str) -> str:
    """`piece` without question words at its ends (single characters only if particles)."""
    changed = True
    while changed and piece:
        changed = False
        for length in range(min(_LONGEST_FILLER, len(piece) - 1), 0, -1):
            head, tail = piece[:length], piece[-length:]
            if head in _FILLERS and (length > 1 or head in words.PARTICLES):
                piece, changed = piece[length:], True
                break
            if tail in _FILLERS and (length > 1 or tail in words.PARTICLES):
                piece, changed = piece[:-length], True
                break
    return "" if piece in _FILLERS else piece


def _is_chinese(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _without_names(question: Question) -> str:
    """The question with organisations and people blanked out (they are not item names)."""
    text = question.text
    for span in question.spans:
        if span.kind in ("department", "person"):
            text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return text


def _shared_tail(prefix: str, name: str) -> bool:
    """'府办发' and '大足府办发〔2021〕5号' share the issuing-office part."""
    head = name.split("〔")[0]
    return bool(prefix) and (head.endswith(prefix[-2:]) or prefix.endswith(head[-2:]))
