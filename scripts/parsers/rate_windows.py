"""Signing rewards of a compensation scheme: the windows a reward is paid in.

A reward by signing day (第1日至第10日内签约的…, later windows of its list printed without
签约), by signing dates (1月17日至1月30日签约的…, 在…至…期间签约的), by days early or per day
early, and an amount printed after its window's 按 holding for that window up to the sentence's
end. `SigningWindows` is part of `RateReader` (rate_sentences): it uses the reader's compiled
patterns and curated terms.
"""

from __future__ import annotations

import datetime as dt
import re

from .rate_model import BASIS_BY_UNIT, Rate, basis_of, number, yuan
from .rate_terms import NUMBER


def window_rate(first: int, last: int, amount: float, unit: str, basis: str,
                use: str | None, condition: str | None, at: int) -> Rate:
    """A reward for signing within days `first`–`last` of the signing period."""
    return Rate(f"第{first}日至第{last}日签约", amount, unit, basis, property_use=use,
                condition=condition, signing_day_from=first, signing_day_to=last, at=at)


class SigningWindows:
    """The signing-window readings of `RateReader`."""

    def _signing_rewards(self, text: str, use: str | None, taken: set[int]) -> list[Rate]:
        found = []
        windows = self._day_windows(text)
        for index, (start, stop, first, last, use_at, window_use) in enumerate(windows):
            money = self.money.match(text, stop)
            condition = text[start : use_at if window_use else stop].rstrip("，,")
            if money and basis_of(self.unit_of(money), "lump_sum") is not None:
                unit = self.unit_of(money)
                found.append(window_rate(first, last, yuan(money["amount"], money["wan"]), unit,
                                         basis_of(unit, "lump_sum"), window_use or use,
                                         condition, money.start("amount")))
                taken.add(money.start())
            end = windows[index + 1][0] if index + 1 < len(windows) else len(text)
            self.window_spans.append((start, self._sentence_end(text, stop, end),
                                      first, last, condition))
        found += self._date_windows(text, use, taken)
        found += self._spread_over_windows(text, use, taken)
        for match in self.each_day_early.finditer(text):
            money = self.money.match(text, match.end())
            if not money or money["per_time"] or money["time"]:
                continue
            unit = f"{self.unit_of(money)}·日"
            if unit not in BASIS_BY_UNIT:
                continue
            found.append(
                Rate(
                    "每提前1天",
                    yuan(money["amount"], money["wan"]),
                    unit,
                    BASIS_BY_UNIT[unit],
                    property_use=use,
                    condition=text[match.start() : money.start()],
                    at=money.start("amount"),
                )
            )
            taken.add(money.start())
        for match in self.each_day_late.finditer(text):
            found.append(Rate("每晚1日签约减少", yuan(match["amount"], match["wan"]), "元/户·日",
                              "per_day_late", property_use=use, condition=match[0],
                              at=match.start("amount")))
            taken.update(m.start() for m in self.money.finditer(text, match.start(),
                                                                match.end()))
        for match in self.days_early.finditer(text):
            money = self.money.search(text, match.end())
            if not money or money.start() - match.end() > 6 or money.start() in taken:
                continue
            unit = self.unit_of(money)
            if basis_of(unit, "lump_sum") is None:
                continue
            found.append(
                Rate(
                    f"提前{match[1]}天签约",
                    yuan(money["amount"], money["wan"]),
                    unit,
                    basis_of(unit, "lump_sum"),
                    property_use=use,
                    condition=match[0].rstrip("，,"),
                    min_days_early=int(match[1]),
                    at=money.start("amount"),
                )
            )
            taken.add(money.start())
        return found

    def _day_windows(self, text: str) -> list[tuple[int, int, int, int, int, str | None]]:
        """(start, end, first day, last day, where its use is printed, the use) of each window
        by signing day: those saying 签约, and after the first of them the later windows of its
        list printed without it (第11日至第25日的每户6000元)."""
        windows = []
        for match in self.day_window.finditer(text):
            first = int(match[1])
            last = first + int(match[3]) - 1 if match["span"] else int(match[3])  # 第1日起25日内
            windows.append((match.start(), match.end(), first, last, match.start("use"),
                            match["use"]))
        if not windows:
            return windows
        covered = [(start, end) for start, end, *_ in windows]
        for match in self.bare_window.finditer(text, windows[0][1]):
            if any(start <= match.start() < end for start, end in covered):
                continue
            windows.append((match.start(), match.end(), int(match[1]), int(match[2]),
                            match.start("use"), match["use"]))
        return sorted(windows)

    def _bind_to_windows(self, rates: list[Rate]) -> None:
        """Rates printed inside a window's span (…25日内签约的，住宅按每平方米100元计发，每户不低于
        6000元；非住宅按每平方米80元…) hold for that window: their signing days are its."""
        for rate in rates:
            span = next((span for span in self.window_spans if span[0] <= rate.at < span[1]),
                        None)
            if span is not None and rate.signing_day_from is None:
                rate.signing_day_from, rate.signing_day_to = span[2], span[3]
                rate.condition = rate.condition or span[4]

    @staticmethod
    def _sentence_end(text: str, start: int, end: int) -> int:
        """Where a window's span ends: at `end`, or sooner at the end of its sentence (。); a
        bound printed in the next sentence (非住宅签约奖励每户最高不超过…) holds for every
        window."""
        stop = text.find("。", start, end)
        return end if stop < 0 else stop

    def window_of(self, text: str) -> tuple[int, int] | None:
        """The signing days a table row's first cell spans, or None: a date range (2021年11月15日
        至11月30日), or days of the period (第1日至第20日), either with the other in brackets
        (第1日至第20日（2022年6月20日至7月9日）: the days as printed)."""
        head, _, inside = text.partition("（") if "（" in text else text.partition("(")
        inside = inside.rstrip("）)") if inside else ""
        for part in (head, inside) if inside else (text,):
            days = self._day_span(part)
            if days is not None:
                return days
        return None

    def _day_span(self, text: str) -> tuple[int, int] | None:
        """The signing days of one printed range: days of the period, or calendar dates; the
        range may open with a curated label of the signing period (签约期第1日至第15日)."""
        label = next((label for label in sorted(self.terms.labels_of("signing_period"),
                                                key=len, reverse=True)
                      if text.startswith(label) and len(text) > len(label)), "")
        text = text[len(label):]
        numbered = re.fullmatch(  # 第1日至第20日, 第1至10日内, 第1日至第20日签约
            rf"第({NUMBER})(?:日|天)?(?:至|到|-|—|～)第?({NUMBER})(?:日|天)(?:内|以内)?"
            r"(?:签约)?", text)
        if numbered:
            return int(float(numbered[1])), int(float(numbered[2]))
        match = self.date_range.fullmatch(text)
        if match is None or self.signing_start is None:
            return None
        days = []
        for year, month, day in (match.groups()[0:3], match.groups()[3:6]):
            try:
                signed = dt.date(int(year or self.signing_start.year), int(month), int(day))
            except ValueError:
                return None
            days.append((signed - self.signing_start).days + 1)
        return days[0], days[1]

    def _date_windows(self, text: str, use: str | None, taken: set[int]) -> list[Rate]:
        """Rewards by signing dates, as days of the signing period (its first day is day 1)."""
        found = []
        last_day = 0  # the last day of the window before, in the sentence
        for match in self.date_window.finditer(text):
            money = self.money.match(text, match.end())
            if self.signing_start is None:
                continue
            dates = match.groups()
            # a window up to a date (…以前签约的) opens on the period's first day, or on the day
            # after the window before it (8月5日（含）前…；8月20日（含）前…: from 8月6日)
            days = [] if dates[1] else [last_day + 1]
            for year, month, day in ((dates[0:3], dates[3:6]) if dates[1] else (dates[6:9],)):
                try:
                    signed = dt.date(int(year or self.signing_start.year), int(month), int(day))
                except ValueError:
                    break
                days.append((signed - self.signing_start).days + 1)
            if len(days) != 2:
                continue
            last_day = days[1]
            condition = (text[match.start() : match.start("use")] if match["use"]
                         else match[0]).rstrip("，,：:")
            following = [found.start() for found in self.date_window.finditer(text, match.end())]
            self.window_spans.append((match.start(), self._sentence_end(
                text, match.end(), following[0] if following else len(text)),
                days[0], days[1], condition))
            if not money or basis_of(self.unit_of(money), "lump_sum") is None:
                continue  # 2022年1月5日至1月20日签约的，按建筑面积每平方米120元奖励: bound below
            self.windows.append((days[0], days[1], condition))
            unit = self.unit_of(money)
            found.append(window_rate(days[0], days[1], yuan(money["amount"], money["wan"]), unit,
                                     basis_of(unit, "lump_sum"), match["use"] or use, condition,
                                     money.start("amount")))
            taken.add(money.start())
        return found

    def _spread_over_windows(self, text: str, use: str | None, taken: set[int]) -> list[Rate]:
        """分别 N元、M元… for the levels named before it (按简易、普通、精装修三个档次), else
        over as many signing windows read before: one rate per level or window."""
        found = []
        for match in self.spread.finditer(text):
            amounts = re.findall(rf"({NUMBER})元", match["amounts"])
            printed = match["per_what"] or match["each"]
            what = self.terms.value("unit", printed) if printed else None
            unit = f"元/{what}" if what else "元/户"
            levels = next((named for pattern in self.levels
                           if (named := list(pattern.finditer(text, 0, match.start())))), [])
            names = levels[-1][1].split("、") if levels else []
            if len(names) == len(amounts):
                for name, amount in zip(names, amounts, strict=True):
                    found.append(Rate(name, number(amount), unit,
                                      BASIS_BY_UNIT.get(unit, "per_household"),
                                      property_use=use, at=match.start("amounts")
                                      + match["amounts"].find(f"{amount}元")))
                taken.update(m.start() for m in self.money.finditer(text, match.start(),
                                                                    match.end()))
                continue
            if len(amounts) > len(self.windows):
                continue
            windows = self.windows[-len(amounts):]
            for (first, last, condition), amount in zip(windows, amounts, strict=True):
                found.append(window_rate(
                    first, last, number(amount), unit, BASIS_BY_UNIT.get(unit, "per_household"),
                    use or self.terms.value("use", text[: match.start()]), condition,
                    match.start("amounts") + match["amounts"].find(f"{amount}元")))
            taken.update(m.start() for m in self.money.finditer(text, match.start(),
                                                                match.end()))
        return found
