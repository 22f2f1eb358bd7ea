"""The county enforcement plan's window: its document, page and file actions."""
