"""An Irish patient name after the site's name on one banner line.

- 'St Ciarán's University Hospital  Ní BHRIAIN, Siobhán  MRN ...': the head word 'Hospital' closes
  the site's name; it does not also open a head-first name ('Hospital Universitario La Paz') over
  the patient's family name.
- Irish family-name particles ('Ní', 'Nic', 'Ó', 'Mac', 'Uí') before a family name in capitals
  make a `FAMILY, GIVEN` field as the Iberian and Dutch ones do.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered


def _words(spec):
    return [OcrWord(t, Box(left, top, w, h), 95.0) for t, left, top, w, h in spec]


# The PP-OCR boxes of a GE LOGIQ banner a reviewer drew (review 11, released half B).
LOGIQ_BANNER = _words([("St", 5, 7, 14, 11), ("Ciarán's", 22, 6, 53, 12), ("University", 79, 6, 66, 15),
                       ("Hospital", 149, 5, 53, 16), ("Ní", 214, 4, 14, 14), ("BHRIAIN,", 232, 7, 58, 12),
                       ("Siobhán", 294, 5, 52, 13), ("MRN", 359, 7, 30, 11), ("0736615", 393, 7, 58, 11),
                       ("04/11/2022", 463, 7, 75, 13), ("14:07:33", 546, 7, 59, 11)])


def test_a_head_that_ends_the_site_does_not_open_a_second_site_over_the_patient(analyzer):
    sites = set()
    for f in analyzer.analyze(LOGIQ_BANNER):
        if f.recognizer == "overlay-institution":
            sites |= {w.text for w in LOGIQ_BANNER if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
    assert sites == {"St", "Ciarán's", "University", "Hospital"}


@pytest.mark.parametrize("text, site", [
    ("Hospital Universitario La Paz", {"Hospital", "Universitario", "La", "Paz"}),
    ("Cork University Hospital", {"Cork", "University", "Hospital"}),
    ("Universitair Ziekenhuis van Gent", {"Universitair", "Ziekenhuis", "van", "Gent"}),
    ("Ospedale San Raffaele   12/03/2021", {"Ospedale", "San", "Raffaele"}),
])
def test_sites_with_their_head_first_or_last_are_still_whole(analyzer, text, site):
    assert site <= covered(analyzer, text).get("ORGANIZATION", set())


@pytest.mark.parametrize("text, name", [
    ("Ní BHRIAIN, Siobhán   04/11/2022", {"Ní", "BHRIAIN,", "Siobhán"}),
    ("Nic GIOLLA, Aoife   MRN 0736615", {"Nic", "GIOLLA,", "Aoife"}),
    ("Ó BRIAIN, Cian   12/01/1980", {"Ó", "BRIAIN,", "Cian"}),
])
def test_irish_particles_make_a_family_given_field(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text", ["Ní   12/01/2020", "Ó  Anterior, Posterior"])
def test_a_particle_alone_is_no_name(analyzer, text):
    assert not {"Ní", "Ó"} & covered(analyzer, text).get("PERSON", set())


def test_an_ascii_header_name_finds_its_accented_rendering(analyzer):
    """PatientName 'NI BHRIAIN^SIOBHAN' (ASCII, as many sites store it) burned in as 'Siobhán':
    with Use DICOM Metadata every word of the rendering is found, accents or not."""
    from pydicom import Dataset

    header = Dataset()
    header.PatientName = "NI BHRIAIN^SIOBHAN"
    header.PatientID = "0736615"
    found = covered(analyzer, LOGIQ_BANNER, header=header)
    assert {"Ní", "BHRIAIN,", "Siobhán"} <= set().union(*found.values())
    assert "Siobhán" in found.get("PERSON", set())
