"""Plans and their rules: pure Python, imports no Qt."""
