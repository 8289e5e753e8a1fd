"""Tables of appointment notices, read as the entries the prose notices print.

A notice may print its decisions as a table instead of sentences. Each layout is read into
entries of the forms the notice parser reads (张三：任…局长（试用期一年）； / 张三：免去…职务；):

- 姓名 | 任免职务 | 备注: a decision cell naming its verb (任… / 免去… / 聘任为… / 兼任…);
- 姓名 | 任职 | 不再担任 | 备注: a column per decision (curated `column` labels);
- 类别 | 姓名 | 单位 | 职务 | 备注: a column of decisions (任职 / 免职) carried down its rows
  (curated `field` labels, or curated headings apart by a slash: 聘任/解聘);
- 单位 | 职务 | 聘任人员 | 解聘人员 | 备注: a column of people per decision (curated `people`
  labels), the post printed once for both; a remark naming one of them is that person's;
- 单位 | 姓名 | 决定事项 | 说明: a cell naming its verb and post (聘为副院长 / 解聘副院长职务,
  curated `field` label `decided`), the unit printed once over its rows;
- lines of parts apart by slashes under a legend naming them (按“姓名／单位及职务／事项”顺序
  排列: curated `field` labels), read as that table's rows; a decision cell may carry a remark
  after a comma (解聘，到龄退休);
- a person alone on a line, closed by 同志： over the decision on the next line (聘任为…，
  试用期一年。 / 解聘其…职务，…), read as one line 张三同志：聘任为…

A row without a name is the person above's; a row printing only a remark wrapped from the row
above ((保留…职务), or the tail of its 备注 cell) stays with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..text import squeeze

if TYPE_CHECKING:
    from .appointments import AppointmentWords

_TABLE_DECISION = re.compile(r"^(?:任|担任|免去)")  # a decision cell: 任区民政局副局长
_LABEL_LENGTH = 6  # a table header's cells: 姓名, 任免职务, 备注
BRACKET_NOTE = re.compile(r"^(?P<post>.+?)（(?P<note>[^（）]+)）$")  # …副局长（正处级）


def table_as_entries(numbered: Iterable[tuple[int, str]],
                      words: AppointmentWords) -> Iterator[tuple[int, str]]:
    """Lines, with a table of decisions read as entries: each row of 姓名 | 任免职务 | 备注 as
    张三：任…局长（试用期一年）； a row without a name is the person above's; the header row
    (short labels, no decision) is left out. A table whose columns are decisions (姓名 | 任职 |
    不再担任 | 备注, curated `column` labels) gives an entry per decision cell."""
    person = decided = unit = ""
    decisions: dict[int, str] = {}  # column → action, of a table whose columns are decisions
    fields: dict[str, int] = {}  # what → column, of a table with a column of decisions (类别)
    headings = dict(words.headings)
    for line_no, raw in _remarks_joined(numbered, words.positions):
        if "\t" not in raw:
            decisions, fields = {}, {}
            yield line_no, raw
            continue
        cells = [squeeze(cell).replace(" ", "") for cell in raw.split("\t")]
        if fields and "people" in fields:  # 单位 | 职务 | 聘任人员 | 解聘人员 | 备注
            yield from ((line_no, entry) for entry in _people_decided(cells, fields))
            continue
        if fields and "decided" in fields:  # 单位 | 姓名 | 决定事项 | 说明
            person = _cell(cells, fields, "person") or person
            unit = _cell(cells, fields, "organisation") or unit  # printed once per unit
            decided_cell = _action_and_post(_cell(cells, fields, "decided"), headings)
            if decided_cell:
                action, post = decided_cell
                yield line_no, _entry(person, action, unit + post, _cell(cells, fields, "note"))
            continue
        if fields:  # a row of a table with a column of decisions (its 任职 is no header)
            person = _cell(cells, fields, "person") or person
            # a decision with a remark after a comma (解聘，到龄退休): the remark is a note
            decision, _, remark = _cell(cells, fields, "decision").partition("，")
            decided = headings.get(decision, decided)
            post = _cell(cells, fields, "organisation") + _cell(cells, fields, "post")
            note = "，".join(part for part in (_cell(cells, fields, "note"), remark) if part)
            if _cell(cells, fields, "post") and decided:
                yield line_no, _entry(person, decided, post, note)
            continue
        if found := {index: words.columns[cell] for index, cell in enumerate(cells)
                     if cell in words.columns}:
            decisions, labels = found, cells
            continue
        # what each column holds, by its label or the curated one it ends with (任免单位 → 单位)
        typed = {field: index for index, cell in enumerate(cells)
                 if (field := words.fields.role_of(cell) or _decisions_label(cell, headings))}
        if {"person", "decision", "post"} <= typed.keys() or {"person", "decided"} <= typed.keys():
            fields, unit = typed, ""  # 类别 | 姓名 | 单位 | 职务 | 备注 / 姓名 | 决定事项
            continue
        if "post" in typed and (people := {index: words.people[cell]
                                           for index, cell in enumerate(cells)
                                           if cell in words.people}):
            fields = {**typed, "people": people}  # type: ignore[dict-item]
            continue
        if decisions:
            person = _cell_of(cells, labels, "姓名") or person
            yield from ((line_no, entry)
                        for entry in _decided(person, cells, decisions, _cell_of(cells, labels,
                                                                                   "备注")))
            continue
        if len(cells) >= 2 and _TABLE_DECISION.match(cells[1]):
            person = cells[0] or person
            note = f"（{cells[2]}）" if len(cells) > 2 and cells[2] else ""
            yield line_no, f"{person}：{cells[1]}{note}；"
        elif not all(len(cell) <= _LABEL_LENGTH for cell in cells):
            yield line_no, raw


_ALTERNATIVES = re.compile(r"[/／、]|或")  # 聘任/解聘, 任职、免职, 聘任或解聘


def _decisions_label(label: str, headings: dict[str, str]) -> str | None:
    """The field `decision` for a header label naming the decisions its cells hold: curated
    headings apart by a slash, 、 or 或 (聘任/解聘 over cells 聘任 / 解聘); else None."""
    parts = _ALTERNATIVES.split(label)
    return "decision" if len(parts) > 1 and all(part in headings for part in parts) else None


def _cell(cells: list[str], fields: dict[str, int], field: str) -> str:
    index = fields.get(field)
    return cells[index] if index is not None and index < len(cells) else ""


def _entry(person: str, action: str, post: str, note: str) -> str:
    """A table row's decision as an entry: 张三：任…副主任（试用期一年）； / 张三：免去…职务；"""
    note = re.sub(r"[（(]([^（）()]*)[)）]", r"，\1", note)  # 试用期一年（公开遴选）: one remark
    remark = f"（{note}）" if note else ""
    if action == "免去":
        return f"{person}：免去{post.removesuffix('职务')}职务{remark}；"
    return f"{person}：任{post}{remark}；"


