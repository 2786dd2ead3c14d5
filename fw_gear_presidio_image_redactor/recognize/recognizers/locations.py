"""Where in the hospital the patient lies: ward, room, bed, bay, intensive care unit, theatre.

HIPAA's Safe Harbor list does not name them, but DICOM does: PS3.15 Annex E (Table E.1-1,
Basic Application Level Confidentiality Profile) removes Current Patient Location
(0038,0300), Patient's Institution Residence (0038,0400) and Assigned Location
(4010,102A). Beside a name or a date, 'Ward 7B, Bed 12' places one person on one day, so
such text is a LOCATION finding. The same words also name a device's own place: a
scanner room ('Room 1'), an ultrasound bay ('Bay 3'), an operating room the C-arm stands
in ('OR 5') or a PET bed position ('Bed 2 of 5'). So:

- `STRONG` kinds (a ward, an intensive care or high dependency unit: 'Ward 7B', 'ICU-2',
  'NICU 14', 'HDU 3') are where patients are, never a device: LOCATION wherever read.
- The other kinds (`Room`, `Rm`, `Bed`, `Bay`, `OR`, `Theatre`, `Cubicle`) are LOCATION
  only near patient data found on the same frame (`near`: on its line, or within two
  lines of it and not far to its side: the patient banner); elsewhere they stay.

Only the value is the finding ('Room [214]', as 'DOB: [date]'): the kind word is the
label a reviewer reads; a kind glued to its value ('ICU-2', 'Rm4-112') is one OCR word
and its box covers both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...findings import Box

NAME = "overlay-hospital-location"
SCORE = 0.6

# A value: a number with letters or dashes after it ('7B', '4-112', '12A').
_VALUE = r"(?:\d[0-9A-Za-z]*(?:-[0-9A-Za-z]+)*)"
_STRONG = r"(?:(?i:Ward)|(?:N|P|M|S|CV|C|CC)?ICU|CCU|HDU)"
_WEAK = r"(?:(?i:Room|Rm|Bed|Bay|Theat(?:re|er)|Cubicle|Cub)|OR)"
_PATTERN = re.compile(
    rf"(?<![A-Za-z0-9])(?P<kind>{_STRONG}|{_WEAK})\.?(?:[ \t]*[:#]?[ \t]*|-)"
    rf"(?P<value>{_VALUE})(?![A-Za-z0-9])"
)
_STRONG_KIND = re.compile(rf"{_STRONG}")


@dataclass(frozen=True)
class HospitalLocation:
    """One match in a text: `start`..`end` is the value; `strong` when the kind is a ward or unit."""

    start: int
    end: int
    kind: str
    strong: bool


def hospital_locations(text: str) -> list[HospitalLocation]:
    """Every 'kind value' place in `text` ('Ward 7B', 'Room 214', 'Bed: 12', 'ICU-2', 'OR 5',
    'Rm 4-112'), kinds as the module docstring lists them."""
    return [HospitalLocation(m.start("value"), m.end("value"), m.group("kind"),
                             bool(_STRONG_KIND.fullmatch(m.group("kind"))))
            for m in _PATTERN.finditer(text)]


def near(box: Box, anchor: Box) -> bool:
    """`box` is in the same text block as `anchor` (a patient-data finding): on its line
    (vertical centres within half the smaller height), or at most two line heights above or
    below it and at most ten line heights to its side."""
    height = max(box.height, anchor.height, 1)
    if abs((box.top + box.bottom) - (anchor.top + anchor.bottom)) <= min(box.height, anchor.height):
        return True
    vertical = max(0, max(box.top, anchor.top) - min(box.bottom, anchor.bottom))
    horizontal = max(0, max(box.left, anchor.left) - min(box.right, anchor.right))
    return vertical <= 2 * height and horizontal <= 10 * height
