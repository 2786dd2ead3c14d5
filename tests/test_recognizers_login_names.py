"""Who is logged in, by the login label of a worklist's, a viewer's or a console's status bar and
a login in lower case ('Utilizador: mfonseca', 'User: jsmith', 'Login: m.fonseca', 'Benutzer:
fonsecam2'): a personal account is its person's name. A shared account ('admin', 'service',
'guest'), a capitalised word ('User: Admin') or a label without its colon ('User Guide') is no one.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import login_names

from .test_recognizers_context import covered


@pytest.mark.parametrize("label, login", [
    ("Utilizador:", "mfonseca"), ("User:", "jsmith"), ("Login:", "m.fonseca"), ("Benutzer:", "fonsecam2"),
    ("Usuario:", "jperez"), ("Usuário:", "ana.souza"), ("Utilisateur:", "pdupont"), ("Operator:", "kmiller"),
    ("User name:", "j_doe"), ("Logged in as:", "asmith"), ("Użytkownik:", "jkowalski"), ("Kullanıcı:", "ayilmaz"),
])
def test_a_login_after_a_login_label_is_a_person(analyzer, label, login):
    text = f"{label} {login}   6 exames"
    start = len(label) + 1
    assert login_names(text) == [(start, start + len(login))]
    found = covered(analyzer, text)
    assert login in found.get("PERSON", set())
    assert "exames" not in set().union(*found.values())


@pytest.mark.parametrize("text", [
    "User: admin", "Login: service", "Operator: guest", "User: Admin", "User: me", "Login: on",
    "User Guide", "Login screen", "Usuario: root", "User: default", "Benutzer: demo", "User: 1234",
])
def test_a_shared_account_a_capitalised_word_or_no_colon_is_no_login(text):
    assert login_names(text) == []


@pytest.mark.parametrize("label, login", [
    ("Logged in:", "tpark"), ("Signed in as:", "j.okafor"), ("Logged on:", "nmbeki2"), ("Current user:", "hkhumalo"),
    ("Angemeldet als:", "mmueller"), ("Connecté en tant que:", "pdupont"), ("Conectado como:", "jperez"),
    ("Aangemeld als:", "jdevries"), ("Inloggad som:", "alindqvist"),
])
def test_a_login_after_a_status_bars_signed_in_label_is_a_person(analyzer, label, login):
    """A PACS status bar's 'Logged in: tpark  Carestream Vue 12.2' (review 14 worklist_2), and the
    same bar in the vendors' other languages; the product after it stays."""
    text = f"{label} {login}  Carestream Vue 12.2"
    found = covered(analyzer, text)
    assert login in found.get("PERSON", set()), found
    assert not {"Carestream", "Vue", "12.2"} & set().union(*found.values())


@pytest.mark.parametrize("text", ["Logged in: admin", "Signed in as: Guest", "Logged in: service",
                                  "Logged in 3 users", "Current user: 12"])
def test_a_signed_in_label_before_a_shared_account_or_a_count_is_no_login(text):
    assert login_names(text) == []
