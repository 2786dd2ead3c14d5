"""Recognise: the Presidio analyzer, its recognisers and the NER backends; OCR words -> findings.

Importing this package imports nothing heavy (`--help` and the Dask scheduler import parts of
it); it only arranges how Presidio is imported the first time any module asks for it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from contextlib import contextmanager

PRESIDIO = "presidio_analyzer"


def _pipeline(*args, **kwargs):
    """`transformers.pipeline`, imported when first called."""
    from transformers.pipelines import pipeline

    return pipeline(*args, **kwargs)


@contextmanager
def _transformers_pipeline_deferred():
    """While Presidio is imported, `transformers.pipeline` is `_pipeline`; then transformers'
    own lazy attribute again. Nothing changes where transformers is not installed or its
    pipelines are already imported."""
    transformers = None
    if "transformers.pipelines" not in sys.modules:
        try:
            if importlib.util.find_spec("transformers") is not None:
                import transformers
        except Exception:  # a broken optional extra: Presidio's own import decides, as before
            transformers = None
    if transformers is None or "pipeline" in vars(transformers):
        yield
        return
    transformers.pipeline = _pipeline
    try:
        yield
    finally:
        if vars(transformers).get("pipeline") is _pipeline:
            del transformers.pipeline


class _PresidioImport:
    """A meta-path finder for the first import of presidio_analyzer, wherever it happens.

    presidio-analyzer binds `from transformers import pipeline` when it is imported (its
    Hugging Face token pipe and NER recogniser). That imports transformers' pipelines and,
    through them, torch.distributed and sympy: about 4 s of CPU in every process, over half
    of what importing Presidio costs, for two Presidio parts this gear never builds (its
    transformer backend, ner/transformer.py, loads its model itself). So Presidio's import
    runs with `_transformers_pipeline_deferred`: it binds `_pipeline`, which imports the real
    function when called. The module, its spec and its loader are the ones the standard path
    finder gives; where that finder does not find Presidio, its import is left alone.
    """

    done = False

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        # Once: the first import is the only one that runs the module. It stays on sys.meta_path
        # (a string comparison per import): the import system is iterating over that list now.
        if name != PRESIDIO or cls.done:
            return None
        cls.done = True
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "exec_module"):
            return None  # not found here: the other finders import it as they would
        real_exec = loader.exec_module

        def exec_module(module):
            try:
                with _transformers_pipeline_deferred():
                    real_exec(module)
            finally:
                vars(loader).pop("exec_module", None)  # the loader as it was

        loader.exec_module = exec_module
        return spec


if PRESIDIO not in sys.modules and _PresidioImport not in sys.meta_path:
    sys.meta_path.insert(0, _PresidioImport)
