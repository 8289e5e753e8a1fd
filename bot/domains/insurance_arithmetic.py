"""What an insurance payout (or the premium for the units a question counts) comes to for the
case a question gives, from the notice's own clauses and table rows: a crop's loss
(保险金额×损失率×受损面积), a payout per unit counted (每箱360元 × 10箱), a house repaired
(实际修复费用扣除免赔额, capped at a share of its sum insured), a house lost (按每户保险金额),
a household's transition allowance (每人每月N元, capped in months and persons), and the
premium of the units counted (每只保险费42元 × 200只). Each is written with its steps; None when
the notice prints no such rule or the question gives no case.
"""

from __future__ import annotations

import re
from typing import Any

from bot import vocabulary as words
from bot.compose import amount
from bot.estimate import count_of

Rows = list[dict[str, Any]]


def _yuan(number: str, wan: str | None) -> float:
    """An amount printed in 元 or 万元 (2万 → 20000)."""
    return float(number) * (10000 if wan else 1)


def gives_case(question: str) -> bool:
    """The question tells its own case (4个人过渡了3个月, 20亩, 10箱): how it is paid asks
    for the amount, which the notice's rules compute."""
    return bool(_PERSONS.search(question) or _MONTHS.search(question)
                or _COUNTED.search(question))


def computed_payout(question: str, rows: Rows) -> str | None:
    """The first payout the question's case and the notice's rules give, or None."""
    for compute in (_premium_for_count, _loss_payout, _days_band_payout, _per_unit_payout,
                    _repair_payout, _total_loss_payout, _transition_payout, _banded_payout,
                    _weight_band_payout):
        if found := compute(question, rows):
            return found
    return None


_AREA_INSURED = re.compile(r"(\d+(?:\.\d+)?)\s*亩")
_LOSS = re.compile(r"损失(?:率|程度)?[^\d一]{0,4}(\d+(?:\.\d+)?)\s*[%％]|损失(?:了)?一半")
_FULL_LOSS = re.compile(r"(?:损失率|损失程度)达到(\d+)%（含）以上的，按全损")


def _loss_payout(question: str, rows: list[dict[str, Any]]) -> str | None:
    """What a loss pays for the crop or forest asked about, when the notice prints a sum
    insured per 亩 and a payout of 保险金额×损失率×受损面积 and the question gives the area and
    the loss: 20亩柑橘损失一半 → 4000元 × 50% × 20亩 = 40000元 (a loss at the printed full-loss
    rate or above counts as 100%)."""
    printed = "".join(row["clause"] for row in rows)
    area, loss = _AREA_INSURED.search(question), _LOSS.search(question)
    if not (area and loss and re.search(r"保险金额×损失(?:率|程度)×受损面积", printed)):
        return None
    insured = [row for row in rows if "\t" in row["clause"] and row.get("figures")
               and named_in(row["clause"].split("\t")[0], question)]
    sums = [re.search(r"保险金额每亩(\d+(?:\.\d+)?)元", row["figures"]) for row in insured]
    if len(sums) != 1 or sums[0] is None:
        return None
    name, insured_sum = insured[0]["clause"].split("\t")[0], float(sums[0][1])
    rate = float(loss[1]) if loss[1] else 50.0
    full = _FULL_LOSS.search(printed)
    if full and rate >= float(full[1]):
        rate, note = 100.0, f"（损失率达到{full[1]}%以上按全损计）"
    else:
        note = ""
    paid = insured_sum * rate / 100 * float(area[1])
    return (f"按公报的赔偿公式估算：{name}每亩保险金额{amount(insured_sum)}元 × 损失率{rate:g}%"
            f"{note} × 受损面积{float(area[1]):g}亩 = {amount(paid)}元（以承保机构查勘定损为准）。")


_DAYS_TOLD = re.compile(r"(\d{1,3})\s*[天日]")
_DAYS_BAND = re.compile(r"(\d+)\s*[—\-－～~至到]\s*(\d+)\s*[天日]|(\d+)\s*[天日](?:及|或)以上")


