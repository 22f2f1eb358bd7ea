"""Synthetic catalogues of any size, up to a province's counties together, and reference lists for them.

``generate_catalogue(items, counties=…)`` spreads ``items`` over ``counties`` counties, each with
the 31 departments and 20 townships of the 大通县 sample (named 〔县〕〔部门〕), and draws each
item's name, type, basis and responsibilities from that sample's items; codes are
〔行政区划代码〕-〔部门〕-〔类型〕-〔序号〕, unique.  ``reference_for(cat, …)`` derives a 通用目录 the
way real ones differ from a county's: some names reworded, some codes changed, a few types,
some clauses, a share of county items absent (县级独有) and reference items the county lacks.
The same arguments always give the same catalogue (every choice and id from
``random.Random(seed)``).  For benchmarks and tests; everything in it is made up.
"""

from __future__ import annotations

import copy
import random

from reformdesk.domain.catalogue.model import Catalogue, CatalogueInfo, CatalogueItem, Subject
from reformdesk.samples import datong_catalogue

#: Share of reference items per kind of difference (reference_for's defaults).
DIFFERENCE_SHARES = {"name": 0.02, "code": 0.01, "type": 0.005, "basis_clause": 0.02}
COUNTY_ONLY_SHARE = 0.01
MISSING_SHARE = 0.01


def generate_catalogue(items: int, counties: int | None = None, seed: int = 1) -> Catalogue:
    """A catalogue of ``items`` items over ``counties`` counties (default: one county per 5,000 items)."""
    if items < 0:
        raise ValueError("items must not be negative")
    n_counties = max(1, -(-items // 5_000)) if counties is None else counties
    rng = random.Random(seed)
    sample = datong_catalogue.build()
    templates = [i for i in sample.items.values() if i.parent_id is None]
    subjects_of_sample = list(sample.subjects.values())
    cat = Catalogue(
        info=CatalogueInfo(
            title=f"合成权责清单（{n_counties}个县，{items}项，种子{seed}）",
            county="合成示例省",
            office="合成示例省委机构编制委员会办公室",
            year=datong_catalogue.YEAR,
            date=datong_catalogue.DATE,
            notes="合成数据，仅供测试和性能测量。",
            lineage_id=f"{rng.getrandbits(128):032x}",
        )
    )
    subject_ids: list[str] = []
    for c in range(n_counties):
        county = f"合成{c + 1:03d}县"
        for s in subjects_of_sample:
            sid = f"{rng.getrandbits(128):032x}"
            cat.subjects[sid] = Subject(sid, f"{county}{s.name}", s.kind, "", "合成")
            subject_ids.append(sid)
    per_subject = len(subjects_of_sample)
    for n in range(items):
        county = n * n_counties // max(1, items)
        t = rng.choice(templates)
        sid = subject_ids[county * per_subject + rng.randrange(per_subject)]
        iid = f"{rng.getrandbits(128):032x}"
        code = f"{630100 + county:06d}-{datong_catalogue.TYPE_CODES[t.type]}-{n:07d}"
        cat.items[iid] = CatalogueItem(
            id=iid,
            code=code,
            name=f"{t.name}（{n % 97}）" if n >= len(templates) else t.name,
            parent_id=None,
            subject_id=sid,
            type=t.type,
            legal_basis=t.legal_basis,
            basis_clause=t.basis_clause,
            levels=list(t.levels),
            responsibility_steps=list(t.responsibility_steps),
            accountability_cases=t.accountability_cases,
            accountability_basis=t.accountability_basis,
            supervision=t.supervision,
            supervision_phone=t.supervision_phone,
            integrity_risks="",
            note="",
        )
    return cat


def reference_for(
    cat: Catalogue,
    seed: int = 2,
    shares: dict[str, float] = DIFFERENCE_SHARES,
    county_only: float = COUNTY_ONLY_SHARE,
    missing: float = MISSING_SHARE,
) -> Catalogue:
    """A reference list for ``cat`` with differences in the given shares (see the module docstring)."""
    rng = random.Random(seed)
    ref = Catalogue(info=CatalogueInfo(title=f"合成通用目录（种子{seed}）", county=cat.info.county))
    ref.subjects = {sid: copy.copy(s) for sid, s in cat.subjects.items()}
    types = sorted({i.type for i in cat.items.values()}, key=lambda t: t.value)
    for item in cat.items.values():
        if rng.random() < county_only:
            continue
        r = copy.copy(item)
        r.id = f"{rng.getrandbits(128):032x}"
        roll = rng.random()
        edge = 0.0
        for field_name, share in shares.items():
            edge += share
            if roll < edge:
                if field_name == "name":
                    r.name = f"{item.name}（通用）"
                elif field_name == "code":
                    r.code = f"{item.code}-T"
                elif field_name == "type" and len(types) > 1:
                    r.type = types[(types.index(item.type) + 1) % len(types)]
                elif field_name == "basis_clause":
                    r.basis_clause = f"{item.basis_clause}第二款"
                break
        ref.items[r.id] = r
    extra = int(len(cat.items) * missing)
    subjects = list(cat.subjects)
    for n in range(extra):
        rid = f"{rng.getrandbits(128):032x}"
        template = next(iter(cat.items.values()))
        r = copy.copy(template)
        r.id, r.code, r.name = rid, f"REF-{n:07d}", f"通用目录事项{n}"
        r.subject_id = rng.choice(subjects) if subjects else None
        ref.items[rid] = r
    return ref
