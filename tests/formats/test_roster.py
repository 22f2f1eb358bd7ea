"""Reading a town's roster (花名册) and matching it with a plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformdesk.domain.model import Plan, PostType, Tier
from reformdesk.domain.registry import EntityKind
from reformdesk.formats.roster import (
    HeadChoice,
    RosterRefused,
    SheetKind,
    apply_roster,
    plan_roster,
    propose_tier,
    read_roster,
    roster_changes,
    sheet_kind,
)
from reformdesk.samples import liuxi
from tests.conftest import SAMPLES
from tests.formats.import_helpers import write_xlsx

ROSTER = SAMPLES / liuxi.ROSTER_FILE
PEOPLE_HEADER = ["序号", "姓名", "性别", "出生年月", "民族", "所在单位", "职务", "职级", "编制类型", "进编时间", "备注"]


def test_the_sample_roster_as_the_real_name_system_exports_it() -> None:
    read = read_roster(ROSTER)
    assert [(s, k) for s, k, _h in read.sheets] == [("机构", SheetKind.UNITS), ("人员", SheetKind.PEOPLE)]
    assert [u.name for u in read.units] == [row[1] for row in liuxi.UNITS]
    assert read.units[5].posts == 2, "full-width digits"
    assert read.units[3].post_type is PostType.INSTITUTION, "事业单位 → 事业编制"
    assert len(read.people) == 26 and not [p for p in read.people if p.problems]
    leaders = [p for p in read.people if p.leader]
    assert len(leaders) == 7 and all(p.unit == "" for p in leaders), "领导班子 is not a unit"
    zhao = next(p for p in read.people if p.name == "赵丽娟")
    assert (zhao.staff_id, zhao.birth, zhao.joined) == ("LX005", "1983年9月", "2006年8月")
    liu = next(p for p in read.people if p.name == "刘鹏")
    assert liu.unit == "党政综合办公室", "the unit merged down over its people"
    assert next(p for p in read.people if p.name == "马海龙").post_type is PostType.ADMINISTRATIVE  # 行政
    reasons = {why for _s, _r, why in read.skipped}
    assert reasons == {"合计行", "说明行", "签字行"}


def test_tiers_proposed_from_posts_and_the_head_the_office_chooses() -> None:
    read = read_roster(ROSTER)
    preview = plan_roster(Plan(), read)
    tiers = {m.read.name: m.tier for m in preview.people}
    assert tiers["周建华"] is Tier.HEAD and tiers["马海龙"] is Tier.DEPUTY_LEADER
    assert {tiers[n] for n in ("李秀英", "韩文斌", "祁国栋", "孙志强")} == {Tier.DEPUTY_LEADER}
    assert {tiers[n] for n in ("王晓燕", "吴刚", "林峰", "唐莉")} == {Tier.SECTION_CHIEF}
    assert {tiers[n] for n in ("刘鹏", "朱涛", "徐娜", "陈明")} == {Tier.STAFF}
    preview.rematch_heads(HeadChoice.MAYOR)
    tiers = {m.read.name: m.tier for m in preview.people}
    assert tiers["周建华"] is Tier.DEPUTY_LEADER and tiers["马海龙"] is Tier.HEAD
    preview.set_tier(0, Tier.HEAD)
    preview.rematch_heads(HeadChoice.MAYOR)
    assert preview.people[0].tier is Tier.HEAD, "a choice made by hand stays"


@pytest.mark.parametrize(
    ("post", "tier"),
    [
        ("党委书记", Tier.HEAD),
        ("党委副书记、镇长", Tier.DEPUTY_LEADER),
        ("党委副书记", Tier.DEPUTY_LEADER),
        ("副镇长", Tier.DEPUTY_LEADER),
        ("人大主席", Tier.DEPUTY_LEADER),
        ("纪委书记", Tier.DEPUTY_LEADER),
        ("武装部长", Tier.DEPUTY_LEADER),
        ("站长", Tier.SECTION_CHIEF),
        ("党政办主任", Tier.SECTION_CHIEF),
        ("财政所所长", Tier.SECTION_CHIEF),
        ("副主任科员", Tier.STAFF),
        ("科员", Tier.STAFF),
        ("办事员", Tier.STAFF),
        ("", Tier.STAFF),
    ],
)
def test_propose_tier(post: str, tier: Tier) -> None:
    assert propose_tier(post)[0] is tier


def test_import_then_reimport_updates_never_duplicates() -> None:
    plan = Plan()
    read = read_roster(ROSTER)
    apply_roster(plan, plan_roster(plan, read))
    assert (len(plan.units), len(plan.people)) == (6, 26)
    assert plan.unit_by_name("财政所").authorized_posts == 3
    assert plan.person_by_staff_id("LX021").unit_id == plan.unit_by_name("农业综合服务站").id
    again = plan_roster(plan, read)
    assert not again.units_added and not again.people_added and not again.people_updated
    assert not roster_changes(plan, again)
    read.people[8].post = "副主任"
    update = plan_roster(plan, read)
    assert [m.read.name for m in update.people_updated] == [read.people[8].name]
    assert update.people_updated[0].updates() == {"post": "副主任"}


def test_without_staff_ids_people_match_by_name_and_unit(tmp_path: Path) -> None:
    rows = [
        ["某镇花名册"],
        PEOPLE_HEADER,
        [1, "张伟", "男", "1980.01", "汉族", "党政办", "主任", "", "行政编制", "", ""],
        [2, "张伟", "男", "1990.01", "汉族", "财政所", "科员", "", "事业编制", "", ""],
    ]
    path = write_xlsx(tmp_path / "r.xlsx", rows, merges=["A1:K1"])
    plan = Plan()
    apply_roster(plan, plan_roster(plan, read_roster(path)))
    assert len(plan.people) == 2
    rows[3][6] = "副所长"
    preview = plan_roster(plan, read_roster(write_xlsx(tmp_path / "r2.xlsx", rows)))
    assert not preview.people_added
    assert [(m.read.unit, m.updates()) for m in preview.people_updated] == [("财政所", {"post": "副所长"})]


def test_caption_rows_name_the_unit_of_the_people_below(tmp_path: Path) -> None:
    header = ["序号", "姓名", "性别", "职务", "人员类别"]
    rows = [
        ["填报单位：某镇人民政府"],
        header,
        ["镇领导"],
        [1, "甲", "男", "党委书记", "行政"],
        ["一、党政办公室（2人）"],
        [2, "乙", "女", "主任", "行政"],
        [3, "丙", "男", "科员", "参公"],
    ]
    read = read_roster(write_xlsx(tmp_path / "c.xlsx", rows))
    assert [(p.name, p.unit, p.leader) for p in read.people] == [
        ("甲", "", True),
        ("乙", "党政办公室", False),
        ("丙", "党政办公室", False),
    ]
    assert read.people[2].post_type is PostType.CIVIL_SERVICE_REFERENCE


def test_a_bad_row_is_named_by_row_and_reason_and_nothing_changes(tmp_path: Path) -> None:
    rows = [
        ["某镇花名册"],
        PEOPLE_HEADER,
        [1, "甲", "男", "1980.01", "汉族", "党政办", "主任", "", "行政编制", "", ""],
        [2, "乙", "未知", "1990年13月", "汉族", "党政办", "科员", "", "合同工", "", ""],
        [3, "", "男", "", "", "党政办", "科员", "", "", "", ""],
    ]
    plan = Plan()
    preview = plan_roster(plan, read_roster(write_xlsx(tmp_path / "bad.xlsx", rows)))
    assert [(b.row, b.reason) for b in preview.bad] == [
        (
            4,
            "性别“未知”应为 男 或 女；出生年月“1990年13月”不是年月；编制类型“合同工”无法识别（应为 行政编制、事业编制、参照公务员法管理、工勤 或 编外）",
        ),
        (5, "缺少姓名"),
    ]
    with pytest.raises(RosterRefused, match="第 4 行"):
        roster_changes(plan, preview)
    assert plan == Plan(info=plan.info)
    skipped = roster_changes(plan, preview, skip_bad_rows=True)
    assert [p.name for p in skipped.added(EntityKind.PERSON)] == ["甲"]


def test_an_ods_roster(tmp_path: Path) -> None:
    import zipfile

    from tests.formats.test_import_read import MANIFEST

    def cell(value: str, kind: str = "string") -> str:
        if kind == "date":
            return f'<table:table-cell office:value-type="date" office:date-value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    def row(*cells: str) -> str:
        return f"<table:table-row>{''.join(cells)}</table:table-row>"

    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>'
        '<table:table table:name="花名册">'
        + row(cell("姓名"), cell("科室"), cell("职务"), cell("出生日期"), cell("人员身份"))
        + row(cell("甲"), cell("财政所"), cell("所长"), cell("1985-03-12", "date"), cell("事业"))
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "roster.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    (person,) = read_roster(path).people
    assert (person.name, person.unit, person.birth, person.post_type) == (
        "甲",
        "财政所",
        "1985年3月",
        PostType.INSTITUTION,
    )


# -- the roster fixture in every format (fixtures/make_fixtures.py: roster) ------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_the_roster_fixture_reads_alike_as_xlsx_xls_and_ods(fmt: str) -> None:
    read = read_roster(FIXTURES / f"roster.{fmt}")
    assert read.sheets == [("机构", SheetKind.UNITS, 3), ("人员", SheetKind.PEOPLE, 3)]
    assert [(u.name, u.posts, u.actual, u.post_type) for u in read.units] == [
        ("党政办公室", 4, 3, PostType.ADMINISTRATIVE),
        ("财政所", 3, 2, PostType.INSTITUTION),  # ３ full-width
    ]
    assert [(p.row, p.name, p.unit, p.leader, p.birth, p.joined) for p in read.people] == [
        (5, "周书记", "", True, "1972年5月", "1995年8月"),  # an Excel date; under the merged 镇领导班子 caption
        (6, "马镇长", "", True, "1978年11月", "1999年7月"),
        (7, "王主任", "党政办公室", False, "1986年4月", "2010年8月"),
        # merged down over its people (.ods: calamine reports no merges, the unit carries down its block)
        (8, "刘科员", "党政办公室", False, "1990年10月", "2014年9月"),
        (9, "陈师傅", "党政办公室", False, "1982年2月", "2005年3月"),
        (12, "吴所长", "财政所", False, "1983年6月", "2007年8月"),  # under the caption 二、财政所（2人）
        (13, "徐会计", "财政所", False, "1991年12月", ""),
    ]
    assert [p.post_type for p in read.people][-3:] == [PostType.WORKER, PostType.INSTITUTION, PostType.OUTSIDE]
    assert not [p for p in read.people if p.problems]
    assert read.skipped == [
        ("机构", 6, "合计行"),
        ("人员", 4, "分组行（镇领导班子）"),
        ("人员", 10, "合计行"),
        ("人员", 11, "分组行（财政所）"),
        ("人员", 14, "合计行"),
        ("人员", 15, "说明行"),
        ("人员", 16, "签字行"),
    ]
    tiers = [m.tier for m in plan_roster(Plan(), read).people]
    assert tiers == [
        Tier.HEAD,
        Tier.DEPUTY_LEADER,
        Tier.SECTION_CHIEF,
        Tier.STAFF,
        Tier.STAFF,
        Tier.SECTION_CHIEF,
        Tier.STAFF,
    ]


def test_a_caption_merged_across_the_table_names_the_unit_below(tmp_path: Path) -> None:
    rows = [
        ["某镇人员花名册"],
        PEOPLE_HEADER,
        ["党政办（2人）"],
        [1, "甲", "男", "1980.01", "汉族", "", "主任", "", "行政编制", "", ""],
        [2, "乙", "女", "1990.01", "汉族", "", "科员", "", "行政编制", "", ""],
        ["领导班子"],
        [3, "丙", "男", "1970.01", "汉族", "", "镇长", "", "行政编制", "", ""],
    ]
    read = read_roster(write_xlsx(tmp_path / "m.xlsx", rows, merges=["A1:K1", "A3:K3", "A6:K6"]))
    assert [(p.name, p.unit, p.leader) for p in read.people] == [
        ("甲", "党政办", False),
        ("乙", "党政办", False),
        ("丙", "", True),
    ]


# -- sheet kinds: the importers' vocabularies and header finding --------------------------------------


def _kind(tmp_path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> SheetKind | None:
    from reformdesk.formats.import_guard import read_tables

    (table,) = read_tables(write_xlsx(tmp_path / "k.xlsx", rows, merges=merges))
    found = sheet_kind(table)
    return None if found is None else found[0]


TITLE_ROWS: list[list[object]] = [["某县某镇清单"], ["填报单位：某镇人民政府", "", "", "填报时间：2026年11月"], []]


@pytest.mark.parametrize(
    "header",
    [
        ["序号", "事项名称", "事项类型", "实施依据", "原实施部门"],  # a province 指导目录: no code column
        ["序号", "名称", "类别", "依据", "实施主体"],  # 名称 and 类别 are unit-sheet words too
        ["序号", "职权名称", "职权类别", "设定依据", "备注"],
        ["序号", "事项编码", "事项名称", "承接机构", "责任人"],
    ],
)
def test_a_power_list_with_or_without_codes_is_a_power_list(tmp_path: Path, header: list[str]) -> None:
    rows = [*TITLE_ROWS, header, [1, "食品经营许可", "行政许可", "《食品安全法》", "县市场监管局"]]
    assert _kind(tmp_path, rows, ("A1:E1",)) is SheetKind.POWERS


def test_the_no_codes_fixture_is_a_power_list() -> None:
    from reformdesk.formats.import_guard import read_tables

    for fmt in ("xlsx", "xls", "ods"):
        (table,) = read_tables(FIXTURES / f"no_codes.{fmt}")
        found = sheet_kind(table)
        assert found is not None and found[:2] == (SheetKind.POWERS, 1), fmt


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (PEOPLE_HEADER, SheetKind.PEOPLE),
        (["序号", "姓名", "单位名称", "职务", "备注"], SheetKind.PEOPLE),  # 单位名称: a unit-sheet word
        (["编号", "姓名", "部门", "岗位", "说明"], SheetKind.PEOPLE),  # 编号, 说明: power-list words
        (["序号", "单位名称", "机构性质", "核定编制", "领导职数", "实有人数", "备注"], SheetKind.UNITS),
        (["序号", "名称", "类别", "核定编制", "实有人数"], SheetKind.UNITS),  # 名称 | 类别 as in a power list
        (["编号", "机构名称", "编制数", "说明"], SheetKind.UNITS),
    ],
)
def test_a_roster_is_never_a_power_list(tmp_path: Path, header: list[str], kind: SheetKind) -> None:
    rows = [*TITLE_ROWS, header, ["1", "某某", "党政办", "主任", ""]]
    assert _kind(tmp_path, rows, ("A1:F1",)) is kind


def test_a_sheet_without_a_known_header_is_none(tmp_path: Path) -> None:
    assert _kind(tmp_path, [["填报说明"], ["1.“事项名称”填写规范名称；"], ["2.“姓名”填写身份证上的姓名。"]]) is None
    assert _kind(tmp_path, [["序号", "机构名称", "编制类型", "备注"]]) is None, "a unit sheet needs a figure or 类别"


def test_a_reform_rosters_yuan_danwei_column_names_the_unit(tmp_path: Path) -> None:
    """A roster drawn up for the reform heads the unit column 原单位, in an order of its own."""
    rows = [
        ["河湾镇机构改革人员花名册"],
        ["（示例）"],
        ["序号", "姓名", "职务", "原单位", "性别", "出生年月", "编制类型"],
        [1, "傅卫东", "主任", "党政综合办公室", "男", "1980.01", "行政编制"],
        [2, "陈浩然", "科员", "财政所", "男", "1990.11", "事业编制"],
    ]
    read = read_roster(write_xlsx(tmp_path / "r.xlsx", rows, merges=["A1:G1", "A2:G2"]))
    assert [(p.name, p.unit) for p in read.people] == [("傅卫东", "党政综合办公室"), ("陈浩然", "财政所")]


def test_a_roster_read_first_without_units_then_with_them_does_not_duplicate(tmp_path: Path) -> None:
    header = ["序号", "姓名", "职务", "单位", "编制类型"]
    people = [[1, "傅卫东", "主任", "党政办", "行政编制"], [2, "陈浩然", "科员", "财政所", "事业编制"]]
    # The first import read no unit column (a header it did not know): people without units.
    unitless = [[row[0], row[1], row[2], "", row[4]] for row in people]
    plan = Plan()
    apply_roster(plan, plan_roster(plan, read_roster(write_xlsx(tmp_path / "a.xlsx", [header, *unitless]))))
    assert len(plan.people) == 2 and all(p.unit_id is None for p in plan.people.values())
    preview = plan_roster(plan, read_roster(write_xlsx(tmp_path / "b.xlsx", [header, *people])))
    assert not [m for m in preview.people if m.new]
    apply_roster(plan, preview)
    units = {u.id: u.name for u in plan.units.values()}
    assert sorted((p.name, units[p.unit_id or ""]) for p in plan.people.values()) == [
        ("傅卫东", "党政办"),
        ("陈浩然", "财政所"),
    ]


def test_a_name_two_people_share_is_never_guessed(tmp_path: Path) -> None:
    header = ["序号", "姓名", "职务", "单位", "编制类型"]
    plan = Plan()
    two = [[1, "张伟", "主任", "党政办", "行政编制"], [2, "张伟", "科员", "财政所", "事业编制"]]
    apply_roster(plan, plan_roster(plan, read_roster(write_xlsx(tmp_path / "a.xlsx", [header, *two]))))
    # A roster without the unit: which 张伟 it means cannot be told, so it is a new person.
    preview = plan_roster(plan, read_roster(write_xlsx(tmp_path / "b.xlsx", [header, [1, "张伟", "主任", "", ""]])))
    assert [m.new for m in preview.people] == [True]


def test_main_leaders_say_how_the_secretary_and_the_mayor_were_read() -> None:
    preview = plan_roster(Plan(), read_roster(ROSTER))
    assert preview.main_leaders() == [("周建华", "secretary", Tier.HEAD), ("马海龙", "mayor", Tier.DEPUTY_LEADER)]
    preview.rematch_heads(HeadChoice.MAYOR)  # the CLI's --head mayor
    assert preview.main_leaders() == [("周建华", "secretary", Tier.DEPUTY_LEADER), ("马海龙", "mayor", Tier.HEAD)]
    preview.rematch_heads(HeadChoice.BOTH)
    assert {tier for _n, _m, tier in preview.main_leaders()} == {Tier.HEAD}


def test_a_politics_and_law_post_reads_as_an_administrative_post(tmp_path: Path) -> None:
    """司法所 staff hold 政法专项编制, a kind of 行政编制: a real roster says so, and the row was refused."""
    rows = [
        ["某镇花名册"],
        ["序号", "姓名", "性别", "所在单位", "职务", "编制类型"],
        [1, "林涛", "男", "司法所", "所长", "政法专项编制"],
        [2, "何平", "男", "司法所", "科员", "政法专项"],
        [3, "高远", "男", "派出所", "科员", "政法编制"],
    ]
    read = read_roster(write_xlsx(tmp_path / "z.xlsx", rows))
    assert [(p.problems, p.post_type) for p in read.people] == [((), PostType.ADMINISTRATIVE)] * 3
