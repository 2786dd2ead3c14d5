"""Name cells of a patient banner or a worklist row found without a label:

- an Arabic name's first word 'Abd' (servant of) before the article of the name it is bound to
  ('ABD AL-RAHMAN HADDAD, Karim', 'Abd el-Kader'), and the particles Abdul, Abdel, Umm, Ibn, Bint,
  Binti opening a name; 'ABD' before anything else is the abdomen preset and stays;
- a worklist's name cell of four words ('João Pedro Vasconcelos Tavares', two given names and two
  family names) ends at the next column, not after three words;
- a worklist's name column heading ('Nome do Doente') names no one.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import name_runs, with_particles

from .test_recognizers_context import by_recognizer, covered, painted


@pytest.mark.parametrize("text, name", [
    ("ABD AL-RAHMAN HADDAD, Karim", "AL-RAHMAN HADDAD, Karim"), ("Abd el-Kader Benali", "el-Kader Benali"),
    ("Abd ul-Aziz Rahimi", "ul-Aziz Rahimi"), ("MRN 1234567  ABD AR-RASHID, Omar", "AR-RASHID, Omar"),
    ("Umm Kulthum Ibrahim", "Kulthum Ibrahim"), ("Abdul Rahman", "Rahman"),
])
def test_an_arabic_name_opens_with_its_first_word(text, name):
    start = text.index(name)
    assert with_particles(text, start) == text.index(name.split()[0]) - len(text[:start].split()[-1]) - 1


@pytest.mark.parametrize("text, name", [("ABD Liver", "Liver"), ("ABD  Smith, John", "Smith, John"),
                                        ("Preset ABD Doe", "Doe")])
def test_abd_before_anything_but_an_article_is_the_abdomen_preset(text, name):
    start = text.index(name)
    assert with_particles(text, start) == start


def test_abd_al_rahman_is_painted_whole(analyzer):
    found = covered(analyzer, "ABD AL-RAHMAN HADDAD, Karim\nMRN 0736615   04/11/2022")
    assert {"ABD", "AL-RAHMAN", "HADDAD,"} <= found.get("PERSON", set())
    assert "Karim" in painted(analyzer, "ABD AL-RAHMAN HADDAD, Karim\nMRN 0736615   04/11/2022")


_WORKLIST = ("Nome do Doente                 Nº Processo   Data Nasc.   Exame            Data\n"
             "João Pedro Vasconcelos Tavares 0512893       21/11/1988   RM Joelho Esq    12/06/2023\n"
             "Ana Lopes                      0512894       02/03/1961   TC Crânio        12/06/2023")


def test_a_four_word_name_cell_is_painted_whole_and_its_heading_stays(analyzer):
    found = painted(analyzer, _WORKLIST)
    assert {"João", "Pedro", "Vasconcelos", "Tavares", "Ana", "Lopes"} <= found
    assert not {"RM", "Joelho", "Esq", "Nome", "Processo", "Exame"} & found
    assert "Doente" not in by_recognizer(analyzer, _WORKLIST).get("PERSON overlay-labelled-name", set())


@pytest.mark.parametrize("text, runs", [
    ("João Pedro Vasconcelos Tavares", [(0, 30)]), ("DOE JOHN", [(0, 8)]),
    ("Maria Conceição Amaral Figueiredo Costa", [(0, 33)]),  # five: the fifth alone is no run
])
def test_name_runs_hold_up_to_four_words(text, runs):
    assert name_runs(text) == runs
