"""i18n smoke test: the main window and every dialog open in each language, translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from reformdesk.domain.registry import EntityKind
from reformdesk.gui import edits
from reformdesk.gui.app import install_translators, remove_translators, translation_file
from reformdesk.gui.main_window import MainWindow
from reformdesk.gui.settings import LANGUAGES
from reformdesk.store.planfile import PlanFileError, open_plan
from tests.gui.core_plans import make_settings, saved_small_plan, small_plan
from tests.gui.i18n_check import chinese_left, plan_data, visible_texts
from tests.gui.windows import discard_changes


@pytest.fixture(params=list(LANGUAGES))
def language(request, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def _dialogs(qtbot, window: MainWindow, tmp_path: Path) -> Iterator[QWidget]:
    """Open each dialog of the app in turn (non-blocking) and yield it."""
    files = window.files
    yield window.show_settings()
    yield window.show_about()
    page = window.pages[0]
    page.new_tree.setFocus()
    page.new_tree.select_key(EntityKind.UNIT, "u-office")
    yield page.ask_move()
    yield files.ask_save_alternative()
    bad = tmp_path / "bad.rdplan"
    bad.write_bytes(b"")
    with qtbot.waitSignal(files.dialogShown) as shown:
        files.load(bad)
    yield shown.args[0]
    edits.move_units(window.doc, ["u-farm"], "b-service")
    with qtbot.waitSignal(files.dialogShown) as shown:
        files.close_plan()
    yield shown.args[0]
    files.autosave()
    files.wait_autosave()
    note = files.recovery.path.with_suffix(".json")
    note.write_text(note.read_text(encoding="utf-8").replace('"pid": ', '"pid": 99999999'), encoding="utf-8")
    yield window.offer_recovery()


def test_window_and_every_dialog_open_translated(qtbot, tmp_path: Path, language: str) -> None:
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=discard_changes)
    window.show()
    assert window.files.load(saved_small_plan(tmp_path))
    english = language == "en"
    assert window.menuBar().actions()[0].text() == ("&File" if english else "文件(&F)")
    assert window.tabs.tabText(0) == ("Structure" if english else "机构设置")
    titles = []
    texts = visible_texts(window)
    for dialog in _dialogs(qtbot, window, tmp_path):
        assert dialog is not None and dialog.isVisible(), dialog
        titles.append(dialog.windowTitle())
        texts += visible_texts(dialog)
        if isinstance(dialog, QMessageBox) and dialog.button(QMessageBox.StandardButton.Discard):
            # The question's buttons carry their Alt letters (Qt's own texts carry none).
            discard = dialog.button(QMessageBox.StandardButton.Discard).text()
            assert discard == ("Do&n't save" if english else "不保存(&N)")
            assert window.undo_action.text() == (
                "Undo Merge 农牧站 into 公共服务中心" if english else "撤销 将 农牧站 并入 公共服务中心"
            )
        if isinstance(dialog, QDialog):
            dialog.reject()
    expected = (
        [
            "Settings",
            "About",
            "Move into functional body",
            "Save as alternative",
            "Cannot open the plan",
            "Save changes",
            "Restore unsaved plans",
        ]
        if english
        else ["设置", "关于", "移入职能机构", "另存为备选方案", "无法打开方案", "保存更改", "恢复未保存的方案"]
    )
    assert titles == expected
    if english:
        # Excluded as data: the plan's content, the store's error message for the
        # broken file, and the language list, where each language is named in itself.
        try:
            open_plan(tmp_path / "bad.rdplan")
        except PlanFileError as exc:
            reason = str(exc)
        data = plan_data([small_plan()], extra=[reason, *LANGUAGES.values()])
        left = sorted({text for _where, text in chinese_left(texts, data)})
        assert left == [], "\n".join(left)
    window.files.shutdown()


def test_shipped_translation_is_built() -> None:
    qm = translation_file("en")
    assert qm is not None
    ts = qm.with_suffix(".ts")  # the source beside it in the checkout (not shipped in the wheel)
    assert qm.stat().st_size > 0
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_qt_file_dialog_is_chinese_in_the_chinese_ui(qtbot, qapp: QApplication) -> None:
    """Qt's non-native file dialog in zh_CN: every label Chinese (it read "Look in:" and "Files of type:").

    qtbase_zh_CN.qm translates "Look in:", but Qt 6 asks for "&Look in:"; our qtbase_extra_zh_CN.qm
    fills that gap, and must stay installed after (so asked before) Qt's own.
    """
    from PySide6.QtWidgets import QFileDialog, QLabel

    translators = install_translators(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "选择文件")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.text()}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
        assert labels["fileNameLabel"] == "文件名称(&N)："
        assert not [text for text in labels.values() if re.search("[A-Za-z]{2,}", text)], labels
        dialog.reject()
    finally:
        remove_translators(qapp, translators)


#: A count right before a countable English noun: "%1 officers" read "1 officers".
_COUNTED_NOUN = re.compile(
    r"%\d (?:(?:power|selected|adjustment|enforcement|approval|service|new|unreadable) ){0,2}(?:people|persons?|items?|rows?|columns?|officers?|stations?|villages?|zones?"
    r"|units?|subjects?|records?|saves?|plans?|posts?|members?|differences?|cells?|fields?|sheets?)\b"
)
#: Contexts whose files another change owns this round (the compare window's tree model).
_COUNTS_LEFT_TO_OTHERS = {"CompareTreeModel"}


def test_every_count_in_the_english_ui_takes_its_plural_form(qapp: QApplication) -> None:
    """ "1 officers", "1 people": every message counting something is a plural message (%n, numerus)
    with its English singular and plural filled, and no count is pasted in with "%1"."""
    import xml.etree.ElementTree as ET

    qm = translation_file("en")
    assert qm is not None
    root = ET.parse(qm.with_suffix(".ts")).getroot()
    pasted, unfilled = [], []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                # The singular may leave the number out ("Move the selected item into:").
                if len(forms) != 2 or not all(forms) or "%n" not in forms[1]:
                    unfilled.append((name, source, forms))
            elif "%n" in source or (
                name not in _COUNTS_LEFT_TO_OTHERS and _COUNTED_NOUN.search(translation.text or "")
            ):
                pasted.append((name, source, translation.text))
    assert pasted == [] and unfilled == []
    translators = install_translators(qapp, "en")
    try:
        from PySide6.QtCore import QCoreApplication

        from reformdesk.gui.contexts import EnforcementEdits

        assert QCoreApplication.translate("BodyPanel", "%n 人", "", 1) == "1 person"
        assert QCoreApplication.translate("BodyPanel", "%n 人", "", 2) == "2 people"
        assert EnforcementEdits.tr("%n 名执法人员", "", 1) == "1 officer"
        assert EnforcementEdits.tr("%n 名执法人员", "", 12) == "12 officers"
    finally:
        remove_translators(qapp, translators)


def test_a_button_that_deletes_says_so_in_english(qapp: QApplication) -> None:
    """删除 on a button or menu item is an order ("Delete", "Remove"); only a difference of the
    comparison, whose label is the same word, is "Removed" (the 方案文本 page's button, the service
    hall's action and the delete confirmation read "Removed")."""
    from PySide6.QtCore import QCoreApplication

    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("ComparisonLabels", "删除") == "Removed"
        for context in ("DocumentTextPage", "EntityActions", "ServicePage"):
            assert QCoreApplication.translate(context, "删除") in {"Delete", "Remove"}, context
        assert QCoreApplication.translate("EnforcementPage", "删除(&L)") == "De&lete"
        assert QCoreApplication.translate("PowersPage", "删除(&R)") == "&Remove"
        assert QCoreApplication.translate("PowersPage", "添加事项(&A)") == "&Add item"
    finally:
        remove_translators(qapp, translators)


#: Words an English label capitalises wherever they stand.
_PROPER = re.compile(
    r"(Excel|Word|PNG|SVG|PostgreSQL|Qiaotou|ReformDesk|OK|ID|Ctrl|Alt|Enter|Shift|Delete|Insert|Tab|Space|Esc"
    r"|SQLite|Qt|Datong|Liuxi|Chinese|English|County|Town|[A-Z])"
)


def test_english_commands_are_in_sentence_case() -> None:
    """The File menu read "Save As…", "Save as Alternative…", "Compare Plans…" beside "Close plan" and
    "Export plan document (Word)…", the powers toolbar "Add Item", "Set in Bulk…" beside every other
    page's "Add unit": one case, the sentence case of the rest of the UI."""
    import xml.etree.ElementTree as ET

    qm = translation_file("en")
    assert qm is not None
    title_case = []
    for context in ET.parse(qm.with_suffix(".ts")).getroot().iter("context"):
        for message in context.iter("message"):
            text = (message.findtext("translation") or "").replace("&", "")
            words = re.findall(r"[A-Za-z][\w-]*", text)
            if len(words) > 6 or "%" in text or "(*" in text or "yyyy" in text:
                continue  # a sentence, a label around a value (its names are capitalised), a filter, a date
            if any(w[0].isupper() and not _PROPER.fullmatch(w) for w in words[1:]):
                title_case.append((context.findtext("name"), text))
    assert title_case == []


def test_a_body_over_its_posts_by_one_reads_as_english(qapp: QApplication) -> None:
    """The clerk read "has 1 leaders (周杰), more than its 0 leadership posts" in the problems list:
    the messages over posts and leadership posts count with {…} (the domain's templates), so
    their English must read right for 1 as for 2."""
    from reformdesk.domain.registry import EntityKind
    from reformdesk.domain.validation import CODES, Names, Problem
    from reformdesk.gui.models.domain_text import problem_text

    def text(code: str, template: str, **params: object) -> str:
        return problem_text(Problem(code, CODES[code], "", EntityKind.BODY, "b", template, params))

    translators = install_translators(qapp, "en")
    try:
        texts = [
            text(
                "body.over_leaders",
                "职能机构“{body}”领导{count}名（{names}），超出领导职数{posts}",
                body="公共服务中心",
                count=1,
                names=Names(["周杰"]),
                posts=0,
            ),
            text(
                "body.over_leaders",
                "职能机构“{body}”领导{count}名（{names}），超出领导职数{posts}",
                body="公共服务中心",
                count=2,
                names=Names(["周杰", "吴芳"]),
                posts=1,
            ),
            text(
                "body.over_posts", "职能机构“{body}”在岗{people}人，超出编制数{posts}", body="党政办", people=2, posts=1
            ),
        ]
    finally:
        remove_translators(qapp, translators)
    assert all("公共服务中心" in t or "党政办" in t for t in texts)
    assert all(t.startswith("Functional body “") for t in texts)  # translated, not the Chinese
    bad = re.compile(r"\b1 (?:leaders|leadership posts|authorised posts|posts)\b")
    assert [t for t in texts if bad.search(t)] == []
