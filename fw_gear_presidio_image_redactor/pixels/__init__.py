"""Pixels: painting redaction boxes and mapping stored values to what a viewer shows."""
