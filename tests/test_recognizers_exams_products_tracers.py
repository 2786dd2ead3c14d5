"""Device text of contrast examinations, endoscopy products, nuclear medicine and mammography
exposures, and the vendor-named hospital that is no vendor's logo.

- Contrast examinations as pt/es/it/fr/de/pl requests name them ('ESOFAGOGRAMA', 'Urographie',
  'Enema opaco', 'Breischluck'): the spaCy model reads them as persons or organisations.
- Endoscopy processors and scopes ('ELUXEO 7000', 'EVIS EXERA', 'VISERA 4450'): a product word
  before its round series number is no name; a surname before a year still is.
- A PET/NM banner's tracer, activity and units ('FDG 312 MBq Inj 07:58'): the time after 'Inj'
  may go, the tracer and its activity stay.
- A mammography exposure glued to its anode/filter ('mAs 120W/Rh') is no DICOM age ('035Y/F' is).
- 'Samsung Medical Center' (Seoul) is a hospital; 'Samsung Medison' and 'GE Healthcare' are vendors.

Real analyzer and spaCy (`analyzer` fixture), as `test_recognizers.py` does.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word
from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import is_vendor

from .test_recognizers import found


def painted(result: dict[str, set[str]]) -> set[str]:
    return set().union(*result.values()) if result else set()


@pytest.mark.parametrize("title", [
    "ESOFAGOGRAMA", "Urografia", "Colangiografia", "Histerossalpingografia", "Urografía", "Esofagogramma",
    "Ösophagogramm", "Urographie", "Gastroskopie", "Colonoscopia", "Cistografia", "Defecografia",
    "Enema opaco", "TRÂNSITO INTESTINAL", "Tránsito Intestino Delgado", "Clisma opaco", "Breischluck",
    "Kolonkontrasteinlauf", "Transit oesogastroduodénal", "Lavement baryté", "Wlew doodbytniczy"])
def test_a_contrast_examination_title_alone_on_its_line_is_kept(analyzer, title):
    text = f"Nome: João Pedro dos SANTOS FERREIRA\nProntuário: 0048812-3\n{title}\nkV 81 mA 2.1 7.5 p/s"
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(title.split())
    assert {"João", "Pedro", "SANTOS", "0048812-3"} <= painted(result)


@pytest.mark.parametrize("word", ["Ingram", "Graham", "Delgado", "Pasto", "Grammer"])
def test_names_that_end_like_an_examination_are_no_device_words(word):
    assert not is_device_word(word)


def test_a_surname_that_is_also_a_bowel_word_stays_a_name(analyzer):
    assert {"Ana", "Delgado"} <= painted(found(analyzer, "Médico: Dr. Ana Delgado", with_header=False))


@pytest.mark.parametrize("line", ["ELUXEO 7000", "VISERA 4450", "EVIS EXERA III", "LASEREO 7000",
                                  "EPK-i7010", "IMAGE1 S", "EVIS X1 CV-1500", "ELUXEO"])
def test_an_endoscopy_processor_name_is_kept(analyzer, line):
    text = f"Nazwisko: WÓJCIK\nImię: DOROTA\nPESEL: 58091203468\n{line}\nLCI Str A4\nFreeze"
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(line.split())
    assert {"WÓJCIK", "DOROTA", "58091203468"} <= painted(result)


@pytest.mark.parametrize("line", ["KOWALSKI 1984", "NOWAK 2010"])
def test_a_surname_before_a_year_is_still_a_name(analyzer, line):
    assert line.split()[0] in painted(found(analyzer, line, with_header=False))


@pytest.mark.parametrize("line", ["FDG 312 MBq Inj 07:58", "PSMA 185 MBq Inj 09:12", "Tc-99m MDP 740 MBq",
                                  "Ga-68 DOTATATE 150 MBq", "FDG 8.4 mCi Inj 10:05", "MAG3 100 MBq"])
def test_a_tracer_and_its_activity_are_kept(analyzer, line):
    text = f"CHUKWU, EMEKA IFEANYI\nPID 2024-NG-55102\n03 Jul 2024\nBiograph Vision 600 MIP\n{line}"
    result = found(analyzer, text, with_header=False)
    kept = [w for w in line.split() if ":" not in w]
    assert not painted(result) & set(kept)
    assert {"CHUKWU,", "EMEKA", "2024-NG-55102"} <= painted(result)


def test_the_tracer_line_without_its_numbers_is_kept(analyzer):
    """What the second look reads once the time is painted: 'FDG MBq Inj' as an organisation."""
    assert not painted(found(analyzer, "FDG MBq Inj", with_header=False))


@pytest.mark.parametrize("line", ["Selenia Dimensions kVp 29 mAs 120W/Rh", "kVp 28 mAs 100W/Ag",
                                  "Senographe kV 27 mAs 080W/Rh"])
def test_an_exposure_glued_to_its_anode_filter_is_no_age(analyzer, line):
    assert not painted(found(analyzer, line, with_header=False))


@pytest.mark.parametrize("line", ["035Y/F", "Age 035Y/M", "012W"])
def test_a_dicom_age_with_its_sex_is_still_an_age(analyzer, line):
    assert "AGE" in found(analyzer, line, with_header=False)


@pytest.mark.parametrize("text", ["Samsung Medical Center", "Samsung Medical Centre", "Hitachi General Hospital",
                                  "Toshiba Hospital", "Canon Clinic", "Philips Infirmary"])
def test_a_vendor_named_place_of_care_is_an_institution(analyzer, text):
    assert not is_vendor(text)
    assert set(text.split()) <= painted(found(analyzer, f"{text}\nKIM^MIN JI ID 11820543", with_header=False))


@pytest.mark.parametrize("text", ["Samsung Medison", "Siemens Healthineers", "GE Healthcare",
                                  "Philips Medical Systems", "Canon Medical Systems", "Fujifilm Medical"])
def test_a_vendors_logo_stays_device_text(analyzer, text):
    assert not painted(found(analyzer, f"{text}\nHS70A LA3-16AD Breast", with_header=False))
