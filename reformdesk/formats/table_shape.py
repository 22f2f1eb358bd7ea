"""Recognising the shape of a table people made by hand: where its header is, which rows are items.

County offices circulate lists (power lists, rosters) laid out for printing:
title rows and 填表单位 lines above the header, a header that may span two
rows, rows merged across the table for department captions (一、县市场监督管理局
（3项）), 注： footnotes and 填表人/审核人 lines under it, subtotal rows, and a
workbook with a 填报说明 sheet beside one sheet per department.  This module
finds the tables in that and tells each data row's kind; it knows nothing of
powers, so a roster import uses it with its own column vocabulary:

* :class:`Vocabulary` — header names (after :func:`header_key`) → a column id
  of the caller's (any hashable, e.g. a StrEnum), the column that must be
  present, and which columns hold the 序号 and the item's name;
* :func:`find_header` — the header row in a table's first rows (and a second
  header row under it), or why none was found;
* :func:`prepare` — handles merged cells: a range merged across the table
  marks its rows as captions (never copied into columns); a narrow range (a
  department or a main item merged down over its rows) is copied into each
  cell it covers, and the rows it groups are kept (:attr:`Shape.merged_down`);
* :meth:`Shape.classify` — one row's :class:`RowKind`: item, blank, repeated
  header, caption (a department), group (another heading), footnote, signer
  line, subtotal;
* :func:`select_tables` — every table of a workbook with a recognisable
  header, and the sheets passed over with why.

Pure Python; no Qt, no store, no spreadsheet library (tables come from
:func:`reformdesk.formats.import_guard.read_tables`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from reformdesk.formats.sheets import Cell, Table

__all__ = [
    "Header",
    "RowKind",
    "Shape",
    "SkippedSheet",
    "Vocabulary",
    "caption_text",
    "find_header",
    "header_key",
    "is_subtotal",
    "prepare",
    "select_tables",
]

C = TypeVar("C", bound=Hashable)

#: How far down a header may be (title rows, 填表单位, blank rows …).
HEADER_SEARCH_ROWS = 30


class RowKind(StrEnum):
    """What a row under the header is.  Only ITEM rows are data; the rest are skipped with a reason."""

    ITEM = "item"
    BLANK = "blank"
    HEADER = "header"  # the header repeated (a list pasted together from several tables)
    CAPTION = "caption"  # a department caption: 一、县市场监督管理局（3项）
    GROUP = "group"  # any other heading row: （一）行政许可, 第一部分 …
    FOOTNOTE = "footnote"  # 注：… / 说明：… / 本表一式三份 …
    SIGNER = "signer"  # 填表人：… 审核人：… 联系电话：…
    SUBTOTAL = "subtotal"  # 小计 / 合计 / 总计

    @property
    def reason(self) -> str:
        """Why a row of this kind is skipped, in Chinese (the preview shows it)."""
        return _REASONS[self]


_REASONS = {
    RowKind.ITEM: "",
    RowKind.BLANK: "空行",
    RowKind.HEADER: "重复的表头",
    RowKind.CAPTION: "部门标题行",
    RowKind.GROUP: "分组标题行",
    RowKind.FOOTNOTE: "注释说明行",
    RowKind.SIGNER: "填表人、审核人等签署行",
    RowKind.SUBTOTAL: "合计行",
}

_SPACES = re.compile(r"\s+")
_BRACKETED = re.compile(r"[(\[（【].*?[)\]）】]")


def header_key(value: Cell) -> str:
    """A header cell reduced to its name: NFKC, no spaces, no '*', no bracketed hints."""
    if not isinstance(value, str):
        return ""
    s = unicodedata.normalize("NFKC", value)
    return _BRACKETED.sub("", _SPACES.sub("", s)).strip("*＊:：")


@dataclass(frozen=True, slots=True)
class Vocabulary(Generic[C]):
    """A kind of table's header names.

    ``names`` maps header names (as :func:`header_key` leaves them) to the
    caller's column ids; ``required`` must be among a header's columns, with
    at least ``min_columns`` recognised columns in all (so a 填报说明 sheet
    that mentions 事项名称 in one cell is no header); ``sequence`` and
    ``title`` name the 序号 and the item-name columns, which row
    classification looks at; ``describe`` says in Chinese what was expected;
    ``one_of``, when given, are columns of which at least one must be present
    too (a roster's unit sheet: 机构名称 and 核定编制, 实有人数 or 机构类别 …);
    ``fallback`` names count only where their column has no other name in the header.
    """

    names: Mapping[str, C]
    required: C
    title: C
    sequence: C | None = None
    min_columns: int = 2
    describe: str = ""
    one_of: tuple[C, ...] = ()
    #: Header names (after :func:`header_key`) that give their column only where no other name
    #: of it is in the header: a department's 承办机构 is its 原实施部门, unless both are there.
    fallback: frozenset[str] = frozenset()

    @classmethod
    def from_synonyms(cls, synonyms: Mapping[C, Sequence[str]], **kw: object) -> Vocabulary[C]:
        names: dict[str, C] = {}
        for column, words in synonyms.items():
            for word in words:
                names.setdefault(header_key(word), column)
        return cls(names=names, **kw)  # type: ignore[arg-type]

    def map_header(self, row: Sequence[Cell]) -> dict[C, int]:
        """Column id → 0-based index of the cells of ``row`` that are header names (first wins)."""
        columns: dict[C, int] = {}
        names, fallback = self.names, self.fallback
        later: dict[C, int] = {}
        for index, cell in enumerate(row):
            if cell.__class__ is not str:
                continue
            key = header_key(cell)
            column = names.get(key)
            if column is None or column in columns:
                continue
            if key in fallback:
                later.setdefault(column, index)
            else:
                columns[column] = index
        for column, index in later.items():
            columns.setdefault(column, index)
        return columns

    def complete(self, columns: Mapping[C, int]) -> bool:
        """Whether ``columns`` (as :meth:`map_header` found them) make a header of this kind."""
        return (
            self.required in columns
            and len(columns) >= self.min_columns
            and (not self.one_of or any(c in columns for c in self.one_of))
        )


@dataclass(slots=True)
class Header(Generic[C]):
    """Where a table's header is: row indexes into ``Table.rows`` and the columns it names."""

    index: int  # the (first) header row
    data_index: int  # the first row under the header
    columns: dict[C, int]
    row: int  # the header row as the sheet shows it (1-based)


def find_header(rows: Sequence[Sequence[Cell]], vocab: Vocabulary[C], top: int = 0) -> Header[C] | str:
    """The header among the first rows, or why none was found (a Chinese phrase)."""
    miss = f"前 {HEADER_SEARCH_ROWS} 行中没有表头"
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = vocab.map_header(row)
        if not columns:
            continue
        data_index = index + 1
        # A two-level header: 承接情况 over 承接机构 | 承接时限 | 责任人, 主项 | 子项 under 事项名称.
        if data_index < len(rows):
            below = rows[data_index]
            below_columns = vocab.map_header(below)
            filled = [c for c in below if c not in ("", None)]
            if below_columns and len(below_columns) == len(filled):
                for column, col_index in below_columns.items():
                    columns.setdefault(column, col_index)
                data_index += 1
        if vocab.complete(columns):
            return Header(index, data_index, columns, top + index + 1)
        if vocab.required not in columns and len(columns) >= 2:
            miss = f"第 {top + index + 1} 行像是表头，但缺少{vocab.describe or '必需的'}列"
    return miss


# -- row classification -------------------------------------------------------------------

_SIGNER = re.compile(
    r"^\s*(?:填表人|填报人|制表人|审核人|审批人|复核人|核稿人|负责人|单位负责人|主要负责人|分管领导|联系人|经办人|"
    r"联系电话|电话|手机|填表日期|填报日期|制表日期|日期|签字|签名|盖章|单位（盖章）|单位\(盖章\))\s*[:：]"
)
_FOOTNOTE = re.compile(r"^\s*(?:注\s*[:：\d１-９一二三①-⑨]|说明\s*[:：]|备注\s*[:：]|填报说明|填表说明|本表|※|\*)")
_CN_NUMBER = "一二三四五六七八九十百零〇"
_HEADING = re.compile(
    rf"^\s*(?:第[{_CN_NUMBER}\d]+[部分章节类项]|[{_CN_NUMBER}]+\s*[、.．]|[(（]\s*[{_CN_NUMBER}]+\s*[)）]|"
    r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\s*[、.．]?)"
)
_COUNT_SUFFIX = re.compile(
    r"\s*[(（]\s*(?:共|计)?\s*\d+\s*(?:项|个|条)?[^)）]*[)）]\s*$|\s*[（(]?\s*共\s*\d+\s*项\s*[）)]?\s*$"
)
_ORGANISATION = re.compile(
    r"(?:局|委|委员会|办|办公室|院|中心|站|队|所|部|厅|处|署|会|馆|社|政府|公司|分局|支队|大队|中队)$"
)
_LABEL_PREFIX = re.compile(r"^(?:实施部门|实施主体|实施机关|原实施部门|部门|单位)\s*[:：]\s*")
_SUBTOTAL_WORDS = ("合计", "小计", "总计", "共计")


