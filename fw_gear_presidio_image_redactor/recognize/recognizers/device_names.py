"""The file's own device names, and the device names of deid's recipe: device text, not PHI.

A device burns its own name into the pixels: the vendor's logo, the model ('TOPCON
TRC-NW8', 'DRX-Evolution', 'Vitrea'), the software and its version. The header says what
they are: Manufacturer (0008,0070), Manufacturer's Model Name (0008,1090) and Software
Versions (0018,1020) of the General Equipment Module (DICOM PS3.3 C.7.5.1), and their
Secondary Capture Device counterparts (0018,1016), (0018,1018), (0018,1019) of the SC
Equipment Module (PS3.3 C.8.6.1). None of them is patient data: PS3.15 Annex E's Basic
Application Level Confidentiality Profile keeps Manufacturer and Manufacturer's Model Name
(only the serial number, station and institution name go), so these values are read with or
without `Use DICOM Metadata`, as the declared ultrasound regions are.

What a general NER model alone calls a name or an organisation there ('TOPCON TRC-NW8' as
ORGANIZATION, 'Vitrea' as PERSON) is dropped when every word of it is one of these values'
words or device vocabulary (`device_vocabulary`), with at least one of the file's own words.

deid's recipe (`deid/data/deid.dicom*`, the pinned `deid` package; `known_regions.py`) names
the devices its rules are written for by their Manufacturer and Manufacturer's Model Name
('VITREA', 'VITAL Images', 'Aixplorer', 'SONIX', 'HI VISION Avius'): a model span that is
one of those values, or a run of its words, is device text too.
"""

from __future__ import annotations

import functools
import logging
import re
from importlib import resources

from pydicom.dataset import Dataset

log = logging.getLogger(__name__)

DEVICE_TAGS = (
    "Manufacturer",
    "ManufacturerModelName",
    "SoftwareVersions",
    "SecondaryCaptureDeviceManufacturer",
    "SecondaryCaptureDeviceManufacturerModelName",
    "SecondaryCaptureDeviceSoftwareVersions",
)
# Company-form words of a Manufacturer value ('SAMSUNG MEDISON CO., LTD.', 'HOLOGIC, Inc.'):
# device text in the value, too common to stand for the device anywhere else.
_COMPANY_FORMS = frozenset("co ltd inc corp corporation gmbh ag sa spa srl bv nv llc plc kk the and of".split())


def _tokens(text: str) -> list[str]:
    """Lower-case words of `text`: split at spaces, '^', commas, semicolons and underscores;
    trailing dots and brackets stripped ('Inc.', '(R)')."""
    return [t for t in (w.strip(".()[]:").lower() for w in re.split(r"[\s^,;_/\\]+", text)) if t]


def _values(ds: Dataset | None, keyword: str) -> list[str]:
    if ds is None:
        return []
    try:
        value = ds.get(keyword)
    except Exception:  # a broken element names no device
        return []
    if value is None or value == "":
        return []
    items = value if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue" else [value]
    return [str(v).strip() for v in items if str(v).strip()]


def device_names(ds: Dataset | None) -> tuple[str, ...]:
    """The file's own device values (`DEVICE_TAGS`), in tag order, without repeats."""
    return tuple(dict.fromkeys(v for tag in DEVICE_TAGS for v in _values(ds, tag)))


def device_tokens(names: tuple[str, ...]) -> frozenset[str]:
    """The words of `names` that can stand for the device: with a letter in them (a version
    '5.0' or a bare number is no word to drop a finding for), no company form."""
    return frozenset(t for name in names for t in _tokens(name)
                     if any(c.isalpha() for c in t) and t not in _COMPANY_FORMS)


@functools.lru_cache(maxsize=1)
def deid_device_names() -> tuple[tuple[str, ...], ...]:
    """The Manufacturer and ManufacturerModelName values deid's recipe files name, each as
    its lower-case words; empty when deid is not installed."""
    try:
        folder = resources.files("deid") / "data"
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in folder.iterdir()
                 if f.name.startswith("deid.dicom")]
    except Exception:  # deid absent or unreadable: the file's own names still work
        log.debug("deid recipe not readable; its device names are not used")
        return ()
    out: dict[tuple[str, ...], None] = {}
    for text in texts:
        for m in re.finditer(r"(?m)\b(?:contains|equals)\s+(?:ManufacturerModelName|Manufacturer)\s+([^|#\n]+)", text):
            words = tuple(t for t in _tokens(m.group(1)) if t not in _COMPANY_FORMS)
            if words and any(any(c.isalpha() for c in w) and len(w) >= 3 for w in words):
                out[words] = None
    return tuple(out)


def in_deid_names(words: list[str]) -> bool:
    """`words` (lower case) are a run of one of deid's device names ('vitrea'; 'hi vision
    avius'; 'vital images'); a lone word of under four letters is too short to tell."""
    n = len(words)
    if not n or (n == 1 and len(words[0]) < 4):
        return False
    for name in deid_device_names():
        for i in range(len(name) - n + 1):
            if list(name[i : i + n]) == words:
                return True
    return False


def words_of(text: str) -> list[str]:
    """`text` as the lower-case words `device_tokens` holds."""
    return _tokens(text)
