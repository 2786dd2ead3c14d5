"""Run: building the parts once, one input's composition, the pool of inputs, progress."""
