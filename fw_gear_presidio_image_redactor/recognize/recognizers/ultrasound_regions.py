"""Sequence of Ultrasound Regions (0018,6011): where the image itself is.

An ultrasound device that fills this sequence says which rectangles of the frame
hold image data (PS3.3 C.8.5.5.1: Region Location Min X0/Y0, Max X1/Y1, pixel
coordinates, inclusive). Its own text is written around them; text inside them
is usually a measurement label or a caliper value. The analyzer asks for
stronger evidence there: a finding of the NER model alone is not enough.
"""

from __future__ import annotations

from pydicom.dataset import Dataset

from ...findings import Box

# A region covering nearly the whole frame says nothing about where text goes
# (some devices declare the full screen as one region): it is ignored.
MAX_REGION_FRACTION = 0.95


def imaging_regions(ds: Dataset | None) -> tuple[Box, ...]:
    """Boxes (image pixel coordinates, exclusive right/bottom) of the declared
    imaging regions; empty when the sequence is absent or malformed."""
    if ds is None or "SequenceOfUltrasoundRegions" not in ds:
        return ()
    rows, cols = int(ds.get("Rows", 0) or 0), int(ds.get("Columns", 0) or 0)
    boxes = []
    for item in ds.SequenceOfUltrasoundRegions:
        try:
            x0, y0 = int(item.RegionLocationMinX0), int(item.RegionLocationMinY0)
            x1, y1 = int(item.RegionLocationMaxX1), int(item.RegionLocationMaxY1)
        except (AttributeError, TypeError, ValueError):
            continue
        if x1 < x0 or y1 < y0:
            continue
        box = Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1)
        if rows and cols and box.area > MAX_REGION_FRACTION * rows * cols:
            continue
        boxes.append(box)
    return tuple(boxes)


def inside_any(box: Box, regions: tuple[Box, ...], fraction: float = 0.5) -> bool:
    """True when at least `fraction` of `box` lies inside one region."""
    return any(box.area and r.intersection_area(box) >= fraction * box.area for r in regions)
