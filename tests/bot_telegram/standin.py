"""A small stand-in for bot.core.Answerer: adapter tests that need an answerer to misbehave."""

from __future__ import annotations

from bot.answers import Answer, Citation, Option

CHOICES = {"structures": ["混合结构", "砖木结构"], "decorations": ["简易装饰装修", "中装"]}


class StandInAnswerer:
    """Answers by fixed rules; `fail_on` raises, `long_answer_on` returns a very long answer."""

    def __init__(self, fail_on: str = "炸", long_answer_on: str = "全文") -> None:
        self.fail_on = fail_on
        self.long_answer_on = long_answer_on
        self.asked: list[str] = []

    def ask(self, text: str) -> Answer:
        self.asked.append(text)
        if self.fail_on in text:
            raise RuntimeError("stand-in failure with secret detail")
        if self.long_answer_on in text:
            lines = [f"第{n}行：<依据> & “说明” " + "内容" * 40 for n in range(120)]
            return Answer(answer="\n".join(lines))
        return Answer(
            answer=f"你问的是：{text}",
            citations=[Citation("大足府发〔2021〕1号", "测试文件 <a>", "2021-01-01", "src", 1)],
            portal_url="http://127.0.0.1:8001/dazu-gazette?q=<x>&y=1",
            options=[Option("再问一次", "again:" + text[:10])],
        )

    def choose(self, payload: str) -> Answer:
        return Answer(answer=f"选择了：{payload}")

    def estimate(self, area_m2: float, structure: str, decoration: str, days_early: int) -> Answer:
        return Answer(
            answer=f"估算：{area_m2:g} m²，{structure}，{decoration}，提前 {days_early} 天"
        )

    def estimate_choices(self) -> dict[str, list[str]]:
        return CHOICES