def _people_decided(cells: list[str], fields: dict) -> list[str]:
    """A row of 单位 | 职务 | 聘任人员 | 解聘人员 | 备注 as entries, one per person named: the
    remark's parts naming a person are theirs (…已到龄退休), the others the appointed one's."""
    post = _cell(cells, fields, "organisation") + _cell(cells, fields, "post")
    named = [(cells[index], action) for index, action in fields["people"].items()
             if index < len(cells) and cells[index] not in ("", "—", "-", "／", "/")]
    parts = [part for part in re.split(r"[；;]", _cell(cells, fields, "note")) if part]
    entries = []
    for person, action in sorted(named, key=lambda found: found[1] != "任命"):
        own = [part.replace(person, "") for part in parts if person in part]
        if (not own and action == "任命") or len(named) == 1:
            own += [part for part in parts if not any(name in part for name, _ in named)]
        entries.append(_entry(person, action, post, "，".join(part for part in own if part)))
    return entries


def _remarks_joined(numbered: Iterable[tuple[int, str]], positions: tuple[str, ...]
                    ) -> list[tuple[int, str]]:
    """Lines, a table row printing only a bracketed remark ((保留…职务) wrapped below its row)
    or only the tail of the row above's last cell (…；邱光明 over 试用期一年) joined to that
    cell, so the remark stays with its decision; so is the tail of a post cut before its title
    (…房屋管理事务中心 over 主任: the cell above ends with no curated position)."""
    joined: list[tuple[int, str]] = []
    for line_no, raw in numbered:
        cells = raw.split("\t")
        printed = [index for index, cell in enumerate(cells) if cell.strip()]
        above = joined[-1][1].split("\t") if joined and "\t" in joined[-1][1] else []
        if "\t" in raw and len(printed) == 1 and above and len(cells) == len(above):
            (index,) = printed
            tail, over = cells[index].strip(), squeeze(above[index]).replace(" ", "")
            # the tail of a last (remark) column, the row above's last cell printed
            last = index == len(cells) - 1 >= 2 and bool(over)
            cut_post = bool(over) and not over.endswith(positions) and tail.endswith(positions)
            if tail.startswith(("（", "(")) or last or cut_post:
                above[index] = above[index].rstrip() + tail
                joined[-1] = (joined[-1][0], "\t".join(above))
                continue
        joined.append((line_no, raw))
    return joined


