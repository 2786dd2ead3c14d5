"""A clinician's name after a title ends before the radiograph's view and side codes written
after it on dental and plain-film labels (`BW L`, `FMX`, `PAN R 36`): the codes are the device's
words, the name is PHI. Family names that look like the codes stay names."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import titled_names

from .test_recognizers_context import banner, painted


def _titled(text: str) -> list[str]:
    return [text[a:b] for a, b in titled_names(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Bangkok Smile Dental Hospital Dr. Pongsak Charoenkul BW L", "Pongsak Charoenkul"),
    ("Dr. Ana Ruiz FMX", "Ana Ruiz"),
    ("Dr. Siti Aminah BWX R", "Siti Aminah"),
    ("Dr. Li Wei PAN R 36", "Li Wei"),
    ("Dr. Tan Mei Ling CEPH", "Tan Mei Ling"),
    ("Dr. Omar Haddad OCC 11", "Omar Haddad"),
])
def test_a_titled_name_ends_before_the_view_code(text, name):
    assert _titled(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Dr. Wei PAN", "Wei PAN"),          # Pan, a Chinese family name, alone after the given name
    ("Dr. Anne LEE", "Anne LEE"),
    ("Dr. Wu HO", "Wu HO"),
    ("Dr. Mei LI  BW", "Mei LI"),
])
def test_short_family_names_in_capitals_stay_in_the_name(text, name):
    assert _titled(text) == [name]


def test_the_dentist_is_painted_and_the_bitewing_codes_kept(analyzer):
    words = painted(analyzer, banner("Bangkok Smile Dental Hospital Dr. Pongsak Charoenkul BW L"))
    assert {"Pongsak", "Charoenkul", "Bangkok", "Hospital"} <= words
    assert not {"BW", "L"} & words


@pytest.mark.parametrize(("text", "name"), [
    ("Dr. Anna Peri", "Anna Peri"),      # Peri, an Italian family name
    ("Dr. Pongsak Charoenkul Bw L", "Pongsak Charoenkul"),  # the title-cased copy of a capitals line
])
def test_peri_is_a_family_name_unless_a_view_follows(text, name):
    assert _titled(text) == [name]
