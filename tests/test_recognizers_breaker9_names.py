"""Break-test 9 (fix round 30): the name rules of rounds 28/29 that painted clinical and console
text, each kind with siblings and the guards that must not change:

1. a console's shared account, role, workflow state or setting after a staff role label ('Tech:
   admin1', 'Op: insite', 'Tech: nurse', 'Tech: rescan', 'MTRA: dienst') or a login label
   ('Korisnik: servis') is no one's login; a person's login stays ('Tech: rgarcia', 'Tekn.:
   ayilmaz', 'Tech: r.power');
2. a drug or contrast agent with its route ('Contrast: Omnipaque I.V.', 'Gastrografin P.O.') is no
   surname with initials; a surname with its initials after a person's label stays;
3. a hyphenated eponym ('Dx: Budd-Chiari Syndrome', 'Hill-Sachs Defect') is no hyphenated given
   name; a hyphenated given name after a person's label stays.

Rule level (the recogniser's functions) and text level (OCR words through the real Presidio
analyzer and spaCy pipeline).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import login_names, shaped_names, staff_logins

from .test_recognizers_context import covered, painted


def found(fn, text: str) -> list[str]:
    return [text[a:b] for a, b in fn(text)]


# -- 1. console accounts, roles and states after a staff or login label ------------------------

@pytest.mark.parametrize("text", [
    # shared and service accounts, with a number or a modality's or scope's prefix
    "Tech: admin1", "Op: admin2", "Op: service1", "Op: service2", "Tech: ctadmin", "Tech: localadmin",
    "Op: superuser", "Op: sysadmin", "Op: remoteservice", "Tech: ctuser", "Tech: ctuser1", "Op: mruser",
    "Op: xruser", "Tech: ususer", "Tech: mrtech", "Tech: cttech", "Op: user01", "Op: tech01", "Tech: tech2",
    "Op: default1", "Op: unknown1", "Tech: research1", "Op: insite", "Tech: medrad",
    # places and systems
    "Tech: console", "Op: workstation", "Tech: pacs", "Tech: dicom", "Tech: hospital", "Tech: clinic",
    # roles
    "Op: radiologist", "Tech: resident", "Op: fellow", "Tech: nurse", "Op: technician", "Tech: locum",
    "Tech: agency", "Tech: float", "Op: reviewer1", "Tech: intern2",
    # workflow states and work patterns
    "Op: review", "Tech: reviewed", "Tech: approved", "Tech: repeat", "Tech: rescan", "Tech: unassigned",
    "Op: weekend", "Op: oncall", "Tech: onsite", "Tech: offsite", "Tech: mobile", "Tech: pending",
    # settings no device vocabulary has
    "Op: automatic", "Tech: tracking", "Tech: noncontrast", "Tech: precontrast", "Tech: postcontrast",
    "Tech: noncon", "Tech: postcon", "Tech: dualenergy", "Tech: lowdose", "Tech: pedi", "Tech: ortho",
    # the labels' own languages
    "MTRA: dienst", "MTRA: bereitschaft", "Manip.: urgence", "Manip.: garde", "Manip.: astreinte",
    "Tecn.: guardia", "Tecn.: servizio", "Tecn.: servicio", "Tekn.: nobet", "Tekn.: servis", "Op: dyzur",
])
def test_a_console_account_role_or_state_after_a_staff_label_is_no_login(text):
    assert staff_logins(text) == []


@pytest.mark.parametrize("text", [
    "Korisnik: servis", "Kasutaja: hooldus", "Notandi: gestur", "Mtumiaji: mgeni", "User: sysadmin",
    "Benutzer: dienst", "Utente: servizio", "Login: ctuser1", "Usuario: guardia", "Uzytkownik: serwis",
])
def test_a_service_account_after_a_login_label_is_no_login(text):
    assert login_names(text) == []


@pytest.mark.parametrize("text", [
    "Op: service2", "Tech: admin1", "Tech: ctuser1", "Tech: nurse", "Op: radiologist", "Tech: rescan",
    "Tech: approved", "Op: oncall", "MTRA: dienst", "Tecn.: servizio", "Korisnik: servis", "Kasutaja: hooldus",
])
def test_the_console_words_stay_in_the_scan(analyzer, text):
    value = text.split()[-1]
    assert value not in painted(analyzer, text)


@pytest.mark.parametrize("text, login", [
    ("Tech: rgarcia", "rgarcia"), ("Tech: mmueller", "mmueller"), ("MTRA: mmueller", "mmueller"),
    ("Tecn.: a.rossi", "a.rossi"), ("Tech: rreyes2", "rreyes2"), ("Tech: scott3", "scott3"),
    ("Tech: jhauser", "jhauser"),  # 'user' ends the surname Hauser: no scope before it
    ("Tech: fonsecam2", "fonsecam2"), ("Op: kwong", "kwong"), ("Tech: smith_j", "smith_j"),
    # 'Tekn.' (Turkish teknisyen, Nordic tekniker) takes a login as 'Tech:' does
    ("Tekn.: ayilmaz", "ayilmaz"), ("Tekn.: mdemir", "mdemir"), ("Tekn.: e.kaya", "e.kaya"),
    # first.last with an initial: a surname that is also a device word is still a surname
    ("Tech: r.power", "r.power"), ("Tech: p.long", "p.long"), ("Tech: a.gain", "a.gain"),
    ("Tech: m.frame", "m.frame"), ("Tech: s.bone", "s.bone"), ("Tech: d.field", "d.field"),
])
def test_a_persons_login_stays_a_login(analyzer, text, login):
    assert found(staff_logins, text) == [login]
    assert login in covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text, login", [
    ("User: jsmith", "jsmith"), ("Benutzer: fonsecam2", "fonsecam2"), ("Login: m.fonseca", "m.fonseca"),
    ("Korisnik: mhorvat", "mhorvat"), ("Kasutaja: ktamm", "ktamm"),
])
def test_a_persons_login_after_a_login_label_stays(text, login):
    assert found(login_names, text) == [login]


def test_an_account_word_with_a_dot_is_still_an_account():
    assert staff_logins("Tech: ct.user") == []


# -- 2. a drug and its route ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Contrast: Omnipaque I.V.", "Contrast: Visipaque I.V.", "Contrast: Gadovist I.V.", "Contrast: Iopamiro I.V.",
    "Kontrast: Ultravist I.V.", "Contraste: Optiray I.V.", "KM: Imeron I.V.", "Oral: Gastrografin P.O.",
    "Agent: Omnipaque I.V.", "Injection: Ultravist I.V.", "Premedication: Buscopan I.V.",
    "Contrast: OMNIPAQUE I.V.", "Mezzo di contrasto: Iomeron I.V.", "Prämedikation: Buscopan I.V.",
    "Ultravist I.V.", "Sonovue I.V.", "Gastrografin P.O.", "Definity I.V.", "Buscopan I.M.", "Heparin S.C.",
    "Glucagon I.M", "Ultravist i.v.", "I.V. Gadovist", "P.O. Gastrografin", "Gadovist I.V.  T1 FS post",
    "Tropicamide O.D.",
])
def test_a_drug_and_its_route_is_no_surname_with_initials(text):
    assert shaped_names(text) == []


@pytest.mark.parametrize("text", [
    "Contrast: Omnipaque I.V.", "Contrast: Gadovist I.V.", "Kontrast: Ultravist I.V.", "Oral: Gastrografin P.O.",
    "Premedication: Buscopan I.V.", "Contrast: OMNIPAQUE I.V.", "Gastrografin P.O.", "Definity I.V.",
])
def test_the_drug_and_its_route_stay_in_the_scan(analyzer, text):
    values = {w for w in text.split() if not w.endswith(":")}
    assert not painted(analyzer, text) & values


@pytest.mark.parametrize("text, name", [
    ("Likar: Shevchuk K.V.", "Shevchuk K.V."), ("Likar: Ivanova I.V.", "Ivanova I.V."),
    ("Ref: Petrov I.M.", "Petrov I.M."), ("Shevchuk K.V.", "Shevchuk K.V."), ("K.V. Shevchuk", "K.V. Shevchuk"),
    ("Radiolog: Kowalska A.M.", "Kowalska A.M."),
])
def test_a_surname_with_initials_stays_a_name(text, name):
    assert found(shaped_names, text) == [name]


# -- 3. hyphenated eponyms ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dx: Budd-Chiari Syndrome", "Hx: Ehlers-Danlos Syndrome", "Dx: Peutz-Jeghers Syndrome",
    "Dx: Sturge-Weber Syndrome", "Dx: Zollinger-Ellison Syndrome", "Dx: Hill-Sachs Defect",
    "Dx: Wolff-Parkinson White", "Dx: Osler-Weber Rendu", "Clinical: Dandy-Walker Variant",
    "Clinical: Wolff-Parkinson White Syndrome", "Indication: Arnold-Chiari Malformation",
    "Method: Bland-Altman Plot", "Recon: Feldkamp-Davis Kress", "Diagnose: Budd-Chiari Syndrom",
    "Diagnostic: Ehlers-Danlos Syndrome", "Diagnóstico: Budd-Chiari Síndrome", "Indicación: Guillain-Barré Síndrome",
    "Befund: Hill-Sachs Läsion", "Note: Osgood-Schlatter Disease", "Info: Legg-Calve Perthes Krankheit",
])
def test_a_hyphenated_eponym_is_no_given_name(text):
    assert shaped_names(text) == []


@pytest.mark.parametrize("text", [
    "Dx: Budd-Chiari Syndrome", "Hx: Ehlers-Danlos Syndrome", "Dx: Hill-Sachs Defect", "Dx: Osler-Weber Rendu",
    "Clinical: Wolff-Parkinson White Syndrome", "Dx: Sturge-Weber Syndrome",
])
def test_the_eponym_stays_in_the_scan(analyzer, text):
    assert not painted(analyzer, text) & set(text.split()[1:])


@pytest.mark.parametrize("text, name", [
    ("Hinnanud: Mari-Liis Kuusk", "Mari-Liis Kuusk"), ("Ref: Jean-Baptiste Moreau", "Jean-Baptiste Moreau"),
    ("Name: Anna-Lena Berg", "Anna-Lena Berg"), ("Arzt: Hans-Peter Maier", "Hans-Peter Maier"),
    ("Radiologue: Marie-Claire Dubois", "Marie-Claire Dubois"),
])
def test_a_hyphenated_given_name_stays_a_name(text, name):
    assert found(shaped_names, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Anna-Maria Ivanova I.V.", {"Anna-Maria", "Ivanova", "I.V."}),  # initials after a given name
    ("Name: Anna-Maria Ivanova I.V.", {"Anna-Maria", "Ivanova", "I.V."}),
    ("Likar: Ivanova I.V.", {"Ivanova", "I.V."}),  # a route's letters after a person's label
    ("Ref: Dr. Budd-Chiari", {"Budd-Chiari"}),  # a titled person whose surname is an eponym
    ("Radiologist: Hans-Peter Maier", {"Hans-Peter", "Maier"}),
])
def test_a_person_whose_name_looks_clinical_stays_painted(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())
