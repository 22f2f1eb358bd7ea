"""Sheet columns and import fields are the registry's fields and labels."""

from __future__ import annotations

from reformdesk.domain.catalogue.registry import CATALOGUE_KINDS, CatalogueKind
from reformdesk.domain.registry import KINDS, EntityKind
from reformdesk.formats.export import HANDOVER_HEADERS, POWER_HEADERS
from reformdesk.formats.import_values import CATALOGUE_COLUMNS, HEADER_NAMES, SYNONYMS, ImportField


def test_the_power_sheet_heads_each_field_with_its_label() -> None:
    power = KINDS[EntityKind.POWER]
    # Sub-items are shown by their 序号; 责任事项 belong to the 权责清单, not the 承接方案's columns (FORMS.md).
    shown = [f.label for f in power.fields if f.name not in ("parent_id", "responsibility_steps")]
    assert list(POWER_HEADERS) == [shown[-1], *shown[:-1]]  # 序号 first
    # 移交资料 is filled in by hand when the files change hands: the sheet's own column.
    assert set(HANDOVER_HEADERS) - {"移交资料（数量/载体）"} <= set(POWER_HEADERS)


def test_import_reads_the_columns_the_export_writes() -> None:
    # 子项名称 names a sub-item; the 权责清单's own columns are catalogue fields (below).
    fields = [f for f in ImportField if f is not ImportField.SUB_NAME and f not in CATALOGUE_COLUMNS]
    assert {f.value for f in fields} <= {f.name for f in KINDS[EntityKind.POWER].fields}
    for field in fields:
        assert SYNONYMS[field][0] == KINDS[EntityKind.POWER].field(field.value).label
    assert all(HEADER_NAMES[h] for h in POWER_HEADERS)


def test_catalogue_columns_are_catalogue_fields_under_their_labels() -> None:
    item = CATALOGUE_KINDS[CatalogueKind.ITEM]
    for column in CATALOGUE_COLUMNS:
        assert SYNONYMS[column][0] == item.field(column.value).label