def is_subtotal(value: str) -> bool:
    s = value.replace(" ", "").replace("\u3000", "")
    return s.startswith(_SUBTOTAL_WORDS) or s.endswith(_SUBTOTAL_WORDS)


def caption_text(value: str) -> str:
    """A heading without its numbering and item count: 一、县市场监督管理局（3项） → 县市场监督管理局."""
    s = unicodedata.normalize("NFKC", value).strip()
    m = _HEADING.match(s)
    if m:
        s = s[m.end() :]
    s = _COUNT_SUFFIX.sub("", s).strip().rstrip(":：").strip()
    return _LABEL_PREFIX.sub("", s).strip()


def looks_like_organisation(value: str) -> bool:
    """A department's name (县市场监督管理局, 县林草局 …): ends like an organisation, short."""
    s = value.replace(" ", "")
    return 2 <= len(s) <= 30 and bool(_ORGANISATION.search(s))


@dataclass(slots=True)
class Shape(Generic[C]):
    """A table with its header found and its merged cells handled; classifies data rows."""

    table: Table
    header: Header[C]
    vocab: Vocabulary[C]
    #: Row indexes (into ``table.rows``) covered by a range merged across the table → its text.
    merged_across: dict[int, str] = field(default_factory=dict)
    #: Column index → the (first, last) row indexes of each range merged down in it.
    merged_down: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    #: Set once a footnote or signer line was seen: what follows is the table's foot.
    in_foot: bool = False

    @property
    def columns(self) -> dict[C, int]:
        return self.header.columns

    def sheet_row(self, index: int) -> int:
        """The 1-based row number the sheet shows for ``table.rows[index]``."""
        return self.table.top + index + 1

    def split(self) -> tuple[list[int], list[tuple[int, RowKind, str]]]:
        """Every data row classified, in one pass: the item rows' indexes, and the other rows
        (not blank ones) as (index, kind, heading text), each list in sheet order."""
        rows = self.table.rows
        items: list[int] = []
        others: list[tuple[int, RowKind, str]] = []
        across = self.merged_across
        title_at = self.header.columns.get(self.vocab.title)
        seq_at = self.header.columns.get(self.vocab.sequence) if self.vocab.sequence is not None else None
        slow = self.classify
        add = items.append
        for index in range(self.header.data_index, len(rows)):
            line = rows[index]
            # The common case inline (a method call per row is measurable at 10,000 rows):
            # several cells filled, a title that is no signer, subtotal or repeated header.
            if not self.in_foot and index not in across and len(line) - line.count("") >= 3 and title_at is not None:
                title = line[title_at] if title_at < len(line) else ""
                if title.__class__ is str and title and "：" not in title and ":" not in title and "计" not in title:
                    seq = line[seq_at] if seq_at is not None and seq_at < len(line) else ""
                    if (seq.__class__ is not str or "计" not in seq) and not (  # type: ignore[operator]
                        len(title) <= 10 and self._repeats_header(title, line)  # type: ignore[arg-type]
                    ):
                        add(index)
                        continue
            kind, text = slow(index, line)
            if kind is RowKind.ITEM:
                add(index)
            elif kind is not RowKind.BLANK:
                others.append((index, kind, text))
        return items, others

    def _repeats_header(self, title: str, line: Sequence[Cell]) -> bool:
        return self.vocab.names.get(header_key(title)) == self.vocab.title and self._is_header(line)

    def classify(self, index: int, line: Sequence[Cell]) -> tuple[RowKind, str]:
        """The kind of the data row ``table.rows[index]`` and, for a heading, its text.

        Call it for the rows in order (a footnote block runs to the end of the table);
        :meth:`split` classifies all rows at once, faster.
        """
        across = self.merged_across.get(index)
        filled = len(line) - line.count("") - line.count(None)
        if across is None and filled >= 3 and not self.in_foot:
            # Several cells: an item unless it is a signer line, a subtotal or the header again.
            title_at = self.header.columns.get(self.vocab.title)
            title = line[title_at] if title_at is not None and title_at < len(line) else ""
            if title.__class__ is str and title:
                if ("：" in title or ":" in title) and _SIGNER.match(title):  # type: ignore[arg-type]
                    return self._foot(RowKind.SIGNER, title)  # type: ignore[arg-type]
                if "计" in title and is_subtotal(title):  # type: ignore[operator, arg-type]
                    return RowKind.SUBTOTAL, title  # type: ignore[return-value]
                if len(title) <= 10 and self._repeats_header(title, line):  # type: ignore[arg-type]
                    return RowKind.HEADER, ""
                seq = self._sequence(line)
                if seq and "计" in seq and is_subtotal(seq):
                    return RowKind.SUBTOTAL, seq
                return RowKind.ITEM, ""
        if filled == 0 and across is None:
            return RowKind.BLANK, ""
        return self._classify_slow(index, line, across)

    def _sequence(self, line: Sequence[Cell]) -> str:
        at = self.header.columns.get(self.vocab.sequence) if self.vocab.sequence is not None else None
        value = line[at] if at is not None and at < len(line) else ""
        return value if isinstance(value, str) else ""

    def _is_header(self, line: Sequence[Cell]) -> bool:
        return len(self.vocab.map_header(line)) >= max(2, len(self.header.columns) // 2)

    def _foot(self, kind: RowKind, text: str) -> tuple[RowKind, str]:
        self.in_foot = True
        return kind, text

    def _classify_slow(self, index: int, line: Sequence[Cell], across: str | None) -> tuple[RowKind, str]:
        cells = [(i, c) for i, c in enumerate(line) if c not in ("", None)]
        texts = [_cell_text(c) for _i, c in cells]
        if across is not None and not texts:
            texts = [across]
        if not texts:
            return RowKind.BLANK, ""
        joined = "  ".join(t for t in texts if t)
        if any(_SIGNER.match(t) for t in texts):
            return self._foot(RowKind.SIGNER, joined)
        if _FOOTNOTE.match(texts[0]):
            return self._foot(RowKind.FOOTNOTE, joined)
        title_at = self.header.columns.get(self.vocab.title)
        seq_at = self.header.columns.get(self.vocab.sequence) if self.vocab.sequence is not None else None
        if any(
            is_subtotal(t)
            for (i, _c), t in zip(cells, texts, strict=True)
            if i in (title_at, seq_at) or len(cells) <= 2
        ):
            return RowKind.SUBTOTAL, joined
        if self._is_header(line):
            return RowKind.HEADER, ""
        heading = across is not None
        if not heading and len(cells) <= 2:
            first_index, first = cells[0][0], texts[0]
            if _HEADING.match(first) and not _is_number(cells[0][1]):
                heading = True
            elif len(cells) == 1 and first_index < (title_at or 1) and not _is_number(cells[0][1]):
                heading = True  # text alone in a first cell: a caption written into 序号
            elif len(cells) == 1 and _COUNT_SUFFIX.search(first):
                heading = True  # 县市场监督管理局（3项） alone, in the name column
        if self.in_foot and len(cells) <= 2 and not heading:
            # A footnote's further lines (2.本表一式三份…) under the first.
            return RowKind.FOOTNOTE, joined
        if not heading:
            return RowKind.ITEM, ""
        text = across if across is not None else (texts[0] if len(texts) == 1 else joined)
        if self.in_foot:
            return RowKind.FOOTNOTE, text
        if is_subtotal(caption_text(text)):
            return RowKind.SUBTOTAL, text
        return (RowKind.CAPTION if looks_like_organisation(caption_text(text)) else RowKind.GROUP), text


def _cell_text(value: Cell) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_number(value: Cell) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and value.strip().replace(".", "", 1).isdigit()


def prepare(table: Table, header: Header[C], vocab: Vocabulary[C]) -> Shape[C]:
    """The table's :class:`Shape`; narrow merged ranges are copied into the cells they cover (in place).

    A range at least three columns (or half the header) wide under the header
    is a caption, footnote or signer line: its rows are marked, nothing is copied.
    """
    shape = Shape(table, header, vocab)
    rows, top, left = table.rows, table.top, table.left
    width = max(header.columns.values()) + 1 if header.columns else 1
    wide = max(3, (width + 1) // 2)
    for (r0, c0), (r1, c1) in table.merged or ():
        r0, r1, c0, c1 = r0 - top, r1 - top, c0 - left, c1 - left
        if r1 < header.data_index or r0 < 0 or c0 < 0 or r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        if c1 - c0 + 1 >= wide:
            text = _cell_text(value) if value not in ("", None) else ""
            for r in range(max(r0, header.data_index), min(r1, len(rows) - 1) + 1):
                shape.merged_across[r] = text
            continue
        if r1 > r0:
            for c in range(c0, c1 + 1):
                shape.merged_down.setdefault(c, []).append((r0, r1))
        for r in range(max(r0, header.data_index), min(r1, len(rows) - 1) + 1):
            line = rows[r]
            for c in range(c0, min(c1, len(line) - 1) + 1):
                if line[c] in ("", None):
                    line[c] = value
    for spans in shape.merged_down.values():
        spans.sort()
    return shape


@dataclass(frozen=True, slots=True)
class SkippedSheet:
    name: str
    reason: str


def select_tables(
    tables: Iterable[Table],
    vocab: Vocabulary[C],
    only: Callable[[Table], bool] | None = None,
    reason: str = "未读取（与已读取的工作表重复）",
) -> Iterator[Shape[C] | SkippedSheet]:
    """Each table as a prepared :class:`Shape`, or a :class:`SkippedSheet` saying why not.

    ``only``, when given, is asked first: a table it refuses is skipped with
    ``reason`` (a workbook of our own export is read by its one list sheet).
    """
    for table in tables:
        if only is not None and not only(table):
            yield SkippedSheet(table.name, reason)
            continue
        found = find_header(table.rows, vocab, table.top)
        if isinstance(found, str):
            yield SkippedSheet(table.name, found)
            continue
        yield prepare(table, found, vocab)
