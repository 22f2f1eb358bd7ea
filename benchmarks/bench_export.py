"""Handover workbook export: time against XlsxWriter and bare openpyxl, and peak memory.

    python benchmarks/bench_export.py                    # 10,000 and 50,000 powers, 3 runs
    python benchmarks/bench_export.py --sizes 2000 --repeat 1

For each size, in the same run and alternating so machine noise hits all three:
- ``export``: :func:`reformdesk.formats.export.export_workbook` (styles, widths,
  row heights, text cleaning, page breaks, the streamed writer of
  formats/_xlsx_stream.py, temporary file and rename);
- ``xlsxwriter``: the contender of issue 17, XlsxWriter constant_memory writing the
  same look (:func:`xlsxwriter_export`; target: export ≤ 1.0× it, wall and CPU time);
- ``bare``: an openpyxl write-only loop appending the same cell values (the same
  sheets, titles, headers and rows, generated the same way) with no styles (≤ 1.6×).
pyexcelerate (0.13.0) is not a contender: its sheets have no page set-up, print
titles, header or footer, margins or page breaks, so it cannot write this look.
Wall and CPU (``time.process_time``) medians are both reported: on the shared
machine other work stretches wall times 2–5×.  Peak memory is measured with
tracemalloc in a separate run (it slows Python down) and counts only what the
export allocates, not the plan it is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reformdesk.domain.model import DelegationMode, Plan, PlanInfo, PowerType, Tier  # noqa: E402
from reformdesk.domain.validation import validate  # noqa: E402
from reformdesk.formats.export import export_workbook, workbook_sheets  # noqa: E402
from reformdesk.formats.style import safe_sheet_name  # noqa: E402

RATIO_TARGET = 1.6


def make_plan(powers: int, seed: int = 1, fixed_bodies: bool = False) -> Plan:
    """A synthetic plan: the shared generator (bodies grow with the plan: one handover
    sheet each) or, with ``fixed_bodies``, a local one with six bodies at every size."""
    if fixed_bodies:
        return _local_plan(powers, seed)
    try:
        from reformdesk.samples.synthetic import generate_plan
    except ImportError:
        return _local_plan(powers, seed)
    return generate_plan(powers=powers, seed=seed)


def _local_plan(powers: int, seed: int) -> Plan:
    rnd = random.Random(seed)
    plan = Plan(
        info=PlanInfo(
            name="桥头镇机构改革方案（合成）",
            town="桥头镇",
            county="大通县",
            office="中共大通县委机构编制委员会办公室",
            date=dt.date(2026, 11, 27),
        )
    )
    bodies = [
        plan.add_body(name, authorized_posts=60, leadership_posts=3)
        for name in (
            "党政综合办公室",
            "经济发展办公室",
            "社会事务办公室",
            "综合行政执法队",
            "公共服务中心",
            "社会治理中心",
        )
    ]
    units = [
        plan.add_unit(f"原科室站所{i:03d}", body_id=bodies[i % len(bodies)].id) for i in range(max(10, powers // 250))
    ]
    people = []
    for i in range(max(50, powers // 10)):
        people.append(
            plan.add_person(
                f"S{i:05d}", f"干部{i:05d}", post="科员", tier_before=Tier.STAFF, unit_id=units[i % len(units)].id
            )
        )
    verbs = ("对", "关于", "")
    acts = ("未经批准擅自", "违反规定", "不按要求")
    things = ("占用道路", "开采矿产资源", "砍伐林木", "排放污水", "建设施工", "经营食品", "设置广告", "饲养畜禽")
    depts = ("县自然资源局", "县林业和草原局", "县市场监督管理局", "县住房和城乡建设局", "县生态环境局", "县农业农村局")
    staff_of: dict[str, list[str]] = {}
    for person in people:
        staff_of.setdefault(plan.body_of(person) or "", []).append(person.id)
    types, modes = list(PowerType), list(DelegationMode)
    last_main = None
    for i in range(powers):
        thing = rnd.choice(things)
        name = f"{rnd.choice(verbs)}{rnd.choice(acts)}{thing}行为的{rnd.choice(('行政处罚', '行政检查', '行政强制'))}"
        body = bodies[rnd.randrange(len(bodies))]
        sub = last_main is not None and rnd.random() < 0.1
        power = plan.add_power(
            f"QH{i:07d}",
            name + (f"（子项{i}）" if sub else ""),
            type=rnd.choice(types),
            legal_basis=f"《中华人民共和国{thing[2:]}管理条例》第{rnd.randint(1, 90)}条",
            source_department=rnd.choice(depts),
            mode=rnd.choice(modes),
            body_id=body.id,
            deadline=dt.date(2027, rnd.randint(1, 12), rnd.randint(1, 28)),
            official_id=rnd.choice(staff_of[body.id]),
            note="" if rnd.random() < 0.7 else "需配套人员和经费保障",
            parent_id=last_main.id if sub and last_main is not None else None,
        )
        if not sub:
            last_main = power
    return plan


def bare_export(plan: Plan, path: Path) -> None:
    """The same cells, appended as plain values (no styles, no page set-up)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    taken: set[str] = set()
    for sheet in workbook_sheets(plan, validate(plan)):
        ws = wb.create_sheet(safe_sheet_name(sheet.name, taken))
        ws.append([sheet.title])
        ws.append(["填表单位：" + plan.info.office, plan.info.date])
        ws.append([c.header for c in sheet.columns])
        for row in sheet.rows:
            ws.append(row)
        for texts in sheet.signature:
            ws.append(list(texts))
    wb.save(path)


