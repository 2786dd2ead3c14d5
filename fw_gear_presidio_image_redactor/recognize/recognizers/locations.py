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
  only where the text says the place is the patient's (`patient_place`):
  - labelled as one: 'Location: Room 412', 'Loc: Bed 4', 'Pt Loc Rm 2', 'Patient Location',
    'Admitted to Room 12', or the kind itself with a colon ('Room: 214', 'Bed: 12');
  - or standing alone in its own field of a patient banner line (`alone`: on the line of a
    name, an ID, an age or a date found on the frame) with no device word, setting or model
    on that line ('DOE JOHN  ID 4410021  Room 214', not 'Bay 3  Adult Echo  MI 1.1').
  Never a PET bed position ('Bed 2 of 5', 'Bed 3/7': the scanner's axial station, Siemens and
  GE PET consoles print it so), nor a room or bay a device word names ('Exam Room 4',
  'Scan Room', 'CT Room 2', 'Detector Bay 12': the equipment's place), labelled or not.
  A device's own 'Room 1  FCR Capsula' under the banner is its room, not the patient's.

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
# A PET bed position: 'Bed 2 of 5', 'Bed 3/7', 'Bed 2/5', 'Bed 1 of 3' (the scanner's station).
_BED_POSITION = re.compile(r"[ \t]*(?:/|of\b)[ \t]*\d")
# Words before a room or bay that make it the equipment's place: 'Exam Room 4', 'Scan Room 2',
# 'Detector Bay 12', 'CT Room 1', 'Control Room'.
_EQUIPMENT_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:exam(?:ination)?|scan(?:ner)?|detector|control|reading|equipment|tube|magnet|"
    r"imaging|procedure|x-?ray|xr|ct|mri?|pet|us|fluoro|cath(?:\s+lab)?|dark|plate|cassette|tray)"
    r"[ \t]*$")
# Labels that say a place is the patient's ('Location:', 'Loc:', 'Pt Loc', 'Patient Location',
# 'Admitted to'): the words devices and HIS print before DICOM's Current Patient Location (0038,0300)
# and Assigned Location (4010,102A).
_LOCATION_LABEL = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:current[ \t]+)?(?:patient|pt\.?|pat\.?)[ \t]*loc(?:ation|\.)?|assigned[ \t]+location"
    r"|location|loc\.?|admitted[ \t]+to|adm\.?[ \t]*to)[ \t]*[:#]?[ \t]*$")


@dataclass(frozen=True)
class HospitalLocation:
    """One match in a text: `start`..`end` is the value; `strong` when the kind is a ward or unit."""

    start: int
    end: int
    kind: str
    strong: bool
    kind_start: int = 0
    labelled: bool = False  # a location label before it, or a colon after its kind
    equipment: bool = False  # a PET bed position or a room or bay a device word names


def hospital_locations(text: str) -> list[HospitalLocation]:
    """Every 'kind value' place in `text` ('Ward 7B', 'Room 214', 'Bed: 12', 'ICU-2', 'OR 5',
    'Rm 4-112'), kinds as the module docstring lists them, with what its line says of it
    (`labelled`, `equipment`)."""
    out = []
    for m in _PATTERN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        between = text[m.end("kind"):m.start("value")]
        equipment = bool(_EQUIPMENT_BEFORE.search(before)) or (
            m.group("kind").lower() == "bed" and _BED_POSITION.match(text, m.end("value")) is not None)
        out.append(HospitalLocation(m.start("value"), m.end("value"), m.group("kind"),
                                    bool(_STRONG_KIND.fullmatch(m.group("kind"))), m.start("kind"),
                                    bool(_LOCATION_LABEL.search(before)) or ":" in between, equipment))
    return out


def on_line(box: Box, anchor: Box) -> bool:
    """`box` is on the text line of `anchor`: vertical centres within half the smaller height."""
    return abs((box.top + box.bottom) - (anchor.top + anchor.bottom)) <= min(box.height, anchor.height)
