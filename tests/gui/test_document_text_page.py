"""The 方案文本 page: outline model, editing through gui/edits (undoable, named), export to Word."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from reformdesk.domain.document_text import GeneratedPart, plan_sections
from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.document import Document
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.models.sections_model import COL_NUMBER, COL_TITLE, SectionsModel
from reformdesk.gui.views.document_text_view import DocumentTextPage
from reformdesk.store.planfile import open_plan
from tests.conftest import PLAN_ONE
from tests.gui.core_plans import make_settings
from tests.gui.windows import discard_changes


@pytest.fixture
def doc() -> Document:
    return Document(open_plan(PLAN_ONE))


def test_model_passes_the_model_tester_through_edits(qtmodeltester, doc: Document) -> None:
    model = SectionsModel(doc)
    qtmodeltester.check(model)
    assert model.index(1, COL_NUMBER).data() == "一、" and model.index(1, COL_TITLE).data() == "指导思想"
    first = plan_sections(doc.plan)[1]
    assert edits.set_section_fields(doc, first.id, level=2)
    assert model.index(1, COL_NUMBER).data() == "（一）"
    added = edits.add_section(doc, first.id, level=1, title="新章节")
    assert added is not None and model.index(2, COL_TITLE).data() == "新章节"
    assert edits.move_section(doc, added.id, -1)
    assert model.index(1, COL_TITLE).data() == "新章节"
    qtmodeltester.check(model)
    assert edits.remove_sections(doc, [added.id])
    for _ in range(4):
        doc.undo_stack.undo()
    assert model.index(1, COL_NUMBER).data() == "一、"
    qtmodeltester.check(model)


def test_undo_texts_name_the_subject(doc: Document) -> None:
    section = next(s for s in doc.plan.sections.values() if s.title == "指导思想")
    edits.set_section_fields(doc, section.id, text="新的正文")
    assert doc.undo_stack.undoText() == "修改 指导思想 的正文"
    edits.set_doc_title(doc, "某镇实施方案")
    assert doc.undo_stack.undoText() == "方案文本标题改为 某镇实施方案"
    assert not edits.set_doc_title(doc, "某镇实施方案")  # nothing changes: no step


def test_page_edits_commit_and_undo(qtbot, doc: Document) -> None:
    page = DocumentTextPage(doc)
    qtbot.addWidget(page)
    assert page.page_title() == "方案文本"
    section = next(s for s in doc.plan.sections.values() if s.title == "机构设置")
    assert page.show_entity(EntityKind.SECTION, section.id)
    assert page.title.text() == "机构设置" and page.part.currentData() == GeneratedPart.BODIES.value
    assert "1.党政综合办公室" in page.preview.toPlainText()
    page.text.setPlainText("第一段\n第二段")
    page._commit_text()
    assert doc.plan.sections[section.id].text == "第一段\n第二段"
    page.title.setText("机构设置和职能配置")
    page.title.editingFinished.emit()
    assert doc.plan.sections[section.id].title == "机构设置和职能配置"
    added = page.add_section()
    assert added is not None and page.current_section() is added
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.sections[section.id].title == "机构设置"


def test_file_menu_exports_the_document(qtbot, tmp_path: Path, plan_one_path: Path) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    assert window.files.load(plan_one_path)
    target = tmp_path / "方案文本"
    window.document_exporter.file_chooser = lambda *_args: str(target)
    assert window.document_export_action.text() == "导出方案文本（Word）(&W)…"
    with qtbot.waitSignal(window.document_exporter.exported) as done:
        window.document_export_action.trigger()
    assert Path(done.args[0]) == target.with_suffix(".docx")
    assert docx.Document(str(target.with_suffix(".docx"))).paragraphs[0].text.endswith("实施方案")
    window.files.shutdown()


def test_exporting_a_draft_says_so_and_names_its_unwritten_sections(qtbot, tmp_path: Path) -> None:
    from reformdesk.domain.templates import new_plan
    from reformdesk.store.planfile import save_plan

    path = tmp_path / "城关镇.rdplan"
    save_plan(new_plan("empty", town="城关镇"), path)
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    assert window.files.load(path)
    problems = window.doc.problems()
    bare = [p.message for p in problems if p.code == "section.bare"]
    assert bare[0] == "方案文本“一、指导思想”尚未填写（方案文本中显示为“待补充”）" and len(bare) == 4
    target = tmp_path / "城关镇实施方案.docx"
    window.document_exporter.file_chooser = lambda *_args: str(target)
    with qtbot.waitSignal(window.document_exporter.exported):
        window.document_export_action.trigger()
    assert window.statusBar().currentMessage() == (
        f"已导出草稿到 {target}：存在 {len(problems)} 项问题（见问题清单），未填写的章节标为“待补充”"
    )
    header = docx.Document(str(target)).sections[0].header.paragraphs[0].text
    assert header == f"草稿（存在 {len(problems)} 项问题，不可签署）"
    window.files.shutdown()


def test_a_cancelled_document_export_leaves_no_file(qtbot, tmp_path: Path, plan_one_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    assert window.files.load(plan_one_path)
    exporter = window.document_exporter
    target = tmp_path / "out" / "方案文本.docx"
    target.parent.mkdir()
    shown: list[int] = []
    set_value = QProgressDialog.setValue

    def press_cancel_soon(dialog: QProgressDialog, value: int) -> None:  # 取消 while it is built
        set_value(dialog, value)
        shown.append(value)
        if len(shown) == 2:
            dialog.cancel()

    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel_soon)
    with qtbot.waitSignal(exporter.cancelled):
        assert not exporter.export_to(target)
    assert len(shown) == 2 and not any(target.parent.iterdir())
    assert exporter.progress is not None and not exporter.progress.isVisible()
    window.files.shutdown()


def test_an_empty_heading_shows_what_the_document_will_print_under_it(qtbot) -> None:
    """The text box of a heading with nothing under it shows the document's （待补充：…） prompt."""
    from reformdesk.domain.document_text import section_prompt
    from reformdesk.domain.templates import new_plan

    doc = Document(new_plan("empty", town="城关镇"))
    page = DocumentTextPage(doc)
    qtbot.addWidget(page)
    guiding = next(s for s in doc.plan.sections.values() if s.title == "指导思想")
    assert page.show_entity(EntityKind.SECTION, guiding.id)
    assert page.text.toPlainText() == ""
    assert page.text.placeholderText() == "（待补充：改革的指导思想和总体目标。）\n每行一段"
    assert page.text.placeholderText().startswith(section_prompt(guiding))
    # A lower heading under it: the document prints no prompt there, and the box shows none.
    lower = edits.add_section(doc, guiding.id, level=2, title="总体目标")
    assert lower is not None
    assert page.show_entity(EntityKind.SECTION, guiding.id)
    assert page.text.placeholderText() == "每行一段"
    # Text without heading (level 0) never gets a prompt.
    assert edits.set_section_fields(doc, guiding.id, level=0)
    assert page.show_entity(EntityKind.SECTION, guiding.id)
    assert page.text.placeholderText() == "每行一段"


def test_the_prompt_is_repainted_when_going_from_one_empty_heading_to_another(qtbot) -> None:
    """QPlainTextEdit repaints its placeholder only when it starts or stops showing: going from one
    empty heading to another changed the prompt but left the old one on screen (the clerk read
    基本原则's prompt in the box of 机构设置). The box must be repainted with the new prompt."""
    from PySide6.QtCore import QEvent, QObject

    from reformdesk.domain.templates import new_plan

    doc = Document(new_plan("empty", town="渠镇"))
    page = DocumentTextPage(doc)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    sections = {s.title: s for s in doc.plan.sections.values()}
    assert page.show_entity(EntityKind.SECTION, sections["指导思想"].id)
    qtbot.wait(20)

    class Paints(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints(page)
    page.text.viewport().installEventFilter(paints)
    assert page.show_entity(EntityKind.SECTION, sections["基本原则"].id)
    assert page.text.toPlainText() == ""
    assert page.text.placeholderText().startswith("（待补充：改革遵循的基本原则")
    qtbot.waitUntil(lambda: Paints.count > 0, timeout=1000)
