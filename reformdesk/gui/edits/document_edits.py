"""Edits of the plan document's text (方案文本): sections and the document title, each one named undo step."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reformdesk.domain import edits as domain
from reformdesk.domain import section_edits
from reformdesk.domain.changes import set_fields
from reformdesk.domain.document_text import GeneratedPart, Section
from reformdesk.domain.registry import FIELDS_CONTEXT, EntityKind
from reformdesk.gui.edits.plan_edits import _fill, push
from reformdesk.gui.models.labels import join_list

if TYPE_CHECKING:
    from reformdesk.gui.document import Document

__all__ = ["add_section", "move_section", "remove_sections", "set_doc_title", "set_section_fields"]


def _name(section: Section) -> str:
    return section.display_title() or QCoreApplication.translate("Edits", "（无标题）")


def add_section(
    doc: Document,
    after_id: str | None = None,
    *,
    level: int = 1,
    title: str = "",
    part: GeneratedPart = GeneratedPart.NONE,
) -> Section | None:
    """A new section after ``after_id`` (at the end when None); None when the plan is read-only."""
    changes, section = section_edits.add_section(doc.plan, after_id, level=level, title=title, part=part)
    text = _fill(QCoreApplication.translate("Edits", "添加方案文本 %1"), _name(section))
    return section if push(doc, changes, text) else None


def remove_sections(doc: Document, section_ids: Iterable[str]) -> bool:
    ids = [s for s in section_ids if s in doc.plan.sections]
    names = join_list([_name(doc.plan.sections[s]) for s in ids])
    changes = domain.remove(doc.plan, EntityKind.SECTION, ids)
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "删除方案文本 %1"), names))


def move_section(doc: Document, section_id: str, delta: int) -> bool:
    section = doc.plan.sections.get(section_id)
    if section is None:
        return False
    changes = section_edits.move_section(doc.plan, section_id, delta)
    text = (
        QCoreApplication.translate("Edits", "上移 %1") if delta < 0 else QCoreApplication.translate("Edits", "下移 %1")
    )
    return push(doc, changes, _fill(text, _name(section)))


def set_section_fields(doc: Document, section_id: str, **fields: Any) -> bool:
    """Change fields of one section (标题, 正文, 级别, 生成内容) as one step named after the section and the fields."""
    section = doc.plan.sections.get(section_id)
    if section is None:
        return False
    changes = set_fields(doc.plan, EntityKind.SECTION, {section_id: fields})
    changed = changes.field_values(EntityKind.SECTION).get(section_id, {})
    if not changed:
        return False
    spec = EntityKind.SECTION.spec
    labels = join_list([QCoreApplication.translate(FIELDS_CONTEXT, spec.field(f).label) for f in changed])
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "修改 %1 的%2"), _name(section), labels))


def set_doc_title(doc: Document, title: str) -> bool:
    """The document's title (方案文本标题)."""
    changes = domain.set_info(doc.plan, {"doc_title": title.strip()})
    return push(doc, changes, _fill(QCoreApplication.translate("Edits", "方案文本标题改为 %1"), title.strip()))
