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

from ..text import arabic_counts, label_and_unit, unspaced
from .rate_model import BASIS_BY_UNIT, Rate, number, yuan
from .rate_sentences import RateReader
from .rate_terms import Terms

_NONE = ("—", "-", "－", "/", "无", "")
# a remark limiting a fee row to one use (限持有营业执照…的非住宅, 仅限住宅)
_LIMITED_TO = re.compile(r"(?:限|仅适用于|只适用于)[^。；;]*?(非住宅|住宅)")
_REMARK = re.compile(r"[（(][^（()）]*[)）]")  # a remark in brackets inside a name
_BRACKETED = re.compile(r"(.+?)[（(]([^（()）]+)[)）]")  # a name and what its brackets add
_PER_M2 = re.compile(r"元/(?:平方米|m²|㎡|m2)")
_UNIT_NOTE = re.compile(rf"单位[：:]\s*({_PER_M2.pattern})")
_HOUSEHOLD_UNIT_NOTE = re.compile(r"单位[：:]\s*元/(户|人|部)")  # 附属设施补偿（单位：元/户）
_PER_TIME_INTRO = re.compile(r"每(户|人)(?:每(次|月))?(?:计发|补助|给予|发放)")  # 每户每次计发：
_LEVEL_HEADERS = ("档次", "等级", "档")  # a grid's first header cell naming levels (装修档次)
_PRICE_HEADERS = ("单价", "标准", "金额")  # a column pricing each level row (补偿单价)
_ROW_CODE = re.compile(r"[A-Z]\d{1,2}")  # a price list's row code (A1, B2)
_SHARE_OF_CODE = re.compile(rf"按?(?P<code>{_ROW_CODE.pattern})[\u4e00-\u9fff]{{0,6}}?的"
                            r"(?P<share>\d+(?:\.\d+)?)%")
# rates a band's own condition does not replace: steps, floors, caps, counts
_BOUNDS_AND_COUNTS = ("per_step_above_threshold", "minimum_amount", "maximum_amount", "times",
                      "months")


def _without_restated(found: list[tuple[Rate, str]], restated: list[Rate]
                      ) -> list[tuple[Rate, str]]:
    """A row's rates without those of its amount column that another of its cells restates
    (1200 | 元/户·次 | 建筑面积90平方米以内的，每户每次1200元…): the fuller reading is kept."""
    others = {(rate.amount, rate.unit) for rate, _ in found
              if not any(rate is seen for seen in restated)}
    return [(rate, printed) for rate, printed in found
            if not any(rate is seen for seen in restated) or (rate.amount, rate.unit) not in others]


def _header_names(cell: str, words: tuple[str, ...]) -> bool:
    """A header cell ends with one of `words`, or one of the labels it joins by 或 does
    (结构或区位: a column of structures, or of locations in their stead), or its label before
    a remark in brackets does (结构（类别）)."""
    bare = _TRAILING_REMARK.sub("", cell)
    return any(label.endswith(words) for label in (cell, bare, *bare.split("或")) if label)


# a cell naming a thing or a level, not a clause: no figures, no clause punctuation, no 的
# of a condition outside its brackets (享受…待遇的住宅被征收人 is whom the fee is paid to)
_NAME = re.compile(r"[^\d，,。；;：:的]{1,12}(?:[（(][^\d（()）]{1,24}[)）])?")
_TRAILING_REMARK = re.compile(r"[（(][^（()）]*[)）]$")
_CLAUSE_AFTER_USE = re.compile(r"[，,]")  # 住宅，建筑面积70平方米以内: a use, then its condition
# 住宅·钢混结构: a use and what else the row is of (a structure), joined by a middle dot
_JOINED_TO_USE = re.compile(r"[·・•]")
_AREA_OR_MONEY = re.compile(r"\d\s*(?:平方米|平米|㎡|m²|m2|元|%)")