def _days_band_payout(question: str, rows: Rows) -> str | None:
    """What a weather-index insurance pays for the days of an event the question tells (连续
    下了12天雨, 连着热了6天), from the table row of the band of days holding them (11—14天 |
    400): per 亩, and for the 亩 told. The group the row is printed under (连续阴雨) is the one
    whose words the question shares, when the table has several."""
    told = _DAYS_TOLD.search(question)
    if told is None or len(_DAYS_TOLD.findall(question)) != 1:
        return None
    days = int(told[1])
    paid = [(group, band, each) for group, band, each in _day_bands(rows)
            if _in_band(days, band)]
    named = [row for row in paid if row[0] and set(row[0]) & set(question)] or paid
    if len({each for _, _, each in named}) != 1:
        return None
    _, band, each = named[0]
    line = f"按公报的赔付标准估算：{days}天在“{band}”一档，每亩赔付{amount(each)}元"
    if area := _AREA_INSURED.search(question):
        line += f" × {float(area[1]):g}亩 = {amount(each * float(area[1]))}元"
    return line + "（以气象证明和承保机构核定为准）。"


def _day_bands(rows: Rows) -> list[tuple[str, str, float]]:
    """(group, band of days, amount) of a table's rows printing a band of days and, after it,
    an amount; a row whose first cell is empty is of the group above."""
    bands: list[tuple[str, str, float]] = []
    group = ""
    for clause in dict.fromkeys(row.get("clause") or "" for row in rows):
        cells = [cell.strip() for cell in clause.split("\t")]
        if len(cells) < 2:
            continue
        at = next((index for index, cell in enumerate(cells) if _DAYS_BAND.search(cell)), None)
        if at is None:
            continue
        if at == 0:
            group = ""  # the band opens the row: a table of no groups
        elif cells[0]:
            group = cells[0]
        each = next((float(cell) for cell in cells[at + 1:]
                     if re.fullmatch(r"\d+(?:\.\d+)?", cell)), None)
        if each is not None:
            bands.append((group, _DAYS_BAND.search(cells[at])[0], each))
    return bands


def _in_band(days: int, band: str) -> bool:
    found = _DAYS_BAND.search(band)
    if found[3]:
        return days >= int(found[3])
    return int(found[1]) <= days <= int(found[2])


_COUNTED = re.compile(r"(\d+(?:\.\d+)?)\s*(箱|头|只|亩|羽|株)")


def _per_unit_payout(question: str, rows: list[dict[str, Any]]) -> str | None:
    """What a payout printed per unit comes to for the units the question counts: 10箱 and
    …每箱赔偿金额为…，即每箱360元 → 每箱360元 × 10箱 = 3600元 (the amount the clause ends on)."""
    counted = _COUNTED.search(question)
    if counted is None:
        return None
    number, unit = float(counted[1]), counted[2]
    for row in rows:
        clause = row["clause"] or ""
        amounts = re.findall(rf"每{unit}(\d+(?:\.\d+)?)元", clause)
        if "赔" in clause and amounts:
            each = float(amounts[-1])
            return (f"按公报的赔付标准估算：每{unit}{amount(each)}元 × {number:g}{unit} = "
                    f"{amount(each * number)}元（以承保机构查勘定损为准）。")
    return None


def asks_premium_for_count(question: str) -> bool:
    """The question asks what insuring the units it counts costs (200只育肥羊保费一共好多)."""
    return bool(_PREMIUM_ASKED.search(question) and _COUNTED.search(question)
                and "赔" not in question)


