"""Use DICOM Metadata: the words of the header's InstitutionName found on the image. A run of the
name's generic words (device vocabulary: modality, anatomy; head words: Clinic, Imaging) is a
device title as often ('AP Spine Bone Density' under 'Eastgate Bone Density Clinic'); the name's
distinctive words are still found alone and in every run. Real spaCy, real analyzer."""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from tests.test_recognizers_context import covered


def _header(**values) -> Dataset:
    ds = Dataset()
    for key, value in values.items():
        setattr(ds, key, value)
    return ds


def _painted(analyzer, text, header):
    return set().union(*covered(analyzer, text, header=header).values())


@pytest.mark.parametrize("institution,title", [
    ("Eastgate Bone Density Clinic", "AP Spine Bone Density"),
    ("Northside Breast Imaging Centre", "Breast Imaging"),
    ("Riverside Heart Vascular Clinic", "Heart Vascular"),
    # a run of generic words at a line's end is no cut name ('Breast Imaging Ce...' would be)
    ("Breast Imaging Center of Tampa", "Breast Imaging"),
    ("Bone Density Center of Tampa", "Bone Density"),
    # words that rank a hospital are the screen's words too ('Central venous')
    ("Central Hospital", "Central"),
    ("County General Hospital", "County"),
])
def test_a_device_title_of_the_names_generic_words_stays(analyzer, institution, title):
    got = _painted(analyzer, f"{title}\nL1-L4 1.012", _header(InstitutionName=institution))
    assert not set(title.split()) & got, got


@pytest.mark.parametrize("institution,text,words", [
    ("Eastgate Bone Density Clinic", "Eastgate Bone Density Clinic", {"Eastgate", "Bone", "Density", "Clinic"}),
    ("Eastgate Bone Density Clinic", "EASTGATE BONE", {"EASTGATE", "BONE"}),
    ("Eastgate Bone Density Clinic", "Site  Eastgate", {"Eastgate"}),
    ("Northside Breast Imaging Centre", "Northside Breast", {"Northside", "Breast"}),
])
def test_the_distinctive_words_are_still_found(analyzer, institution, text, words):
    assert words <= _painted(analyzer, text, _header(InstitutionName=institution))


@pytest.mark.parametrize("institution,text,kept,found", [
    ("Breast Imaging Center of Tampa", "Breast Imaging  Tampa", {"Breast", "Imaging"}, {"Tampa"}),
    ("Bone Density Center of Tampa", "Bone Density  Tampa", {"Bone", "Density"}, {"Tampa"}),
])
def test_the_place_is_found_beside_a_title_of_generic_words(analyzer, institution, text, kept, found):
    got = _painted(analyzer, text, _header(InstitutionName=institution))
    assert found <= got and not kept & got, got


@pytest.mark.parametrize("institution,text,words", [
    ("Breast Imaging Center of Tampa", "Breast Imaging Center of Ta...", {"Breast", "Imaging", "Center", "of"}),
    ("North Valley Hospital", "NORTH VALLEY HOSPI", {"NORTH", "VALLEY", "HOSPI"}),
    ("Central Hospital", "Central Hospital", {"Central", "Hospital"}),
])
def test_a_name_cut_or_whole_is_still_found(analyzer, institution, text, words):
    assert words <= _painted(analyzer, text, _header(InstitutionName=institution))
