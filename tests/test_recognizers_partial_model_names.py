"""A name the NER model reads only in part, and the animal's breed that is no name.

- An unlabelled field that is one name and nothing else ('Conceição Amaral Figueiredo' on a
  Philips MR corner, no label, 10 px text): spaCy called 'Conceição Amaral' an organisation
  and left 'Figueiredo'; the whole field is the name, painted whole (`names.whole_name_field`).
  Device, sequence, institution and table fields beside it stay as they are.
- A veterinary banner's breed after 'Breed:' / 'Rasse:' / 'Race:' / 'Raza:' (PS3.3 C.7.1.1
  Patient Breed Description) is no name, even a two-word breed in the name-field rule's
  shape beside a case number and a date ('Border Collie', 'Jack Russell', 'Maine Coon');
  the owner's and the animal's names after 'Owner:' / 'Patient:' stay PHI.

Text-level: OCR words placed as PP-OCR read them on the review images (10-13 px text, 3 px
between the words of a field, 6-8 px between fields) through the real Presidio analyzer
and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered, painted

CHAR = 6  # px per character of the review images' 10-11 px text


def rows(*lines: tuple[int, int, str]) -> list[OcrWord]:
    """OCR words of lines (top, left, text): words split by ' ', fields by '  ' (a gap of
    12 px, wider than a line height), as the banner lays them out."""
    out = []
    for top, left, text in lines:
        x = left
        for field in text.split("  "):
            for word in field.split(" "):
                if word:
                    out.append(OcrWord(word, Box(x, top, CHAR * len(word), 11), 99.0))
                    x += CHAR * len(word) + 3
            x += 12
    return out


# The review image's MR corner: the name alone on its line, then the national number, the birth
# date, the institution; sequence and scanner lines at the bottom.
def mr_corner(name: str) -> list[OcrWord]:
    return rows((6, 5, name), (24, 5, "Nº Utente 284 771 903"), (41, 5, "Nasc. 07-03-1951"),
                (57, 5, "Hospital de São Teotónio do Vale"), (453, 4, "sT2W_TSE_SENSE  DWI_b1000_ADC"),
                (470, 5, "Ingenia 1.5T  TR/TE 3000/100"), (487, 4, "WL: 512 WW: 1024"), (493, 447, "07-03-2022"))


@pytest.mark.parametrize("name", [
    "Conceição Amaral Figueiredo",
    "Conceição Amaral Figueiredo Lopes",
])
def test_an_unlabelled_name_the_model_reads_in_part_is_painted_whole(analyzer, name):
    assert set(name.split()) <= painted(analyzer, mr_corner(name))


def test_the_grown_name_is_reported_as_a_person(analyzer):
    got = covered(analyzer, mr_corner("Conceição Amaral Figueiredo"))
    assert {"Conceição", "Amaral", "Figueiredo"} <= got.get("PERSON", set()), got


def test_the_device_and_institution_lines_around_the_grown_name_stay_as_they_were(analyzer):
    got = painted(analyzer, mr_corner("Conceição Amaral Figueiredo"))
    assert not {"sT2W_TSE_SENSE", "DWI_b1000_ADC", "Ingenia", "1.5T", "TR/TE", "3000/100", "WL:", "512",
                "WW:", "1024", "Nº", "Utente"} & got, got


@pytest.mark.parametrize("field", [
    "Fast Spin Echo",        # device words: no name field to grow into
    "Philips Ingenia Elition",
    "Hospital Santa Maria",  # an institution's head word
    "Series Type",           # a table heading
    "Scan Range",
])
def test_a_field_that_is_no_name_is_not_grown_into(analyzer, field):
    words = rows((6, 5, field), (24, 5, "Nasc. 07-03-1951"))
    before = painted(analyzer, words)
    assert "PERSON" not in {e for e, ws in covered(analyzer, words).items() if set(field.split()) <= ws}, before


def test_whole_name_field_is_none_for_pieces_of_non_name_fields():
    from fw_gear_presidio_image_redactor.recognize.recognizers.names import whole_name_field
    from fw_gear_presidio_image_redactor.recognize.text_layout import layout

    for text, piece in [("Conceição Amaral Figueiredo", "Conceição Amaral"),
                        ("Breed: Border Collie", "Border"), ("Hospital Santa Maria", "Santa Maria"),
                        ("Fast Spin Echo", "Fast Spin"), ("Phantom  Scan Range", "Scan"),
                        ("DRR  Beam 3  G210 C15", "Beam")]:
        tl = layout(rows((6, 5, text)))
        start = tl.text.index(piece)
        got = whole_name_field(tl, start, start + len(piece))
        if text.startswith("Conceição"):
            assert got == (0, len(tl.text.split("\n")[0])), (text, got)
        else:
            assert got is None, (text, got)


# -- the animal's breed --------------------------------------------------------------------------

def vet_banner(label: str, breed: str, species: str = "Species: Canine") -> list[OcrWord]:
    return rows((8, 7, "Llanfair Veterinary Surgery"), (27, 7, "Owner: Pritchard-Jones, Glenys"),
                (45, 7, "Patient: Biscuit"), (63, 7, f"{species}  {label} {breed}"),
                (81, 7, "Case VC-118204  09/10/2024"), (98, 6, "Tel 01248 715 223"))


@pytest.mark.parametrize("label, breed", [
    ("Breed:", "Border Collie"),
    ("Breed:", "Golden Retriever"),
    ("Breed:", "Jack Russell"),
    ("Breed:", "Maine Coon"),
    ("Breed:", "Bernese Mountain Dog"),
    ("Breed:", "Holstein"),
    ("Rasse:", "Border Collie"),
    ("Race:", "Border Collie"),
    ("Raza:", "Border Collie"),
])
def test_the_breed_after_its_label_stays(analyzer, label, breed):
    assert not set(breed.split()) & painted(analyzer, vet_banner(label, breed))


@pytest.mark.parametrize("label, breed", [("Breed:", "Border Collie"), ("Rasse:", "Jack Russell")])
def test_the_owner_and_the_animal_are_still_erased_beside_the_breed(analyzer, label, breed):
    got = covered(analyzer, vet_banner(label, breed)).get("PERSON", set())
    assert {"Pritchard-Jones,", "Glenys", "Biscuit"} <= got, got


def test_a_name_field_beside_the_case_number_is_still_a_name_without_an_animal_label(analyzer):
    # the name-field rule itself still holds: the same two words with no breed label are a name
    words = rows((63, 7, "Glenys Pritchard"), (81, 7, "Case VC-118204  09/10/2024"))
    assert {"Glenys", "Pritchard"} <= covered(analyzer, words).get("PERSON", set())
