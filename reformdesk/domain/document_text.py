"""The prose of the plan document (实施方案): its sections, their numbering, Chinese numerals.

A plan's document text is a list of :class:`Section` entities in ``seq`` order.
Each section is one block of the document:

* ``level`` 1–4 is a numbered heading — 一、 （一） 1. （1）, the numbering of
  GB/T 9704 — followed by its ``text``; ``level`` 0 is text without a heading
  (the opening paragraphs before 一、, a closing paragraph);
* ``text`` holds the section's paragraphs, one a line;
* ``part`` names a generated part (:class:`GeneratedPart`: 机构设置, 管理层级,
  权限承接, 人员安排) written from the plan's data after the section's own text;
  the 权限承接 and 人员安排 parts bring their tables as annexes (附件1, 附件2),
  机构设置 brings one 三定 section per body (附件3).

Numbers are not stored: they follow from the levels in order
(:func:`numbering`), so moving or inserting a section renumbers the rest.

Pure Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reformdesk.domain.model import Plan

#: Heading levels: 0 text without heading, 1 一、, 2 （一）, 3 1., 4 （1）.
MAX_LEVEL = 4


class GeneratedPart(StrEnum):
    """A part of the document written from the plan's data.  Values are stored: never rename them."""

    NONE = ""
    BODIES = "bodies"  # 机构设置 (+ 附件: 三定 per body)
    TIERS = "tiers"  # 管理层级
    POWERS = "powers"  # 权限承接 (+ 附件: the delegation table)
    PEOPLE = "people"  # 人员安排 (+ 附件: the staffing table)
    HALL = "hall"  # 便民服务 (+ 附件: 窗口设置表 and 进驻事项清单)

    @property
    def label(self) -> str:
        return PART_LABELS[self]


PART_LABELS: dict[GeneratedPart, str] = {
    GeneratedPart.NONE: "（无）",
    GeneratedPart.BODIES: "机构设置",
    GeneratedPart.TIERS: "管理层级",
    GeneratedPart.POWERS: "权限承接",
    GeneratedPart.PEOPLE: "人员安排",
    GeneratedPart.HALL: "便民服务",
}

LEVEL_LABELS: dict[int, str] = {
    0: "正文",
    1: "一级标题 一、",
    2: "二级标题 （一）",
    3: "三级标题 1.",
    4: "四级标题 （1）",
}


