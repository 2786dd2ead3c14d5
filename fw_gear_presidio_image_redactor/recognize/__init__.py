"""Recognise: the Presidio analyzer, its recognisers and the NER backends; OCR words -> findings.

Importing this package imports nothing heavy (`--help` and the Dask scheduler import parts of
it); it only arranges how Presidio is imported the first time any module asks for it.
"""

from __future__ import annotations

import importlib.machinery
import sys
import types

from .deferred_imports import hidden

PRESIDIO = "presidio_analyzer"


def _pipeline(*args, **kwargs):
    """`transformers.pipeline`, imported when first called."""
    from transformers.pipelines import pipeline

    return pipeline(*args, **kwargs)


def _ml_frameworks_hidden():
    """`deferred_imports.hidden` for Presidio's import: `import torch` raises ImportError, and
    `transformers` is a stand-in whose only name is `pipeline` (`_pipeline`).

    Presidio binds `from transformers import pipeline` at import (its Hugging Face token pipe
    and NER recogniser), and importing transformers imports torch; its device detector imports
    torch too, and so does thinc (spaCy's ML library, through `thinc.compat`) whenever torch is
    installed, for PyTorch wrappers en_core_web_sm never uses. Those imports cost about 7 s of
    CPU in every process that builds the analyzer (CLI, pool and Dask workers): 4 s for
    transformers' pipelines (torch.distributed, sympy), 3 s for torch and transformers' base
    (2026-12-01, 2-core machine: building the analyzer 8.1 s -> 5.2 s of CPU with the
    pipelines already deferred), for parts this gear never builds: its transformer
    backend (ner/transformer.py) imports torch and transformers itself when it loads a model.
    Presidio's modules that bound torch to None get a module that imports it when used.
    What stays different in the process: thinc has no PyTorch support (`has_torch` False), and
    Presidio's device detector says `cpu` unless `PRESIDIO_DEVICE` is set (Presidio reads
    that first), for Presidio's own Hugging Face parts."""
    stand_in = types.ModuleType("transformers")
    stand_in.pipeline = _pipeline
    return hidden({"torch": None, "transformers": stand_in}, owner=PRESIDIO)


class _PresidioImport:
    """A meta-path finder for the first import of presidio_analyzer, wherever it happens.

    Presidio's import runs with `_ml_frameworks_hidden` (torch and transformers: about 7 s of
    CPU in every process, more than Presidio, spaCy and the model cost together). The module, its
    spec and its loader are the ones the standard path finder gives; where that finder does
    not find Presidio, its import is left alone.
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
                with _ml_frameworks_hidden():
                    real_exec(module)
            finally:
                vars(loader).pop("exec_module", None)  # the loader as it was

        loader.exec_module = exec_module
        return spec


if PRESIDIO not in sys.modules and _PresidioImport not in sys.meta_path:
    sys.meta_path.insert(0, _PresidioImport)
