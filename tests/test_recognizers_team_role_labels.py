"""The procedure team named by role on a cath-lab, theatre or endoscopy banner ('Nurse: Grace Mbeki',
'Recorder: RMS', 'Ordering: Hannah Lindqvist, NP'), several pairs on one line, in English, Spanish,
Portuguese, French, German and Italian (`names._TEAM_ROLE_LABELS`): the value is painted, the label
stays; a role word with no name after it, or a setting, a placeholder or a number, stays.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import LABELLED

from .test_recognizers_context import by_recognizer, painted


@pytest.mark.parametrize(("text", "names"), [
    ("Operator: Dr. Hamad Al-Qahtani Nurse: Grace Mbeki Recorder: RMS",
     {"Hamad", "Al-Qahtani", "Grace", "Mbeki", "RMS"}),
    ("Tech: J. Alvarado, RT(R)  55kVp 1.0mAs  Ordering: Hannah Lindqvist, NP", {"Hannah", "Lindqvist,"}),
    ("Scrub: ABK  Circulator: Ortiz, Maria  Perfusionist: T. Nakamura", {"ABK", "Ortiz,", "Maria", "T.", "Nakamura"}),
    ("Anaesthetist: Okoro  Fellow: Priya Raman  Resident: JKLM", {"Okoro", "Priya", "Raman", "JKLM"}),
    ("Reader: Dr. Ann Lee  Scribe: Tom Hart  Witness: Lopez, Ana", {"Ann", "Lee", "Tom", "Hart", "Lopez,", "Ana"}),
    ("Enfermera: Lucía Gómez  Anestesista: Dr. Pablo Ruiz", {"Lucía", "Gómez", "Pablo", "Ruiz"}),
    ("Enfermeira: Ana Souza  Instrumentadora: Beatriz Lima", {"Ana", "Souza", "Beatriz", "Lima"}),
    ("Infirmière: Martin, Claire  Témoin: JPL", {"Martin,", "Claire", "JPL"}),
    ("Pflegekraft: Anna Berg  Springer: KL", {"Anna", "Berg", "KL"}),
    ("Infermiera: Giulia Bianchi  Strumentista: Marco Neri", {"Giulia", "Bianchi", "Marco", "Neri"}),
])
def test_the_value_after_a_team_role_label_is_painted_and_the_label_stays(analyzer, text, names):
    words = painted(analyzer, text)
    assert names <= words
    labels = {w for w in text.split() if w.endswith(":")}
    assert not words & labels, f"labels painted: {words & labels}"


@pytest.mark.parametrize("text", [
    "Nurse: N/A", "Recorder: ON", "Tech: 3D", "Reader: 2", "Resident: Yes", "Fellow: None", "Nurse: ECG",
    "Resident: Auto", "Fellow: 2nd Year", "Scrub: Off", "Nurse:", "Recorder: --",
])
def test_a_setting_a_placeholder_or_a_number_after_a_team_role_label_stays(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text", ["Nurse Notes  12:30", "Reader Mode  On", "Resident Count  4", "Fellow Review",
                                  "Scrub Nurse", "Witness Statement"])
def test_a_role_word_without_its_colon_is_no_label(analyzer, text):
    # spaCy alone reads some headings as a name ('Reader Mode', 'Fellow Review'): the label rule adds nothing
    assert not by_recognizer(analyzer, text).get(f"PERSON {LABELLED}")


@pytest.mark.parametrize("text", [
    "Witness: Present", "Witness: Absent", "Zeuge: Ja", "Resident: Inpatient", "Recorder: Paused", "Nurse: Call",
    "Nurse: Station 4", "Recorder: REC", "Recorder: DVR", "Recorder: HDD 75%", "Reader: FCR", "Reader: CAD",
    "Ordering: STAT", "Ordering: ASC", "Nurse: RN", "Nurse: Lot 4411A", "Scrub: Lot 84071",
    "Witness: SN 1234567", "Scrub: Chlorhexidine",
])
def test_a_state_a_device_word_a_credential_or_a_product_number_after_a_team_label_stays(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize(("text", "names"), [
    ("Witness: Present  Ann Lee", {"Ann", "Lee"}),
    ("Witness: Yes  Tom Hart", {"Tom", "Hart"}),
    ("Scrub: Dr Hart  Circ: Lee", {"Hart", "Lee"}),
    ("Anes: Mbeki  Surg: Okoro  Asst: Ann Lee", {"Mbeki", "Okoro", "Ann", "Lee"}),
    ("Recorder: RMS", {"RMS"}),
    ("Nurse: Grace Mbeki", {"Grace", "Mbeki"}),
    ("Nurse: Hope", {"Hope"}),
])
def test_a_name_after_a_team_label_or_after_its_state_is_painted(analyzer, text, names):
    assert names <= painted(analyzer, text)
