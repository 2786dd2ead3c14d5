"""Names that are device vocabulary, and the labels that say a name follows.

- Device abbreviations that are common surnames (the XA projection 'RAO' is the Indian surname Rao,
  'PopA' the Romanian Popa, 'TSE' the Cantonese Tse): after a name or role label they are the name
  ('Name: Rao, Priya', 'Untersucher: Dr. P. Rao'); as device text ('RAO 30  CRAN 20', 'T2 TSE') they stay.
- Signature labels of the languages the product reads (Signature, Unterschrift, Underskrift, Firma,
  Signé) are name labels; a vendor after 'Firma:' (German: company) stays.
- A label that names a setting ('Lage:', German position) before a position value is no name label.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy."""

from __future__ import annotations

import pytest

from .test_recognizers_context import painted


@pytest.mark.parametrize(("text", "name"), [
    ("Name: Rao, Priya", {"Rao,", "Priya"}),
    ("Name: Rao Priya", {"Rao", "Priya"}),
    ("Patient: Priya Rao", {"Priya", "Rao"}),
    ("Untersucher: Dr. P. Rao", {"P.", "Rao"}),
    ("Untersucher: Dr. Rao", {"Rao"}),
    ("Nume: Popa, Ion", {"Popa,", "Ion"}),
    ("Name: Tse, Wing", {"Tse,", "Wing"}),
    ("Pat.: Lao, Ming", {"Lao,", "Ming"}),
])
def test_a_surname_that_is_a_device_abbreviation_is_painted_after_a_label(analyzer, text, name):
    words = painted(analyzer, text)
    assert name <= words, words
    assert text.split()[0] not in words


@pytest.mark.parametrize("text", ["RAO 30  CRAN 20", "LAO 45  CAUD 10", "T2 TSE SAG", "PopA PSV 80 cm/s",
                                  "Coll 40 mm", "Teich EF 60%", "PLA  LVIDd 4.8 cm",
                                  "Tech: TSE", "RT: RAO", "Tech: PLA"])
def test_the_device_abbreviation_stays_as_device_text(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Signature: Lars Lage", {"Lars", "Lage"}),
    ("Samtykke  Underskrift: Lars Lage", {"Lars", "Lage"}),
    ("Unterschrift: Anna Kracht", {"Anna", "Kracht"}),
    ("Firma: Anna Kracht", {"Anna", "Kracht"}),
    ("Signé: Jean Dupont", {"Jean", "Dupont"}),
])
def test_the_name_after_a_signature_label_is_painted(analyzer, text, name):
    words = painted(analyzer, text)
    assert name <= words, words
    assert not {"Signature:", "Underskrift:", "Unterschrift:", "Firma:", "Signé:", "Samtykke"} & words


@pytest.mark.parametrize(("text", "kept"), [
    ("Signature du patient", {"Signature", "du", "patient"}),
    ("Firma: Siemens", {"Siemens"}),
    ("Lage: Rückenlage", {"Rückenlage"}),
    ("Lage: Bauchlage", {"Bauchlage"}),
])
def test_a_setting_or_a_vendor_after_the_label_stays(analyzer, text, kept):
    assert not kept & painted(analyzer, text)
