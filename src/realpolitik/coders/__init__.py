"""Coders: one module per kind of record (events, quotes, amounts, dates, places)."""