def _premium_for_count(question: str, rows: Rows) -> str | None:
    """What insuring the units the question counts costs, from the table row of what it
    insures: 每只保险费42元 × 200只 = 8400元, and the insured's own share the row prints
    (养殖户自缴12.6元 × 200只 = 2520元)."""
    if not asks_premium_for_count(question):
        return None
    counted = _COUNTED.search(question)
    number, unit = float(counted[1]), counted[2]
    named = [row for row in rows if "\t" in (row.get("clause") or "") and row.get("figures")
             and named_in(row["clause"].split("\t")[0], question)]
    premiums = [_PREMIUM.search(row["figures"]) for row in named]
    if len(named) == 1 and premiums[0] is not None:
        own = _OWN_SHARE.search(named[0]["figures"])
        return _premium_lines(number, unit, float(premiums[0][1]),
                              (own[1], float(own[2])) if own else None)
    # 每亩保费60元…种植户自缴25%，即每亩自缴15元: the premium per the unit counted, in a sentence
    clauses = {row.get("clause") or "" for row in rows}  # a clause has a row per figure
    printed = [(premium, clause) for clause in clauses if (premium := re.search(
        rf"每{re.escape(unit)}(?:保险费|保费)(\d+(?:\.\d+)?)元", clause))]
    if len(printed) != 1:
        return None
    # 种植户自缴25%，即每亩自缴15元: the insured's own premium, printed once for the unit
    owns = {(who[1] if (who := _WHO_PAYS.search(clause)) else "", float(own[1]))
            for clause in clauses
            if (own := re.search(rf"每{re.escape(unit)}自缴(\d+(?:\.\d+)?)元", clause))}
    return _premium_lines(number, unit, float(printed[0][0][1]),
                          owns.pop() if len(owns) == 1 else None)


def _premium_lines(number: float, unit: str, each: float, own: tuple[str, float] | None) -> str:
    lines = [f"按公报的标准估算：每{unit}保险费{amount(each)}元 × {number:g}{unit} = "
             f"{amount(each * number)}元"]
    if own:
        who, share = own
        lines.append(f"其中{who}自缴每{unit}{amount(share)}元 × {number:g}{unit} = "
                     f"{amount(share * number)}元")
    return "；".join(lines) + "。"


_PREMIUM_ASKED = re.compile(r"保费|保险费|[交缴]好多|[交缴]多少|出好多|出多少")
# 保费42元 / 保费每头400元 (a table row's figures name the unit between)
_PREMIUM = re.compile(r"(?:保险费|保费)(?:每[\u4e00-\u9fff])?(\d+(?:\.\d+)?)元")
_OWN_SHARE = re.compile(r"([\u4e00-\u9fff]{1,6}?)自缴(?:每[\u4e00-\u9fff])?(\d+(?:\.\d+)?)元")
_WHO_PAYS = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:自缴|承担)\d+(?:\.\d+)?[%％]")
_COUNT = r"(\d{1,3}|[一二两三四五六七八九十]{1,2})"
_REPAIR_COST = re.compile(
    r"(?:修|修复|维修|修理)[^\d，,。；;？?]{0,6}?(\d+(?:\.\d+)?)\s*(万)?(?:元|块)?")
_DEDUCTIBLE = re.compile(r"免赔(?:额)?(\d+(?:\.\d+)?)元")
_CAP_SHARE = re.compile(r"(?:最高|最多)不超过保险金额的(\d+(?:\.\d+)?)%")
_SUM_INSURED = re.compile(r"保险金额(\d+(?:\.\d+)?)元")
_TOTAL_LOSS_RULE = re.compile(r"全部倒塌[^。；]*按(?:每户)?保险金额")
_PER_PERSON_MONTH = re.compile(r"每人每月(\d+(?:\.\d+)?)元")
_MONTHS_CAP = re.compile(r"(?:最长|最多)(?:不超过)?(\d+)个月")
_PERSONS_CAP = re.compile(r"每户最多(?:计)?(\d+)人")
_PERSONS = re.compile(rf"{_COUNT}\s*(?:个人|口人|口|人)")
_MONTHS = re.compile(rf"{_COUNT}\s*个?月")


def _sum_insured(question: str, rows: Rows) -> tuple[str, float] | None:
    """The sum insured of the table row whose first cell names the house the question
    describes (砖木 of 砖木、土木结构), as (that cell, the sum)."""
    found = []
    for row in rows:
        clause = row.get("clause") or ""
        if "\t" not in clause:
            continue
        head = clause.split("\t")[0]
        kinds = [kind.removesuffix("结构") for kind in re.split(r"[、，,和及/]", head) if kind]
        insured = _SUM_INSURED.search(row.get("figures") or "")
        if insured and any(kind and kind in question for kind in kinds):
            found.append((head, float(insured[1])))
    return found[0] if len(found) == 1 else None


def _clauses(rows: Rows) -> str:
    return "".join(row.get("clause") or "" for row in rows)


