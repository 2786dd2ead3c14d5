"""Scan: frames -> findings (overlay reuse, the frequency rule, the verification pass)."""