class RatesTable:
    """Rows of a rates table, found by what each cell holds. Three layouts:

    - [序号 |] fee | use | standard | notes: a row opens a new fee when it is numbered or its
      first cell is a name (no amount, not a use); a row starting with an empty cell, or numbered
      with an empty fee cell, continues the fee above (another use, notes).
    - fee | 住宅 | 非住宅 | notes: a header names the use of each column; the notes column
      (计发说明, 备注) holds times, months and the settlement mode the fee is limited to. A row
      may be led by a signing-date range instead of a fee; a bare number takes the unit its
      column's header names (住宅（元/户） | 非住宅（每平方米）).
    - structure | 成套住宅 | 非成套住宅 | 非住宅（门市）: a price matrix; each number is a price
      per m² (the unit stated before the table) for the row's structure and the column's use.
    - area band | amount…: a banded table (a header cell ending with a curated `band` header
      word: 面积, 面积段); each row's first cell is a band (50平方米（含）以下, 50平方米以上至
      90平方米（含）), its amounts hold within it; an amount printed as 元 alone takes the
      unit its column's header names (每户奖励金额: 元/户); the fee, use and settlement are
      the ones the sentence introducing the table names (…选择货币补偿的，按…面积分档计发
      货币安置奖励：).
    """

    def __init__(self, terms: Terms):
        self.terms = terms
        self.category: str | None = None
        self.use: str | None = None
        self.use_text = ""
        self.use_column: int | None = None  # where the current use was printed
        self.columns: dict[int, str] = {}  # column → its header as printed (a use)
        self.priced_in_header = False  # the columns' header prints their unit (元/平方米)
        # 签约时间 | 奖励标准（元/平方米） | 每户最低（元）: column → (label, unit) of a table whose
        # rows are led by signing windows
        self.window_columns: dict[int, tuple[str, str]] = {}
        # 签约时间 | 8月19日—8月28日 | 8月29日—9月17日: column → (its signing days, as printed)
        # of a table printing the windows across, a row per use below (住宅（元/户） | 30000 | …)
        self.windows_across: dict[int, tuple[tuple[int, int], str]] = {}
        self.notes_column: int | None = None
        self.prices: dict[str, int] | None = None  # use / structure / price → column
        self.price_use = ""  # the use a price list's group cell printed for the rows under it
        self.coded_prices: dict[str, float | int] = {}  # a row code (B1) → its price
        self.modes: dict[int, str] = {}  # column → the settlement it prints (货币补偿 | 产权调换)
        self.band_column: int | None = None  # a banded table's column of area bands
        self.band_headers: dict[int, str] = {}  # its other columns → their headers as printed
        self.before = ""  # the sentence introducing the table (its category and unit)
        # a grid's header: column → the structure or level it prices (用途 | 砖混结构 | 砖木结构,
        # 装修档次 | 简易装修 | 精装修), with its kind
        self.grid: dict[int, str] = {}
        self.grid_kind = ""
        self.fee_item: str | None = None  # the thing a fee row names under a curated category
        # the signing days a fee row's name gives in brackets (签约奖励（第1日至第20日签约）)
        self.fee_window: tuple[int, int] | None = None
        # the structure a fee row's name gives in brackets (住宅房屋价值补偿（砖混结构）)
        self.fee_structure: str | None = None
        self.fee_base = ""  # the fee's last amount cell read: the base a step below it adds to
        self.bounds: dict[int, str] = {}  # column → the bound it prints (保底 | 封顶)
        # 设施名称 | 计量单位 | 补偿标准（元）: (unit column, amount column) of a table pricing
        # each thing per the unit its row prints (水表 | 只 | 650: 650元/只)
        self.per_unit: tuple[int, int] | None = None
        # 设施名称 | 补偿标准 | 说明: each row names a thing of the table's category (its
        # heading's), not a fee of its own
        self.item_rows = False
        self.item_column = 0  # 补偿单价 | 适用项目: the column naming the things, read first
        # 科目 | 适用范围 | 计发标准 | 计量单位: the column printing the unit of each row's amount
        self.unit_column: int | None = None
        # a fee row's cell before its amounts naming what they price, neither a use nor a rate
        # (简易装修（水泥地面） | 80, 水表 | 1000): the rates' item
        self.row_name = ""

    def introduced_by(self, sentence: str, section: bool = False) -> None:
        """A sentence between tables: the next table starts afresh, introduced by it (a short
        line, such as a page's running head inside a table, changes nothing; one ending with a
        colon introduces the table below it, and so does a `section` heading (四、相关补助费)."""
        if section or len(sentence) > 20 or (sentence.endswith(("：", ":")) and len(sentence) > 8):
            self.before, self.columns, self.notes_column = sentence, {}, None
            self.prices, self.modes, self.category = None, {}, None
            self.band_column, self.band_headers = None, {}
            self.grid, self.grid_kind = {}, ""
            self.bounds, self.window_columns, self.per_unit = {}, {}, None
            self.windows_across = {}
            self.item_rows, self.item_column, self.unit_column = False, 0, None
            self.fee_window, self.fee_structure, self.fee_base = None, None, ""
        elif _UNIT_NOTE.search(sentence) or _HOUSEHOLD_UNIT_NOTE.search(sentence):
            self.before += sentence  # 单位：元/平方米 printed over the table

    def row(self, reader: RateReader, text: str) -> Iterator[tuple[Rate, str]]:
        cells = _item_first(text.split("\t"), self.item_column)
        squeezed = [unspaced(cell) for cell in cells]
        if self._grid_header(squeezed):
            return
        if self.grid:
            yield from self._grid_row(reader, cells, squeezed)
            return
        if self._windows_across_header(reader, squeezed):
            return
        if self.windows_across and label_and_unit(squeezed[0])[1]:
            yield from self._windows_across_row(reader, cells, squeezed)
            return
        self.windows_across = {}  # a row of no unit: the table printing windows across ended
        if self._header(reader, squeezed):
            return
        if self.window_columns:
            yield from self._window_row(reader, cells, squeezed)
            return
        if self.per_unit:
            yield from self._per_unit_row(cells, squeezed)
            return
        if self.prices is not None:
            yield from self._price_row(reader, cells, squeezed)
            return
        if self.band_column is not None:
            yield from self._band_row(reader, cells, squeezed)
            return
        if self.columns or self.modes:
            yield from self._by_columns(reader, cells, squeezed)
            return
        numbered = bool(squeezed and squeezed[0].isdigit())
        rest = list(enumerate(zip(cells, squeezed, strict=True)))[1 if numbered else 0 :]
        first = rest[0][1][1] if rest else ""
        named = _BRACKETED.fullmatch(first)
        window = reader.window_of(named[2]) if named else None
        if numbered or (first and (window or not re.search(r"\d", first))
                        and not self._use(first)):
            # A new fee: a numbered row, or a row whose first cell names it (搬家补助⇥住宅⇥…).
            self.use, self.use_text, self.use_column = None, "", None
            if first or not numbered:  # a numbered row with no fee name: the fee above's
                self.fee_window, self.fee_structure, self.fee_base = window, None, ""
                self.category, self.fee_item = self._named_fee(reader, first, named, window)
            rest = rest[1:]
        found: list[tuple[Rate, str]] = []
        if self.bounds:
            found += self._bounds_and_counts(cells, squeezed)
            rest = [(index, cell) for index, cell in rest
                    if index not in self.bounds and index != self.notes_column]
        restated: list[Rate] = []  # rates of a bare amount read with its unit column's unit
        self.row_name = ""
        for index, (printed, cell) in rest:
            if not cell or index == self.unit_column:
                continue
            use = self._use(cell)
            if use:
                (self.use, self.use_text), self.use_column = use, index
                continue
            # a count printed right of the use holds for it; one printed across the row, in the
            # fee's or the use's column (⇥实行货币安置的计发1次…), for the whole fee
            under_use = self.use_column is not None and index > self.use_column
            united = self._with_unit_column(cell, squeezed)
            clause = self._use_clause() if under_use else ""
            restating = united != cell
            if clause and clause not in united:  # read as the sentence 建筑面积…以内的，每户…
                united = (_completed_step(reader, clause, united)
                          or f"{clause.removesuffix('的')}的，{united}")
            read = self._read_cell(reader, united)
            reader.qualify(united, read)  # 选择产权调换的，…每户每月1000元: that mode's rate
            if restating:
                restated += read
            if not read and not found and _NAME.fullmatch(cell):
                self.row_name = cell  # 水表 | 1000 | 元/户: what the row's amounts are paid for
            for rate in read:
                if rate.basis in ("times", "months") and not under_use:
                    rate.property_use = None
                if rate.condition is None and rate.basis not in ("times", "months"):
                    rate.condition = self._use_condition()
                found.append((rate, printed))
        found = _without_restated(found, restated)
        limited = _LIMITED_TO.search(" ".join(cell for _, (_, cell) in rest))
        for rate, _ in found:
            if self.fee_window is not None:
                rate.signing_day_from, rate.signing_day_to = self.fee_window
            rate.structure = rate.structure or self.fee_structure
            if limited and not rate.property_use:  # 说明: 限…的非住宅 — the fee of that use only
                rate.property_use = limited[1]
        yield from _per_time(found)

    def _read_cell(self, reader: RateReader, text: str) -> list[Rate]:
        """A cell's rates, read as a sentence. A step printed in the row below its base
        (…以内的，每户每次1200元 over 超过…的，每增加1平方米增加15元) is read after the fee's
        last amount cell, as one sentence, and only its own rates are kept."""
        step = reader.step.search(text)
        based = step is not None and reader.money.search(text, 0, step.start()) is not None
        before = f"{self.fee_base}；" if self.fee_base and step and not based else ""
        named = self.fee_item or self.row_name or self.use_text
        read = [rate for rate in reader.read(before + text, use=self.use, fallback=named)
                if rate.at < 0 or rate.at >= len(before)]
        if any(rate.basis not in ("times", "months") for rate in read):
            self.fee_base = text  # an amount, not the counts of a notes cell
        return read

    def _with_unit_column(self, cell: str, squeezed: list[str]) -> str:
        """A bare amount with the unit its row prints in the table's unit column (25 | 元/平方米
        → 25元/平方米; 5 | %（房屋价值补偿）, a share of what the brackets name → 按房屋价值补偿的
        5%); any other cell as it is."""
        if (self.unit_column is None or self.unit_column >= len(squeezed)
                or not re.fullmatch(r"\d+(?:\.\d+)?", cell)):
            return cell
        unit = squeezed[self.unit_column]
        share = re.fullmatch(r"%[（(]([^（()）]+)[)）]", unit)
        return f"按{share[1]}的{cell}%" if share else f"{cell}{unit}"

    def _named_fee(self, reader: RateReader, first: str, named: re.Match[str] | None,
                   window: tuple[int, int] | None) -> tuple[str | None, str | None]:
        """(category, item) of a fee row's name. A bracket after it may name the fee's use
        (搬迁补助费（住宅）), its signing days (签约奖励（第1日至第20日签约）: the fee's), a
        structure (住宅房屋价值补偿（砖混结构）: the curated fee's price of that use and structure),
        or, after a curated fee's whole name, the kind it prices (装饰装修补偿（简易装修）: that
        fee's item). `named` is the name split at its bracket, `window` the days it gives."""
        if named and window:
            return self._fee(named[1])
        use = self._use(named[2]) if named else None
        curated = self.terms.find("category", named[1]) if named else None
        structure = self.terms.find("structure", named[2]) if named else None
        if named and use:  # the fee of that use
            first, ((self.use, self.use_text), self.use_column) = named[1], (use, 0)
        elif named and curated and structure and structure[0] == named[2]:
            self.use, self.use_text = reader.describe(named[1])["property_use"], named[1]
            self.fee_structure = structure[1]
            return curated[1], first
        elif named and curated and curated[0] == named[1]:
            return curated[1], named[2]
        elif named and curated and (use := self._use_before(named[1])) and (
                curated[0] == named[1].removeprefix(use)):
            # 非住宅房屋价值补偿（临街门市）: the curated fee's price of that use and kind
            self.use, self.use_text = use, use
            return curated[1], named[2]
        elif use := self._use_before(first):  # 住宅搬家补助费: the fee of that use
            first, (self.use, self.use_text) = first.removeprefix(use), (use, use)
        category, item = self._fee(first)
        if item is None and self.item_rows:  # 有线（数字）电视 under 设施名称
            category, item = None, first
        return category, item

    def _grid_header(self, cells: list[str]) -> bool:
        """A grid's header: a structure over every column but the first (用途 | 钢筋混凝土结构 |
        砖混结构), or levels after a first cell naming them (装修档次 | 简易装修 | 精装修)."""
        names = cells[1:]
        if len(names) >= 2 and cells[0].endswith(tuple(self.terms.words(
                "price_header", "structure"))) and all(names) and not any(
                self.terms.find("structure", name) or _PER_M2.search(name) or name.isdigit()
                or self.terms.find("use", name) or self.terms.find("suite", name)
                for name in names):  # 结构 | 2000年（含）以后建成 | 1990—1999年建成: conditions
            self.grid, self.grid_kind = dict(enumerate(names, start=1)), "structure_rows"
            self.category = self.terms.value("category", self.before) or self.category
            return True
        if len(names) < 2 or any(not name or re.search(r"\d", name) for name in names):
            return False
        structures = [self.terms.find("structure", name) for name in names]
        if all(structures):
            self.grid = {index: found[1] for index, found in enumerate(structures, start=1)}
            self.grid_kind = "structure"
            return True
        if cells[0].endswith(_LEVEL_HEADERS):
            labels = [label_and_unit(cell) for cell in cells]
            caps = tuple(self.terms.words("table_header", "cap"))
            price = self._level_price(labels, caps)
            if price is not None:  # 档次 | 认定要件 | 补偿单价（元/平方米）| 每户最高限额（元）
                unit = labels[price][1]
                if not _PER_M2.search(unit) and self._bare_unit(cells[price]) == "元/m²":
                    unit = "元/m²"  # 每平方米补偿（元）: the unit is 元 per the label's m²
                self.grid, self.grid_kind = {price: unit}, "level_rows"
                self.bounds = {index: "maximum_amount" for index, (label, _) in enumerate(labels)
                               if index and any(word in label for word in caps)}
            else:
                self.grid, self.grid_kind = dict(enumerate(names, start=1)), "level"
            return True
        return False

    def _level_price(self, labels: list[tuple[str, str]], caps: tuple[str, ...]) -> int | None:
        """The column pricing each level row: a price word (补偿单价, 补偿标准), else the first
        column in 元 that is no cap (每平方米补偿（元）, not 每户最高（元）)."""
        columns = [(index, label, unit) for index, (label, unit) in enumerate(labels) if index]
        return next((index for index, label, _ in columns if label.endswith(_PRICE_HEADERS)),
                    next((index for index, label, unit in columns if unit.startswith("元")
                          and not any(word in label for word in caps)), None))

    def _grid_row(self, reader: RateReader, cells: list[str], squeezed: list[str]
                  ) -> Iterator[tuple[Rate, str]]:
        """A grid row: a price per m² for its use (住宅) and each column's structure, or an amount
        for each column's level in the unit the row's first cell names (补偿标准（元/平方米）)."""
        first = squeezed[0]
        if self.grid_kind == "structure_rows":
            yield from self._structure_row(reader, cells, squeezed)
            return
        if self.grid_kind == "level_rows":
            yield from self._level_row(cells, squeezed)
            return
        unit = _PER_M2.search(first) or _UNIT_NOTE.search(self.before)
        if unit is None:
            return
        described = reader.describe(first) if self.grid_kind == "structure" else {}
        for index, name in self.grid.items():
            if index >= len(squeezed) or not re.fullmatch(r"\d+(?:\.\d+)?", squeezed[index]):
                continue
            if self.grid_kind == "structure":
                yield Rate(f"{first}{name}", number(squeezed[index]), "元/m²", "per_m2",
                           category=self.category, property_use=described["property_use"],
                           suite=described["suite"], structure=name), cells[index]
            else:
                yield Rate(name, number(squeezed[index]), "元/m²", "per_m2",
                           category=self.category), cells[index]

    def _level_row(self, cells: list[str], squeezed: list[str]) -> Iterator[tuple[Rate, str]]:
        """A level's row: its price per m² (the unit in the cell or in the column's header) and
        the cap per household a bounds column prints for it (每户最高限额（元）)."""
        ((price, header_unit),) = self.grid.items()
        cell = squeezed[price] if price < len(squeezed) else ""
        priced = re.fullmatch(rf"(\d+(?:\.\d+)?)({_PER_M2.pattern})?", cell)
        if not squeezed[0] or not priced or not (priced[2] or _PER_M2.search(header_unit)):
            return
        yield Rate(squeezed[0], number(priced[1]), "元/m²", "per_m2",
                   category=self.category), cells[price]
        for index in self.bounds:
            cap = re.fullmatch(r"(\d+(?:\.\d+)?)(万)?(?:元)?", squeezed[index]
                               if index < len(squeezed) else "")
            if cap:
                yield Rate("最高金额", yuan(cap[1], cap[2]), "元", "maximum_amount",
                           category=self.category, condition=squeezed[0]), cells[index]

    def _structure_row(self, reader: RateReader, cells: list[str], squeezed: list[str]
                       ) -> Iterator[tuple[Rate, str]]:
        """A row of prices per m² of one structure (钢混 | 4120元/㎡ | 3860元/㎡ | —), each for
        its column's condition (the years built), of the use the sentence before names."""
        # a structure printed without 结构 (钢混) in the row's first cell
        structure = self.terms.find("structure", squeezed[0]) or self.terms.find(
            "structure", f"{squeezed[0]}结构")
        if structure is None:
            return
        use = reader.describe(self.before)["property_use"]
        for index, condition in self.grid.items():
            cell = squeezed[index] if index < len(squeezed) else ""
            priced = re.fullmatch(rf"(\d+(?:\.\d+)?)(?:{_PER_M2.pattern})?", cell)
            if priced is None:
                continue
            yield Rate(f"{structure[1]}（{condition}）", number(priced[1]), "元/m²", "per_m2",
                       category=self.category, property_use=use, structure=structure[1],
                       condition=condition), cells[index]

    def _header(self, reader: RateReader, cells: list[str]) -> bool:
        """A header row: curated header words, cells naming a use per column, or a price list's
        (房屋用途 | 建筑结构 | 预评估单价（元/平方米）)."""
        # 建筑结构 | 调整系数 | 成套住宅（元/平方米） | 非成套住宅（…）: a price a use column
        priced = {index: label_and_unit(cell)[0] for index, cell in enumerate(cells)
                  if index and _PER_M2.search(cell)
                  and reader.describe(label_and_unit(cell)[0])["property_use"]}
        if len(priced) >= 2 and not any(re.search(r"\d", label) for label in priced.values()):
            self._start_columns(priced)
            self.priced_in_header = True
            return True
        price = next((index for index, cell in enumerate(cells)
                      if _PER_M2.search(cell) or "单价" in cell), None)
        structure_words = tuple(self.terms.words("price_header", "structure"))
        use_words = tuple(self.terms.words("price_header", "use"))
        structure = next((index for index, cell in enumerate(cells)
                          if _header_names(cell, structure_words)), None)
        if price is not None and structure is not None and not _priced_row(cells):
            use = next((index for index, cell in enumerate(cells)
                        if _header_names(cell, use_words) and index != structure), None)
            unit = _PER_M2.search(cells[price]) or _UNIT_NOTE.search(self.before)
            self.prices = {"structure": structure, "price": price} | (
                {"use": use} if use is not None else {})
            if unit is None:
                self.prices = {}
            # 被征收房屋评估均价如下： / 预评估均价（元/平方米）: the category the prices are of
            self.category = (self.terms.value("category", self.before)
                             or self.terms.value("category", cells[price]) or self.category)
            self.price_use = ""
            self.band_column, self.band_headers = None, {}
            return True
        if self._band_header(cells):
            return True
        modes = {index: mode for index, cell in enumerate(cells)
                 if index and 2 <= len(cell) <= 6 and not re.search(r"\d", cell)
                 and (mode := self.terms.value("settlement", cell))}
        if len(modes) >= 2:  # 费用项目 | 适用房屋 | 货币补偿 | 产权调换
            self.modes, self.columns, self.notes_column = modes, {}, None
            self.band_column, self.band_headers = None, {}
            return True
        headers = self.terms.words("table_header")
        uses = {index: cell for index, cell in enumerate(cells)
                if index and cell and not re.search(r"\d", cell)
                and reader.describe(cell)["property_use"]}
        if len(uses) >= 2 and not any(re.search(r"\d", cell) for cell in cells):
            self._start_columns(uses)
            notes = self.terms.words("table_header", "notes")
            self.notes_column = next((index for index, cell in enumerate(cells)
                                      if cell in notes), None)
            return True
        if self._window_header(cells):
            return True
        if self._per_unit_header(cells):
            return True
        if any(cell in headers for cell in cells):  # another table's header: it starts afresh
            self.band_column, self.band_headers = None, {}
            self.prices, self.columns, self.modes, self.notes_column = None, {}, {}, None
            items = [index for index, cell in enumerate(cells)
                     if cell in self.terms.words("table_header", "item")]
            self.item_rows = bool(items)
            units = self.terms.words("table_header", "unit")
            self.unit_column = next((index for index, cell in enumerate(cells)
                                     if cell in units), None)
            self.item_column = items[0] if items else 0
            # 补助项目 | 计发标准 | 保底 | 封顶 | 计发次数（月数）: each fee's bounds and counts
            floors, caps = self.terms.words("table_header", "floor"), \
                self.terms.words("table_header", "cap")
            self.bounds = {index: "minimum_amount" if cell in floors else "maximum_amount"
                           for index, cell in enumerate(cells) if cell in floors + caps}
            if self.bounds:
                notes = self.terms.words("table_header", "notes")
                self.notes_column = next((index for index, cell in enumerate(cells)
                                          if cell in notes), None)
            return True
        return False

    def _window_header(self, cells: list[str]) -> bool:
        """A header over rows led by signing windows: every other cell a label with its unit in
        brackets (奖励标准（元/平方米） | 每户最低（元）), no use among them."""
        units = {index: label_and_unit(cell) for index, cell in enumerate(cells) if index}
        if len(units) < 1 or re.search(r"\d", "".join(cells)) or not all(
                unit.startswith("元") for _, unit in units.values()):
            return False
        self.window_columns = units
        self.columns, self.modes, self.prices, self.band_column = {}, {}, None, None
        return True

    def _window_row(self, reader: RateReader, cells: list[str], squeezed: list[str]
                    ) -> Iterator[tuple[Rate, str]]:
        """A window's row: each column's amount in its unit for the days it spans; a column
        headed with a floor or cap word (每户最低, 最高) bounds the window's amount."""
        window = reader.window_of(squeezed[0])
        if window is None:
            return
        floors = tuple(self.terms.words("table_header", "floor"))
        caps = tuple(self.terms.words("table_header", "cap"))
        for index, (label, unit) in self.window_columns.items():
            cell = squeezed[index] if index < len(squeezed) else ""
            if not re.fullmatch(r"\d+(?:\.\d+)?", cell):
                continue
            unit = _PER_M2.sub("元/m²", unit)
            bound = ("minimum_amount" if any(word in label for word in floors) else
                     "maximum_amount" if any(word in label for word in caps) else None)
            basis = bound or BASIS_BY_UNIT.get(unit)
            if basis is None:
                continue
            rate = Rate(label, number(cell), "元" if bound else unit, basis,
                        condition=squeezed[0])
            rate.signing_day_from, rate.signing_day_to = window
            yield rate, cells[index]

    def _windows_across_header(self, reader: RateReader, cells: list[str]) -> bool:
        """A header printing signing windows across, after the cell naming them (签约时间 |
        8月19日—8月28日 | 8月29日—9月17日 …): every cell but the first a window."""
        windows = {index: reader.window_of(cell) for index, cell in enumerate(cells) if index}
        if len(windows) < 2 or None in windows.values():
            return False
        self.windows_across = {index: (window, cells[index])
                               for index, window in windows.items() if window}
        self.columns, self.modes, self.prices, self.band_column = {}, {}, None, None
        self.window_columns, self.per_unit = {}, None
        return True

    def _windows_across_row(self, reader: RateReader, cells: list[str], squeezed: list[str]
                            ) -> Iterator[tuple[Rate, str]]:
        """A row under windows printed across: its label (a use) with its unit in brackets
        (非住宅（元/平方米）), then the amount for each column's window."""
        label, unit = label_and_unit(squeezed[0])
        unit = _PER_M2.sub("元/m²", unit)
        basis = BASIS_BY_UNIT.get(unit)
        if basis is None:
            return  # its amounts go to the review report
        use = reader.describe(label)["property_use"]
        for index, ((first, last), printed) in self.windows_across.items():
            cell = squeezed[index] if index < len(squeezed) else ""
            if not re.fullmatch(r"\d+(?:\.\d+)?", cell):
                continue
            rate = Rate(label, number(cell), unit, basis, property_use=use, condition=printed)
            rate.signing_day_from, rate.signing_day_to = first, last
            yield rate, cells[index]

    def _per_unit_header(self, cells: list[str]) -> bool:
        """A header over things priced per the unit each row prints: a curated unit column
        (计量单位) and an amount column in 元 (补偿标准（元））; the category and settlement are
        the ones the sentence introducing the table names (选择货币补偿的，…按下表补偿)."""
        units = self.terms.words("table_header", "unit")
        unit = next((index for index, cell in enumerate(cells) if cell in units), None)
        amount = next((index for index, cell in enumerate(cells)
                       if label_and_unit(cell)[1] == "元"), None)
        if unit is None or amount is None or re.search(r"\d", "".join(cells)):
            return False
        self.per_unit = unit, amount
        self.columns, self.modes, self.prices, self.band_column = {}, {}, None, None
        # the sentence up to the clause introducing the table names its fee, not a later
        # clause (…选择房屋产权调换的，由…恢复安装: a settlement, not the fee 产权调换)
        self.category = (self.terms.value("category", _up_to_introduction(self.before))
                         or self.category)
        return True

    def _per_unit_row(self, cells: list[str], squeezed: list[str]
                      ) -> Iterator[tuple[Rate, str]]:
        """A thing's row: its amount per the unit its row prints (水表 | 只 | 650 → 650元/只),
        paid under the settlement the introducing clause names; a unit not curated is left to
        the review report."""
        unit_column, amount_column = self.per_unit or (0, 0)
        if max(unit_column, amount_column) >= len(squeezed):
            return
        thing = next((cell for index, cell in enumerate(squeezed)
                      if cell and index not in (unit_column, amount_column)
                      and not cell.isdigit()), "")
        printed_unit = squeezed[unit_column]
        unit = f"元/{self.terms.value('unit', printed_unit) or printed_unit}"
        amount = squeezed[amount_column]
        if not thing or unit not in BASIS_BY_UNIT or not re.fullmatch(r"\d+(?:\.\d+)?", amount):
            return
        introducing = _introducing(self.before)
        rate = Rate(thing, number(amount), unit, BASIS_BY_UNIT[unit],
                    settlement=self.terms.value("settlement", introducing))
        yield rate, cells[amount_column]

    def _start_columns(self, uses: dict[int, str]) -> None:
        """A header naming the use of each column: the rows below read across them (a price
        list above it has ended)."""
        self.columns, self.band_column, self.band_headers = uses, None, {}
        self.prices = None
        self.priced_in_header = False

    def _band_header(self, cells: list[str]) -> bool:
        """A banded table's header: no numbers, one cell ending with a curated band word."""
        words = self.terms.words("table_header", "band")
        band = next((index for index, cell in enumerate(cells)
                     if cell and cell.endswith(tuple(words))), None)
        if band is None or len(cells) < 2 or any(re.search(r"\d", cell) for cell in cells):
            return False
        self.band_column = band
        self.band_headers = {index: cell for index, cell in enumerate(cells) if index > band}
        self.modes, self.columns, self.notes_column, self.prices = {}, {}, None, None
        self.category = self._introduced_fee() or self.terms.value("category", self.before)
        return True

    def _introduced_fee(self) -> str | None:
        """The fee the sentence before the table names last, after its verb (…分档计发货币安置
        奖励：→ 货币安置奖励), when it ends with a curated category suffix."""
        text = re.sub(r"[：:。；;，,]+$", "", self.before)
        verb = list(re.finditer(r"计发|给予|发放|发给|享受|支付|计算", text))
        fee = text[verb[-1].end():] if verb else ""
        suffixes = tuple(self.terms.words("category_suffix"))
        if 2 <= len(fee) <= 12 and fee.endswith(suffixes) and not re.search(r"[\d，,、]", fee):
            return fee
        return None

    def _bare_unit(self, header: str) -> str | None:
        """The unit a column header names for amounts printed as 元 alone (每户奖励金额, 标准
        （元/户））."""
        words = [word for word in self.terms.words("unit")
                 if self.terms.value("unit", word) not in ("次", "日", "月")]
        found = re.search("(?:每|元/)(" + "|".join(map(re.escape, words)) + ")", header)
        unit = f"元/{self.terms.value('unit', found[1])}" if found else None
        return unit if unit in BASIS_BY_UNIT else None

    def _introduced_unit(self) -> str | None:
        """The unit of amounts printed as 元 alone that the sentence before the table names:
        按…分档包干，每户每次计发： → 元/户·次."""
        found = _PER_TIME_INTRO.search(self.before)
        if not found:
            return None
        unit = f"元/{found[1]}" + (f"·{found[2]}" if found[2] else "")
        return unit if unit in BASIS_BY_UNIT else None

    def _band_row(self, reader: RateReader, cells: list[str], squeezed: list[str]
                  ) -> Iterator[tuple[Rate, str]]:
        """A banded table's row: each amount holds for the row's area band."""
        printed = squeezed[self.band_column] if self.band_column < len(squeezed) else ""
        band = reader.area_band(printed)
        if band is None:
            return  # its amounts go to the review report
        intro_use = self.terms.value("use", self.before)
        settlement = self.terms.value("settlement", self.before)
        for index, header in self.band_headers.items():
            if index >= len(squeezed) or squeezed[index] in _NONE:
                continue
            cell = arabic_counts(squeezed[index])
            per, unit = label_and_unit(header)
            if unit == "元" and per.startswith("每") and re.fullmatch(r"\d+(?:\.\d+)?", cell):
                cell = f"{per}{cell}元"  # 每户每次（元） over 1200: 每户每次1200元
            use = reader.describe(header)["property_use"] or intro_use
            rates = reader.read(cell, use=use,
                                bare_unit=self._bare_unit(header) or self._introduced_unit())
            reader.qualify(cell, rates)
            for rate in rates:
                rate.area_from_m2, rate.area_to_m2, rate.area_bounds = band
                rate.settlement = rate.settlement or settlement
                if rate.basis not in _BOUNDS_AND_COUNTS:
                    rate.condition = printed
                yield rate, cells[index]

    def _by_columns(self, reader: RateReader, cells: list[str], squeezed: list[str]
                    ) -> Iterator[tuple[Rate, str]]:
        # 1 | 搬家费 | …: a numbered row's fee is the cell after its number (序号)
        first = next((cell for index, cell in enumerate(squeezed)
                      if index < min(self.columns, default=1) and not cell.isdigit()),
                     squeezed[0])
        structure = self._structure_of(first)
        # a price matrix row, its structure after any row number (1 | 框架结构 | 4150 | 6800)
        if structure and all(cell in _NONE or re.fullmatch(r"\d+(?:\.\d+)?", cell)
                             for cell in squeezed[squeezed.index(first) + 1:]):
            yield from self._prices(reader, cells, squeezed, structure)
            return
        # 2021年11月15日至11月30日 | 住宅 … | 非住宅 …, or a window's name before its dates
        # (第一时段 | 2023年8月21日—8月30日 | …): the window's rates keep the heading's category
        labels = [cell for index, cell in enumerate(squeezed) if index not in self.columns]
        window = next((days for cell in labels if (days := reader.window_of(cell))), None)
        if window is None:
            self.category = self.terms.value("category", first) or first or self.category
        row_use = next((used[0] for cell in squeezed[1:] if (used := self._use(cell))), None)
        row: list[tuple[Rate, str]] = []
        for index, use_text in self.columns.items():
            if index < len(squeezed) and squeezed[index] not in _NONE:
                use = reader.describe(use_text)["property_use"]
                cell, unit = squeezed[index], self._bare_unit(use_text)
                if unit and re.fullmatch(r"\d+(?:\.\d+)?", cell):  # 住宅（元/户）⇥15000
                    cell = f"{cell}元"
                row += [(rate, cells[index])
                        for rate in reader.read(cell, use=use, bare_unit=unit)]
        moded: list[tuple[Rate, str]] = []
        filled = [index for index in self.modes
                  if index < len(squeezed) and squeezed[index] not in _NONE]
        noted = _HOUSEHOLD_UNIT_NOTE.search(self.before)
        bare = noted and any(re.fullmatch(r"\d+(?:\.\d+)?", squeezed[index]) for index in filled)
        if bare and not self.terms.value("category", first):
            self.category = None  # 自来水（一户一表）| 1200 under 附属设施补偿（单位：元/户）
        for index in filled:
            cell = arabic_counts(squeezed[index])
            if bare and re.fullmatch(r"\d+(?:\.\d+)?", cell):
                cell = f"{cell}元/{noted[1]}"
            for rate in reader.read(cell, use=row_use, fallback=first if bare else ""):
                rate.settlement = rate.settlement or self.modes[index]
                moded.append((rate, cells[index]))
        row += _once_for_every_mode(moded, [self.modes[index] for index in filled])
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
        """A price list row: the price per m² of one use and structure. A row whose structure
        cell names none (不分结构, 临街营业用房) prices its use whatever the structure; a price
        printed as a share of another row's, named by its code (按B1基准价的55%计), is that
        price × the share."""
        columns = self.prices
        if not columns or max(columns.values()) >= len(squeezed):
            return
        price = self._row_price(squeezed, columns)
        printed_structure = squeezed[columns["structure"]]
        structure = self._structure_of(printed_structure)
        # a use printed once for the rows under it (a group cell) holds until the next
        use_text = (squeezed[columns["use"]] if "use" in columns else "") or self.price_use
        if price is None or (structure is None and not (use_text and "use" in columns)):
            return
        self.price_use = use_text
        described = reader.describe(use_text)
        item = f"{use_text}{structure or self._kind_of_building(printed_structure)}"
        yield Rate(item, price, "元/m²", "per_m2", category=self.category,
                   property_use=described["property_use"], suite=described["suite"],
                   structure=structure), cells[columns["price"]]

    def _kind_of_building(self, printed: str) -> str:
        """What a price list's structure cell naming no curated structure says of the row: the
        kind of building priced (临街营业用房（一层）), to name the row by; nothing when it speaks
        of structures (不分结构)."""
        words = self.terms.words("price_header", "structure")
        return "" if any(word in printed for word in words) else printed

    def _row_price(self, squeezed: list[str], columns: dict[str, int]) -> float | int | None:
        """The row's price per m²: as printed, or a share of a coded row's (按B1基准价的55%计);
        a row led by a code (A1, B1) is remembered for the rows after it."""
        printed = squeezed[columns["price"]]
        code = next((cell for index, cell in enumerate(squeezed)
                     if index not in columns.values() and _ROW_CODE.fullmatch(cell)), None)
        price: float | int | None = None
        if re.fullmatch(r"\d+(?:\.\d+)?", printed):
            price = number(printed)
        elif share := _SHARE_OF_CODE.search(printed):
            base = self.coded_prices.get(share["code"])
            if base is not None:
                price = number(str(round(base * number(share["share"]) / 100, 2)))
        if price is not None and code:
            self.coded_prices[code] = price
        return price

    def _structure_of(self, printed: str) -> str | None:
        """The structure a price list cell names: a curated one, or two joined as printed
        (土木及简易结构: both, kept as printed so either word finds the row), or one with a
        remark in brackets (钢混（框架）结构: kept as printed, as the scheme's cases name it)."""
        joined = re.fullmatch(r"(.+?)(?:及|、|和|与|或)(.+?结构)", printed)
        if joined and self.terms.find("structure", f"{joined[1]}结构") \
                and self.terms.find("structure", joined[2]):
            return printed
        plain = _REMARK.sub("", printed)
        if plain != printed and plain.endswith("结构") and self.terms.find("structure", plain):
            return printed
        structure = (self.terms.find("structure", printed)  # 砖混 printed without 结构
                     or self.terms.find("structure", f"{printed}结构"))
        return structure[1] if structure else None

    def _prices(self, reader: RateReader, cells: list[str], squeezed: list[str],
                structure: str) -> Iterator[tuple[Rate, str]]:
        """A price matrix row: one price per m² for each use column."""
        unit = _UNIT_NOTE.search(self.before) or self.priced_in_header
        self.category = self.terms.value("category", self.before) or self.category
        for index, use_text in self.columns.items():
            if index >= len(squeezed) or squeezed[index] in _NONE or not unit:
                continue
            described = reader.describe(use_text)
            yield Rate(f"{use_text}{structure}", number(squeezed[index]), "元/m²", "per_m2",
                       category=self.category, property_use=described["property_use"],
                       suite=described["suite"], structure=structure), cells[index]

    def _bounds_and_counts(self, cells: list[str], squeezed: list[str]
                           ) -> list[tuple[Rate, str]]:
        """A fee row's floor and cap columns (1000元/次: each time paid; 700元/月: each month)
        and its counts column (货币补偿1次，产权调换2次 / 货币补偿6个月，产权调换3个月)."""
        found: list[tuple[Rate, str]] = []
        for index, basis in self.bounds.items():
            cell = squeezed[index] if index < len(squeezed) else ""
            bound = re.fullmatch(r"(\d+(?:\.\d+)?)(万)?元(?:/(次|月))?", cell)
            if bound is None:
                continue
            unit = "元/户·月" if bound[3] == "月" else "元"
            name = "最低金额" if basis == "minimum_amount" else "最高金额"
            found.append((Rate(name, yuan(bound[1], bound[2]), unit, basis,
                               property_use=self.use, condition=cells[index].strip()),
                          cells[index]))
        notes = squeezed[self.notes_column] if self.notes_column is not None and \
            self.notes_column < len(squeezed) else ""
        for part in re.split(r"[，,；;、]", arabic_counts(notes)):
            count = re.fullmatch(r"(\D*?)(\d+)(次|个月)", part)
            if count is None:
                continue
            times = count[3] == "次"
            found.append((Rate("计发次数" if times else "计发月数", int(count[2]),
                               "次" if times else "月", "times" if times else "months",
                               property_use=self.use, condition=count[1] or None,
                               settlement=self.terms.value("settlement", count[1])),
                          cells[self.notes_column]))
        return found

    def _fee(self, printed: str) -> tuple[str | None, str | None]:
        """The category a fee row's name files it under, and the thing it names: a name holding a
        curated `fee_item` word (天然气户表补偿: 附属设施补偿) is that category's item (天然气户表,
        without its fee suffix); any other name is its own category."""
        curated = self.terms.value("fee_item", printed) if printed else None
        if not curated:
            return printed or None, None
        suffix = next((word for word in sorted(self.terms.words("category_suffix"), key=len,
                                               reverse=True) if printed.endswith(word)), "")
        return curated, printed.removesuffix(suffix) or printed

    def _use(self, cell: str) -> tuple[str, str] | None:
        """住宅 / 非住宅 / 住宅（产权调换） as a whole cell, or a kind of building holding a use
        word (生产、仓储用房), or either before a comma and a condition (住宅，建筑面积70平方米
        以内) or a middle dot and a structure (住宅·砖混结构): the use, and the cell as printed."""
        use_part = _JOINED_TO_USE.split(_CLAUSE_AFTER_USE.split(cell, maxsplit=1)[0])[0]
        head = re.split(r"[（(]", use_part)[0]
        # 非住宅（持有效营业执照连续经营满1年）: figures in a use's brackets are its condition,
        # but an area or an amount there is what the row's rates are read with
        if re.search(r"\d", head) or len(head) > 16 or _AREA_OR_MONEY.search(use_part):
            return None
        if head in self.terms.words("use"):
            return self.terms.value("use", head) or head, cell
        if head.endswith("用房") and (use := self.terms.value("use", head)):
            return use, cell
        return None

    def _use_before(self, name: str) -> str | None:
        """The use a fee's name opens with, a use word that is its own value (住宅 of
        住宅搬家补助费, 非住宅 of 非住宅搬家补助费), when a fee's name (its curated suffix)
        follows."""
        uses = sorted((word for word in self.terms.words("use")
                       if self.terms.value("use", word) == word), key=len, reverse=True)
        use = next((word for word in uses if name.startswith(word)), None)
        rest = name.removeprefix(use) if use else ""
        return use if rest and any(rest.endswith(suffix)
                                   for suffix in self.terms.words("category_suffix")) else None

    def _use_clause(self) -> str:
        """The condition printed after the use and a comma in its cell (建筑面积70平方米以内
        of 住宅，建筑面积70平方米以内), which the row's amounts are read with; else ""."""
        parts = _CLAUSE_AFTER_USE.split(self.use_text, maxsplit=1)
        return parts[1] if len(parts) == 2 else ""

    def _use_condition(self) -> str | None:
        """What the brackets of the use say (住宅（产权调换）); not those of the condition after
        its comma (住宅，建筑面积80平方米（含）以内), which the row's amounts are read with."""
        use_part = _CLAUSE_AFTER_USE.split(self.use_text, maxsplit=1)[0]
        inside = re.search(r"[（(](.+?)[)）]", use_part)
        return inside[1] if inside else None


