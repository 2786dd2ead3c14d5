"""A clock reading after a duration's label is the device's timer, not a time of day: the
fluoroscopy timers and duration words of the consoles' languages ('Fl.time 04:37' of an
angiography cine, 'DL-Zeit', 'Temps scopie', 'Tiempo fluoro', 'Dauer'), on every frame. A
time of day beside a date or after a time-of-day label is still painted."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import TIME_VALUE, is_time_of_day


def painted(analyzer, text: str) -> set[str]:
    ws, x = [], 10
    for word in text.split(" "):
        if word:
            ws.append(OcrWord(word, Box(x, 10, 10 * len(word), 20), 95.0))
        x += 10 * len(word) + 10
    return {w.text for f in analyzer.analyze(ws) if f.entity_type == "DATE_TIME"
            for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


DURATIONS = [
    "Fl.time 04:37", "Fl.time 04:37 15 p/s", "FL TIME 04:37", "Fl time: 04:37", "Flu.time 04:37",
    "Fluoro time 04:37", "Fluoroscopy Time: 04:37", "Fluoro 04:37", "FT 04:37", "Scan time 04:37",
    "TA 04:37", "Acq. time 00:04:37", "Acq time 00:37", "Elapsed 04:37", "Timer 04:37", "Dauer 04:37",
    "Durchleuchtungszeit 04:37", "DL-Zeit 04:37", "DL Zeit: 04:37", "Temps scopie 04:37",
    "Temps de scopie 04:37", "Tiempo fluoro 04:37", "Tiempo de escopia 04:37", "Tempo di scopia 04:37",
    "Tempo fluoroscopia 04:37", "Czas fluoroskopii 04:37", "Doba skiaskopie 04:37", "Durée 04:37",
    "Duración 04:37", "Süre 04:37", "Kesto 04:37",
]


@pytest.mark.parametrize("text", DURATIONS)
def test_a_timer_after_a_duration_label_stays(analyzer, text):
    assert "04:37" not in painted(analyzer, text) and "00:04:37" not in painted(analyzer, text)
    match = TIME_VALUE.search(text)
    assert not is_time_of_day(text[: match.start()], match)


@pytest.mark.parametrize("text,value", [
    ("Time 14:05", "14:05"), ("Zeit 14:05", "14:05"), ("Heure 14:05", "14:05"), ("Study Time 10:42", "10:42"),
    ("Acq Time 14:05:33", "14:05:33"), ("Acquisition Time: 10:42", "10:42"), ("Injection 08:12", "08:12"),
    ("14.02.2024 04:37", "04:37"), ("14 Şubat 2024 04:37", "04:37"), ("Fl.time 04:37 14.02.2024 10:42", "10:42"),
])
def test_a_time_of_day_beside_a_date_or_a_time_label_is_painted(analyzer, text, value):
    assert value in painted(analyzer, text)
