"""The labels of nuclear cardiology, mammography, OCT, ECG, fluoroscopy, 3D rendering, DXA, PACS menus
and scanned consent forms, in the languages of the localized consoles, are no PHI; names beside them,
and the surnames among them, still are (`device_vocabulary`, fix round 17 kinds)."""

from __future__ import annotations

import pytest

from .test_recognizers import found


@pytest.mark.parametrize("text", [
    # nuclear cardiology views and acquisition parameters
    "STRESS  Asse corto", "RIPOSO  Asse corto", "Matrice 64x64", "Stress Short Axis", "Rest Horizontal Long Axis",
    "Belastung Kurze Achse", "Ruhe Vertikale Lange Achse", "Repos Petit axe", "Reposo Eje corto", "Matriz 128x128",
    "Esfor\u00e7o Eixo curto", "Matrix 64x64 Zoom 1.45", "Gated SPECT", "Kcounts 1200", "Inspanning Korte as",
    # mammography compression force and thickness
    "Kracht 96 N", "Compressie 96 N Dikte 52 mm", "Kompressionskraft 110 N", "Espesor 48 mm Fuerza 90 N",
    "Spessore 50 mm Forza 100 N",
    # OCT and fundus measurements
    "Zentrale Netzhautdicke 301 \u00b5m", "Dicke [\u00b5m]", "Central Subfield Thickness 280 \u00b5m",
    "\u00c9paisseur r\u00e9tinienne centrale 290 \u00b5m", "Signal Strength 8/10", "Cup/Disc 0.4",
    # ECG interpretation statements
    "Bradicardia sinusal   ECG lim\u00edtrofe", "Sinus Bradycardia Borderline ECG", "Sinusrhythmus",
    "Tachicardia sinusale", "Fibrillation auriculaire", "Vorhofflimmern", "ECG anormal", "Abnormal ECG",
    # fluoroscopy time and patient position
    "DL-Zeit 00:01:12", "Durchleuchtungszeit 2.3 min", "AP  DECUBITO", "PA BIPEDESTACI\u00d3N", "Lateral Standing",
    "AP Supino", "Temps de scopie 01:12",
    # rendering modes and spine views
    "Cinematic VRT", "VRT", "MinIP 10 mm", "MPR Coronal", "Volume Rendering", "L-SPINE LAT", "C-SPINE", "T-SPINE",
    "AP SPINE",
    # PACS menus
    "Arbeidsliste", "Rapport", "Verkt\u00f8y", "Arbeitsliste", "Einstellungen", "Hilfe", "Strumenti",
    "Herramientas", "Innstillinger",
    # DXA results
    "Region  BMD (g/cm\u00b2)  T-score  Z-score", "WHO classification: Osteopenia", "Osteoporose",
    "Classificazione OMS: Osteoporosi",
    # scanned consent forms
    "Consentement \u00e9clair\u00e9 \u2013 Examen IRM", "Porteur d'un stimulateur cardiaque:  oui  non",
    "Herzschrittmacher: ja nein", "Embarazada: s\u00ed no", "Allergie au produit de contraste: oui non",
    "Einwilligung MRT-Untersuchung",
])
def test_clinical_labels_are_kept(analyzer, text):
    assert found(analyzer, text, with_header=False) == {}, text


@pytest.mark.parametrize("text,name", [
    ("Nom: Dupont Marie", "Dupont"),
    ("Patient: Anna Lang", "Lang"),
    ("Marie Petit", "Petit"),
    ("Aika Tanaka", "Aika"),
    ("Referred by Dr. Axel Berg", "Axel"),
    ("Kurz, Stefan", "Kurz,"),
    ("Name: Rest, John", "Rest,"),
    ("STRESS Asse corto Mario Rossi", "Rossi"),
    ("Bradicardia sinusal Juan P\u00e9rez Garc\u00eda", "P\u00e9rez"),
    ("Consentement \u00e9clair\u00e9 de Mme Sophie Martin", "Martin"),
])
def test_names_beside_them_and_surnames_among_them_are_still_found(analyzer, text, name):
    assert name in found(analyzer, text, with_header=False).get("PERSON", set()), text


@pytest.mark.parametrize("text", [
    "Kracnt 96 N",                 # 'Kracht' with OCR's h/n confusion (a review's verification pass)
    "Dicke [\u03bcm]",              # the Greek mu OCR returns for the micro sign
    "Consentem ent",               # 'Consentement' cut at a kerning gap
    "Matrlce 64x64",               # i read as l
])
def test_vocabulary_words_as_ocr_misreads_them_are_kept(analyzer, text):
    assert found(analyzer, text, with_header=False) == {}, text


@pytest.mark.parametrize("text,name", [
    ("Hansen Karin", "Hansen"),     # no skeleton of a long vocabulary word
    ("Da Silva", "Silva"),          # two words that join into no vocabulary word
    ("Jan de Kort", "Kort"),        # Dutch surname: a context word only
])
def test_names_near_the_vocabulary_are_still_names(analyzer, text, name):
    assert name in found(analyzer, text, with_header=False).get("PERSON", set()), text