@dataclass(slots=True)
class Section:
    """One block of the plan document: a numbered heading (or none) and its paragraphs."""

    id: str
    seq: int = 0  # position in the document
    level: int = 1  # 0 no heading, 1–4 heading levels
    title: str = ""
    text: str = ""  # paragraphs, one a line
    part: GeneratedPart = GeneratedPart.NONE

    def paragraphs(self) -> list[str]:
        return paragraphs(self.text)

    def display_title(self, width: int = 24) -> str:
        """The title, or the start of the text for a section without heading."""
        if self.title:
            return self.title
        first = next(iter(self.paragraphs()), "")
        return first if len(first) <= width else first[:width] + "…"


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- Chinese numerals ---------------------------------------------------------------------
_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (counting, not dates)."""
    if n < 0:
        return "负" + cn_number(-n)
    if n < 10:
        return "零" if n == 0 else _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + cn_number(rest) if rest < 10 else _tens(rest))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _tens(n: int) -> str:
    # Inside a larger number 十 is read 一十 (一百一十二).
    return "一" + cn_number(n) if 10 <= n < 20 else cn_number(n)


def cn_date_written(date: dt.date) -> str:
    """The document date written out: 2026-12-01 → 二〇二六年十二月一日."""
    year = "".join(_DIGITS[int(c)] for c in str(date.year))
    return f"{year}年{cn_number(date.month)}月{cn_number(date.day)}日"


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def number_label(level: int, n: int) -> str:
    """The number of the ``n``-th heading at ``level``: 一、 （一） 1. （1）, deeper ①."""
    if level == 1:
        return f"{cn_number(n)}、"
    if level == 2:
        return f"（{cn_number(n)}）"
    if level == 3:
        return f"{n}."
    if level == 4:
        return f"（{n}）"
    return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else f"{n})"


class Counter:
    """Heading counters of one outline: each level counts until a higher one restarts it."""

    def __init__(self) -> None:
        self.counts = [0] * (MAX_LEVEL + 2)

    def next(self, level: int) -> str:
        if level <= 0:
            return ""
        level = min(level, MAX_LEVEL + 1)
        self.counts[level] += 1
        for deeper in range(level + 1, len(self.counts)):
            self.counts[deeper] = 0
        return number_label(level, self.counts[level])


def ordered(sections: Iterable[Section]) -> list[Section]:
    """Sections in document order (by ``seq``, ties in their list order)."""
    return sorted(sections, key=lambda s: s.seq)


def plan_sections(plan: Plan) -> list[Section]:
    return ordered(plan.sections.values())


def numbering(sections: Sequence[Section]) -> dict[str, str]:
    """Section id → its number (一、, （二）, 3. …; empty for text without heading), in document order."""
    counter = Counter()
    return {s.id: counter.next(s.level) for s in ordered(sections)}


#: What goes under the usual headings of a 实施方案 (FORMS.md), said where the clerk has not yet
#: written it: the document shows "（待补充：…）" rather than a bare heading.
SECTION_PROMPTS: dict[str, str] = {
    "指导思想": "改革的指导思想和总体目标",
    "基本原则": "改革遵循的基本原则，如坚持党的领导、权责一致、便民高效、积极稳妥",
    "主要任务": "机构设置、职能配置、人员编制、管理层级、权限承接、便民服务等改革任务",
    "保障措施": "组织领导、协调配合、工作纪律等保障措施",
    "时间安排": "动员部署、组织实施、总结评估各阶段的时间和任务",
}


def section_prompt(section: Section) -> str:
    """The visible prompt under a heading with nothing written: （待补充：…）."""
    what = SECTION_PROMPTS.get(section.title.strip(), "本节内容")
    return f"（待补充：{what}。）"


def prompt_when_empty(sections: Sequence[Section], section: Section) -> str:
    """What the document prints under ``section`` while its text is empty: its
    :func:`section_prompt` for a heading with nothing else under it (no generated part, no
    lower heading after it), else nothing.  The 方案文本 page shows it in the empty text box."""
    if section.level <= 0 or section.part is not GeneratedPart.NONE:
        return ""
    order = ordered(sections)
    at = next((i for i, s in enumerate(order) if s.id == section.id), None)
    if at is None:
        return ""
    after = order[at + 1] if at + 1 < len(order) else None
    return section_prompt(section) if after is None or after.level <= section.level else ""


def bare_headings(sections: Sequence[Section]) -> list[Section]:
    """Headings with nothing under them: no text, no generated part and no lower heading after them.

    On paper an official document never shows such a heading alone: the plan's checks name
    each, and the document prints its :func:`section_prompt` under it until it is written.
    """
    order = ordered(sections)
    out: list[Section] = []
    for i, s in enumerate(order):
        if s.level <= 0 or s.part is not GeneratedPart.NONE or s.paragraphs():
            continue
        after = order[i + 1] if i + 1 < len(order) else None
        if after is None or after.level <= s.level:
            out.append(s)
    return out


def level_jumps(sections: Sequence[Section]) -> list[Section]:
    """Headings more than one level below the heading before them (一、 then 1.: （一） is missing)."""
    out: list[Section] = []
    current = 0
    for s in ordered(sections):
        if s.level <= 0:
            continue
        if s.level > current + 1:
            out.append(s)
        current = s.level
    return out


__all__ = [
    "LEVEL_LABELS",
    "MAX_LEVEL",
    "PART_LABELS",
    "SECTION_PROMPTS",
    "Counter",
    "GeneratedPart",
    "Section",
    "bare_headings",
    "cn_date_written",
    "cn_number",
    "level_jumps",
    "number_label",
    "numbering",
    "ordered",
    "paragraphs",
    "plan_sections",
    "section_prompt",
]
