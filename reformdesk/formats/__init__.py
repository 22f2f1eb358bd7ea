"""Handover workbook export and power-list import (openpyxl, calamine)."""