def _repair_payout(question: str, rows: Rows) -> str | None:
    """A house repaired: the repair cost less the deductible, at most the printed share of the
    house's sum insured (修好要26000，砖木 → 26000 − 200 = 25800, capped at 40000 × 50%)."""
    cost, printed = _REPAIR_COST.search(question), _clauses(rows)
    deductible, share = _DEDUCTIBLE.search(printed), _CAP_SHARE.search(printed)
    insured = _sum_insured(question, rows)
    if not (cost and deductible and share and insured and "修复费用" in printed):
        return None
    spent = _yuan(cost[1], cost[2])
    paid = max(0.0, spent - float(deductible[1]))
    cap = insured[1] * float(share[1]) / 100
    steps = (f"修复费用{amount(spent)}元 − 免赔额{amount(float(deductible[1]))}元 = "
             f"{amount(paid)}元")
    if paid > cap:
        steps += (f"，超过{insured[0]}保险金额{amount(insured[1])}元的{share[1]}%"
                  f"（{amount(cap)}元），按{amount(cap)}元赔")
        paid = cap
    return f"按公报的赔偿标准估算：{steps}，约{amount(paid)}元（以承保公司查勘定损为准）。"


def _total_loss_payout(question: str, rows: Rows) -> str | None:
    """A house lost (全部倒塌…按每户保险金额赔偿): the sum insured of its kind of house."""
    lost = any(word in question for word in words.TOTAL_LOSS)
    if not (lost and _TOTAL_LOSS_RULE.search(_clauses(rows))):
        return None
    insured = _sum_insured(question, rows)
    if insured is None:
        return None
    return (f"按公报的赔偿标准：住房全部倒塌的按每户保险金额赔偿，{insured[0]}每户保险金额"
            f"{amount(insured[1])}元（以承保公司查勘定损为准）。")


def _transition_payout(question: str, rows: Rows) -> str | None:
    """A household's transition allowance: persons × per person and month × months, each at
    most what the notice caps it at (5人8个月, 每户最多计4人, 最长6个月 → 4 × 300 × 6)."""
    clause = next((row.get("clause") or "" for row in rows
                   if _PER_PERSON_MONTH.search(row.get("clause") or "")), "")
    persons, months = _PERSONS.search(question), _MONTHS.search(question)
    if not (clause and persons and months):
        return None
    each = float(_PER_PERSON_MONTH.search(clause)[1])
    people, spent = count_of(persons[1]), count_of(months[1])
    steps = []
    if (cap := _PERSONS_CAP.search(clause)) and people > int(cap[1]):
        steps.append(f"每户最多计{cap[1]}人")
        people = int(cap[1])
    if (cap := _MONTHS_CAP.search(clause)) and spent > int(cap[1]):
        steps.append(f"最长{cap[1]}个月")
        spent = int(cap[1])
    note = f"（{'，'.join(steps)}）" if steps else ""
    paid = people * each * spent
    return (f"按公报的赔偿标准估算{note}：{people}人 × 每人每月{amount(each)}元 × {spent}个月 = "
            f"{amount(paid)}元。")


def named_in(insured: str, question: str) -> bool:
    """The question names what a table row insures, or its head noun (母猪 of 能繁母猪)."""
    return insured in question or (len(insured) >= 3 and insured[-2:] in question)


_YUAN = r"(\d+(?:\.\d+)?)(万)?元?"
# 5000元至2万元（含）的部分按50%赔付 / 5万元以上的部分按70%: a band of a sum paid at a share
_BAND = re.compile(rf"{_YUAN}(?:（含）)?\s*(?:至|到|—|－|-|~)\s*{_YUAN}(?:（含）)?的部分[，,]?"
                   r"(?:按|赔付|报销)*(\d+(?:\.\d+)?)[%％]")
_OPEN_BAND = re.compile(rf"{_YUAN}(?:（含）)?以上的部分[，,]?(?:按|赔付|报销)*(\d+(?:\.\d+)?)[%％]")
# 自付了35000 / 医药费4000块钱: the sum the question names (in 元, 块 or after paying it)
_SPENT = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?\s*(?:元|块)"
                    r"|(?:掏|花|付|出|自付|自费)了?\s*(\d+(?:\.\d+)?)\s*(万)?")


