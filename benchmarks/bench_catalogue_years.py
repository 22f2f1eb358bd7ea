"""The catalogue's years: comparing two 50,000-item versions, 新建年度版本, the approval catalogue.

The old version is ``samples.synthetic_catalogue.generate_catalogue`` with as many items as
the size has powers (province: 50,000); the new one is its next year's version
(``new_year_version``) with about 6 % of items changed the way a year changes a list: 1 %
cancelled, 1 % added, 2 % with a new legal basis, 1 % delegated (乡级 added to 行使层级),
0.5 % merged in pairs and 0.5 % split in two.  Timed as process CPU time (medians of
``repeat`` runs): ``compare_versions`` — natural keys on both sides, 合并/分设 from the
合并自 codes, one tuple comparison per pair and field by field only where it differs — and,
as the baseline in the same run, the floor of any by-key comparison: one dict of the old
version by code and a tuple comparison of the same fields per new item, nothing else.
"""

from __future__ import annotations

import random
from functools import cache
from operator import attrgetter
from pathlib import Path

from benchmarks.harness import SIZES, Result, median_cpu
from reformdesk.domain.catalogue.approvals import approval_catalogue
from reformdesk.domain.catalogue.edits import new_item
from reformdesk.domain.catalogue.model import Catalogue
from reformdesk.domain.catalogue.versions import COMPARED, compare_versions, new_year_version
from reformdesk.domain.model import PowerType


@cache
def versions(size: str) -> tuple[Catalogue, Catalogue]:
    from reformdesk.samples.synthetic_catalogue import generate_catalogue

    old = generate_catalogue(SIZES[size][0], seed=1)
    old.info.year = 2025
    new = new_year_version(old, 2026)
    rng = random.Random(3)
    ids = list(new.items)
    rng.shuffle(ids)
    n = len(ids)
    cut = [int(n * f) for f in (0.01, 0.03, 0.04, 0.045, 0.05)]
    for iid in ids[: cut[0]]:  # 取消
        del new.items[iid]
    for iid in ids[cut[0] : cut[1]]:  # a new legal basis
        new.items[iid].legal_basis += "（2025年修正）"
    for iid in ids[cut[1] : cut[2]]:  # 下放
        new.items[iid].levels = [*new.items[iid].levels, "乡级"]
    merged = ids[cut[2] : cut[3]]
    for a, b in zip(merged[::2], merged[1::2], strict=False):  # 合并: two old items → one new
        first, second = new.items.pop(a), new.items.pop(b)
        item = new_item(first.name + "（合并）", first.subject_id, first.type, code=first.code + "-M")
        item.origins = [first.code, second.code]
        new.items[item.id] = item
    for iid in ids[cut[3] : cut[4]]:  # 分设: one old item → two new
        old_item = new.items.pop(iid)
        for part in ("甲", "乙"):
            item = new_item(old_item.name + part, old_item.subject_id, old_item.type, code=f"{old_item.code}-{part}")
            item.origins = [old_item.code]
            new.items[item.id] = item
    subject = next(iter(new.subjects))
    for k in range(int(n * 0.01)):  # 新增
        item = new_item(f"新增事项{k}", subject, PowerType.LICENSING, code=f"NEW-{k:06d}")
        new.items[item.id] = item
    return old, new


_VALUES = attrgetter(*COMPARED)


def bare_compare(old: Catalogue, new: Catalogue) -> int:
    """The baseline: old items in one dict by code, one tuple comparison per new item."""
    by_code = {i.code: i for i in old.items.values()}
    differing = 0
    for i in new.items.values():
        o = by_code.get(i.code)
        if o is None or _VALUES(o) != _VALUES(i):
            differing += 1
    return differing


def figures(size: str, repeat: int, workdir: Path) -> list[Result]:
    if size == "200k":
        return []  # the figure is the province size
    old, new = versions(size)
    n = f"{len(old.items):,} → {len(new.items):,}"
    baseline = median_cpu(lambda: bare_compare(old, new), repeat)
    changes = compare_versions(old, new)
    return [
        Result(
            f"动态调整 compare two versions {n} (CPU; baseline: bare dict by code + tuple compare)",
            size,
            median_cpu(lambda: compare_versions(old, new), repeat),
            baseline=baseline,
            target=1.0,
            note=f"{len(changes):,} changes",
        ),
        Result(
            f"新建年度版本 {len(old.items):,} items (CPU)",
            size,
            median_cpu(lambda: new_year_version(old, 2026), repeat),
        ),
        Result(
            f"审批事项目录 base {len(old.items):,} → {len(new.items):,} (CPU)",
            size,
            median_cpu(lambda: approval_catalogue(old, new), repeat),
        ),
    ]