def _once_for_every_mode(moded: list[tuple[Rate, str]], modes: list[str]
                         ) -> list[tuple[Rate, str]]:
    """A table's rates by settlement column, an amount printed alike in every column once and for
    any mode (每户1300元，计发1次 | 每户1300元，计发2次: 1300 for both, the times per mode)."""
    def key(rate: Rate) -> tuple:
        return (rate.item, rate.amount, rate.unit, rate.basis, rate.property_use,
                rate.threshold_m2, rate.step_m2)

    counted = ("times", "months")
    columns: dict[tuple, set[str]] = {}
    for rate, _ in moded:
        if rate.basis not in counted and rate.settlement in modes:
            columns.setdefault(key(rate), set()).add(rate.settlement)
    shared = {found for found, where in columns.items()
              if len(modes) > 1 and where == set(modes)}
    kept, seen = [], set()
    for rate, printed in moded:
        if rate.basis not in counted and key(rate) in shared:
            if key(rate) in seen:
                continue
            seen.add(key(rate))
            rate.settlement = None
        kept.append((rate, printed))
    return kept


def _per_time(row: list[tuple[Rate, str]]) -> list[tuple[Rate, str]]:
    """A row's amounts per household when its notes print the times paid (每户1000元 | 选择货币
    补偿的计发1次，选择产权调换的计发2次): each is paid per time, as 每户每次 would say — its base
    and its step alike."""
    if any(rate.basis == "times" for rate, _ in row):
        for rate, _ in row:
            if rate.unit == "元/户" and rate.basis in ("per_household",
                                                       "per_step_above_threshold"):
                rate.unit = "元/户·次"
                if rate.basis == "per_household":
                    rate.basis = "per_household_per_time"
    return row


