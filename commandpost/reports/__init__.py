"""Printed reports and lists: their data (figures straight from SQL, per unit and period),
the documents composed from it, and the one renderer for preview, printer and PDF."""
