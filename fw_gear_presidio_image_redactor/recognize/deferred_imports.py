"""Import a library with some of its optional dependencies hidden, then give them back.

Presidio imports torch and transformers, and deid imports matplotlib's pyplot, for parts this
gear never builds (`recognize/__init__.py`, `known_regions._deid`): seconds of CPU in every
process. `hidden` runs such an import with those modules unimportable (`None` in
`sys.modules`) or replaced by a small stand-in; afterwards the names the library's modules
bound to them are rebound to `DeferredModule`s, which import the real module on first use, so
the library's own optional parts still work in the same process once something calls them.

Not thread-safe: while the import runs, another thread cannot import a hidden module (the gear
imports these libraries at start-up, before its threads and workers start).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager


class DeferredModule(types.ModuleType):
    """Stands for module `name`: the real module is imported at the first attribute read."""

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(self.__name__), attr)


@contextmanager
def hidden(stand_ins: dict[str, types.ModuleType | None], owner: str) -> Iterator[None]:
    """While the block runs, each module named in `stand_ins` that is neither imported nor
    absent imports as its stand-in (`None`: `import` raises ImportError). Afterwards they import
    as usual, and in every module under `owner` (a package name) a global that holds a stand-in,
    or None under a hidden module's own name (`try: import torch / except ImportError: torch =
    None`), becomes a `DeferredModule`."""
    active = {name: module for name, module in stand_ins.items()
              if name not in sys.modules and _installed(name)}
    sys.modules.update(active)
    try:
        yield
    finally:
        for name, module in active.items():
            if sys.modules.get(name, False) is module:
                del sys.modules[name]
        _rebind(active, owner)


def _installed(name: str) -> bool:
    """Whether `name`'s top-level package is installed (finding a submodule would import it)."""
    try:
        return importlib.util.find_spec(name.partition(".")[0]) is not None
    except Exception:  # a broken optional extra: the library's own import decides
        return False


def _rebind(active: dict[str, types.ModuleType | None], owner: str) -> None:
    by_stand_in = {id(module): name for name, module in active.items() if module is not None}
    hidden_names = {name for name, module in active.items() if module is None}
    for module_name, module in list(sys.modules.items()):
        if module is None or not (module_name == owner or module_name.startswith(owner + ".")):
            continue
        for attr, value in list(vars(module).items()):
            if value is None and attr in hidden_names:
                setattr(module, attr, DeferredModule(attr))
            elif value is not None and id(value) in by_stand_in:
                setattr(module, attr, DeferredModule(by_stand_in[id(value)]))
