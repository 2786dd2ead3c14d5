"""Vocabulary a general NER model paints on its own, and the OCR misreadings of it (break-test round 5):

- a long vocabulary word read with one of PP-OCR's confusions is still the word, also when the word
  has diacritics ('Rückenlagc' for 'Rückenlage': the skeletons are built from folded words, so the
  word read is folded too) and when a t loses its bar ('Kompressionskrafl');
- the titles of scanned consent forms as one compound word (nl, de, Nordic), a viewer's buttons,
  the German ECG axis types, the swimmer's view, imaging as a department, compound specialties and
  the window centre/width labels of localized viewers.

No confusion may turn a common surname into device text: the surnames below are the most common
of 23 countries (Wikipedia, 'Lists of most common surnames', the European, Asian and American
pages, each citing its national statistics office), and none of them with an OCR confusion
reaches a vocabulary word. Names beside the new words stay names.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers import device_vocabulary as vocab

from .test_recognizers_context import covered, painted

_SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Wilson Anderson Thomas Taylor Moore Jackson Martin Thompson White Harris Clark Lewis Robinson Walker
Wright Roberts Evans Hughes Edwards Green Hall Wood Müller Schmidt Schneider Fischer Weber Meyer Wagner
Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun
Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Bernard Petit Robert
Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier
Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Rossi Russo Ferrari Esposito Bianchi Romano
Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa Giordano Rizzo Lombardi Moretti García
Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
Moreno Muñoz Álvarez Romero Alonso Gutiérrez Jansen Bakker Janssen Visser Smit Meijer Mulder Bos Vos
Peters Hendriks Dekker Brouwer Leeuwen Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson
Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Hansen Johansen Olsen Larsen
Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Nielsen
Christensen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Thomsen Korhonen Virtanen Mäkinen
Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen
Heinonen Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Novák Svoboda Novotný Dvořák Černý Procházka Kučera
Veselý Horák Němec Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Jesus Sousa Fernandes
Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Murphy Kelly Walsh Byrne Ryan Reilly
Doyle McCarthy Gallagher Doherty Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir
Arslan Doğan Kılıç Aslan Çetin Papadopoulos Papadakis Papageorgiou Oikonomou Papadimitriou Georgiou
Papanikolaou Pappas Vasileiou Nikolaidis Popescu Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu
Ionescu Rusu Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Kumar Singh Sharma
Patel Gupta Shah Reddy Khan Das Iyer Nair Mehta Joshi Verma Sato Suzuki Takahashi Tanaka Watanabe Ito
Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Ivanov Smirnov Kuznetsov
Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Peeters Janssens Maes Jacobs
Mertens Willems Claes Goossens Wouters Kiefer""".split()


@pytest.mark.parametrize("surname", _SURNAMES)
def test_no_common_surname_is_device_text_even_misread(surname):
    assert not vocab.is_device_word(surname)
    low = vocab.fold_accents(surname.lower())
    assert vocab.ocr_skeleton(low) not in vocab._SKELETON_WORDS


@pytest.mark.parametrize(("read", "word"), [
    ("Rückenlagc", "Rückenlage"), ("Ruckenlagc", "Rückenlage"), ("Kompressionskrafl", "Kompressionskraft"),
    ("Durchleuchtungszeil", "Durchleuchtungszeit"), ("Genomlysningslid", "Genomlysningstid"),
    ("Läpivalaisuaika", "Läpivalaisuaika"),
])
def test_an_ocr_misreading_of_a_long_vocabulary_word_is_the_word(read, word):
    assert vocab.is_device_word(word)
    assert vocab.is_device_word(read)


@pytest.mark.parametrize("text", [
    "Rückenlagc", "Kompressionskrafl 120 N", "Durchleuchtungszeil 02:31",
    "Toestemmingsformulier", "TOESTEMMINGSFORMULIER / Consent form", "Einwilligungserklärung",
    "Aufklärungsbogen", "Samtykkeerklæring", "Samtyckesblankett", "Suostumuslomake",
    "Ryggläge", "Exportieren  Drucken  Schließen", "Speichern  Abbrechen", "Sinusrhythmus  Linkstyp",
    "Sinusrhythmus  Steiltyp", "Swimmer's view", "Kuvantaminen", "Mund-Kiefer-Gesichtschirurgie",
    "Centro 40 Ampiezza 400", "Zentrum 40  Breite 400", "Centre 40 Largeur 400", "Centro 40 Ancho 400",
])
def test_vocabulary_the_model_paints_alone_is_kept(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Name: Kiefer, Hans", {"Kiefer,", "Hans"}),
    ("Dr. Hans Kiefer", {"Hans", "Kiefer"}),
    ("Patient: Anna Breite", {"Anna", "Breite"}),
    ("Einwilligungserklärung  Unterschrift: Hans Meier", {"Hans", "Meier"}),
    ("Patient: Lars Nilsson  Ryggläge", {"Lars", "Nilsson"}),
    ("Name: Schmitt, Petra  Linkstyp", {"Schmitt,", "Petra"}),
])
def test_names_beside_the_new_words_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


def test_a_surname_alone_is_no_vocabulary_word():
    # a context word needs another device word beside it; alone it is a name
    assert vocab.is_context_word("Kiefer") and not vocab.is_device_word("Kiefer")
    assert not vocab.only_device_words("Hans Kiefer")
    assert not vocab.only_device_words("Zentrum")
