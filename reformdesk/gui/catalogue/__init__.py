"""The county 权责清单 catalogue's window: its document, pages and page registry (pages.py)."""
