"""Recognise: the Presidio analyzer, its recognisers and the NER backends; OCR words -> findings."""

from __future__ import annotations

import importlib.util


def _import_presidio_without_transformers_pipelines() -> None:
    """Import presidio_analyzer without importing `transformers.pipelines`.

    presidio-analyzer binds `from transformers import pipeline` at import time (its Hugging
    Face token pipe and NER recogniser), which imports transformers' pipelines and, through
    them, torch.distributed and sympy: about 4 s of CPU in every process, over half of what
    importing Presidio costs, although this gear never builds either of those Presidio parts
    (its transformer backend, ner/transformer.py, loads its model itself). So for that one
    import `transformers.pipeline` is a stand-in that imports the real function when it is
    first called; afterwards transformers' own lazy attribute is put back. Nothing changes
    when transformers is not installed (Presidio then binds None, as before) or when Presidio
    or the pipelines are already imported.
    """
    import sys

    if "presidio_analyzer" in sys.modules or "transformers.pipelines" in sys.modules:
        return
    try:
        if importlib.util.find_spec("transformers") is None:
            return
        import transformers
    except Exception:  # a broken optional extra: Presidio's own import decides, as before
        return
    if "pipeline" in vars(transformers):  # already resolved: nothing to save
        return

    def pipeline(*args, **kwargs):
        from transformers.pipelines import pipeline as real

        return real(*args, **kwargs)

    transformers.pipeline = pipeline
    try:
        import presidio_analyzer  # noqa: F401 - binds the stand-in in its Hugging Face modules
    finally:
        del transformers.pipeline  # transformers' lazy attribute again, for everyone else


_import_presidio_without_transformers_pipelines()
