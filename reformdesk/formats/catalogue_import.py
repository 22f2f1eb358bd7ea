"""Department and county lists, and province or city 通用目录, read into a catalogue.

The list is read by the power-list reader (formats/importer.py through the import guard:
sandboxed, header found by its Chinese names past captions and merged cells, one sheet
per department, sub-items, lists without codes), which also reads the 权责清单's own
columns (具体条款, 行使层级, 责任事项, 追责情形, 问责依据, 监督方式/电话, 廉政风险点) into
``SheetRow.extra``.  Here each row becomes a catalogue item:

* its 实施主体 from the 实施主体/原实施部门 column, else a department caption above it or the
  sheet's name (the reader fills ``source_department`` from those); a new name becomes a
  new subject, a township when it ends in 镇, 乡 or 街道 (办事处);
* 实施依据 split into 法律法规依据 and 具体条款 when the list has no 具体条款 column;
* 责任事项 split into steps ("1.受理；2.审查…", "受理→审查→…", one a line);
* 监督方式/电话 in one cell split into the way and the phone numbers.

Items are matched with the catalogue's by natural key (code; subject and name when the
code is empty): a known item is updated where the sheet has a value (an empty cell never
clears one), a new one added.  A row without a name or type cannot be read.  The result
is a change set: nothing changes until it is applied (one undo step in the window).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reformdesk.domain.catalogue.model import (
    LEVELS,
    Catalogue,
    CatalogueItem,
    Subject,
    SubjectKind,
    split_basis,
)
from reformdesk.domain.catalogue.registry import CatalogueKind
from reformdesk.domain.changes import ChangeSet
from reformdesk.domain.model import new_id
from reformdesk.formats.import_values import ImportField
from reformdesk.formats.importer import SheetRow, read_power_sheet

F = ImportField
_STEP_SPLIT = re.compile(r"\s*(?:→|->|—>|＞|>|；|;|\n|\r)\s*")
_STEP_NUMBER = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．:：)）]\s*|^\s*[（(]\s*\d+\s*[)）]\s*")
_PHONE = re.compile(r"(?:0\d{2,3}[-－—]?)?\d{7,8}(?:[-－—]\d{1,4})?|1[3-9]\d{9}|12345")
_LEVEL_SPLIT = re.compile(r"[、，,；;/\s]+")
_TOWNSHIP = re.compile(r"(?:镇|乡|街道|街道办事处)(?:人民政府)?$")


@dataclass
class CatalogueImport:
    """What importing a list would do; ``changes`` applies it."""

    changes: ChangeSet
    added: int = 0
    updated: int = 0
    subjects_added: int = 0
    unreadable: list[str] = field(default_factory=list)
    sheets: int = 0
    #: What the clerk should look at though nothing was refused: sheets not read (a hidden one, a
    #: repeated one) and counts the list states (合计：56项) that differ from the items read.
    to_check: list[str] = field(default_factory=list)

    def describe(self) -> list[str]:
        lines = [
            f"事项：新增 {self.added} 项，更新 {self.updated} 项；新增实施主体 {self.subjects_added} 个"
            + (f"（读取 {self.sheets} 个工作表）" if self.sheets > 1 else "")
        ]
        return lines + self.unreadable + [f"需核对：{line}" for line in self.to_check]


def steps(text: str) -> list[str]:
    """A 责任事项 cell as steps: numbering dropped, empty parts left out."""
    out = []
    for part in _STEP_SPLIT.split(text.strip()):
        part = _STEP_NUMBER.sub("", part).strip(" 。.，,")
        if part:
            out.append(part)
    return out


def levels(text: str) -> list[str]:
    """A 行使层级 cell ("省级、市级、县级", "省、市、县") as ExerciseLevel values; others kept as written."""
    out: list[str] = []
    for part in _LEVEL_SPLIT.split(text.strip()):
        if not part:
            continue
        value = part if part.endswith("级") else f"{part}级"
        if value not in LEVELS:
            value = part
        if value not in out:
            out.append(value)
    return out


def supervision(text: str) -> tuple[str, str]:
    """ "监督方式/电话" in one cell → (the way, the phone numbers joined by 、)."""
    phones = _PHONE.findall(text)
    if not phones:
        return text.strip(), ""
    way = _PHONE.sub("", text)
    way = re.sub(r"(?:监督|举报|投诉)?电话[:：]?", "", way)
    way = re.sub(r"[\s/、，,；;:：]+$", "", re.sub(r"^[\s/、，,；;:：]+", "", way))
    return way.strip(), "、".join(phones)


def subject_kind(name: str) -> SubjectKind:
    return SubjectKind.TOWNSHIP if _TOWNSHIP.search(name) else SubjectKind.DEPARTMENT


def _values(row: SheetRow) -> dict[str, Any]:
    """The item fields a row gives (only those with a value)."""
    extra = row.extra or {}
    values: dict[str, Any] = {"name": row.name}
    if row.type is not None:
        values["type"] = row.type
    if row.code:
        values["code"] = row.code
    clause = extra.get(F.BASIS_CLAUSE, "")
    if clause:
        values["basis_clause"] = clause
        if row.legal_basis:
            values["legal_basis"] = row.legal_basis
    elif row.legal_basis:
        # No clause of its own (or no such column): the clause is inside 实施依据, as most lists write it.
        values["legal_basis"], values["basis_clause"] = split_basis(row.legal_basis)
    if extra.get(F.LEVELS):
        values["levels"] = levels(extra[F.LEVELS])
    if extra.get(F.STEPS):
        values["responsibility_steps"] = steps(extra[F.STEPS])
    for column in (F.ACCOUNTABILITY_CASES, F.ACCOUNTABILITY_BASIS, F.INTEGRITY_RISKS):
        if extra.get(column):
            values[column.value] = extra[column]
    if extra.get(F.SUPERVISION):
        way, phone = (
            supervision(extra[F.SUPERVISION])
            if not extra.get(F.SUPERVISION_PHONE)
            else (
                extra[F.SUPERVISION],
                "",
            )
        )
        if way:
            values["supervision"] = way
        if phone:
            values["supervision_phone"] = phone
    if extra.get(F.SUPERVISION_PHONE):
        values["supervision_phone"] = extra[F.SUPERVISION_PHONE]
    if row.note:
        values["note"] = row.note
    return values


def import_catalogue(cat: Catalogue, path: str | Path) -> CatalogueImport:
    """The change set importing the list at ``path`` into ``cat``; SheetReadError when unreadable."""
    read = read_power_sheet(path)
    result = CatalogueImport(ChangeSet(), sheets=len(read.parts))
    result.to_check = [f"未读取工作表“{s.name}”：{s.reason}" for s in read.skipped_sheets]
    result.to_check += [
        (f"工作表“{c.sheet}”" if read.several_sheets else "") + f"第 {c.row} 行 {c.text}：{c.reason}"
        for c in read.count_checks
    ]
    subjects = cat.subject_by_name()
    new_subjects: list[Subject] = []
    keys = {cat.natural_key(i): iid for iid, i in cat.items.items()}
    new_items: list[CatalogueItem] = []
    new_by_id: dict[str, CatalogueItem] = {}
    updates: dict[str, dict[str, Any]] = {}
    id_of_row: dict[int, str] = {}  # SheetRow.index → item id
    for row in read.rows:
        problems = list(row.problems)
        if row.type is None and not problems:
            problems.append("缺少职权类型（或无法识别）")
        if problems:
            where = f"工作表“{row.sheet}”" if read.several_sheets else ""
            result.unreadable.append(f"{where}第 {row.row} 行无法读取：{'；'.join(problems)}")
            continue
        subject_name = row.source_department.strip()
        if not subject_name and _TOWNSHIP.search(row.sheet.strip()):
            # The reader takes a sheet named like an organisation (…局) as the department;
            # a township's sheet (桥头镇) ends otherwise.
            subject_name = row.sheet.strip()
        subject_id: str | None = None
        if subject_name:
            subject_id = subjects.get(subject_name)
            if subject_id is None:
                subject = Subject(new_id(), subject_name, subject_kind(subject_name), "", "")
                new_subjects.append(subject)
                subjects[subject_name] = subject.id
                subject_id = subject.id
        values = _values(row)
        parent_id = id_of_row.get(row.parent_index) if row.parent_index is not None else None
        key = row.code.strip() or f"{subject_name}·{row.name.strip()}"
        old_id = keys.get(key)
        if old_id is not None and old_id in cat.items:
            old = cat.items[old_id]
            if subject_id is not None:
                values["subject_id"] = subject_id
            if parent_id is not None:
                values["parent_id"] = parent_id
            diff = {k: val for k, val in values.items() if getattr(old, k) != val}
            if diff:
                updates[old_id] = diff
                result.updated += 1
            id_of_row[row.index] = old_id
            continue
        if old_id is not None:  # the same key twice in the sheet: the later row updates the earlier one
            earlier = new_by_id[old_id]
            for k, val in values.items():
                setattr(earlier, k, val)
            id_of_row[row.index] = old_id
            continue
        item: CatalogueItem = CatalogueKind.ITEM.spec.new(
            id=new_id(), subject_id=subject_id, parent_id=parent_id, **values
        )
        new_items.append(item)
        new_by_id[item.id] = item
        keys[key] = item.id
        id_of_row[row.index] = item.id
        result.added += 1
    result.subjects_added = len(new_subjects)
    result.changes.add(CatalogueKind.SUBJECT, new_subjects)  # type: ignore[arg-type]
    result.changes.set(CatalogueKind.ITEM, updates)  # type: ignore[arg-type]
    result.changes.add(CatalogueKind.ITEM, new_items)  # type: ignore[arg-type]
    return result


def read_catalogue(path: str | Path) -> tuple[Catalogue, CatalogueImport]:
    """A spreadsheet list as a catalogue of its own (a reference list, a list to check)."""
    cat = Catalogue()
    cat.info.title = Path(path).stem
    result = import_catalogue(cat, path)
    result.changes.apply(cat)
    return cat, result
