"""The roster import preview says how 党委书记 and 镇长 were read, and the office picks the other reading there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reformdesk.domain.model import Plan, Tier
from reformdesk.formats.roster import HeadChoice, apply_roster, plan_roster, read_roster
from reformdesk.gui.dialogs.roster_import_dialog import RosterImportDialog
from reformdesk.samples import liuxi
from tests.conftest import SAMPLES
from tests.formats.import_helpers import write_xlsx
from tests.formats.test_roster import PEOPLE_HEADER
from tests.gui.windows import discard_changes

ROSTER = SAMPLES / liuxi.ROSTER_FILE


def _dialog(qtbot, path: Path, plan: Plan) -> RosterImportDialog:
    dialog = RosterImportDialog(plan_roster(plan, read_roster(path)))
    qtbot.addWidget(dialog, before_close_func=discard_changes)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _tiers(dialog: RosterImportDialog) -> dict[str, str]:
    model = dialog.people_model
    return {model.index(r, model.NAME).data(): model.index(r, model.TIER).data() for r in range(model.rowCount())}


def test_both_readings_of_the_leaders_are_shown_and_chosen_by_keyboard(qtbot) -> None:
    plan = Plan()
    dialog = _dialog(qtbot, ROSTER, plan)
    # The default reading (--head secretary), said in words above the table.
    assert dialog.head_combo.currentData() == HeadChoice.SECRETARY.value
    text = dialog.leaders_label.text()
    assert "周建华（党委书记）为负责人" in text and "马海龙（镇长）为副职领导" in text
    assert "无人读作负责人" not in text
    assert _tiers(dialog)["周建华"] == "负责人" and _tiers(dialog)["马海龙"] == "副职领导"

    # The other reading: Alt+H reaches the choice, the label and the rows follow at once.
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert dialog.head_combo.hasFocus()
    qtbot.keyClick(dialog.head_combo, Qt.Key.Key_Down)
    assert dialog.head_combo.currentData() == HeadChoice.MAYOR.value
    text = dialog.leaders_label.text()
    assert "马海龙（镇长）为负责人" in text and "周建华（党委书记）为副职领导" in text
    assert _tiers(dialog)["马海龙"] == "负责人" and _tiers(dialog)["周建华"] == "副职领导"
    apply_roster(plan, dialog.preview)
    imported = {p.name: p.tier_before for p in plan.people.values()}
    assert imported["马海龙"] is Tier.HEAD and imported["周建华"] is Tier.DEPUTY_LEADER


def test_a_roster_led_by_its_mayor_warns_that_no_one_is_the_head(qtbot, tmp_path: Path) -> None:
    # 城关镇's roster: a 镇长 and no 党委书记; by default nobody would be 负责人.
    path = tmp_path / "城关镇花名册.xlsx"
    rows = [
        ["1", "马建国", "男", "1975.03", "汉族", "党政办", "镇长", "", "行政编制", "", ""],
        ["2", "何小燕", "女", "1980.05", "汉族", "党政办", "副镇长", "", "行政编制", "", ""],
        ["3", "苏文", "男", "1990.01", "汉族", "党政办", "科员", "", "行政编制", "", ""],
    ]
    write_xlsx(path, [PEOPLE_HEADER, *rows])
    dialog = _dialog(qtbot, path, Plan())
    assert "马建国（镇长）为副职领导" in dialog.leaders_label.text()
    assert "无人读作负责人" in dialog.leaders_label.text()
    dialog.head_combo.setCurrentIndex(dialog.head_combo.findData(HeadChoice.MAYOR.value))
    assert dialog.leaders_label.text() == "主要负责人的读法：马建国（镇长）为负责人。"


def test_a_roster_without_either_leader_says_so(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "站所.xlsx"
    write_xlsx(path, [PEOPLE_HEADER, ["1", "苏文", "男", "1990.01", "汉族", "党政办", "科员", "", "行政编制", "", ""]])
    dialog = _dialog(qtbot, path, Plan())
    assert dialog.leaders_label.text().startswith("花名册中没有党委书记或镇长")
