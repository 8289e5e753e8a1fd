"""Rows of a compensation scheme's rates tables → rates, whatever the table's layout.

The layouts are told apart by their header rows: fee | use | standard | notes (a fee per row,
uses in a column); fee | 住宅 | 非住宅 | notes (a column per use); fee | use | 货币补偿 | 产权调换
(a column per settlement); structure | 成套住宅 | 非住宅… (a price matrix); use | structure |
unit price (a price list); and rows led by a signing-date range. Each cell's text is read by
the sentence reader (rate_sentences.RateReader); a table supplies the use, settlement, window
and category each cell's rates hold for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..text import arabic_counts
from .rate_sentences import Rate, RateReader, number
from .rate_terms import Terms, unspaced

_NONE = ("—", "-", "－", "/", "无", "")
_PER_M2 = re.compile(r"元/(?:平方米|m²|㎡|m2)")
_UNIT_NOTE = re.compile(rf"单位[：:]\s*({_PER_M2.pattern})")


class RatesTable:
    """Rows of a rates table, found by what each cell holds. Three layouts:

    - [序号 |] fee | use | standard | notes: a row opens a new fee when it is numbered or its
      first cell is a name (no amount, not a use); a row starting with an empty cell continues
      the fee above (another use, notes).
    - fee | 住宅 | 非住宅 | notes: a header names the use of each column; the notes column
      (计发说明, 备注) holds times, months and the settlement mode the fee is limited to.
    - structure | 成套住宅 | 非成套住宅 | 非住宅（门市）: a price matrix; each number is a price
      per m² (the unit stated before the table) for the row's structure and the column's use.
    """

    def __init__(self, terms: Terms):
        self.terms = terms
        self.category: str | None = None
        self.use: str | None = None
        self.use_text = ""
        self.columns: dict[int, str] = {}  # column → its header as printed (a use)
        self.notes_column: int | None = None
        self.prices: dict[str, int] | None = None  # use / structure / price → column
        self.modes: dict[int, str] = {}  # column → the settlement it prints (货币补偿 | 产权调换)
        self.before = ""  # the sentence introducing the table (its category and unit)

    def introduced_by(self, sentence: str) -> None:
        """A sentence between tables: the next table starts afresh, introduced by it (a short
        line, such as a page's running head inside a table, changes nothing)."""
        if len(sentence) > 20:
            self.before, self.columns, self.notes_column = sentence, {}, None
            self.prices, self.modes, self.category = None, {}, None

    def row(self, reader: RateReader, text: str) -> Iterator[tuple[Rate, str]]:
        cells = text.split("\t")
        squeezed = [unspaced(cell) for cell in cells]
        if self._header(reader, squeezed):
            return
        if self.prices is not None:
            yield from self._price_row(reader, cells, squeezed)
            return
        if self.columns or self.modes:
            yield from self._by_columns(reader, cells, squeezed)
            return
        numbered = bool(squeezed and squeezed[0].isdigit())
        rest = list(zip(cells, squeezed, strict=True))[1 if numbered else 0 :]
        first = rest[0][1] if rest else ""
        if numbered or (first and not re.search(r"\d", first) and not self._use(first)):
            # A new fee: a numbered row, or a row whose first cell names it (搬家补助⇥住宅⇥…).
            self.use, self.use_text = None, ""
            self.category = first or None
            rest = rest[1:]
        for printed, cell in rest:
            if not cell:
                continue
            use = self._use(cell)
            if use:
                self.use, self.use_text = use
                continue
            for rate in reader.read(cell, use=self.use, fallback=self.use_text):
                if rate.condition is None and rate.basis not in ("times", "months"):
                    rate.condition = self._use_condition()
                yield rate, printed

    def _header(self, reader: RateReader, cells: list[str]) -> bool:
        """A header row: curated header words, cells naming a use per column, or a price list's
        (房屋用途 | 建筑结构 | 预评估单价（元/平方米）)."""
        price = next((index for index, cell in enumerate(cells)
                      if _PER_M2.search(cell) or "单价" in cell), None)
        structure = next((index for index, cell in enumerate(cells) if cell.endswith("结构")),
                         None)
        if price is not None and structure is not None:
            use = next((index for index, cell in enumerate(cells)
                        if cell.endswith(("用途", "类别", "类型")) and index != structure), None)
            unit = _PER_M2.search(cells[price]) or _UNIT_NOTE.search(self.before)
            self.prices = {"structure": structure, "price": price} | (
                {"use": use} if use is not None else {})
            if unit is None:
                self.prices = {}
            return True
        modes = {index: mode for index, cell in enumerate(cells)
                 if index and 2 <= len(cell) <= 6 and not re.search(r"\d", cell)
                 and (mode := self.terms.value("settlement", cell))}
        if len(modes) >= 2:  # 费用项目 | 适用房屋 | 货币补偿 | 产权调换
            self.modes, self.columns, self.notes_column = modes, {}, None
            return True
        headers = self.terms.words("table_header")
        uses = {index: cell for index, cell in enumerate(cells)
                if index and cell and not re.search(r"\d", cell)
                and reader.describe(cell)["property_use"]}
        if len(uses) >= 2 and not any(re.search(r"\d", cell) for cell in cells):
            self.columns = uses
            notes = self.terms.words("table_header", "notes")
            self.notes_column = next((index for index, cell in enumerate(cells)
                                      if cell in notes), None)
            return True
        return any(cell in headers for cell in cells)

    def _by_columns(self, reader: RateReader, cells: list[str], squeezed: list[str]
                    ) -> Iterator[tuple[Rate, str]]:
        first = squeezed[0]
        structure = self.terms.find("structure", first)
        if structure and all(cell in _NONE or re.fullmatch(r"\d+(?:\.\d+)?", cell)
                             for cell in squeezed[1:]):
            yield from self._prices(reader, cells, squeezed, structure[1])
            return
        window = reader.window_of(first)  # 2021年11月15日至11月30日 | 住宅 … | 非住宅 …
        if window is None:
            self.category = self.terms.value("category", first) or first or self.category
        row_use = next((used[0] for cell in squeezed[1:] if (used := self._use(cell))), None)
        row: list[tuple[Rate, str]] = []
        for index, use_text in self.columns.items():
            if index < len(squeezed) and squeezed[index] not in _NONE:
                use = reader.describe(use_text)["property_use"]
                row += [(rate, cells[index]) for rate in reader.read(squeezed[index], use=use)]
        for index, mode in self.modes.items():
            if index < len(squeezed) and squeezed[index] not in _NONE:
                for rate in reader.read(arabic_counts(squeezed[index]), use=row_use):
                    rate.settlement = rate.settlement or mode
                    row.append((rate, cells[index]))
        if window is not None:
            for rate, _ in row:
                rate.signing_day_from, rate.signing_day_to = window
                rate.condition = rate.condition or first
        if self.notes_column is not None and self.notes_column < len(squeezed):
            notes = arabic_counts(squeezed[self.notes_column])
            counts = [rate for rate in reader.read(notes) if rate.basis in ("times", "months")]
            row += [(rate, cells[self.notes_column]) for rate in counts]
            if not any(rate.basis == "times" for rate in counts):  # times are per settlement
                limited = re.split(r"\d", notes, maxsplit=1)[0]  # 仅限选择产权调换的住宅，…
                settlement = self.terms.value("settlement", limited)
                for rate, _ in row:
                    rate.settlement = rate.settlement or settlement
        yield from row

    def _price_row(self, reader: RateReader, cells: list[str], squeezed: list[str]
                   ) -> Iterator[tuple[Rate, str]]:
        """A price list row: the price per m² of one use and structure."""
        columns = self.prices
        if not columns or max(columns.values()) >= len(squeezed):
            return
        price = squeezed[columns["price"]]
        structure = self.terms.find("structure", squeezed[columns["structure"]])
        if not re.fullmatch(r"\d+(?:\.\d+)?", price) or structure is None:
            return
        use_text = squeezed[columns["use"]] if "use" in columns else ""
        described = reader.describe(use_text)
        yield Rate(f"{use_text}{structure[1]}", number(price), "元/m²", "per_m2",
                   property_use=described["property_use"], suite=described["suite"],
                   structure=structure[1]), cells[columns["price"]]

    def _prices(self, reader: RateReader, cells: list[str], squeezed: list[str],
                structure: str) -> Iterator[tuple[Rate, str]]:
        """A price matrix row: one price per m² for each use column."""
        unit = _UNIT_NOTE.search(self.before)
        self.category = self.terms.value("category", self.before) or self.category
        for index, use_text in self.columns.items():
            if index >= len(squeezed) or squeezed[index] in _NONE or unit is None:
                continue
            described = reader.describe(use_text)
            yield Rate(f"{use_text}{structure}", number(squeezed[index]), "元/m²", "per_m2",
                       category=self.category, property_use=described["property_use"],
                       suite=described["suite"], structure=structure), cells[index]

    def _use(self, cell: str) -> tuple[str, str] | None:
        """住宅 / 非住宅 / 住宅（产权调换） as a whole cell: the use, and the cell as printed."""
        if re.search(r"\d", cell) or len(cell) > 16:
            return None
        head = re.split(r"[（(]", cell)[0]
        if head in self.terms.words("use"):
            return self.terms.value("use", head) or head, cell
        return None

    def _use_condition(self) -> str | None:
        inside = re.search(r"[（(](.+?)[)）]", self.use_text)
        return inside[1] if inside else None
