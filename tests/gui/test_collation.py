"""The sortable tables' text order: pinyin for Chinese, numbers as numbers."""

from __future__ import annotations

from reformdesk.gui.models.collation import collator


def test_chinese_in_pinyin_order_and_codes_by_their_numbers() -> None:
    names = ["张三", "李四", "王五", "安六"]
    assert sorted(names, key=collator().sortKey) == ["安六", "李四", "王五", "张三"]
    codes = ["XK-10", "XK-2", "XK-1"]
    assert sorted(codes, key=collator().sortKey) == ["XK-1", "XK-2", "XK-10"]
    assert collator() is collator()  # one for every table