def _cell_of(cells: list[str], labels: list[str], label: str) -> str:
    """The row's cell under the header label holding `label` (姓名, 备注), else ""."""
    index = next((index for index, printed in enumerate(labels) if label in printed), None)
    return cells[index] if index is not None and index < len(cells) else ""


def _decided(person: str, cells: list[str], decisions: dict[int, str], note: str) -> list[str]:
    """A row of a table whose columns are decisions, as entries: 张三：任…局长（试用期一年）；
    张三：免去…职务； the note goes with the post taken up, else with the post left."""
    entries = []
    for index, action in sorted(decisions.items(), key=lambda item: item[1] != "任命"):
        post = cells[index] if index < len(cells) else ""
        if not post or post in ("—", "-", "／", "/") or post.startswith(("（", "(")):
            continue  # nothing decided, or a remark wrapped from the row above
        own_note = note if not entries else ""
        if not action:  # 任免职务: the cell names its verb (任…；免去其…职务 / 聘任为… / 兼任…)
            remark = f"（{own_note}）" if own_note else ""
            entries.append(f"{person}：{_appointed_as_taken_up(post)}{remark}；")
        elif action == "任命":
            concurrent = post.startswith("兼任")
            post = post.removeprefix("兼任").removeprefix("任")
            entries.append(_entry(person, action, post, own_note or ("兼任" if concurrent else "")))
        else:
            entries.append(_entry(person, action, post, own_note))
    return entries


def _action_and_post(decision: str, headings: dict[str, str]) -> tuple[str, str] | None:
    """A decision cell naming its verb and post (聘为副院长 / 解聘副院长职务 / 任…局长) as the
    action of the curated heading it opens with and the post; None for an empty cell."""
    decision = _appointed_as_taken_up(decision)
    for label in sorted(headings, key=len, reverse=True):
        if label and decision.startswith(label):
            post = decision.removeprefix(label).removeprefix("为")
            return headings[label], post.removeprefix("其").removesuffix("职务")
    if decision.startswith("任"):  # 任X, as 聘为X reads
        return "任命", decision.removeprefix("任")
    return None


def _appointed_as_taken_up(decision: str) -> str:
    """A decision cell opening with another verb of taking up a post, as 任…: 聘任为X → 任X,
    兼任X → 任X（兼任）."""
    for verb in ("聘任为", "聘为", "聘任"):
        if decision.startswith(verb):
            return "任" + decision.removeprefix(verb)
    if decision.startswith("兼任"):
        post, _, rest = decision.removeprefix("兼任").partition("；")
        noted = BRACKET_NOTE.match(post)  # 兼任…站长（保留…职务）: one note of both
        post, note = (noted["post"], f"兼任，{noted['note']}") if noted else (post, "兼任")
        return f"任{post}（{note}）" + (f"；{rest}" if rest else "")
    return decision


# a legend naming the order of an entry's parts, in quotes and apart by a slash (按“姓名／单位及
# 职务／事项”顺序排列)
_LEGEND = re.compile(r"[“\"「『](?P<labels>[^”\"」』]+?[/／][^”\"」』]+?)[”\"」』]")
_SLASH = re.compile(r"[/／]")


