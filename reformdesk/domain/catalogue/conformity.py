"""三级四同: does each county item have the same name, code, type and legal basis as its reference item?

The reference (通用目录 / 参照目录) is the province's or city's list, held as a catalogue
too.  Each county item is matched to a reference item by code, then — for the items
left on both sides — by name and type; a reference item matches at most one county
item.  Per matched pair the differing fields among name, code, type, 法律法规依据 and
具体条款 are listed with both values.  County items with no reference item are
县级独有 (allowed; they are listed and marked, not faulted); reference items that no
county item matches are ``missing``.

Texts compare normalised: NFKC (full- and half-width alike), no white space, every
kind of title bracket as 《》 (〈〉, <>, «», “” around a title).  A basis split
differently (the clause inside 法律法规依据 on one side, in 具体条款 on the other) is
the same basis.  Linear in the two lists: dicts only.

:func:`adopt` is the edit taking the reference's value of one field of one item: a
change set, so the GUI can undo it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from reformdesk.domain.catalogue.edits import set_item_fields
from reformdesk.domain.catalogue.model import Catalogue, CatalogueItem
from reformdesk.domain.catalogue.registry import CATALOGUE_KINDS, CatalogueKind
from reformdesk.domain.changes import ChangeSet

#: The fields 三级四同 compares, in the order a difference lists them.
COMPARED = ("name", "code", "type", "legal_basis", "basis_clause")

_SPACE = re.compile(r"\s+")
# After NFKC: full-width ＜＞ are < >; 〈〉 《》 «» ‹› stay as they are.
_BRACKETS = str.maketrans({"<": "《", ">": "》", "〈": "《", "〉": "》", "«": "《", "»": "》", "‹": "《", "›": "》"})
_OTHER_BRACKET = re.compile("[<>〈〉«»‹›]")
_QUOTED_TITLE = re.compile(r"[“\"]([^“”\"《》]*?(?:法|条例|规定|办法|决定|细则|意见|通知|规则|标准))[”\"]")


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """How 三级四同 compares texts (see the module docstring).

    Cached: the same laws and names recur across thousands of items.
    """
    s = unicodedata.normalize("NFKC", text)
    s = _SPACE.sub("", s)
    if _OTHER_BRACKET.search(s):
        s = s.translate(_BRACKETS)
    return _QUOTED_TITLE.sub(r"《\1》", s) if ("“" in s or '"' in s) else s


@dataclass(frozen=True, slots=True)
class FieldDifference:
    field: str  # the item attribute
    county: str
    reference: str

    @property
    def label(self) -> str:
        return CATALOGUE_KINDS[CatalogueKind.ITEM].field(self.field).label

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "label": self.label, "county": self.county, "reference": self.reference}


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A matched pair whose fields differ."""

    item_id: str
    reference_id: str
    matched_by: str  # "code" or "name_type"
    differences: tuple[FieldDifference, ...]


@dataclass
class Conformity:
    """The result of :func:`conform`; ``conforms`` when nothing differs and nothing is missing."""

    items: int
    reference_items: int
    matched: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    county_only: list[str] = field(default_factory=list)  # county item ids (县级独有)
    missing: list[str] = field(default_factory=list)  # reference item ids the county lacks
    #: county item id → reference item id, for every matched pair.
    pairs: dict[str, str] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return not self.mismatches and not self.missing

    @property
    def conforming(self) -> int:
        return self.matched - len(self.mismatches)


def differences(county: CatalogueItem, reference: CatalogueItem) -> tuple[FieldDifference, ...]:
    """The fields among :data:`COMPARED` that differ (normalised), with both values as written."""
    out: list[FieldDifference] = []
    if county.name != reference.name and normalise(county.name) != normalise(reference.name):
        out.append(FieldDifference("name", county.name, reference.name))
    if county.code.strip() != reference.code.strip():
        out.append(FieldDifference("code", county.code, reference.code))
    if county.type is not reference.type:
        out.append(FieldDifference("type", county.type.value, reference.type.value))
    law_a, law_b, clause_a, clause_b = (
        county.legal_basis,
        reference.legal_basis,
        county.basis_clause,
        reference.basis_clause,
    )
    if (law_a != law_b or clause_a != clause_b) and normalise(law_a + clause_a) != normalise(law_b + clause_b):
        if normalise(law_a) != normalise(law_b):
            out.append(FieldDifference("legal_basis", law_a, law_b))
        if normalise(clause_a) != normalise(clause_b):
            out.append(FieldDifference("basis_clause", clause_a, clause_b))
    return tuple(out)