def _banded_payout(question: str, rows: Rows) -> str | None:
    """What a sum the question names (自己还掏了35000) pays where the notice pays its bands at
    shares (5000元至2万元（含）的部分按50%赔付；2万元至5万元（含）的部分按60%…): each band's
    part times its share, added up; nothing below the first band."""
    spent = _SPENT.search(question)
    if spent is None:
        return None
    total = _yuan(spent[1], spent[2]) if spent[1] else _yuan(spent[3], spent[4])
    for row in rows:
        clause = re.sub(r"\s", "", row.get("clause") or "")
        bands = [(_yuan(m[1], m[2]), _yuan(m[3], m[4]), float(m[5]))
                 for m in _BAND.finditer(clause)]
        bands += [(_yuan(m[1], m[2]), float("inf"), float(m[3]))
                  for m in _OPEN_BAND.finditer(clause)]
        if len(bands) < 2:
            continue
        bands.sort()
        if total <= bands[0][0]:
            return (f"按公报的赔付标准：{amount(total)}元未超过{amount(bands[0][0])}元，"
                    "不在赔付范围内。")
        parts = [(low, min(total, high), share) for low, high, share in bands if total > low]
        paid = sum((high - low) * share / 100 for low, high, share in parts)
        steps = " ＋ ".join(f"（{amount(high)}－{amount(low)}）×{share:g}%"
                           for low, high, share in parts)
        return (f"按公报的分段赔付标准估算：{steps} ＝ {amount(paid)}元"
                "（以承保机构核定为准）。")
    return None


_WEIGHT = re.compile(r"(\d+(?:\.\d+)?)\s*(公斤|千克|kg|斤)")
# 150公斤（含）至300公斤 … 70% / 150公斤以下 … 40% / 300公斤（含）以上 … 100%
_WEIGHT_BAND = re.compile(
    r"(\d+(?:\.\d+)?)公斤(?:（含）|（不含）)?(?:(?P<below>以下)|(?P<above>以上)"
    r"|(?:至|到|—|－|-)(\d+(?:\.\d+)?)公斤(?:（含）|（不含）)?)[^%％；;。]*?(\d+(?:\.\d+)?)[%％]")
_SUM_EACH = re.compile(r"保险金额每([\u4e00-\u9fff])(\d+(?:\.\d+)?)元")
_DEDUCTIBLE = re.compile(r"绝对免赔额?为?(\d+(?:\.\d+)?)元")


def _weight_band_payout(question: str, rows: Rows) -> str | None:
    """What an animal that died at the weight the question gives pays, where the notice pays
    a share of its sum insured by bands of weight (300公斤（含）以上 … 保险金额的100%), less a
    deductible per head it prints: 8000元 × 100% － 100元 = 7900元."""
    weight = _WEIGHT.search(question)
    if weight is None:
        return None
    kilos = float(weight[1]) / (2 if weight[2] == "斤" else 1)
    printed = "；".join(row.get("clause") or "" for row in rows)
    bands = list(_WEIGHT_BAND.finditer(printed))
    named = [row for row in rows if "\t" in (row.get("clause") or "") and row.get("figures")
             and named_in(row["clause"].split("\t")[0], question)]
    sums = {m[2]: (m[1], float(m[2])) for row in named if (m := _SUM_EACH.search(row["figures"]))}
    if len(bands) < 2 or len(sums) != 1:
        return None
    unit, insured = next(iter(sums.values()))
    share = next((float(band[5]) for band in bands if _weighs_in(kilos, band)), None)
    if share is None:
        return None
    paid = insured * share / 100
    steps = f"{amount(insured)}元 × {share:g}%"
    if deductible := _DEDUCTIBLE.search(printed):
        paid -= float(deductible[1])
        steps += f" － {amount(float(deductible[1]))}元（免赔额）"
    told = f"死亡时体重{kilos:g}公斤，每{unit}保险金额{amount(insured)}元"
    return (f"按公报的赔付标准估算（{told}）：{steps} = {amount(max(paid, 0))}元"
            "（以承保机构查勘定损为准）。")


def _weighs_in(kilos: float, band: re.Match[str]) -> bool:
    low = float(band[1])
    if band["below"]:
        return kilos < low
    if band["above"]:
        return kilos >= low
    return low <= kilos < float(band[4])