def legend_as_table(numbered: Iterable[tuple[int, str]],
                    words: AppointmentWords) -> Iterator[tuple[int, str]]:
    """Lines, with entries printed as the parts a legend names, apart by slashes (张三／…中心
    主任／聘任，试用期一年 under 按“姓名／单位及职务／事项”顺序排列), read as the rows of a
    table under a header of the legend's labels: the legend's line, then the header, then a
    row per line of as many parts (blank lines between them left out). A legend's labels are
    curated `field` labels; the table ends at the first line of another shape."""
    labels: list[str] = []
    for line_no, raw in numbered:
        if labels and not raw.strip():
            continue  # a blank line between the rows
        parts = [part.strip() for part in _SLASH.split(raw)]
        if labels and len(parts) == len(labels) and all(parts):
            yield line_no, "\t".join(parts)
            continue
        labels = _legend_labels(words, raw)
        yield line_no, raw
        if labels:
            yield line_no, "\t".join(labels)


def _legend_labels(words: AppointmentWords, line: str) -> list[str]:
    """The labels of a legend the line prints, each a curated `field` label; else []."""
    for found in _LEGEND.finditer(squeeze(line).replace(" ", "")):
        labels = _SLASH.split(found["labels"])
        if all(words.fields.role_of(label) for label in labels):
            return labels
    return []


# a card's line: 姓　　名：张  敏 / 聘任单位：… (the label spaced out to the card's width)
_CARD_LINE = re.compile(
    r"^(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,10})[：:]\s*(?P<value>\S.*)$")
_RELEASING_LABEL = re.compile(r"^(?:解聘|免去|免职)")
_PROBATION = re.compile(r"试用期[^，,。；;（）()]*")


def cards_as_entries(numbered: Iterable[tuple[int, str]],
                     words: AppointmentWords) -> Iterator[tuple[int, str]]:
    """Lines, with each card of labelled lines (姓名：张三 / 聘任单位：… / 聘任职务：副院长 /
    聘期：三年（其中试用期一年）) read as one entry (张三：任…副院长（试用期一年）；) on its 姓名
    line: the labels are the curated `field` ones; a label opening with 解聘 or 免去 makes the
    card a release; a probation printed in any other line is the entry's remark."""
    card: list[tuple[int, str, str]] = []  # (line, role, value) of the card being read
    for line_no, raw in numbered:
        found = _CARD_LINE.match(raw.strip())
        label = re.sub(r"[\s\u3000]", "", found["label"]) if found else ""
        role = words.fields.role_of(label) if found else None
        if card and (found is None or role == "person"):
            yield card[0][0], _card_entry(card)
            card = []
        if role == "person" or (card and found):
            card.append((line_no, role or "note", squeeze(found["value"])))
            if _RELEASING_LABEL.match(label):
                card.append((line_no, "release", ""))
            continue
        yield line_no, raw
    if card:
        yield card[0][0], _card_entry(card)


def _card_entry(card: list[tuple[int, str, str]]) -> str:
    values: dict[str, str] = {}
    for _, role, value in card:
        values[role] = values.get(role, "") + value if role == "note" else value
    probation = _PROBATION.search(values.get("note", ""))
    # an organisation's note (（新设立）) is no part of the post
    organisation = re.sub(r"[（(][^（）()]*[)）]$", "", values.get("organisation", ""))
    post = organisation + values.get("post", "")
    return _entry(values.get("person", ""), "免去" if "release" in values else "任命", post,
                  probation.group(0) if probation else "")


# 张  三同志： alone on its line, over its decision
_PERSON_ALONE = re.compile(r"^(?P<person>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3})"
                           r"[ \u3000]*同志[ \u3000]*[：:]$")


def people_over_decisions(numbered: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Lines, with a person printed alone (张  三同志：) joined to the next printed line, the
    decision (聘任为…主任，聘期三年。): one entry on the person's line, as the notices print
    张三同志：任… on one."""
    person: tuple[int, str] | None = None
    for line_no, raw in numbered:
        if person is not None and raw.strip():
            yield person[0], f"{person[1]}{raw.strip()}"
            person = None
        elif _PERSON_ALONE.match(raw.strip()):
            person = (line_no, raw.strip())
        elif person is None:
            yield line_no, raw
    if person is not None:
        yield person