def conform(cat: Catalogue, reference: Catalogue) -> Conformity:
    """Match ``cat``'s items with ``reference``'s and list what does not conform (三级四同)."""
    result = Conformity(len(cat.items), len(reference.items))
    ref_items = reference.items
    by_code: dict[str, str] = {}
    for rid, r in ref_items.items():
        code = r.code.strip()
        if code:
            by_code.setdefault(code, rid)
    taken: set[str] = set()
    pairs = result.pairs
    unmatched: list[str] = []
    for iid, item in cat.items.items():
        rid = by_code.get(item.code.strip()) if item.code else None
        if rid is not None and rid not in taken:
            taken.add(rid)
            pairs[iid] = rid
        else:
            unmatched.append(iid)
    if unmatched:
        # Several reference items may share a name and type (each township's 宅基地审批): one of the
        # county item's own 实施主体 is taken first, else the first in reference order.
        ref_subject = reference.subjects
        by_name_type: dict[tuple[str, object], list[str]] = {}
        by_subject: dict[tuple[str, object, str], list[str]] = {}
        for rid, r in ref_items.items():
            if rid not in taken:
                key = (normalise(r.name), r.type)
                by_name_type.setdefault(key, []).append(rid)
                s = ref_subject.get(r.subject_id or "")
                if s is not None:
                    by_subject.setdefault((*key, normalise(s.name)), []).append(rid)
        for ids in (*by_name_type.values(), *by_subject.values()):
            ids.reverse()  # popped from the end: reference order, in constant time
        for iid in unmatched:
            item = cat.items[iid]
            key = (normalise(item.name), item.type)
            rid = _take(by_subject.get((*key, normalise(cat.subject_name(item)))), taken)
            if rid is None:
                rid = _take(by_name_type.get(key), taken)
            if rid is None:
                result.county_only.append(iid)
            else:
                pairs[iid] = rid
    by_name = set(unmatched)
    for iid in cat.items:  # in the county's order, whichever way matched
        rid = pairs.get(iid)
        if rid is None:
            continue
        diffs = differences(cat.items[iid], ref_items[rid])
        if diffs:
            how = "name_type" if iid in by_name else "code"
            result.mismatches.append(Mismatch(iid, rid, how, diffs))
    result.matched = len(pairs)
    result.missing = [rid for rid in ref_items if rid not in taken]
    return result


def _take(candidates: list[str] | None, taken: set[str]) -> str | None:
    """The next candidate not yet matched (marked matched), or None."""
    while candidates:
        rid = candidates.pop()
        if rid not in taken:
            taken.add(rid)
            return rid
    return None


def adopt(cat: Catalogue, reference: Catalogue, item_id: str, reference_id: str, field_name: str) -> ChangeSet:
    """Take the reference item's value of one compared field into the county item (empty when equal)."""
    if field_name not in COMPARED:
        raise ValueError(f"三级四同不比较这一项：{field_name}")
    value = getattr(reference.items[reference_id], field_name)
    return set_item_fields(cat, {item_id: {field_name: value}})


def adopt_all(
    cat: Catalogue, reference: Catalogue, result: Conformity, fields: tuple[str, ...] = COMPARED
) -> ChangeSet:
    """Every listed difference in ``fields`` taken from the reference: one change set (one undo step)."""
    values: dict[str, dict[str, object]] = {}
    for m in result.mismatches:
        ref = reference.items[m.reference_id]
        for d in m.differences:
            if d.field in fields:
                values.setdefault(m.item_id, {})[d.field] = getattr(ref, d.field)
    return set_item_fields(cat, values)


def as_json(cat: Catalogue, reference: Catalogue, result: Conformity) -> dict[str, object]:
    """``conform --json``: only what does not conform (README)."""

    def brief(c: Catalogue, item: CatalogueItem) -> dict[str, str]:
        return {"code": item.code, "name": item.name, "type": item.type.value, "subject": c.subject_name(item)}

    return {
        "conforms": result.conforms,
        "items": result.items,
        "reference_items": result.reference_items,
        "matched": result.matched,
        "conforming": result.conforming,
        "differing": [
            {
                **brief(cat, cat.items[m.item_id]),
                "matched_by": m.matched_by,
                "reference_code": reference.items[m.reference_id].code,
                "fields": [d.as_dict() for d in m.differences],
            }
            for m in result.mismatches
        ],
        "county_only": [brief(cat, cat.items[i]) for i in result.county_only],
        "missing": [brief(reference, reference.items[r]) for r in result.missing],
    }
