"""Rate sentences of a compensation scheme → rates (label + amount + unit + conditions).

A scheme prints its rates as sentences or table cells built from a few parts, whatever the
wording around them: an amount in 元 with its unit after it (3960元/m², 200元/户·日) or before it
(每户每次1200元, 每平方米25元, 每户每月800元); a base within an area and a step per extra m²
(70m²以内…每增加1m²增加300元, 每超过10m²增加150元; a minimum area of the step's size printed
after it, 不足10m²的按10m²计, makes a part step count as a whole one); a percentage of the
assessed value; a floor (不足15000元的按15000元) or a cap (最高不超过60000元); a maximum
number of days (不超过30天); times or months paid
(…的计发2次, 计发18个月); a reward by signing day (第1日至第10日内签约的…, the later windows of
its list printed without 签约: 第11天至第25天的每户6000元), by days early
(提前10天签约…) or per day early (每提前1天奖励每户250元), or by signing dates (1月17日至1月30日
签约的…), an amount printed after its window's 按 (…签约的，按建筑面积每平方米120元奖励) holding
for that window up to the sentence's end; a minimum area (不足30平方米…按30平方米); a fee named
after its amount (每平方米50元给予拆除补助), for what the sentence refuses compensation for
(无合法手续的搭建房屋不予补偿); an amount for the area band its label is (50平方米至90平方米（含）
的每户每月800元); an amount paid at once (每平方米25元一次性计发: paid 1 time); a swap's price
under the category of the settlement mode printed before it (…也可以选择房屋产权调换。…).
Each amount is read as one of these; an amount in no known part gives no rate, and the parser
flags its line for review.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from .rate_model import BASIS_BY_UNIT, Rate, basis_of, number, yuan
from .rate_terms import NUMBER, Terms
from .rate_windows import SigningWindows

SEPARATORS = "，,、；;：:。"
TIME_UNITS = ("次", "日", "月")  # the curated units of a time an amount is paid per


class RateReader(SigningWindows):
    """Reads rates from squeezed text with the curated words of `Terms`."""

    def __init__(self, terms: Terms, signing_start: dt.date | None = None,
                 signing_days: int | None = None):
        self.terms = terms
        # Windows by calendar date (2021年9月6日至9月20日签约的) count from the signing period's
        # first day, and the last days of the period (最后15日) back from its length; the
        # windows last read, for a later 分别 list (每平方米分别奖励60元、40元).
        self.signing_start = signing_start
        self.signing_days = signing_days
        self.windows: list[tuple[int, int, str]] = []
        # Text spans of the sentence being read that a signing window governs:
        # (start, end, first day, last day, condition).
        self.window_spans: list[tuple[int, int, int, int, str]] = []
        area = terms.alternation("unit", "m²")
        # what an amount is paid per (每户, 每平方米, 每台) and per how long (每月, 每次): the
        # curated unit words, those of a time apart
        units = terms.by_role.get("unit", [])
        per = "|".join(re.escape(word) for word, value in units if value not in TIME_UNITS)
        times = "|".join(re.escape(word) for word, value in units if value in TIME_UNITS)
        fees = "|".join(re.escape(word) for word in terms.words("category")) or "(?!)"
        self.area = area
        # 70㎡＜建筑面积≤130㎡ / 建筑面积≤70㎡ / 建筑面积＞130㎡: bands printed with signs, read as
        # the gazette words them (70㎡以上至130㎡（含）, 70㎡（含）以下, 超过130㎡)
        subject = r"(?:[\u4e00-\u9fff]{0,3}建筑面积|面积)"
        self.signed_bands = (
            (re.compile(rf"(?P<low>{NUMBER})(?P<u1>{area})?[＜<]{subject}[≤＜<](?P<high>{NUMBER})"
                        rf"(?P<u2>{area})?"),
             lambda m: f"{m['low']}{m['u1'] or m['u2'] or ''}以上至{m['high']}{m['u2'] or ''}"
                       + ("（含）" if "≤" in m[0] else "（不含）")),
            (re.compile(rf"{subject}[≤](?P<n>{NUMBER})(?P<u>{area})?"),
             lambda m: f"建筑面积{m['n']}{m['u'] or ''}（含）以下"),
            (re.compile(rf"{subject}[＜<](?P<n>{NUMBER})(?P<u>{area})?"),
             lambda m: f"建筑面积不足{m['n']}{m['u'] or ''}"),
            (re.compile(rf"{subject}[＞>](?P<n>{NUMBER})(?P<u>{area})?"),
             lambda m: f"建筑面积超过{m['n']}{m['u'] or ''}"),
            (re.compile(rf"{subject}[≥](?P<n>{NUMBER})(?P<u>{area})?"),
             lambda m: f"建筑面积{m['n']}{m['u'] or ''}（含）以上"),
            # 80平方米至150平方米（含150平方米）: the bound included, as （含） says it
            (re.compile(rf"[（(](?P<word>不?含){NUMBER}(?:{area})[)）]"),
             lambda m: f"（{m['word']}）"),
        )
        self.money = re.compile(
            rf"(?P<per>(?:每(?P<pre_time>{times}))?每(?P<per_what>{per})(?:每(?P<per_time>{times}))?"
            # 每户给予基础奖励5000元 / 每户一次性发放搬家费2000元 / 每户另(行)给予困难补助1万元 /
            # 每户另给予一次性生活困难补助6000元
            rf"(?:另行|另外|额外|另)?(?:一次性)?(?:(?:给予|发放|支付|计发)?(?:一次性)?"
            rf"[\u4e00-\u9fff]{{0,4}}?"
            # 每户另发放困难帮扶金8000元: a curated fee paid as a sum of money (金)
            rf"(?:补助|奖励|补偿|费|(?:{fees})金)"
            rf"|计发|给予|发放|支付|发给[\u4e00-\u9fff]{{0,10}}?)?)?"
            rf"(?P<amount>{NUMBER})(?P<wan>万)?元"
            rf"(?:/(?P<unit>{per})·?(?P<time>{times})?)?"
        )
        # 月补助额＝被征收住宅建筑面积×12元/平方米: a formula for a month's amount prices the
        # area per month
        self.monthly_formula = re.compile(
            rf"(月[\u4e00-\u9fff]{{0,8}}[＝=][^。；;＝=]*?[×*]{NUMBER}万?元/(?:{per}))(?!·)")
        self.floor = re.compile(
            rf"(?P<below>不足|低于|少于)({NUMBER})(万)?元的?[，,]?(?:按|补足)({NUMBER})(万)?元")
        # 超过1500元的按1500元计发: a cap printed as a floor is (每户每月不足600元的按600元…)
        self.cap_as_floor = re.compile(
            rf"(?:超过|高于|多于|超出)({NUMBER})(万)?元的?[，,]?按({NUMBER})(万)?元")
        self.cap = re.compile(
            rf"(?:最高(?:不超过|不得超过|封顶)?|封顶|不超过|不得超过|不高于|最多)({NUMBER})(万)?元"
        )
        self.cap_after = re.compile(rf"({NUMBER})(万)?元(?:封顶|为上限|为限)")  # 以40000元封顶
        self.base = re.compile(
            rf"(?:建筑面积)?(?:在)?({NUMBER}){area}(?:（含）)?(?:以内|及以下|以下)的?[，,]?")
        self.step = re.compile(  # 超过70m²的，每增加1m²增加… / 60m²以上部分每平方米加计…
            rf"(?P<threshold_text>(?:(?P<t1>{NUMBER}){area}(?:（含）|及)?以上|(?:超过|超出|大于)"
            rf"(?P<t2>{NUMBER}){area}))(?:的?部分|的)?[，,]?(?:超过部分|超出部分)?"
            rf"(?:在{NUMBER}万?元(?:的)?基础上[，,]?)?"  # 在800元基础上每增加1平方米增加12元
            rf"(?:每(?:增加|超过|超出)(?P<step>{NUMBER}){area}[，,]?(?:每(?:月|次))?增加|(?:每(?:月|次))?每(?P<each>{NUMBER})?"
            rf"{area}(?:每(?:月|次))?(?:加计|增加|加发))(?:补助|奖励)?"
        )
        self.least = re.compile(
            rf"(?:每户|单户)?(?:最低(?:按|不少于|不低于)?|保底|不低于|不少于)({NUMBER})(万)?元")
        value = (r"[^，,；;。]*?(?:评估(?:价值|价格|值)|价值补偿(?:金额|额)?|房屋价值)"
                 r"(?:[（(](?:[^（）()]|[（(][^（）()]*[）)]){1,30}[）)])?")
        self.percent = re.compile(  # 评估价值的6% / 房屋价值补偿金额的7% / 被征收房屋价值的5%
            # (评估价值（不含保底部分）的8%: a bracketed note between the value and its share,
            # itself perhaps holding a bracket: （含按本方案第二条第（二）项补足面积的部分）)
            rf"({value})的({NUMBER})%")
        # 按其房屋价值补偿金额的一定比例给予签约奖励：…签约的，奖励6%；…奖励4%: the value a
        # sentence's shares are of, named once before the shares printed alone
        self.share_base = re.compile(rf"({value})的(?:一定|相应)?比例")
        self.bare_share = re.compile(rf"(?<![的\d.])({NUMBER})%")
        # 评估单价低于3000元/平方米的，按3000元/平方米计算: a floor on the price per m²
        self.price_floor = re.compile(
            rf"(?P<what>[^，,；;。]*?单价)(?:不足|低于|少于)({NUMBER})元/{area}的?[，,]?"
            rf"按({NUMBER})元/{area}")
        self.max_days = re.compile(rf"(?:不超过|最多|最长)({NUMBER})(?:天|日)")
        self.times = re.compile(  # …的计发2次 / 每平方米25元计发1次 (a count with no condition)
            rf"([^，,。；;（(\d]*?)的?(?<!\d)(?:计发|发放|支付)({NUMBER})次")
        # 每平方米25元一次性计发: paid once (not 一次性计发3个月, a count of months)
        self.once = re.compile(
            rf"{NUMBER}万?元(?:/[^，,。；;\d]{{1,6}})?(?P<once>一次性)(?:计发|发放|支付|给予|发给)"
            rf"(?![\d一二三四五六七八九十])")
        self.months = re.compile(  # 计发4个月 / 按过渡期18个月一次性计发 / 过渡期暂定18个月
            rf"([^，,。；;（(]*?)的?(?:(?:计发|发放|支付|计算|按|为)(?:过渡期)?"
            rf"|[，,]?过渡期(?:暂定|暂按|暂为|定为|为|按)?)({NUMBER})个月"
        )
        # 签约, or the agreement signed in words (签订协议, 签订补偿安置协议, 签署征收补偿协议)
        signed = r"(?:签约|签[订署][\u4e00-\u9fff]{0,6}?协议)"
        self.day_window = re.compile(
            rf"第({NUMBER})(?:日|天)?(?P<span>起)?(?:至|到|-|—|～)?第?({NUMBER})(?:日|天)(?:内|以内)?"
            rf"(?:[（(][^）)]*[）)])?"  # 第1日至第20日（2021年12月6日至12月25日）签约…
            rf"(?:完成)?{signed}(?:并[^，,；;。\d的]*)?的?[，,]?(?P<use>非住宅|住宅)?"
        )
        # a later window of the same list, printed without 签约 (…签约并搬迁的每户12000元；
        # 第11日至第25日的每户6000元): read only after a window that says 签约
        self.bare_window = re.compile(
            rf"第({NUMBER})(?:日|天)(?:至|到|-|—|～)第?({NUMBER})(?:日|天)(?:内|以内)?的?[，,]?"
            rf"(?P<use>非住宅|住宅)?"
        )
        self.each_day_early = re.compile(  # 每提前1天奖励每户250元: a reward per day early
            r"每提前1(?:天|日)(?:签约)?(?:奖励|补助|增加)?"
        )
        self.each_day_late = re.compile(  # 此后每晚1日签约，奖励减少600元: less per day later
            rf"每(?:晚|推迟|延后|延迟|迟)[1一](?:天|日)(?:签约)?[，,]?(?:奖励|奖金)?"
            rf"(?:减少|递减|扣减|少)(?P<amount>{NUMBER})(?P<wan>万)?元"
        )
        date = r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"
        self.date_range = re.compile(rf"{date}(?:至|到|-|—|～){date}")
        # 2021年11月15日至11月30日签约的, or from the first day: 2023年11月6日（含）以前签约的
        self.date_window = re.compile(
            rf"(?:{date}(?:至|到|-|—|～){date}(?:内|以内|期间)?"  # 在6月1日至6月15日期间签约的
            rf"|{date}(?:[（(]含[）)])?(?:以前|之前|前))"
            rf"(?:[（(]第[^）)]*[）)])?"  # 2024年1月22日至2月4日（第1日至第14日）签约：
            rf"(?:完成)?{signed}(?:并[^，,；;。\d]*)?的?[，,：:]?(?P<use>非住宅|住宅)?"
        )
        self.spread = re.compile(  # 每平方米分别奖励60元、40元 / 分别按建筑面积每平方米80元、150元
            rf"(?:每(?P<per_what>{per}))?分别(?:[按以](?:建筑面积)?)?(?:奖励|补助|补偿|给予)?"
            rf"(?:每(?P<each>{per}))?"
            rf"(?P<amounts>{NUMBER}元(?:[、，,]{NUMBER}元)+)"
        )
        # 按简易、普通、精装修三个档次 / 分简装、中装、精装三档: the levels a 分别 list is
        # for, counted when the count is printed (a level may end with 档 itself), else up to 档次
        names = r"([\u4e00-\u9fff]{1,6}?(?:、[\u4e00-\u9fff]{1,6}?)+?)"
        self.levels = (re.compile(rf"[按分]{names}[一二三四五六七八九十]个?(?:档次|等级|档|类)"),
                       re.compile(rf"[按分]{names}(?:档次|等级|档|类)"))
        self.uses = re.compile("|".join(re.escape(word) for word in terms.words("use")) or "(?!)")
        # 货币补偿1次，产权调换2次: a count after the settlement mode it is for, without a verb
        modes = "|".join(re.escape(word) for word in terms.words("settlement")) or "(?!)"
        self.times_by_mode = re.compile(
            rf"((?:{modes})[\u4e00-\u9fff]{{0,4}}?)(?<![计发放支付])(?:为|的)?({NUMBER})次")
        self.days_early = re.compile(
            rf"提前({NUMBER})(?:天|日)(?:以上|及以上)?(?:签约|搬迁)[^，,；;。\d]*?[，,]?"
        )
        # 不足45平方米、且…无其他住房的，按45平方米计算 / …的，以50平方米作为保底面积计算 /
        # …不足40平方米的，其房屋价值补偿面积一律补足至40平方米: the curated verbs of a floor
        floor_verbs = "|".join(re.escape(word) for word in terms.words("floor_verb")) or "(?!)"
        self.area_floor = re.compile(
            rf"(?P<below>不足|小于|低于)({NUMBER}){area}(?:(?:、|[，,]?且)[^，,。；;]{{1,30}}?)?"
            rf"(?:的)?[，,]?"
            rf"(?:[^，,。；;\d]{{0,14}}?)(?:{floor_verbs})(?:建筑面积)?({NUMBER}){area}"
        )
        # 家庭人口在3人及以下 / 家庭人口在3人（含3人）以下 / 家庭在册人口4人及以上
        self.persons = re.compile(
            r"家庭(?:在册)?人口(?:在)?(\d+)人(?:[（(]含\d+人[)）])?[^，,]*?(及以下|及以上|以下|以上)")
        self.of_standard = re.compile(
            rf"(?P<use>非住宅|住宅)[\u4e00-\u9fff]{{0,10}}?按(?:上述|以上|前述)?标准的"
            rf"(?P<share>{NUMBER})%")
        self.same_share = re.compile(rf"(?<![的\d.])按({NUMBER})%(?:计发|给予|奖励|计算|补偿)")
        self.same_standard = re.compile(r"按(?:上述|以上|前述|同一)(?:标准|办法)")
        self.share = re.compile(rf"公摊系数低于或等于({NUMBER})%的[，,]按\1%的公摊系数计算")
        # 临街门面二层及以上按一层单价的50%计算: a price as a share of another one printed
        self.share_of_price = re.compile(
            rf"(?P<what>[^，,；;。：:\d]{{2,16}}?)按(?P<of>[^，,；;。\d]{{1,8}}?)(?:的)?(?:单价|价格)的"
            rf"(?P<share>{NUMBER})%(?:计算|计)?")
        # A swap's settlement prices: the part of the new home equal to the old one's area, and
        # the part above it up to N m² (安置房面积超出被征收房屋建筑面积10平方米以内的部分，按…)
        self.equal_part = re.compile(  # …面积相等的部分 / 在被征收…面积以内的部分 /
            # 安置房面积不超过被征收住宅建筑面积的部分
            r"(?:(?:与|和)[^，,；;。\d]{1,16}?面积相等|等面积|面积相等"
            r"|在[^，,；;。\d]{1,16}?面积(?:以内|之内|范围内)"
            r"|(?:不超过|未超过|不大于)[^，,；;。\d]{1,16}?面积(?:以内|之内|范围内)?)的?部分[，,]?")
        included = rf"(?:[（(]含(?:{NUMBER}{area})?[)）])?"  # （含） / （含5平方米）
        self.excess_part = re.compile(
            rf"超(?:出|过)(?:[^，,；;。\d]{{0,16}}?(?:在)?({NUMBER}){area}{included}"
            rf"(?:以内|及以下|以下){included}的?部分|部分(?:在)?({NUMBER}){area}{included}"
            rf"(?:以内|及以下|以下){included}的?(?:按)?)[，,]?")  # 8平方米以内（含）的部分
        # and the part beyond that bound (超出5平方米以上的部分，按…)
        self.beyond_part = re.compile(
            rf"超(?:出|过)[^，,；;。\d]{{0,16}}?({NUMBER}){area}以上的?部分[，,]?")
        # the old home's area a comparison refers to (与被征收住宅建筑面积相等): no use of the rate
        self.reference = re.compile(
            r"(?:与|和|超出|超过)被征收[\u4e00-\u9fff]{0,4}?(?:建筑)?面积")
        # a fee named after its amount (…每平方米50元给予拆除补助), and what the sentence says
        # is not compensated (无合法手续的搭建房屋不予补偿): the thing that fee is for
        suffixes = "|".join(re.escape(word) for word in terms.words("category_suffix")) or "(?!)"
        self.fee_after = re.compile(
            rf"(?:给予|发放|发给|支付)(?P<fee>[\u4e00-\u9fff]{{1,8}}?(?:{suffixes}))"
            r"(?=[，,；;。]|$)")
        self.refused = re.compile(
            r"(?P<whole>(?:[^，,；;。]*?的)?(?P<thing>[\u4e00-\u9fff]{2,10}?))不予(?:补偿|补助)")
        self.bare_unit: str | None = None  # the unit of an amount printed as 元 alone, if known
        # An area band as a whole cell: 50平方米（含）以下 / 50平方米以上至90平方米（含） /
        # 90平方米以上 / 60（不含）-100平方米 / 超过100平方米 / 不足40平方米 / 40-60平方米 /
        # 超过60平方米、不超过120平方米
        unit = f"{area}?"
        whole = rf"{NUMBER}(?![\d.])"  # a number is not split in two ends
        low = (rf"(?:(?P<low>{whole}){unit}(?P<low_in>（含）|及)?(?:（不含）)?(?:以上|起)"
               rf"|(?:超过|超出|大于|高于)(?P<above>{whole}){unit}"
               rf"|(?P<from>{whole}){unit}(?P<from_in>（含）)?(?:（不含）)?)")
        high = (rf"(?:(?P<high>{whole}){unit}(?:（含）|及)?(?:以下|以内)"
                rf"|(?:不超过|不大于)(?P<most>{whole}){unit}"
                rf"|(?:不足|低于|小于|未满)(?P<below>{whole}){unit}"
                rf"|(?P<upto>{whole}){unit}(?P<upto_out>（不含）)?(?:（含）)?)")
        self.band = re.compile(
            rf"(?:被征收)?(?:[\u4e00-\u9fff]{{0,3}}建筑面积|面积)?(?:在)?"
            rf"{low}?(?P<to>[，,、]?(?:至|到|-|—|～|~|－)|[，,、](?=不超过|不大于|不足|低于|小于|未满))?"
            rf"{high}?(?:的)?")  # 超过60平方米、不超过120平方米: a comma before a worded bound

    def qualify(self, text: str, rates: list[Rate]) -> None:
        """Give each rate of a sentence the use and settlement mode its clause opens with (and a
        price by structure the 成套 or 非成套 its clause opens with).

        选择产权调换的住宅，按每户每月1000元计发 binds 住宅 and 产权调换 to 1000; a clause that
        names neither keeps the previous clause's (…；逾期未交房的，自逾期之月起按每户每月1500元),
        one that names its own replaces them (住宅每户每次1500元；非住宅按…，最高不超过10000元).
        A clause without an amount or rate (the item's name: （二）搬迁费。…; a count: 住宅42户、
        非住宅6户) changes nothing. What a rate's own label or condition says is kept.

        A clause naming one use and no amount (非住宅装饰装修以评估价值为准) leaves that use out:
        when the sentence's amounts name one other use only (住宅每户最高不超过30000元), the rates
        naming none (简易装修60元/m²…) are that use's.
        """
        use = settlement = None
        start = 0
        silent: set[str] = set()  # uses named by clauses without an amount
        shared: set[str] = set()  # settlements paid 按上述标准: the rates named for another
        text = self.reference.sub(lambda found: "□" * len(found[0]), text)
        for end in [*self._clause_ends(text), len(text)]:
            if not (self.money.search(text, start, end)
                    or any(start <= rate.at < end for rate in rates)):
                named = {self.terms.value("use", found[0])
                         for found in self.uses.finditer(text, start, end)}
                if len(named) == 1 and not re.search(r"\d", text[start:end]):
                    silent |= named
                start = end + 1
                continue
            lead = re.split(r"\d", text[start:end], maxsplit=1)[0]
            # a sentence of its own naming no use, after sentences naming several, counts the
            # times or months of each (住宅按每户…；非住宅按每平方米20元计发。选择货币补偿的计发
            # 1次…); after sentences naming one use, of that use
            counts_for_all = (start > 0 and text[start - 1] == "。"
                              and not self.uses.search(text, start, end)
                              and len({self.terms.value("use", found[0])
                                       for found in self.uses.finditer(text, 0, start)}) > 1)
            use = self.terms.value("use", lead) or (None if counts_for_all else use)
            settlement = self.terms.value("settlement", lead) or settlement
            suite = self.terms.value("suite", lead)  # 非成套住宅：砖混结构3560元/平方米，…
            for rate in rates:
                if counts_for_all and start <= rate.at < end and rate.basis in ("times", "months"):
                    rate.settlement = rate.settlement or settlement
                    continue
                if start <= rate.at < end:
                    # the use printed nearest before the amount (…签约的，住宅按每平方米100元)
                    nearest = [found for found in self.uses.finditer(text, start, rate.at)]
                    rate.property_use = rate.property_use or (
                        self.terms.value("use", nearest[-1][0]) if nearest else use)
                    rate.settlement = rate.settlement or settlement
                    if rate.structure and suite and rate.suite is None:
                        # a price by structure of the clause's 成套 or 非成套, named with it
                        rate.suite = suite
                        if rate.item == rate.structure:
                            rate.item = f"{suite}{rate.property_use or ''}{rate.item}"
            if settlement and (self.same_standard.search(text, start, end)
                               or self._months_alone(text, start, end, rates, lead)):
                shared.add(settlement)
            start = end + 1
        self._share_the_standard(rates, shared)
        given = {rate.property_use for rate in rates if rate.property_use}
        if silent and len(given) == 1 and not given & silent:
            for rate in rates:
                rate.property_use = rate.property_use or next(iter(given))

    def _months_alone(self, text: str, start: int, end: int, rates: list[Rate],
                      lead: str) -> bool:
        """A clause naming its own settlement that gives months and no amount (选择货币补偿的住宅，
        一次性计发4个月临时安置费): those months are paid at the rate printed for another
        settlement, as 按上述标准 says."""
        return (self.terms.value("settlement", lead) is not None
                and not self.money.search(text, start, end)
                and any(start <= rate.at < end and rate.basis == "months" for rate in rates))

    @staticmethod
    def _share_the_standard(rates: list[Rate], shared: set[str]) -> None:
        """选择产权调换的，按每平方米每月12元计发…；选择货币补偿的，按上述标准一次性计发4个月: the
        rate and its bounds hold for both settlements; only the months or times stay each one's."""
        if not shared:
            return
        for rate in rates:
            if rate.settlement and rate.settlement not in shared \
                    and rate.basis not in ("times", "months"):
                rate.settlement = None

    @staticmethod
    def _clause_ends(text: str) -> list[int]:
        """Offsets of the clause separators ；。 outside brackets."""
        ends, depth = [], 0
        for index, char in enumerate(text):
            depth += char in "（("
            depth -= char in "）)"
            if depth <= 0 and char in "；;。":
                ends.append(index)
        return ends

    # -- helpers -------------------------------------------------------------------------
    def area_band(self, text: str) -> tuple[float | None, float | None, str] | None:
        """(from m², to m², bounds) of an area band printed as a whole cell, or None.

        The bounds are interval notation: 50平方米（含）以下 is (None, 50, "(]"), 50平方米以上至
        90平方米（含） is (50, 90, "(]"), 50平方米（含）以上 is (50, None, "[]"). 以上 and 超过
        leave the bound to the band below; （含）, 及, 以下, 以内, 不超过 include it; 不足, 低于,
        （不含） exclude it.
        """
        match = self.band.fullmatch(text)
        if match is None:
            return None
        lower = match["low"] or match["above"] or match["from"]
        upper = match["high"] or match["most"] or match["below"] or match["upto"]
        worded = any(match[name] for name in ("low", "above", "high", "most", "below"))
        if not (worded or (match["from"] and match["upto"] and match["to"])) or (
                lower and upper and float(lower) >= float(upper)):
            return None  # a bare number is no band; a bare range needs its dash
        low_in = bool(match["low_in"] or match["from_in"])
        high_in = not (match["below"] or match["upto_out"])
        return (number(lower) if lower else None, number(upper) if upper else None,
                ("[" if low_in else "(") + ("]" if high_in else ")"))

    def unit_of(self, match: re.Match) -> str:
        what = match["per_what"] or match["unit"]
        time = match["per_time"] or match["pre_time"] or match["time"]  # …每月 / 每月每平方米
        if not what:
            return self.bare_unit or "元"
        what = self.terms.value("unit", what) or what
        time = self.terms.value("unit", time) if time else None
        return f"元/{what}" + (f"·{time}" if time else "")

    def describe(self, label: str, use: str | None = None) -> dict[str, Any]:
        """Use, 成套/非成套 and structure named in an item label."""
        return {
            "property_use": use or self.terms.value("use", label),
            "suite": self.terms.value("suite", label),
            "structure": self.terms.value("structure", label),
        }

    # -- reading -------------------------------------------------------------------------
    def read(
        self, text: str, *, use: str | None = None, subject: str = "", fallback: str = "",
        bare_unit: str | None = None,
    ) -> list[Rate]:
        """Every rate in one squeezed sentence or cell.

        `use` is the property use a table row gives (住宅/非住宅); `subject` is the label printed
        before the line's colon (天然气表：住宅3800元/户…); `fallback` names an amount printed with
        no label at all (a table cell: 每户每月800元); `bare_unit` is the unit of an amount printed
        as 元 alone (a column headed 每户奖励金额: 元/户).
        """
        self.bare_unit = bare_unit
        for signed, worded in self.signed_bands:
            text = signed.sub(worded, text)
        text = self.monthly_formula.sub(r"\1·月", text)
        rates: list[Rate] = []
        taken: set[int] = set()  # start offsets of money amounts explained by a part
        prefix = use or ""
        text = self._last_days(text)  # 签约期最后15日签约 (of 45) → 第31日至第45日
        text = _FIRST_DAYS.sub(r"第1日至第\1日", text)  # 签约期限前10日内签约 → 第1日至第10日内
        text = self._named_areas(text)  # 基数面积60平方米…超出基数面积的部分 → 超出60平方米的部分

        for match in self.percent.finditer(text):
            rates.append(
                Rate(
                    f"{prefix}评估价值比例",
                    number(match[2]),
                    "%",
                    "percent_of_assessed_value",
                    property_use=use,
                    condition=match[1],
                    at=match.start(2),
                )
            )
        rates += self._shares_of_a_base(text, use)
        shares = [rate for rate in rates if rate.basis == "percent_of_assessed_value"]
        for match in self.same_share.finditer(text):
            # …的10%计发；第11日至第20日…签约的，按7%计发: the same base, another share
            if shares and match.start() > shares[0].at:
                rates.append(Rate(shares[0].item, number(match[1]), "%",
                                  "percent_of_assessed_value", property_use=use,
                                  condition=shares[0].condition, at=match.start(1)))
        for match in self.price_floor.finditer(text):
            rates.append(
                Rate(
                    "保底单价",
                    number(match[3]),
                    "元/m²",
                    "minimum_amount",
                    property_use=use or self.terms.value("use", match["what"]),
                    condition=match[0],
                    at=match.start(3),
                )
            )
            taken.update(self._amounts_in(text, match.start(), match.end()))
        for match in self.floor.finditer(text):
            # 每户每月不足700元的按700元: a floor on each month's amount
            monthly = _monthly_bound(text[: match.start()], "")
            rates.append(
                Rate(
                    f"{prefix}最低补助",
                    yuan(match[4], match[5]),
                    monthly or "元",
                    "minimum_amount",
                    property_use=use,
                    condition=f"{match['below']}{match[2]}{match[3] or ''}元的",
                    at=match.start(4),
                )
            )
            taken.update(self._amounts_in(text, match.start(), match.end()))
        for match in self.least.finditer(text):
            rates.append(
                Rate(
                    f"{prefix}最低补助",
                    yuan(match[1], match[2]),
                    _bound_unit(text[: match.start()]),  # 每户每月不低于800元: each month's
                    "minimum_amount",
                    property_use=use,
                    condition=match[0],
                    at=match.start(1),
                )
            )
            taken.update(self._amounts_in(text, match.start(), match.end()))
        for match in self.cap_as_floor.finditer(text):
            # 每户每月不足600元的按600元计发，超过1500元的按1500元计发: the month's cap
            monthly = _monthly_bound(text[: match.start()], "[^。；;]*", "[^。]*")
            rates.append(
                Rate(
                    f"{prefix}最高金额",
                    yuan(match[3], match[4]),
                    monthly or "元",
                    "maximum_amount",
                    property_use=use,
                    condition=match[0],
                    at=match.start(3),
                )
            )
            taken.update(self._amounts_in(text, match.start(), match.end()))
        caps = sorted([*self.cap.finditer(text), *self.cap_after.finditer(text)],
                      key=lambda found: found.start(1))
        for match in caps:
            if self._amount_at(text, match.start(1)) in taken:
                continue
            rates.append(
                Rate(
                    f"{prefix}最高金额",
                    yuan(match[1], match[2]),
                    _bound_unit(text[: match.start()]),  # 每户每月不低于800元、不高于1500元
                    "maximum_amount",
                    property_use=use,
                    condition=match[0],
                    at=match.start(1),
                )
            )
            taken.update(self._amounts_in(text, match.start(), match.end()))
        for match in self.of_standard.finditer(text):
            # 非住宅签约腾房奖励按上述标准的50%计发: that use is paid a share of the rule above
            rates.append(Rate("按上述标准比例", number(match["share"]), "%", "ratio",
                              property_use=match["use"], condition=match[0], at=match.start(
                                  "share")))
        for match in self.share.finditer(text):
            rates.append(
                Rate(
                    "公摊系数",
                    number(match[1]),
                    "%",
                    "ratio",
                    category=self.terms.value("category", match[0]),
                    property_use=use or "住宅",
                    condition=f"公摊系数低于或等于{match[1]}%",
                    at=match.start(1),
                )
            )
        rates += self._area_floors(text, use)
        rates += self._swap_prices(text, use, taken)
        rates += self._stepped(text, use, taken)
        self._part_steps(rates)
        rates += self._counts(text, use)
        self.window_spans = []
        rates += self._signing_rewards(text, use, taken)
        self._plain(text, use, subject, fallback, taken, rates)
        self._bind_to_windows(rates)
        if any(rate.basis == "times" for rate in rates):  # 每户1300元，计发2次: paid per time
            for rate in rates:
                if rate.basis == "per_household":
                    rate.unit, rate.basis = "元/户·次", "per_household_per_time"
        days = self.max_days.search(text)
        if days:
            for rate in rates:
                if rate.basis.endswith("_per_day") and rate.max_days is None:
                    rate.max_days = int(days[1])
        rates += self._shares_of_a_price(text, rates)
        return rates

    def _shares_of_a_base(self, text: str, use: str | None) -> list[Rate]:
        """The shares printed alone (奖励6%) after the value they are of is named with no figure
        (按其房屋价值补偿金额的一定比例给予…): each a share of that value."""
        base = self.share_base.search(text)
        if base is None:
            return []
        return [Rate(f"{use or ''}评估价值比例", number(share[1]), "%",
                     "percent_of_assessed_value", property_use=use, condition=base[1],
                     at=share.start(1))
                for share in self.bare_share.finditer(text, base.end())]

    def _last_days(self, text: str) -> str:
        """The last N days of a signing period of known length, as the days they are
        (签约期最后15日签约的, 签约期满前10天内签约的: of 45 days, 第31日至第45日)."""
        if not self.signing_days:
            return text
        total = self.signing_days
        return _LAST_DAYS.sub(lambda found: f"第{total - int(found[1]) + 1}日至第{total}日"
                              if int(found[1]) < total else found[0], text)

    def _named_areas(self, text: str) -> str:
        """An area the sentence names and then refers to by its name (以基数面积60平方米（含）
        计补助…；超出基数面积的部分，每1平方米加计…), each reference read as the area it names
        (超出60平方米的部分)."""
        def area(found: re.Match) -> str:
            named = re.search(rf"{re.escape(found['name'])}(?:为|是|按)?({NUMBER})({self.area})",
                              text[: found.start()])
            return f"{found['verb']}{named[1]}{named[2]}" if named else found[0]

        return _AREA_REFERENCE.sub(area, text)

    def _shares_of_a_price(self, text: str, rates: list[Rate]) -> list[Rate]:
        """A price printed as a share of another of the sentence (临街门面二层及以上按一层单价
        的50%计算 after 临街门面（一层）7200元/平方米): that price times the share, its rule
        kept as the condition."""
        derived = []
        for match in self.share_of_price.finditer(text):
            named = [rate for rate in rates if rate.at < match.start() and rate.unit == "元/m²"
                     and match["of"] in f"{rate.item}{rate.condition or ''}"]
            if not named:
                continue
            price = named[-1]
            amount = price.amount * number(match["share"]) / 100
            derived.append(replace(
                price, item=match["what"], amount=int(amount) if amount == int(amount) else amount,
                condition=match[0], at=match.start("share")))
        return derived

    def _amount_at(self, text: str, start: int) -> int:
        """Offset of the money match that covers `start` (or -1)."""
        for match in self.money.finditer(text):
            if match.start("amount") <= start < match.end():
                return match.start()
        return -1

    def _amounts_in(self, text: str, start: int, end: int) -> set[int]:
        return {
            match.start()
            for match in self.money.finditer(text)
            if start <= match.start("amount") < end
        }

    def _area_floors(self, text: str, use: str | None) -> list[Rate]:
        found = []
        eligible = re.search(r"范围内的([^，,]+?家庭)", text)
        for match in self.area_floor.finditer(text):
            persons = None
            for person in self.persons.finditer(text, 0, match.start()):
                persons = person
            clause_start = persons.start() if persons else match.start()
            condition_text = text[clause_start : match.end(2)]
            unit_after = re.match(self.area, text[match.end(2) :])
            if unit_after:
                condition_text += unit_after[0]
            at_most = persons is not None and persons[2].endswith("以下")
            count = int(persons[1]) if persons else None
            sentence = text.rfind("。", 0, match.start()) + 1  # its own sentence names its use
            found.append(
                Rate(
                    "保底补偿面积",
                    number(match[3]),
                    "m²",
                    "area_floor",
                    property_use=use or self.terms.value("use", text[sentence : match.end()])
                    or self.terms.value("use", text[: match.end()]) or "住宅",
                    suite=self.terms.value(
                        "suite", text[self._clause_start(text, 0, match.start()) : match.start()]),
                    condition="，".join(
                        part for part in (eligible and eligible[1], condition_text) if part
                    ),
                    min_persons=None if at_most or count is None else count,
                    max_persons=count if at_most else None,
                    # 房屋价值补偿按42平方米计算 / …按45平方米计算房屋价值补偿: the category the
                    # minimum area is for, named before its verb (a category after it may be one
                    # the floor does not raise: 补足部分不再另行计算装饰装修补偿)
                    category=self.terms.value("category", text[match.end(2) : match.start(3)])
                    or self.terms.value("category", text[match.end() :]),
                    at=match.start(3),
                )
            )
        return found

    def _stepped(self, text: str, use: str | None, taken: set[int]) -> list[Rate]:
        """A base within an area threshold and a step per extra area, printed together."""
        found = []
        for step in self.step.finditer(text):
            after = self.money.match(text, step.end())
            before = [m for m in self.base.finditer(text, 0, step.start())]
            if before:  # 70m²以内的，每户1200元；超过70m²的，每增加1m²增加15元
                base_money = self.money.search(text, before[-1].end(), step.start())
                threshold = number(before[-1][1])
                condition = text[before[-1].start() : before[-1].end()].rstrip("，,的")
            else:  # 住宅每户每次1500元；建筑面积超过80平方米的，超过部分每平方米加发10元
                earlier = list(self.money.finditer(text, 0, step.start()))
                base_money = earlier[-1] if earlier else None
                threshold = number(step["t1"] or step["t2"])
                condition = f"{threshold}m²以内"
            if not (after and base_money):
                continue
            step_m2 = step["step"] or step["each"] or "1"
            base_unit = self.unit_of(base_money)
            base_basis = basis_of(base_unit, "per_household")
            if base_basis is None:
                continue
            prefix = use or ""
            found.append(
                Rate(
                    f"{prefix}基本",
                    yuan(base_money["amount"], base_money["wan"]),
                    base_unit,
                    base_basis,
                    property_use=use,
                    condition=condition,
                    threshold_m2=threshold,
                    at=base_money.start("amount"),
                )
            )
            found.append(
                Rate(
                    f"{prefix}超出面积递增",
                    yuan(after["amount"], after["wan"]),
                    base_unit,
                    "per_step_above_threshold",
                    property_use=use,
                    condition=f"{step['threshold_text']}每增加{step_m2}m²",
                    threshold_m2=number(step["t1"] or step["t2"]),
                    step_m2=number(step_m2),
                    at=after.start("amount"),
                )
            )
            taken.update({base_money.start(), after.start()})
        return found

    @staticmethod
    def _part_steps(rates: list[Rate]) -> None:
        """A minimum area printed after a step of as many m² (每超过10m²增加150元（不足10m²的
        按10m²计）) is no minimum area of the house: a part step counts as a whole one. Its row
        keeps basis area_floor and takes the step's step_m2, which the estimator reads as
        rounding the steps up."""
        steps = [rate for rate in rates if rate.basis == "per_step_above_threshold"]
        for rate in rates:
            step = next((step for step in steps if rate.basis == "area_floor"
                         and step.at < rate.at and step.step_m2 == rate.amount), None)
            if step is not None:
                rate.item = f"超出部分不足{rate.amount:g}m²按{rate.amount:g}m²计"
                rate.step_m2, rate.threshold_m2 = step.step_m2, step.threshold_m2
                rate.category = None

    def _counts(self, text: str, use: str | None = None) -> list[Rate]:
        """计发N次 / 计发N个月, each with the condition printed before it (and the use of the
        cell it is printed in); an amount paid 一次性 (每平方米25元一次性计发) is paid once."""
        found = []
        for pattern, unit, basis in ((self.times, "次", "times"), (self.months, "月", "months")):
            for match in pattern.finditer(text):
                # 每平方米25元计发1次: the unit before the count is no condition
                printed = re.sub(r"^元(?:/[^的]*)?", "", match[1] or "")
                condition = self.terms.strip_fillers(printed) or None
                found.append(
                    Rate(
                        "计发次数" if basis == "times" else "计发月数",
                        number(match[2]),
                        unit,
                        basis,
                        property_use=use,
                        condition=condition,
                        at=match.start(2),
                    )
                )
        counted = {rate.at for rate in found}
        for match in self.times_by_mode.finditer(text):
            if match.start(2) not in counted:  # 产权调换的计发2次 is read above
                found.append(Rate("计发次数", number(match[2]), "次", "times", property_use=use,
                                  condition=match[1], at=match.start(2)))
        for match in self.once.finditer(text):
            found.append(Rate("计发次数", 1, "次", "times", property_use=use,
                              condition=match["once"], at=match.start("once")))
        return found

    def _swap_prices(self, text: str, use: str | None, taken: set[int]) -> list[Rate]:
        """A swap's prices per m² of the new home: for the part equal to the old home's area
        (…面积相等的部分，按每平方米3300元结算), for the part above it up to N m² (超出面积在
        15平方米以内的部分按4050元/m²结算) and beyond that (超出15平方米以上的部分), in the same
        clause."""
        found = []
        for pattern in (self.equal_part, self.excess_part, self.beyond_part):
            for part in pattern.finditer(text):
                money = self.money.search(text, part.end())
                if money is None or re.search(r"[；;。]", text[part.end() : money.start()]):
                    continue
                unit = self.unit_of(money)
                if unit != "元/m²":
                    continue
                within = (number(part[1] or part[2]) if pattern is self.excess_part
                          else None)  # 超出…10m²以内的部分 / 超出部分在10m²以内的
                if pattern is self.beyond_part:
                    item = f"超出面积{number(part[1])}m²以上部分"
                else:
                    item = "等面积部分" if within is None else f"超出面积{within}m²以内部分"
                found.append(
                    Rate(
                        item,
                        yuan(money["amount"], money["wan"]),
                        unit,
                        "per_m2",
                        category=self._swap_category(text[: part.start()]),
                        property_use=use,
                        condition=part[0].rstrip("，,按"),
                        excess_up_to_m2=within,
                        at=money.start("amount"),
                    )
                )
                taken.add(money.start())
        return found

    def _swap_category(self, before: str) -> str | None:
        """The category of a swap's price: that of the settlement mode printed last before it,
        when a curated category bears the mode's name (也可以选择房屋产权调换。…相等的部分按…:
        产权调换), else None (the heading's)."""
        modes = self.terms.words("settlement")
        printed = [found[0] for found in re.finditer(
            "|".join(map(re.escape, modes)) or "(?!)", before)]
        categories = dict(self.terms.by_role.get("category", []))
        return categories.get(printed[-1]) if printed else None
    def _plain(
        self,
        text: str,
        use: str | None,
        subject: str,
        fallback: str,
        taken: set[int],
        rates: list[Rate],
    ) -> None:
        """Amounts with a unit and the label printed before them (住宅3800元/户、中装…110元/m²).

        An amount without a unit that no part explained is left out; the parser's check that
        every printed amount gave a rate puts its line in the review report.
        """
        piece_start = 0
        carried = ""
        for match in self.money.finditer(text):
            start = match.start()
            unit = self.unit_of(match)
            if start in taken or unit not in BASIS_BY_UNIT:  # 元 alone, 元/人·日 …: unread
                piece_start = self._after_separator(text, match.end())
                continue
            piece_start = max(piece_start, self._clause_start(text, piece_start, start))
            printed = re.sub(r"^[（(][一二三四五六七八九十\d]+[)）]", "", text[piece_start:start])
            printed = printed or self._colon_label(text, piece_start)  # …；三相电表：2200元/户
            label = _without_description(self.terms.strip_fillers(printed))
            lead, by, rest = label.rpartition("按")  # 房屋装修按照简装100元/m² → 简装
            if by and len(rest.removeprefix("照")) >= 2:
                label = self.terms.strip_fillers(rest.removeprefix("照"))
                subject = subject or lead
            rate, own = self._labelled(label, carried, subject, fallback, use, unit, match)
            self._named_before(text, piece_start, printed, rate)
            self._fee_named_after(text, match, rate)
            # 50平方米至90平方米（含）的每户每月800元: an amount for the area band its label is
            band = self.area_band(rate.item) if not rate.structure else None
            if (band is None and rate.basis in ("per_household", "per_household_per_time")
                    and rate.threshold_m2 is None):
                band = self._band_before(text, start)  # 60平方米以下的，每户奖励20000元
            if band is not None:
                rate.area_from_m2, rate.area_to_m2, rate.area_bounds = band
            elif rate.basis == "per_household" and rate.condition is None:
                rate.condition = self._eligibility_before(text, piece_start)
            rates.append(rate)
            if own:
                carried = own
            piece_start = self._after_separator(text, match.end())

    def _colon_label(self, text: str, clause: int) -> str:
        """The label a clause of its own prints before its colon, when its amount follows the
        colon at once (水表：1000元/户；电表：700元/户 — the second amount's label is 电表); a use
        (…。非住宅：每平方米15元) is the rate's use, no label; else ""."""
        if clause < 2 or text[clause - 1] not in "：:":
            return ""
        opened = max(text.rfind(mark, 0, clause - 1) for mark in "；;。") + 1
        label = text[opened:clause - 1]
        if not opened or not 2 <= len(label) <= 12 or re.search(r"[\d，,]", label):
            return ""
        return "" if label in self.terms.words("use") else label

    def _eligibility_before(self, text: str, clause: int) -> str | None:
        """Who a household's amount is for, printed as the clause before it (被征收人属于最低生活
        保障对象的，每户另行给予困难补助10000元 / 全部被征收人均签约的，每户另行奖励5000元):
        a clause ending with 的 in the same sentence (with the clause it goes on with 且, and
        perhaps the fee's name after it: …无其他住房，且…不足40平方米的，另给予住房困难补助，每户
        20000元), naming no settlement mode (选择货币补偿的 is the mode's)."""
        opened = max(text.rfind(mark, 0, clause) for mark in "；;。") + 1
        before = re.search(r"((?:[^，,；;。]{2,40}[，,](?=且|并|或))?[^，,；;。]{4,40}的)[，,]"
                           r"(?:[^，,；;。\d]{0,12}[，,])?\s*$", text[opened:clause])
        if before is None or self.terms.value("settlement", before[1]):
            return None
        return before[1]

    def _band_before(self, text: str, amount: int) -> tuple[float | None, float | None, str] | None:
        """The area band a sentence states before a household's amount, in its own clause
        (…建筑面积60平方米以下的，每户奖励20000元；60平方米及以上的，每户奖励30000元)."""
        opened = max(text.rfind(mark, 0, amount) for mark in "；;。") + 1
        # the clause before the amount's, a band whole (70平方米以上至130平方米（含）的，…)
        clauses = re.split(r"[，,：:]", text[opened:amount])
        if len(clauses) >= 2 and (whole := self.area_band(clauses[-2])) is not None:
            return whole
        bands = list(re.finditer(rf"{NUMBER}{self.area}(?:（含）|及)?(?:以下|以内|以上)",
                                 text[opened:amount]))
        return self.area_band(bands[-1][0]) if len(bands) == 1 else None

    @staticmethod
    def _named_before(text: str, clause: int, printed: str, rate: Rate) -> None:
        """An amount per household whose thing is printed as a clause of its own before it (水，
        一户一表的每户1000元；宽带，每户260元): that thing is the item, the words before the amount
        its condition (水（一户一表）)."""
        if rate.basis != "per_household" or clause < 2 or text[clause - 1] not in "，,":
            return
        if printed and not printed.endswith("的"):
            return
        opened = max(text.rfind(mark, 0, clause - 1) for mark in "；;：:。") + 1
        thing = text[opened : clause - 1]
        if not 1 <= len(thing) <= 10 or re.search(r"[\d的按对选补计给其凡]", thing):
            return
        condition = printed.removesuffix("的")
        rate.item = f"{thing}（{condition}）" if condition else thing
        rate.condition = None

    def _fee_named_after(self, text: str, match: re.Match, rate: Rate) -> None:
        """The fee printed after an amount (…每平方米50元给予拆除补助) is its category; the thing
        the sentence refuses compensation for (无合法手续的搭建房屋不予补偿) names its item
        (搭建房屋拆除补助), the clauses before the amount its condition."""
        fee = self.fee_after.match(text, match.end())
        suffixes = tuple(self.terms.words("category_suffix"))
        if fee is None or fee["fee"] in suffixes or rate.category:
            return
        rate.category = fee["fee"]
        sentence = text.rfind("。", 0, match.start()) + 1
        clause = self._clause_start(text, sentence, match.start())
        refused = [found for found in self.refused.finditer(text, sentence, clause)]
        if refused:
            rate.item = f"{refused[-1]['thing']}{fee['fee']}"
            after = text[refused[-1].end() : clause].lstrip("，,").rstrip("，,")
            rate.condition = "，".join(part for part in (refused[-1]["whole"], after) if part)
        elif not rate.item:
            rate.item = fee["fee"]

    def _labelled(
        self,
        label: str,
        carried: str,
        subject: str,
        fallback: str,
        use: str | None,
        unit: str,
        match: re.Match,
    ) -> tuple[Rate, str]:
        """The rate of one labelled amount, and the label's own subject for the next amount."""
        category = self.terms.find("category", label) or self.terms.find("category", subject)
        if category:  # 砖木搭建房屋评估价值咨询意见书 → the item 砖木搭建房屋 of 附属物评估
            label = self.terms.strip_fillers(label.removesuffix(category[0]))
            subject = self.terms.strip_fillers(subject.removesuffix(category[0]))
        # the structure of the label, else of the line's subject (钢混结构——非住宅（门市）7560元),
        # else the one the label ends with printed without 结构 (住宅：钢混3680元/㎡)
        structure = (self.terms.find("structure", label) or self.terms.find("structure", subject)
                     or self._unsuffixed_structure(label))
        own = label.replace(structure[0], "") if structure else label
        own = re.sub(r"[（(][）)]", "", own)  # 门市（框架结构） without its structure
        condition = None
        if subject and label in self.terms.words("use"):
            # 天然气表：住宅3800元/户，商业6500元/户 — the item is the subject, the word its use.
            item, own = subject, ""
            condition = None if label in ("住宅", "非住宅") else label
        elif structure and own and re.search(rf"[（(]{structure[0]}[)）]$", label):
            item = label  # 营业用房（砖混结构）: the use and its structure as printed
        elif own and not structure and re.search("单价|价格", subject) and \
                self.terms.value("use", subject) and not self.terms.value("use", own):
            item = f"{subject}{own}"  # 营业用房预评估单价：一层6480元 → 营业用房预评估单价一层
        else:
            item = (own or carried or subject or fallback) + (structure[0] if structure else "")
            if "的" in item and not structure:
                condition, item = item.rsplit("的", 1)
        item = item or use or (category[1] if category else "")
        described = self.describe(f"{item}{label}", use)
        if structure and not described["structure"]:  # 钢混 of 住宅钢混: printed without 结构
            described["structure"] = structure[1]
        rate = Rate(
            item,
            yuan(match["amount"], match["wan"]),
            unit,
            BASIS_BY_UNIT[unit],
            category=category[1] if category else None,
            condition=condition,
            at=match.start("amount"),
            **described,
        )
        return rate, own

    def _unsuffixed_structure(self, label: str) -> tuple[str, str] | None:
        """(as printed, structure) of a curated structure a label ends with, printed without
        结构 (钢混 → 钢混结构); a word merely opening with one (砖木搭建房屋) names none."""
        found = self.terms.find("structure", f"{label}结构")
        return (found[0].removesuffix("结构"), found[1]) if found else None

    @staticmethod
    def _clause_start(text: str, start: int, end: int) -> int:
        """After the last clause separator (，；：。 not 、) outside brackets in text[start:end]."""
        depth, found = 0, start
        for index in range(start, end):
            depth += text[index] in "（("
            depth -= text[index] in "）)"
            if depth <= 0 and text[index] in "，,；;：:。":
                found = index + 1
        return found

    @staticmethod
    def _after_separator(text: str, position: int) -> int:
        """Where the next amount's label starts: after the first separator past `position`."""
        depth = 0
        for index in range(position, len(text)):
            depth += text[index] in "（("
            depth -= text[index] in "）)"
            if depth <= 0 and text[index] in SEPARATORS:
                return index + 1
        return position