def xlsxwriter_export(plan: Plan, path: Path) -> None:
    """The contender: XlsxWriter constant_memory writing the same look (the issue's measure).

    The same sheets, cells and texts (cleaned as the writer cleans them), 宋体 formats
    (title, bordered header and body by alignment, numbers, dates in 年月日, indented
    sub-items, bold 合计 rows, quoted formula-like text), fitted widths, row heights from
    the wrapped lines, page breaks where a page fills, titles merged, notes, signature
    block, frozen header, print titles, A4 landscape fitted to width, margins, header
    (draft mark) and footer.  Not in the product: a benchmark contender.
    """
    import xlsxwriter

    from reformdesk.formats import style as st

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    base = {"font_name": st.FONT_NAME, "font_size": st.FONT_SIZE, "valign": "vcenter"}

    def fmt(**kw: object):
        return wb.add_format(base | kw)

    title_f = fmt(bold=True, font_size=st.TITLE_SIZE, align="center")
    plain_f = fmt()
    header_f = fmt(bold=True, border=1, align="center", text_wrap=True)
    text_f = {a: fmt(border=1, text_wrap=True, align=str(a)) for a in st.Align}
    quoted_f = {a: fmt(border=1, text_wrap=True, align=str(a), quote_prefix=True) for a in st.Align}
    indent_f = fmt(border=1, text_wrap=True, indent=1)
    total_f = fmt(border=1, bold=True, align="center")
    number_f = fmt(border=1, align="center")
    date_f = fmt(border=1, align="center", num_format=st.DATE_FORMAT)
    note_f = fmt(text_wrap=True)
    meta_date_f = fmt(align="right", num_format=st.FILLED_DATE_FORMAT)
    taken: set[str] = set()
    office = st.OFFICE_LABEL + st.clean_text(plan.info.office)
    for sheet in workbook_sheets(plan, validate(plan)):
        ws = wb.add_worksheet(safe_sheet_name(sheet.name, taken))
        columns, ncols = sheet.columns, len(sheet.columns)
        blocks = list(sheet.blocks) if sheet.blocks is not None else None
        rows_of = [b.rows for b in blocks] if blocks is not None else [sheet.rows]
        first_rows = iter(rows_of[0]) if rows_of else iter(())
        sample = [r for _, r in zip(range(st.SAMPLE_ROWS), first_rows, strict=False)]
        widths = st.fit_widths(columns, sample)
        rows_of[0:1] = [[*sample, *first_rows]] if rows_of else []
        for i, w in enumerate(widths):
            ws.set_column(i, i, w)
        ws.set_default_row(st.ROW_HEIGHT)
        header_top = 3 + (blocks is not None) + bool(sheet.draft)
        header_rows = 2 if any(c.group for c in columns) else 1
        ws.freeze_panes(header_top + header_rows - 1, 0)
        if blocks is None:
            ws.repeat_rows(header_top - 1, header_top + header_rows - 2)
        ws.set_landscape()
        ws.set_paper(st.PAPER_A4)
        ws.fit_to_pages(1, 0)
        ws.set_start_page(1)
        ws.center_horizontally()
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        ws.set_footer("&C&10" + st.PAGE_FOOTER.format(pages=1), {"margin": 0.3})
        if sheet.draft:
            ws.set_header('&C&"' + st.FONT_NAME + ',Bold"&12&KC00000' + st.clean_text(sheet.draft), {"margin": 0.3})
        layout = [(c.align, st._room(w)) for c, w in zip(columns, widths, strict=True)]
        right = [st.clean_text(blocks[0].meta[1])] if blocks else []
        split = st.fit_meta(widths, office, right)
        r, used, breaks = 0, 0.0, []
        capacity = st.PAGE_HEIGHT_PT * st.PAGE_FILL

        def header(ws=ws, columns=columns, ncols=ncols) -> None:
            """The header, top row first (constant_memory writes rows in order), merges after."""
            nonlocal r, used
            if not any(c.group for c in columns):
                for c, col in enumerate(columns):
                    ws.write_string(r, c, col.header, header_f)
                ws.set_row(r, st.ROW_HEIGHT)
                r, used = r + 1, used + st.ROW_HEIGHT
                return
            spans, c = [], 0
            while c < ncols:
                j = c
                while columns[c].group and j + 1 < ncols and columns[j + 1].group == columns[c].group:
                    j += 1
                spans.append((c, j))
                c = j + 1
            for c, j in spans:
                ws.write_string(r, c, columns[c].group or columns[c].header, header_f)
                for k in range(c + 1, j + 1):
                    ws.write_blank(r, k, None, header_f)
            ws.set_row(r, st.ROW_HEIGHT)
            for c, j in spans:
                for k in range(c, j + 1):
                    if columns[k].group:
                        ws.write_string(r + 1, k, columns[k].header, header_f)
                    else:
                        ws.write_blank(r + 1, k, None, header_f)
            ws.set_row(r + 1, st.ROW_HEIGHT)
            for c, j in spans:
                if not columns[c].group:
                    ws.merge_range(r, c, r + 1, c, columns[c].header, header_f)
                elif j > c:
                    ws.merge_range(r, c, r, j, columns[c].group, header_f)
            r, used = r + 2, used + 2 * st.ROW_HEIGHT

        def line(text: str, height: float = st.ROW_HEIGHT, f=title_f, ws=ws, ncols=ncols) -> None:
            nonlocal r, used
            if ncols > 1:
                ws.merge_range(r, 0, r, ncols - 1, text, f)
            else:
                ws.write_string(r, 0, text, f)
            ws.set_row(r, height)
            r, used = r + 1, used + height

        for b, rows in enumerate(rows_of):
            title = blocks[b].title if blocks is not None else sheet.title
            if b:
                breaks.append(r)
                used = 0.0
            line(st.clean_text(title), 30)
            if sheet.draft:
                line(st.clean_text(sheet.draft), f=plain_f)
            pairs = [(office, plan.info.date if plan.info.date is not None else "填表时间：")]
            if blocks is not None:
                pairs.append((st.clean_text(blocks[b].meta[0]), st.clean_text(blocks[b].meta[1])))
            for left, right in pairs:
                if ncols == 1:
                    ws.write_string(r, 0, left, plain_f)
                else:
                    if split > 1:
                        ws.merge_range(r, 0, r, split - 1, left, plain_f)
                    else:
                        ws.write_string(r, 0, left, plain_f)
                    if ncols - 1 > split:
                        ws.merge_range(r, split, r, ncols - 1, "", meta_date_f)
                    if isinstance(right, dt.date):
                        ws.write_datetime(r, split, dt.datetime.combine(right, dt.time()), meta_date_f)
                    else:
                        ws.write_string(r, split, right, meta_date_f)
                ws.set_row(r, st.ROW_HEIGHT)
                r, used = r + 1, used + st.ROW_HEIGHT
            header()
            for values in rows:
                lines, cells = 1, []
                for value, (align, room) in zip(values, layout, strict=True):
                    if isinstance(value, str):
                        text = st.cell_text(value)
                        quoted = text.startswith(st.FORMULA_STARTS)
                        f = (
                            indent_f
                            if isinstance(value, st.Indented)
                            else total_f
                            if isinstance(value, st.Total)
                            else (quoted_f if quoted else text_f)[align]
                        )
                        cells.append((ws.write_string, text, f))
                        if 2 * len(text) > room or "\n" in text:
                            lines = max(lines, st._lines_in(text, room))
                    elif value is None:
                        cells.append((ws.write_blank, None, text_f[align]))
                    elif isinstance(value, bool):
                        cells.append((ws.write_string, "是" if value else "否", text_f[st.Align.CENTER]))
                    elif isinstance(value, int | float):
                        cells.append((ws.write_number, value, number_f))
                    else:
                        cells.append((ws.write_datetime, dt.datetime.combine(value, dt.time()), date_f))
                height = st.LINE_HEIGHT * lines + st.ROW_PADDING if lines > 1 else st.ROW_HEIGHT
                if used + height > capacity:
                    breaks.append(r)
                    used = 0.0
                    if blocks is not None:
                        header()  # a list continued on the next page repeats its header
                for c, (write, value, f) in enumerate(cells):
                    write(r, c, value, f)
                ws.set_row(r, height)
                r, used = r + 1, used + height
            notes = blocks[b].notes if blocks is not None else sheet.notes
            for text in notes:
                line(st.clean_text(text), f=note_f)
            signature = blocks[b].signature if blocks is not None else sheet.signature
            if signature:
                r += 1  # a blank line above the signatures
            for texts in signature:
                for text, (first, last) in zip(texts, st._even_spans(ncols, len(texts)), strict=True):
                    if last > first:
                        ws.merge_range(r, first - 1, r, last - 1, st.clean_text(text), plain_f)
                    else:
                        ws.write_string(r, first - 1, st.clean_text(text), plain_f)
                ws.set_row(r, 36)
                r += 1
            if blocks is not None and blocks[b].closing:
                line(st.clean_text(blocks[b].closing), f=note_f)
        ws.set_h_pagebreaks(breaks)
    wb.close()


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    gc.collect()
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - start_cpu


