"""Evaluation harness: synthetic cases with exact ground truth, a pixel scorer,
and a runner that compares this tool's modes with plain Presidio (`make eval`)."""