def _introducing(sentence: str) -> str:
    """The clause of a sentence that introduces the table below it (…按下表补偿 / 下列设施按以下
    标准补偿), else the whole sentence."""
    return next((clause for clause in re.split(r"[；;。]", sentence)
                 if re.search(r"下表|如下|下列", clause)), sentence)


def _up_to_introduction(sentence: str) -> str:
    """A sentence up to the end of its clause introducing the table below it (（四）设施迁移补偿。
    选择货币补偿的，…下列设施按下表补偿), else the whole sentence."""
    clause = _introducing(sentence)
    return sentence[:sentence.find(clause) + len(clause)] if clause != sentence else sentence


def _completed_step(reader: RateReader, clause: str, amount: str) -> str | None:
    """A use's clause ending with a step's verb, its amount in the row's amount cell (住宅，超过
    80平方米的，每增加10平方米（不足10平方米的按10平方米计）增加 | 150): the step's sentence with
    its amount, the remarks of its brackets read after it (…增加150元（不足…计）); else None."""
    bare = _REMARK.sub("", clause)
    step = reader.step.search(bare)
    if step is None or step.end() != len(bare):
        return None
    return f"{bare}{amount}{''.join(_REMARK.findall(clause))}"


def _priced_row(cells: list[str]) -> bool:
    """A row printing a bare amount (住宅·钢混结构 | 4380 | 元/平方米): a row of rates, never a
    header, however its cells are worded."""
    return any(re.fullmatch(r"\d+(?:\.\d+)?", cell) for cell in cells)


def _item_first(cells: list[str], column: int) -> list[str]:
    """A row with the cell of the column naming its thing first (95元/平方米 | 砖砌围墙 under
    补偿单价 | 适用项目 → 砖砌围墙 | 95元/平方米): the layout rows of things are read in."""
    if not column or column >= len(cells):
        return cells
    return [cells[column], *cells[:column], *cells[column + 1:]]
