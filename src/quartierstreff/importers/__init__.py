"""Readers for CSV, XLSX and iCalendar files that yield validated drafts. No Qt here."""