def _peak_mb(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def measure(
    powers: int, repeat: int, workdir: Path, memory: bool = True, fixed_bodies: bool = False
) -> dict[str, float]:
    plan = make_plan(powers, fixed_bodies=fixed_bodies)
    out, bare_out = workdir / f"export-{powers}.xlsx", workdir / f"bare-{powers}.xlsx"
    export_times: list[tuple[float, float]] = []
    bare_times: list[tuple[float, float]] = []
    xw_times: list[tuple[float, float]] = []
    try:
        import xlsxwriter  # noqa: F401  (the contender; not a dependency of the app)
    except ImportError:
        contender = False
    else:
        contender = True
    xw_out = workdir / f"xlsxwriter-{powers}.xlsx"
    for _ in range(repeat):
        bare_times.append(_timed(lambda: bare_export(plan, bare_out)))
        export_times.append(_timed(lambda: export_workbook(plan, out)))
        if contender:
            xw_times.append(_timed(lambda: xlsxwriter_export(plan, xw_out)))
    nan = float("nan")

    def med(times: list[tuple[float, float]], i: int) -> float:
        return statistics.median(t[i] for t in times) if times else nan

    return {
        "powers": powers,
        "xlsxwriter_s": med(xw_times, 0),
        "xlsxwriter_cpu_s": med(xw_times, 1),
        "export_s": med(export_times, 0),
        "export_cpu_s": med(export_times, 1),
        "bare_s": med(bare_times, 0),
        "bare_cpu_s": med(bare_times, 1),
        "export_peak_mb": _peak_mb(lambda: export_workbook(plan, out)) if memory else nan,
        "bare_peak_mb": _peak_mb(lambda: bare_export(plan, bare_out)) if memory else nan,
        "file_mb": out.stat().st_size / 1e6,
        "xlsxwriter_file_mb": xw_out.stat().st_size / 1e6 if contender else nan,
    }


def figures(size: str, repeat: int, workdir: Path) -> list[object]:
    """Rows for ``benchmarks/run.py`` (sizes by name, as the rest of the suite)."""
    from benchmarks.harness import SIZES, Result

    m = measure(SIZES[size][0], repeat, workdir)
    rows = []
    if m["xlsxwriter_s"] == m["xlsxwriter_s"]:  # not NaN: XlsxWriter installed
        rows += [
            Result(
                "export handover workbook vs XlsxWriter constant_memory (same look)",
                size,
                m["export_s"],
                baseline=m["xlsxwriter_s"],
                ratio_target=1.0,
            ),
            Result(
                "export handover workbook vs XlsxWriter, CPU time",
                size,
                m["export_cpu_s"],
                baseline=m["xlsxwriter_cpu_s"],
                ratio_target=1.0,
            ),
        ]
    return [
        *rows,
        Result(
            "export handover workbook vs bare openpyxl values",
            size,
            m["export_s"],
            baseline=m["bare_s"],
            ratio_target=RATIO_TARGET,
            note="baseline: bare openpyxl write-only, same cells",
        ),
        Result("export peak memory growth (tracemalloc)", size, m["export_peak_mb"], unit="MB", target=50),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000], help="power counts")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (median)")
    parser.add_argument("--no-memory", action="store_true", help="skip the (slow) tracemalloc runs")
    parser.add_argument(
        "--fixed-bodies", action="store_true", help="six bodies at every size (memory per row, not per sheet)"
    )
    args = parser.parse_args(argv)
    print(
        f"{'powers':>8} {'export':>9} {'cpu':>8} {'XlsxWriter':>10} {'cpu':>8} {'ratio':>6} "
        f"{'bare':>9} {'ratio':>6} {'peak':>9} {'file':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for powers in args.sizes:
            m = measure(powers, args.repeat, Path(tmp), memory=not args.no_memory, fixed_bodies=args.fixed_bodies)
            print(
                f"{powers:>8} {m['export_s']:>8.2f}s {m['export_cpu_s']:>7.2f}s {m['xlsxwriter_s']:>9.2f}s "
                f"{m['xlsxwriter_cpu_s']:>7.2f}s {m['export_cpu_s'] / m['xlsxwriter_cpu_s']:>5.2f}× "
                f"{m['bare_s']:>8.2f}s {m['export_s'] / m['bare_s']:>5.2f}× "
                f"{m['export_peak_mb']:>6.1f} MB {m['file_mb']:>5.1f} MB",
                flush=True,
            )
    print(f"targets: export ≤ 1.0× XlsxWriter (CPU ratio shown), ≤ {RATIO_TARGET}× bare; peak growth ≤ 50 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
