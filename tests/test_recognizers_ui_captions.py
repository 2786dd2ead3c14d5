"""Device, viewer and caption words that no rule and no NER reading alone may paint (issue #14):

- a viewer's or a PACS's panels, lists and tools ('Measurements' under 'Study List' was painted as
  an institution by the banner rule);
- the plane of a CT or MR planning image ('Scout Plane 0' was read as a person by spaCy);
- the captions of clinical photographs in Czech, Slovak, Polish, Swedish, Portuguese, Spanish and
  Italian ('Léze č. 3 levé rameno', lesion No. 3 left shoulder, was read as a person), also as OCR
  reads them without their diacritics ('Leze c. 3 leve rameno').

The names beside them stay names. Text-level: OCR words with boxes through the real Presidio
analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word

from .test_recognizers_context import covered, painted

# The review's browser capture of a PACS (lines as PP-OCR reads them): the viewer's panel words
# under the patient data.
_PACS = ("NGUYEN THI HONG NHUNG  Study 2023/11/27\nStudy List\nPatient ID: VN-0045-8812\n"
         "DOB: 1990/05/09\n{ui}\nLength 42.3 mm")


@pytest.mark.parametrize("ui", [
    "Measurements", "Study List", "Worklist", "Layout", "Tools", "Annotations", "Thumbnails", "Viewport",
    "Presets", "Reports", "Series", "Export",
])
def test_a_viewers_panel_words_are_kept(analyzer, ui):
    text = _PACS.format(ui=ui)
    assert not set(ui.split()) & painted(analyzer, text)
    assert {"NGUYEN", "NHUNG"} <= covered(analyzer, text).get("PERSON", set())


# The review's GE CT scout (lines as PP-OCR reads them).
_SCOUT = ("Revolution CT\nVENKATARAMAN LAKSHMI PRIYA\nEx: 7712 Scout 0\nMRN 300981154 F 054Y\n"
          "DOB 1970-06-21\nApollo Hospitals Chennai\nTable Position: S 145.0 I 412.5\n120 kV 10 mA\n{plan}\n"
          "12/04/2024 07:51:03")


@pytest.mark.parametrize("plan", [
    "Scout Plane 0", "Scout Plane 90", "Localizer Plane 1", "Topogram Plane 0", "Surview Plane 0", "Scout Planes",
    "Scanogram Projection 0",
])
def test_a_planning_images_plane_is_kept(analyzer, plan):
    words = {w for w in plan.split() if not w.isdigit()}
    assert not words & painted(analyzer, _SCOUT.format(plan=plan))
    # and without the rest of the corner, as the verification pass reads what is left
    assert not words & painted(analyzer, f"{plan}\n12/04/2024 07:51:03")


# The review's dermatology photograph (a Czech clinic) without its institution line.
_DERM = "{caption}\nJméno: DVOŘÁKOVÁ Jana\nDatum: 15.03.2024\nCanon EOS R6"


@pytest.mark.parametrize("caption", [
    "Léze č. 3 levé rameno", "Léze ć. 3 levé rameno", "Leze c. 3 leve rameno", "Névus 2 pravá paže",
    "Lézia 1 ľavé rameno", "Zmiana 2 lewe ramię", "Znamię 4 plecy", "Förändring 1 vänstra axel",
    "Lesão 2 ombro esquerdo", "Lesao 2 ombro esquerdo", "Lesión 1 hombro derecho", "Lesione 3 spalla sinistra",
    "Nevus 1 left shoulder", "Lesion 5 right forearm",
])
def test_a_lesion_caption_is_kept(analyzer, caption):
    words = {w for w in caption.split() if w[:1].isalpha() and len(w) > 2}
    text = _DERM.format(caption=caption)
    assert not words & painted(analyzer, text)
    assert {"DVOŘÁKOVÁ", "Jana"} <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("word", ["Léze", "Leze", "Lesão", "Lesao", "Höger", "Hoger", "Plane", "Measurements"])
def test_device_words_are_read_with_or_without_their_diacritics(word):
    assert is_device_word(word)


@pytest.mark.parametrize("name", ["Levy", "Hlava", "List", "Nevo", "Ok"])
def test_surnames_folded_or_beside_the_vocabulary_stay_names(analyzer, name):
    assert not is_device_word(name)
    assert f"{name}," in covered(analyzer, f"{name}, Maria\n12/03/1961").get("PERSON", set())
