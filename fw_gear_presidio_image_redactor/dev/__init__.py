"""Developer tools: synthetic cases, the demo, the evaluation. Nothing a run imports."""
