"""Round 36 (review 19 half B): identifiers' labels, dates, national IDs and addresses.

1. A short label glued by its colon to its value's digits across a gap ('TC:10485736240', 11 px): the cut
   after the colon leaves the label whole (`text_layout.label_cut`), the value painted from its first digit.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.recognize.text_layout import label_cut

# -- 1. the cut after a short label glued by its colon -------------------------------------------------

# DejaVu Sans advance widths (units per em 2048 scaled to 1000; the font's 'hmtx' table): the digits 636,
# ':' 337; the capitals and letters below. The review's 'sans' overlay text is DejaVu Sans.
_DEJAVU = {**dict.fromkeys("0123456789", 636), ":": 337, "T": 611, "C": 698, "I": 295, "D": 770, "N": 748,
           "r": 411, "S": 635, "H": 752, "A": 684, "V": 684, "P": 603, "E": 632, "L": 557, "K": 656, "o": 612}
PAINT_MARGIN = 3  # px the painting adds around a finding's box

# (label, value, font size px, gap px between the colon's ink and the first digit): the Turkish TC Kimlik
# No after 'TC:' (review 19 B), the Swiss AHV number, a German 'Nr:', the UK NHS number, a US SSN, the
# Polish PESEL of round 35 (9 px, a 1 px gap).
GLUED_SHORT = [("TC:", "10485736240", 11, 3), ("TC:", "32165498712", 9, 2), ("AHV:", "7561234567897", 11, 3),
               ("Nr:", "4711081512", 11, 3), ("NHS:", "9434765919", 11, 2), ("SSN:", "123456789", 10, 2),
               ("ID:", "70012345", 11, 3), ("PESEL:", "88110907132", 9, 1)]


@pytest.mark.parametrize("label,value,size,gap", GLUED_SHORT)
def test_a_short_label_glued_by_its_colon_stays_whole(label, value, size, gap):
    label_w = sum(_DEJAVU[ch] for ch in label) * size / 1000
    value_w = sum(_DEJAVU[ch] for ch in value) * size / 1000
    box = Box(0, 0, round(label_w + gap + value_w), size)
    cut = label_cut(box, len(label), len(label + value), label + value)
    painted_from = cut.left - PAINT_MARGIN
    # kept: 90% of the label's box or more left unpainted (the review's threshold)
    assert painted_from >= 0.9 * label_w, (painted_from, label_w)
    # the value is painted from its first digit's edge
    assert painted_from <= label_w + gap + 0.5, (painted_from, label_w + gap)
    assert cut.right == box.right
