"""Synthetic evaluation data for bench/redaction.py (generated, never real PHI)."""
