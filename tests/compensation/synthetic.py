"""A synthetic expropriation decision and notice whose 补偿方案 uses a layout issue 1 does not.

Other clause labels (房屋征收实施单位, 补偿方式, 联系电话, a period without 共计N天), a
decision that prints another count of 户 before the labelled one, and a scheme with a rates
table without numbers or the issue's headers (fee | use | standard | notes) beside sentences
(每平方米5100元, 每户450元), including one sentence of a shape no part reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bot.estimate import RateTable
from scripts.documents import Document
from scripts.parsers.compensation import parse_expropriation
from scripts.sources import Source, SourceText
from scripts.tables import ExtractionContext

SOURCE_ID = "synthetic-2021-09"

DECISION = [
    "重庆市大足区人民政府 关于征收大足区棠香街道北山片区城市更新项目 国有土地上房屋的决定",
    "大足府发〔2021〕88号",
    "经研究，决定征收北山片区国有土地上房屋，已有12户签订预征收协议，被征收户数共计37户，"
    "被征收房屋总建筑面积3210.5平方米。",
    "重庆市大足区人民政府",
    "2021年5月20日",
]
NOTICE = [
    "重庆市大足区人民政府 关于征收大足区棠香街道北山片区城市更新项目 国有土地上房屋的公告",
    "大足府发〔2021〕89号",
    "根据《关于征收大足区棠香街道北山片区城市更新项目国有土地上房屋的决定》（大足府发〔2021〕88号），"
    "现公告如下：",
    "一、项目名称：北山片区城市更新项目。",
    "二、征收范围：北山片区，涉及住户37户，建筑面积3210.5平方米。",
    "三、房屋征收部门：重庆市大足区住房和城乡建设委员会。",
    "四、房屋征收实施单位：大足区棠香街道办事处。",
    "五、签约期限：2021年6月1日至2021年6月30日。",
    "六、补偿方式：货币补偿或者房屋产权调换。",
    "七、联系电话：023-43700000。",
    "重庆市大足区人民政府",
    "2021年5月25日",
    "附件",
    "北山片区城市更新项目国有土地上房屋征收补偿方案",
    "一、被征收房屋价值补偿",
    "（一）住宅（成套）框架结构每平方米5100元；",
    "（二）非住宅（门面）砖混结构：6200元/平方米。",
    "被征收住宅建筑面积不足35平方米的，按35平方米计算。",
    "二、补助和奖励",
    "补偿科目\t房屋类别\t计算标准\t附注",
    "搬家补助\t住宅\t每户每次1500元\t选择产权调换的计发2次，选择货币补偿的计发1次",
    "\t非住宅\t每平方米每次18元\t不足2000元的按2000元计发",
    "过渡期安置费\t住宅\t每户每月1000元\t期房安置计发24个月；现房安置计发4个月",
    "住房货币补助\t住宅\t60平方米以内的每户补助18000元，超过60平方米的部分每增加1平方米增加补助200元"
    "\t补助总额最高不超过40000元",
    "签约奖励\t住宅\t提前10天以上签约的，每户奖励5000元；提前5天以上签约的，每户奖励2000元\t",
    "停业损失补偿\t非住宅\t按房屋评估价值的3%计算\t",
    "三、其他补偿",
    "有线电视迁移费每户450元；固定电话移机费每部200元。",
    "每户一次性发放慰问金500元。",
]


@dataclass
class Scheme:
    context: ExtractionContext
    lines: list[str]

    @property
    def project(self) -> dict:
        (row,) = self.context.tables["compensation_projects"]
        return row

    @property
    def rates(self) -> list[dict]:
        return self.context.tables["compensation_rates"]

    def rates_where(self, **match) -> list[dict]:
        """The rates whose fields hold every value given (category="签约奖励", …)."""
        return [row for row in self.rates
                if all(row[key] == value for key, value in match.items())]

    @property
    def rate_table(self) -> RateTable:
        """The rates as the estimator reads them, with the project's own signing period."""
        days = self.project["signing_days"]
        return RateTable([{**row, "signing_days": days} for row in self.rates])

    def line_of(self, text: str) -> int:
        return next(n for n, line in enumerate(self.lines, 1) if text in line)


def parse(departments, decision_lines, notice_lines) -> tuple[ExtractionContext, list[str]]:
    """Run the expropriation parser over a decision and a notice printed one after the other."""
    lines = [*decision_lines, *notice_lines]
    source = Source(SOURCE_ID, Path("synthetic.txt"), "synthetic", "", dt.date(2021, 9, 1), "", "")
    text = SourceText(source, lines)

    def document(seq: int, kind: str, body: list[str], start: int, signed: dt.date) -> Document:
        return Document(
            f"{SOURCE_ID}-d{seq:02d}", SOURCE_ID, seq, kind, "区政府文件", body[0], body[0], 1,
            body[1], "重庆市大足区人民政府", signed, start, start + len(body) - 1,
        )  # fmt: skip

    decision = document(1, "expropriation_decision", decision_lines, 1, dt.date(2021, 5, 20))
    notice = document(
        2, "expropriation_notice", notice_lines, len(decision_lines) + 1, dt.date(2021, 5, 25)
    )
    context = ExtractionContext(text, [decision, notice], departments)
    parse_expropriation(notice, context)
    return context, lines