def _without_description(label: str) -> str:
    """A label without the description its brackets hold after a colon, nor the dash before
    its amount: A类（简单装修：水泥地面，墙面刷涂料）—— → A类（简单装修）; nor the bracket
    its amount is printed in (水表（1200元/户） → 水表)."""
    label = re.sub(r"(?:——|－－|—|－|[（(])$", "", label)
    return re.sub(r"（([^（）：:]+)[：:][^（）]*）", r"（\1）", label)


# the first N days of the signing period (签约期限前10日内签约的, 前15天签约的): days 1…N
_FIRST_DAYS = re.compile(
    r"(?:签约期限|签约期)?(?:开始后|起)?(?<!满)前(\d+)(?:日|天)(?=(?:内|以内)?签)")


# 超出基数面积的部分 / 超过基础面积的: an area referred to by its name, not its size
_AREA_REFERENCE = re.compile(
    r"(?P<verb>超出|超过|大于|高于)(?P<name>[\u4e00-\u9fff]{1,6}?面积)(?=的|部分|[，,])")

# the last N days of the signing period (签约期最后15日签约的, 签约期限届满前10天内签约的)
_LAST_DAYS = re.compile(r"(?:签约期限|签约期)?的?(?:最后|届满前|期满前|满前)(\d+)(?:日|天)"
                        r"(?=(?:内|以内)?签)")


def _monthly_bound(before: str, reach: str, amount_reach: str | None = None) -> str | None:
    """The unit of a bound on a month's amount: 元/户·月 after 每户每月 (每户每月不足700元的按
    700元), or after a month's amount named (月补助额低于900元的…；高于2000元的…, 每月过渡费低于
    1000元的…), `reach` (`amount_reach`) before it; else None."""
    if monthly := re.search(rf"每(户|人)每月{reach}$", before):
        return f"元/{monthly[1]}·月"
    amount = (r"(?<![个\d一二三四五六七八九十])月[\u4e00-\u9fff]{0,6}?(?:额|费|金)"
              rf"{amount_reach or reach}$")
    return "元/户·月" if re.search(amount, before) else None


def _bound_unit(before: str) -> str:
    """The unit of a floor or cap: 元 per household and month after 每户每月 (…每户每月不低于800元、
    不高于1500元), else 元 (of the whole item)."""
    monthly = re.search(r"每(户|人)每月(?:[^。；;，,]*[、和])?$", before)
    return f"元/{monthly[1]}·月" if monthly else "元"
