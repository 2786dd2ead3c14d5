"""PHI analysis of OCR text with Presidio: predefined, overlay and header recognisers plus NER."""

from __future__ import annotations

import copy
import logging
import re
import threading
from dataclasses import dataclass
from importlib import metadata

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from pydicom.dataset import Dataset

from ..findings import Box, Finding, OcrWord
from .ner.base import NerBackend
from .recognizers.addresses import NAME as POSTAL_ADDRESS
from .recognizers.addresses import SCORE as POSTAL_ADDRESS_SCORE
from .recognizers.addresses import addresses
from .recognizers.banner_labels import (
    PERSON_LABEL_WORDS,
    animal_description,
    kept_label_spans,
    label_spans,
    service_ticket_before,
)
from .recognizers.cyrillic import cyrillic_recognizers, only_cyrillic_vocabulary
from .recognizers.device_names import device_tokens, in_deid_names, words_of
from .recognizers.device_vocabulary import (
    CUT_WORDS,
    MODEL_CODE,
    NAME_ABBREVIATIONS,
    VENDOR_NAMES,
    is_context_word,
    is_device_word,
    is_model_number,
    is_probe_name,
    is_vendor_phrase,
    only_device_words,
    probe_in_position,
)
from .recognizers.dicom_header import NAME as DICOM_HEADER
from .recognizers.dicom_header import DicomHeaderRecognizer
from .recognizers.institutions import BANNER as BANNER_INSTITUTION
from .recognizers.institutions import department_spans, is_connective, is_department, is_vendor
from .recognizers.locations import NAME as HOSPITAL_LOCATION
from .recognizers.locations import SCORE as HOSPITAL_LOCATION_SCORE
from .recognizers.locations import hospital_locations, on_line
from .recognizers.names import (
    FIELD,
    FIELD_SCORE,
    INITIAL,
    LABELLED,
    NAME_CONNECTORS,
    STAFF_VALUE,
    in_caret_description,
    in_exam_column,
    is_name_word,
    is_patronymic_particle,
    is_title,
    name_fields,
    only_credentials,
    trailing_credential,
    whole_name_field,
    with_credentials,
    with_particles,
)
from .recognizers.patterns import (
    BIRTH_YEAR,
    BIRTH_YEAR_LABEL,
    DATE_LABEL,
    DAY_MONTH,
    H_TIME_VALUE,
    NATIONAL_ID_ENTITIES,
    TIME_OF_DAY,
    TIME_VALUE,
    after_duration_label,
    date_lead,
    date_lead_word,
    is_h_time_of_day,
    is_time_of_day,
    national_id_recognizers,
    overlay_recognizers,
    unlabelled_ids,
)
from .recognizers.tables import add_row_findings
from .recognizers.ultrasound_regions import inside_any
from .recognizers.vocabulary import (
    LABEL_PREFIX,
    model_pieces,
    only_overlay_words,
    prose_language,
    stop_words,
    trim_label,
    ui_title_spans,
)
from .text_layout import layout, stacked

log = logging.getLogger(__name__)

# Presidio's names -> the gear's. Identifier-like entities all become ID; the
# rest (URL, IP, NRP) are not PHI on an image overlay and are dropped.
PRESIDIO_TO_GEAR = {
    "PERSON": "PERSON",
    "DATE_TIME": "DATE_TIME",
    "LOCATION": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "AGE": "AGE",
    "ID": "ID",
    "PROFESSION": "PROFESSION",
    "ZIP": "ZIP",
    "USERNAME": "USERNAME",
    "EMAIL": "EMAIL",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "US_SSN": "ID",
    "US_ITIN": "ID",
    "US_PASSPORT": "ID",
    "US_BANK_NUMBER": "ID",
    "MEDICAL_LICENSE": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    # National identifiers (`patterns.national_id_recognizers`), under Presidio's names.
    **{entity: "ID" for entity in NATIONAL_ID_ENTITIES},
}
# Weak predefined patterns (driver's licence numbers match most short words).
# PhoneRecognizer: replaced by `patterns.OverlayPhoneRecognizer`, which asks for a phone's shape.
# NhsRecognizer and the national identifiers with check digits: `patterns.national_id_recognizers`
# registers them for the analyzer's language, kept to what passed the check.
SKIPPED_RECOGNIZERS = {"PhoneRecognizer", "UsLicenseRecognizer", "UrlRecognizer", "IpRecognizer", "CryptoRecognizer",
                       "InPanRecognizer", "InVehicleRegistrationRecognizer", "InAadhaarRecognizer",
                       "InVoterRecognizer", "InPassportRecognizer", "AuAbnRecognizer", "AuAcnRecognizer",
                       "AuTfnRecognizer", "AuMedicareRecognizer", "SgFinRecognizer", "SgUenRecognizer",
                       "EsNifRecognizer", "EsNieRecognizer", "ItDriverLicenseRecognizer",
                       "ItFiscalCodeRecognizer", "ItVatCodeRecognizer", "ItIdentityCardRecognizer",
                       "ItPassportRecognizer", "PlPeselRecognizer", "FiPersonalIdentityCodeRecognizer",
                       "KrRrnRecognizer", "ThTninRecognizer", "NgNinRecognizer", "NgVehicleRegistrationRecognizer",
                       "NhsRecognizer"}
MIN_PATTERN_SCORE = 0.35
# A model calls almost any capitalised pair a name; on words OCR itself barely
# believes in (noise in the anatomy) that is a false alarm, not a miss avoided.
# Header and pattern findings are kept whatever the confidence.
MIN_MODEL_WORD_CONFIDENCE = 30.0
MODEL_RANK = 0.8


@dataclass(frozen=True)
class AnalyzerSettings:
    entities: tuple[str, ...]
    score_threshold: int  # Transformer Score Threshold, percent, for model findings


# Rules that judge letter case, so they read only the text as OCR read it, never the
# `_smart_case` copy: the banner institution is a title-case line, and a patient's name in
# capitals would pass for one once title-cased.
_ORIGINAL_CASE_ONLY = frozenset({BANNER_INSTITUTION})


def _smart_case(text: str) -> str:
    """Title-case ALL-CAPS words and turn DICOM '^' into spaces, keeping every offset:
    NER models trained on prose miss 'DAVIDSON^DOUGLAS' but find 'Davidson Douglas'."""
    text = text.replace("^", " ")
    return re.sub(r"\b[A-Z][A-Z']+\b", lambda m: m.group(0).capitalize(), text)


class _RawResultsEngine(AnalyzerEngine):
    """Presidio's engine, keeping a copy of every recogniser's own results of the thread's
    last `analyze` call, as they were before context scoring, thresholds and dedupe.

    `PhiAnalyzer._analyze_text` adds back the rule results that dedupe dropped; taken from
    here, the rule recognisers run once per text instead of twice (they are about 40% of a
    call). `_enhance_using_context` is the step `AnalyzerEngine.analyze` hands every raw
    result to (presidio-analyzer 2.2); should a release stop calling it, `raw` stays None
    and the caller runs the recognisers again, as before."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._raw = threading.local()  # one engine serves every scanning thread

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        # copies: the context step raises scores and marks metadata on these objects in place
        self._raw.results = [copy.copy(r) for r in raw_results]
        return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)

    def take_raw(self) -> list[RecognizerResult] | None:
        """The last `analyze` call's raw results on this thread (once), or None."""
        raw, self._raw.results = getattr(self._raw, "results", None), None
        return raw


class PhiAnalyzer:
    """Presidio AnalyzerEngine composed for overlay text; one per run, reused across images."""

    def __init__(self, ner: NerBackend, settings: AnalyzerSettings):
        self.ner = ner
        self.settings = settings
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=ner.nlp_engine)
        for name in SKIPPED_RECOGNIZERS:
            try:
                registry.remove_recognizer(name)
            except Exception:  # not every Presidio version ships every recogniser
                pass
        if ner.recognizers:
            registry.remove_recognizer("SpacyRecognizer")
            for recognizer in ner.recognizers:
                registry.add_recognizer(recognizer)
        national = national_id_recognizers()
        self._national_ids = frozenset(r.name for r in national)
        # names, hospitals and towns in Cyrillic, which the English model does not read (`cyrillic`)
        for recognizer in overlay_recognizers() + cyrillic_recognizers() + national:
            registry.add_recognizer(recognizer)
        self.engine = _RawResultsEngine(registry=registry, nlp_engine=ner.nlp_engine, supported_languages=["en"])

    @property
    def detectors(self) -> list[str]:
        return [f"presidio-analyzer {metadata.version('presidio-analyzer')} patterns", self.ner.description]

    def _analyze_text(self, text: str, extra: list, model_text: str | None = None,
                      artifacts=None) -> list[RecognizerResult]:
        """Presidio's results on `text`, and every rule result Presidio's dedupe dropped.

        `model_text`: the same text with a line break for the space between two fields of a
        line (`TextLayout.field_text`, same length): the NLP engine (the model's entities, the
        tokens and lemmas of context words) reads it; the rule recognisers read `text`. A model
        span's ends are trimmed of the break it may have taken in ('Tavita Fa'alogo\n').

        `AnalyzerEngine.analyze` keeps one result per entity where one span holds another
        (`EntityRecognizer.remove_duplicates`): the higher score wins, and a model scores
        0.85 or more where a name label or the header scores 0.7. The rule is the better
        evidence for what the text is ('Referring: Max Power' is a name because of its
        label), so each rule recogniser's own results are added back and `analyze` lets
        them cover their characters before any model reading."""
        if artifacts is None:
            artifacts = self.engine.nlp_engine.process_text(model_text or text, "en")
        self.engine.take_raw()
        results = self.engine.analyze(
            text=text,
            language="en",
            entities=None,  # filtered later: Presidio warns on entities it has no recogniser for
            ad_hoc_recognizers=extra or None,
            score_threshold=MIN_PATTERN_SCORE,
            nlp_artifacts=artifacts,
        )
        seen = {(r.entity_type, r.start, r.end, _recognizer_name(r)) for r in results}
        raw = self.engine.take_raw()
        rules = [r for r in self.engine.registry.get_recognizers(
            language="en", all_fields=True, ad_hoc_recognizers=extra or None)
            if r.name not in self.ner.model_recognizers]
        if raw is None:  # a Presidio that no longer hands raw results to the context step
            pairs = [(recognizer, result) for recognizer in rules
                     for result in recognizer.analyze(text=text, entities=recognizer.supported_entities,
                                                      nlp_artifacts=artifacts) or []]
        else:  # Presidio marked each with its recogniser's id
            by_id = {recognizer.id: recognizer for recognizer in rules}
            pairs = [(by_id[rid], result) for result in raw
                     if (rid := (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
                     in by_id]
        for recognizer, result in pairs:
            key = (result.entity_type, result.start, result.end, recognizer.name)
            if result.score >= MIN_PATTERN_SCORE and key not in seen:
                seen.add(key)
                result.recognition_metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
                                               RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id}
                results.append(result)
        for result in results:
            if _recognizer_name(result) in self.ner.model_recognizers:
                while result.end > result.start and text[result.end - 1].isspace():
                    result.end -= 1
                while result.start < result.end and text[result.start].isspace():
                    result.start += 1
        return results

    def analyze(self, words: list[OcrWord], header: Dataset | None = None, frame: int = 0,
                regions: tuple[Box, ...] = (), device: tuple[str, ...] = ()) -> list[Finding]:
        """Findings on one frame's words (image pixel coordinates).

        `regions`: the frame's declared ultrasound imaging regions
        (`ultrasound_regions.imaging_regions`); a finding of the NER model alone
        inside one is dropped, since device text there is measurement labels.
        `device`: the file's own device names (`device_names.device_names`: Manufacturer,
        model, software; read with or without metadata): a model's or a pattern's finding
        made of their words is device text (`_device_text`)."""
        if not words:
            return []
        own = device_tokens(device)
        text_layout = layout(words, is_label=_is_label_word)
        extra = [DicomHeaderRecognizer(header)] if header is not None else []
        results: list[RecognizerResult] = []
        # The text as read, then its title-cased copy (once where they are equal), in that order:
        # a set's order follows string hashing, which differs between processes, and the first
        # of two equal findings wins below, so a set made results flicker from run to run.
        # The model reads each field of a line on a line of its own (`TextLayout.field_text`): an
        # unlabelled banner's name, ID and date run together are no sentence with a name in it.
        field_text = text_layout.field_text()
        pairs = dict.fromkeys(((text_layout.text, field_text),
                               (_smart_case(text_layout.text), _smart_case(field_text))))
        # The model reads both copies in one batch (`nlp.pipe`): the same entities, tokens, lemmas
        # and scores as one call each, at about half the CPU (a pipeline call on a short text is
        # mostly per-call overhead: 13 ms for two calls, 7 ms for one batch of the two).
        model_texts = list(dict.fromkeys(model_text for _, model_text in pairs))
        artifacts = dict(self.engine.nlp_engine.process_batch(model_texts, "en", batch_size=len(model_texts)))
        for text, model_text in pairs:
            found = self._analyze_text(text, extra, model_text, artifacts.get(model_text))
            if text != text_layout.text:  # the title-cased copy: 'SATO HARUKI' passes for title case
                # a staff value is judged by its case as read ('RT: PTV' a structure, 'RT: Ptv' no one)
                found = [r for r in found if _recognizer_name(r) not in _ORIGINAL_CASE_ONLY
                         and not (r.recognition_metadata or {}).get(STAFF_VALUE)]
            results += found
        findings: dict[tuple, Finding] = {}
        ranks: dict[tuple, float] = {}
        # Header and pattern findings first: the characters they cover are theirs, so a
        # model's reading of the same text ('KOWALSKI, MARTHA' as an organisation,
        # '1234567' as a date) neither relabels nor outgrows them.
        covered: list[tuple[int, int]] = []
        covered_names: list[tuple[int, int]] = []  # the PERSON ones among them
        # The banner's labels ('Kanja Mei:', 'Paciente:', 'Kensa bi:') are no model's: read on the
        # whole line, a label is cut out of a model's span that holds only part of it ('Kensa').
        labels = label_spans(text_layout.text)
        # A department's name beside its site ('Zakład Patomorfologii UCK Gdańsk') is no model's either:
        # the department is the same in every hospital, the site is PHI (`institutions.department_spans`).
        labels += department_spans(text_layout.text)
        # A worklist window's title on the site's line ('... Santo Amaro - Lista de Trabalho') likewise.
        labels += ui_title_spans(text_layout.text)
        recognizer_of = {id(r): _recognizer_name(r) for r in results}
        results.sort(key=lambda r: recognizer_of[id(r)] in self.ner.model_recognizers)
        for result in results:
            entity = PRESIDIO_TO_GEAR.get(result.entity_type)
            if entity is None or entity not in self.settings.entities:
                continue
            recognizer = recognizer_of[id(result)]
            is_model = recognizer in self.ner.model_recognizers
            if is_model and result.score * 100 < self.settings.score_threshold:
                continue
            if is_model and text_layout.confidence(result.start, result.end) < MIN_MODEL_WORD_CONFIDENCE:
                continue  # OCR's guesses at anatomy texture ('Ly 4', 6% sure) named as a person
            span = text_layout.text[result.start : result.end]
            if is_model and _mostly_unread_script(span):
                # 'Отделение лучевой диагностики', 'Ασθενής:': the English model reads Cyrillic and
                # Greek as noise and calls device words and labels names; names, hospitals and towns
                # in Cyrillic are the rules' (`recognizers.cyrillic`)
                continue
            if recognizer != DICOM_HEADER and only_cyrillic_vocabulary(span):
                continue  # 'Голова Аксиальный', 'MR Голова': Cyrillic anatomy is no one's name, whoever says so

            # A staff member's value after a role label is a person whatever overlay word or credential
            # it also is ('RT: PA', 'Sonographer: Gain', 'Technicien: MD': names.STAFF_VALUE).
            staff = bool((result.recognition_metadata or {}).get(STAFF_VALUE))
            if recognizer != DICOM_HEADER and ((only_overlay_words(span) and not staff) or is_vendor(span)
                                               or _in_vendor_field(text_layout, result.start, result.end)):
                continue  # 'TOSHIBA MEDICAL', 'Agfa HealthCare': a vendor's logo, whoever calls it a name
            if recognizer not in (DICOM_HEADER, LABELLED) and _own_device_words(span[trim_label(span):], own):
                # the file's own model or software ('TRC-NW8', 'VB60A'), whatever reads it as PHI; not a
                # name's structure (a name label, 'FAMILY, GIVEN' in a patient block: 'ZEISS, CARL' of
                # Manufacturer 'Carl Zeiss Meditec' beside a birth date is a patient)
                continue
            if recognizer != DICOM_HEADER and not is_model and not _label_reaches_value(text_layout, result, span):
                continue  # 'ID:' in one corner, a probe 'CA1-7A' in the other corner of the next text line
            if recognizer in self._national_ids and not _in_one_field(text_layout, result.start, result.end):
                continue  # 'DLP    2123    45670    0': cells of a table, read as one Medicare number
            if entity == "PERSON" and only_credentials(span) and not staff:
                continue  # 'RDMS, RVT' read as 'FAMILY, GIVEN': a credential alone names no one
            if entity == "PERSON" and _MODALITY_AS_TITLE.match(span) and only_device_words(span[3:]):
                continue  # 'MR Knee WITHOUT': the modality MR, title-cased to 'Mr', titles no one
            if is_model and entity == "DATE_TIME" and _DECIMAL_RATIO.fullmatch(span.strip()) \
                    and _after_setting(text_layout, result.start):
                continue  # 'PRF 2.5/5', 'Scale 1.5/3': a setting's two values, a decimal in no date
            if is_model and entity == "DATE_TIME" and (_DA.fullmatch(span.strip())
                                                       or _SEPARATED_DATE.fullmatch(span.strip())):
                # Presidio keeps one result per span and entity, the highest score: a date the
                # pattern found too ('19760616') comes back as the model's. Its shape is the evidence.
                is_model = False
            if recognizer == DICOM_HEADER and entity == "PERSON" and _preset_in_device_phrase(
                    text_layout, result.start, result.end):
                continue  # PatientName 'OB' (a preset typed as the name) is not the 'OB' of 'Gen OB'
            if entity == "ID" and recognizer != DICOM_HEADER and service_ticket_before(
                    text_layout.text, result.start + trim_label(span)):
                continue  # 'Ticket SR-77120', 'Incident INC0012345': a service call's number, no patient's
            if is_model:
                # Overlay and device words inside a model's span are cut out; 'Im 34' -> '34'
                # called a date or 'Gen THI' a person are settings, not PHI. Each line of a
                # span is judged on its own: spaCy reads across line breaks ('BAPTIST MED
                # CTR' over a lone 'GE' logo), and a line of device words stays a device line.
                spans = [piece for a0, b0 in _lines(span)
                         for a, b in model_pieces(span[a0:b0], device=entity != "DATE_TIME")
                         for piece in _subtract(result.start + a0 + a, result.start + a0 + b, covered + labels)]
                # A header name inside the model's name ('Quist' of 'A. Quist', OperatorsName
                # 'Quist^A') does not shrink it: the model's other name words stay the name's.
                names = [(a, b) for a, b in covered_names if a < result.end and result.start < b] \
                    if entity == "PERSON" else []
                judged = [(a, b, "PERSON" if _beside_a_name(text_layout.text, a, b, names)
                           and _name_remainder(text_layout.text[a:b])
                           else model_piece_entity(entity, text_layout, a, b, result.score, own)) for a, b in spans]
                # Part of a field that is one name and nothing else is that whole name, a person
                # ('Conceição Amaral' of 'Conceição Amaral Figueiredo', read as an organisation).
                judged = [(*whole, "PERSON") if e in ("PERSON", "ORGANIZATION")
                          and (whole := whole_name_field(text_layout, a, b)) else (a, b, e) for a, b, e in judged]
                spans = [(with_particles(text_layout.text, a, b), _name_end(text_layout, b), e)
                         if e == "PERSON" else (a, b, e) for a, b, e in judged if e is not None]
                spans = [s for s in spans if s[0] < s[1]]  # 'Mrs' alone: a title names no one
                # 'since January': the date is PHI, the word of time before it is prose
                spans = [(a + date_lead(text_layout.text, a, b), b, e) if e == "DATE_TIME" else (a, b, e)
                         for a, b, e in spans]
            else:
                # A header value is the value whole: PatientID 'MRN0091827' burned in as one word
                # keeps its letters painted, where a pattern's 'MRN0091827' is read as a glued label.
                start, end = result.start + (0 if recognizer == DICOM_HEADER else trim_label(span)), result.end
                if entity == "PERSON":
                    grown = with_particles(text_layout.text, start, end), _name_end(text_layout, end)
                    # initials that are also a title or a credential ('RT: MR', 'Technicien: MD') stay
                    # a staff member's, whom the label names
                    start, end = grown if grown[0] < grown[1] or not staff else (start, end)
                spans = [(start, end, entity)] if start < end else []
                covered += [(a, b) for a, b, _ in spans]
                if entity == "PERSON":
                    covered_names += [(a, b) for a, b, _ in spans]
            # One finding per place, the most confident reading; a pattern or the header
            # outranks the model ('JUN 16, 1976' is a date, though spaCy says person).
            rank = result.score * MODEL_RANK if is_model else 1.0 + result.score
            for start, end, entity in spans:
                if recognizer != DICOM_HEADER:
                    start, end = _without_edge_words(text_layout, start, end, entity, is_model)
                    if start >= end:
                        continue
                start, end = _without_prose_words(text_layout, start, end, text_layout.with_split_pieces(
                    start, end, keep=_keeps_its_own_beside_a_date if entity == "DATE_TIME"
                    else _keeps_its_own_before_a_name if entity == "PERSON" else _keeps_its_own))
                is_label = _is_label_or_point_label if text_layout.text[start:start + 1].isdigit() else _is_label
                for box, text in text_layout.boxes_for(start, end, is_label=is_label, device_run=_device_run):
                    if is_model and inside_any(box, regions):
                        continue  # inside the imaging region the model alone is not evidence enough
                    if box not in ranks or ranks[box] < rank:
                        ranks[box] = rank
                        findings[box] = Finding(entity, box, round(float(result.score), 3), recognizer, text, frame)
        _times_beside_dates(text_layout, findings, frame)
        if "PERSON" in self.settings.entities:
            _names_beside_phi(text_layout, findings, frame, regions, self.ner.model_recognizers, own)
        if "LOCATION" in self.settings.entities:
            _hospital_locations(text_layout, findings, frame, self.ner.model_recognizers)
            _postal_addresses(text_layout, findings, frame, self.ner.model_recognizers)
        _connectives_inside_names(text_layout, findings)
        if "ID" in self.settings.entities:
            _ids_in_patient_block(text_layout, findings, frame, own)
        # a study list's cells under its header row, a banner's unlabelled patient row (`tables`)
        add_row_findings(text_layout, findings, frame, self.settings.entities, regions)
        if "DATE_TIME" in self.settings.entities:
            _times_of_day(text_layout, findings, frame)
            _dates_without_year(text_layout, findings, frame)
        _without_lone_side_markers(text_layout, findings)
        return _drop_contained(list(findings.values()))


# Fix round 37 (review 20 A): the words at a span's edges that are no part of its value.
# The meridiem after a clock time ('10:47 AM', 'a.m.'): the time is painted, the two letters say nothing.
_MERIDIEM_AFTER = re.compile(r"[ \t]+(?:[AaPp]\.?[Mm]\.?)$")
# The agent's preposition between a participle label and the person ('Reported by K. Sutherland',
# 'Validé par', 'Beoordeeld door', 'Informado por', 'Opisane przez') read into the name's span when OCR
# set the label's words a field apart: no name starts with it.
_AGENT_WORDS = frozenset({"by", "par", "door", "por", "przez"})
_AGENT_BEFORE = re.compile(rf"(?i)(?:{'|'.join(sorted(_AGENT_WORDS))})[ \t]+(?=\S)")


def _without_edge_words(text_layout, start: int, end: int, entity: str, is_model: bool) -> tuple[int, int]:
    """(start, end) of a finding less the words at its edges that are no part of its value: the
    meridiem after a time (`_MERIDIEM_AFTER`), an agent's preposition before a person (`_AGENT_BEFORE`),
    a registration council's label, a role or a service label inside a person's or an institution's span
    and what follows it ('Lima CRM-SP', 'Sutherland, Consultant': `banner_labels.kept_label_spans`), and a
    report's title a field after an institution ('Royal Infirmary of Edinburgh    Bone Densitometry':
    `_title_fields_after`)."""
    text = text_layout.text
    if entity == "DATE_TIME":
        m = _MERIDIEM_AFTER.search(text, start, end)
        if m and any(ch.isdigit() for ch in text[start:m.start()]):
            end = m.start()
        return start, end
    if entity not in ("PERSON", "ORGANIZATION"):
        return start, end
    if entity == "PERSON":
        m = _AGENT_BEFORE.match(text, start, end)
        if m and text.rfind("\n", 0, start) + 1 < start:  # a word before it on its line: the label's
            start = m.end()
    first_end = text.find(" ", start, end)
    for a, _ in kept_label_spans(text[start:end]):
        if first_end >= 0 and start + a > first_end:
            end = len(text[:start + a].rstrip(" \t,;-"))
            break
    if entity == "ORGANIZATION" and not is_model:
        end = _title_fields_after(text_layout, start, end)
    return start, end


def _title_fields_after(text_layout, start: int, end: int) -> int:
    """`end` of an institution's span moved back before its last words where they are device and exam
    words only set apart from the words before them ('Royal Infirmary of Edinburgh    Bone Densitometry',
    a report's title): a gap wider than `TITLE_GAP` line heights and than twice every gap between the
    institution's own words. The title names the examination, no site. A department's words at the
    institution's own spacing ('Institute of Nuclear Medicine') stay its."""
    words = sorted((p for p in text_layout.words if p.start < end and start < p.end), key=lambda p: p.start)
    words = [p for p in words if p.line == words[0].line] if words else []
    gaps = [b.word.box.left - a.word.box.right for a, b in zip(words, words[1:], strict=False)]
    height = max((p.word.box.height for p in words), default=0)
    for k in range(len(words) - 1, 0, -1):
        inner = gaps[:k - 1]
        if inner and gaps[k - 1] > TITLE_GAP * height and gaps[k - 1] > 2 * max(inner) \
                and only_device_words(text_layout.text[words[k].start:end]):
            return len(text_layout.text[:words[k].start].rstrip())
    return end


# A report's title stands this many line heights or more after the institution on its line (a space
# between the words of a name is 0.15-0.5 of the height: `TextLayout.spaced_apart`).
TITLE_GAP = 0.8


def _keeps_its_own_before_a_name(word: str) -> bool:
    """`_keeps_its_own`, and the agent's preposition between a participle label and a person ('Reported
    by K. Sutherland' at a 2 px gap, 'Validé par'): its own word, no piece OCR cut from the name."""
    return _keeps_its_own(word) or word in _AGENT_WORDS


def _name_end(text_layout, end: int) -> int:
    """`end` of a name moved past a middle initial and credentials (`names.with_credentials`),
    but not over a letter spaced apart from the name (`TextLayout.spaced_apart`: 'di Marco,
    Giulia  F  52Y', the sex field; FAQ 'The edges of a name')."""
    grown = with_credentials(text_layout.text, end)
    initial = INITIAL.match(text_layout.text, end + 1) if grown > end else None
    if initial and initial.end() == grown and text_layout.spaced_apart(end + 1):
        return end
    return _before_credential_words(text_layout, grown)


def _before_credential_words(text_layout, end: int) -> int:
    """`end` of a name moved back before the credentials at its end that OCR read as words of
    their own ('Shirin Moradi, RVT', 'Ann Lee MD'): a credential names no one and stays, as a
    label does (FAQ 'Credentials after a signed name'). One glued to the surname in one OCR
    word ('Smith,MD') is painted with that word's box."""
    words = sorted((p for p in text_layout.words if p.start < end), key=lambda p: p.start)
    while len(words) >= 2 and trailing_credential(words[-1].word.text) and words[-2].line == words[-1].line \
            and any(not only_credentials(p.word.text) for p in words[:-1] if p.line == words[-1].line):
        end = words.pop().start
    return len(text_layout.text[:end].rstrip(" \t,"))


def _times_beside_dates(text_layout, findings: dict, frame: int) -> None:
    """A time of day stacked directly under or over a date (a banner's date and time
    in one column: 'MI 1.1  5/25/2011' over 'TIB 0.2  2:56:22 PM') is that date's
    time: DATE_TIME, unless a duration label stands before it ('Dur 02:30',
    `patterns.after_duration_label`). Beside a date on the same line the pattern finds it already."""
    dates = [f.box for f in findings.values() if f.entity_type == "DATE_TIME"]
    if not dates:
        return
    for match in re.finditer(rf"(?<![\d:]){TIME_OF_DAY}(?![\d:])", text_layout.text):
        if after_duration_label(text_layout.text[text_layout.text.rfind("\n", 0, match.start()) + 1 : match.start()]):
            continue  # 'Dur 02:30' under a date is a duration still
        meridiem = _MERIDIEM_AFTER.search(text_layout.text, match.start(), match.end())
        end = meridiem.start() if meridiem else match.end()  # '2:56:22 PM': the time, not its 'PM'
        for box, text in text_layout.boxes_for(match.start(), end):
            if box in findings:
                continue
            # Stacked, or the date's next field on its row ('12/03/2025    08:19': fields spaced
            # wider than `text_layout` joins into one line of text).
            if any(stacked(box, d) or _next_on_row(d, box, text_layout) for d in dates):
                findings[box] = Finding("DATE_TIME", box, 0.6, "overlay-date-time", text, frame)


TIME_OF_DAY_RULE = "overlay-time-of-day"
TIME_OF_DAY_SCORE = 0.6


def _times_of_day(text_layout, findings: dict, frame: int) -> None:
    """A time of day not beside a date (`patterns.is_time_of_day`: AM/PM, a time-of-day
    label such as 'Injection', or HH:MM:SS of a device's clock; never after a duration label
    nor an elapsed timer such as '00:01:23') is DATE_TIME: HIPAA's date elements include the
    time. Its box is the time's words, not the label's ('Injection' stays)."""
    text = text_layout.text
    dates = [f.box for f in findings.values() if f.entity_type == "DATE_TIME"]
    for match in H_TIME_VALUE.finditer(text):
        if is_h_time_of_day(text[text.rfind("\n", 0, match.start()) + 1 : match.start()]):
            for box, words in text_layout.boxes_for(match.start("value"), match.end("value")):
                findings.setdefault(box, Finding("DATE_TIME", box, TIME_OF_DAY_SCORE, TIME_OF_DAY_RULE, words, frame))
    for match in TIME_VALUE.finditer(text):
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if not before.strip() and after_duration_label(_label_left_or_above(text_layout, match.start()) + " "):
            continue  # a duration label in the field before it on its row, or over it ('Rec    1:02:03')
        if not is_time_of_day(before, match):
            continue
        for box, words in text_layout.boxes_for(match.start("value"), match.end("value")):
            if any(d.intersection_area(box) >= 0.8 * box.area for d in dates):
                continue
            findings[box] = Finding("DATE_TIME", box, TIME_OF_DAY_SCORE, TIME_OF_DAY_RULE, words, frame)


DAY_MONTH_RULE = "overlay-day-month"
# A day and a month whose label stands in another field (`_label_left_or_above`) is a date when
# the day comes first ('DOB    14 Oct', '3 mei'), or an English month comes first ('Oct 14'):
# 'Set 3' and 'Mai 3' there are a setting and its number as often as Italian and German dates.
_EN_MONTH_FIRST = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d")


def _dates_without_year(text_layout, findings: dict, frame: int) -> None:
    """A day and a month with no year (`patterns.DAY_MONTH`: 'Oct 14', '14 Oct') after a date
    label (`patterns.DATE_LABEL`: 'Study: Oct 14', 'DOB 14 Oct') is DATE_TIME: every date
    element but the year is PHI. Without the label it is left ('May 3 mm', 'Mar 12': MAR).
    So is a year alone after a birth label (`patterns.BIRTH_YEAR_LABEL`: 'YOB: 1974', 'geb. 1974')."""
    text = text_layout.text
    for match in DAY_MONTH.finditer(text):
        if not DATE_LABEL.search(text[text.rfind("\n", 0, match.start()) + 1 : match.start()]) and not (
                (match.group(0)[:1].isdigit() or _EN_MONTH_FIRST.match(match.group(0)))
                and DATE_LABEL.search(_label_left_or_above(text_layout, match.start()) + " ")):
            continue
        for box, words in text_layout.boxes_for(match.start(), match.end()):
            if not any(f.box.intersection_area(box) >= 0.8 * box.area for f in findings.values()):
                findings[box] = Finding("DATE_TIME", box, TIME_OF_DAY_SCORE, DAY_MONTH_RULE, words, frame)
    # A year after a birth year's or a birth date's label (`patterns.BIRTH_YEAR_LABEL`: 'YOB: 1974',
    # 'geb. 1974', 'Jg. 1974', 'né en 1974', 'DOB  1974'), on its line or in the field before it or over it.
    for match in BIRTH_YEAR.finditer(text):
        before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if not BIRTH_YEAR_LABEL.search(before) and not (
                not before.strip() and BIRTH_YEAR_LABEL.search(_label_left_or_above(text_layout, match.start()) + " ")):
            continue
        for box, words in text_layout.boxes_for(match.start(), match.end()):
            if not any(f.box.intersection_area(box) >= 0.8 * box.area for f in findings.values()):
                findings[box] = Finding("DATE_TIME", box, TIME_OF_DAY_SCORE, DAY_MONTH_RULE, words, frame)


def _next_on_row(left: Box, box: Box, text_layout) -> bool:
    """`box` is the next field right of `left` on its row: on its line (`locations.on_line`), at
    most `BANNER_REACH` line heights away, no word between them."""
    gap = box.left - left.right
    if not on_line(box, left) or not 0 <= gap <= BANNER_REACH * box.height:
        return False
    return not any(on_line(p.word.box, box) and p.word.box.left >= left.right - 1 and p.word.box.right <= box.left + 1
                   and p.word.box != left and p.word.box != box for p in text_layout.words)


def _label_left_or_above(text_layout, start: int) -> str:
    """The text of the field a value at `start` follows on its row (the nearest field to its
    left, within `BANNER_REACH` line heights) and, failing that, of the words directly over it:
    a label that `text_layout` put on another line of text ('DOB' and '14 Oct' spaced as two
    fields of a row; 'DOB' over '14 Okt' in a column)."""
    own = [p for p in text_layout.words if p.start <= start < p.end]
    if not own:
        return ""
    box = own[0].word.box
    left = [p for p in text_layout.words if p is not own[0] and on_line(p.word.box, box)
            and p.word.box.right <= box.left + 1 and box.left - p.word.box.right <= BANNER_REACH * box.height]
    if left:
        nearest = max(left, key=lambda p: p.word.box.right)
        a, b = text_layout.field_of(nearest.start, nearest.end)
        return text_layout.text[a:b]
    above = [p for p in text_layout.words if p.word.box.bottom <= box.top and stacked(p.word.box, box)]
    if above:
        line = max(p.line for p in above)
        return " ".join(p.word.text for p in sorted(above, key=lambda p: p.start) if p.line == line)
    return ""


PATIENT_BLOCK_ID = "overlay-patient-block-id"
PATIENT_BLOCK_ID_SCORE = 0.6
# Words before an identifier that say it is the device's ('S/N PL-5501', 'Model XR-2000').
_DEVICE_ID_LABEL = re.compile(r"(?i)\b(?:s/?n|serial|model|probe|transducer|ver(?:sion)?|sw|software|rev|"
                              r"ref|lot|cat|part|p/n|type|device|system|unit|detector|tube|coil|grid)\b[\s:#.]*$")


def _ids_in_patient_block(text_layout, findings: dict, frame: int, own: frozenset[str] = frozenset()) -> None:
    """An unlabelled identifier of letters, a hyphen and digits (`patterns.unlabelled_ids`:
    'PL-55012', 'EC-4451') is ID where it stands in the patient block: directly over or under
    a name found on the frame (a banner column: the name, the ID, the date of birth), or over
    or under patient data (a date, an age, an ID) that is itself directly over or under a
    name, or next to a name on the name's line (a one-line banner: 'Szymanska, Zofia
    PL-55012  Born: ...'). Not after a device label ('S/N', 'Model', 'Probe'), not in a field
    with device or vendor words ('Vivid CT-2000'), and never a standard or a regulatory mark
    ('IEC-60601', 'CE-0123'). Elsewhere that shape is a device's (a model, a part number)."""
    names = [f.box for f in findings.values() if f.entity_type == "PERSON"] + _name_shaped_fields(text_layout, own)
    if not names:
        return
    data = [f.box for f in findings.values()
            if f.entity_type in ("ID", "DATE_TIME", "AGE") and any(c.isdigit() for c in f.text)]
    # A sex and age line under the name ('F 65', 'M 045Y', GE's banner) is a step of the block.
    sex_age = [box for a, b in text_layout.fields() if _SEX_AGE.fullmatch(text_layout.text[a:b].strip())
               for box, _ in text_layout.boxes_for(a, b)]
    block = list(names)
    for _ in range(2):
        block += [d for d in data + sex_age if d not in block and any(stacked(d, n) for n in block)]
    text = text_layout.text
    for start, end in unlabelled_ids(text):
        line_start = text.rfind("\n", 0, start) + 1
        if _DEVICE_ID_LABEL.search(text[line_start:start]):
            continue
        a, b = text_layout.field_of(start, end)
        name_words = _name_words(text_layout, a, b, names)
        # The field's words before the identifier and the one word after it: a study list's row
        # runs the name, the ID, the dates and the exam's description into one field ('CHAND,
        # ANJALI FJ-CWM-29170 15/01/1994 28/10/2026 MG MAMMO SCREEN'); the description after the
        # dates is no model's vendor.
        near = _TOKEN.findall(text[a:start]) + _TOKEN.findall(text[end:b])[:1]
        others = [t for t in near if t not in name_words and not any(c.isdigit() for c in t)]
        if any(is_device_word(t) or is_vendor(t) for t in others) or _own_device_words(text[start:end], own):
            continue  # 'Vivid CT-2000': the device's model
        boxes = text_layout.boxes_for(start, end)
        if len(boxes) != 1:
            continue
        box, words = boxes[0]
        if any(f.box.intersection_area(box) >= 0.5 * box.area for f in findings.values()):
            continue
        if any(stacked(box, other) for other in block) or _beside_on_its_line(text_layout, start, end, box,
                                                                                  names, names + data):
            findings[box] = Finding("ID", box, PATIENT_BLOCK_ID_SCORE, PATIENT_BLOCK_ID, words, frame)


# A name's shape in a banner field of its own, whatever entity the model read there:
# 'Szymanska, Zofia', 'KOWALSKI, JAN', 'DOE^JOHN' (family name, a comma, the given name), or
# two capitalised words ('Okafor Chidi', 'JOHN DOE') on a banner's first line (nothing above).
_FAMILY_GIVEN = re.compile(r"[^\W\d_][\w'’-]*(?:,\s?|\^)[^\W\d_][\w'’-]*(?:[\s^][A-Z]\.?)?\^*")
_TWO_WORDS = re.compile(r"[A-Z][^\W\d_][\w'’-]*\s[A-Z][^\W\d_][\w'’-]*")
# A sex and an age, in either order, or a sex alone: 'F 65', 'M 045Y', '45Y F', 'F'.
_SEX_AGE = re.compile(r"[MFO](?:\s+\d{1,3}\s?[YMWDymwd]?)?|\d{1,3}\s?[YMWDymwd]?\s+[MFO]|\d{1,3}\s?[Yy]")


def _name_shaped_fields(text_layout, own: frozenset[str] = frozenset()) -> list[Box]:
    """Boxes of the fields shaped like a patient's name (`_FAMILY_GIVEN`, `_TWO_WORDS` with no
    text directly over it) made of no device or vendor word and no label: an anchor of the
    patient block for `_ids_in_patient_block` when the model read the name as a place or an
    organisation ('Szymanska, Zofia' as LOCATION, 'Okafor Chidi' as ORGANIZATION)."""
    out = []
    text = text_layout.text
    for a, b in text_layout.fields():
        field = text[a:b].strip()
        family_given = _FAMILY_GIVEN.fullmatch(field)
        if not (family_given or _TWO_WORDS.fullmatch(field)):
            continue
        tokens = re.findall(r"[^\W\d_][\w'’-]*", field)
        if any(is_device_word(t) or is_vendor(t) or _is_label_word(t) for t in tokens) \
                or _own_device_words(field, own) or in_deid_names(words_of(field)):
            continue  # 'Sonix Touch' (deid's 'SONIX'), the file's own 'Vital Images': a device's name
        for box, _ in text_layout.boxes_for(a, b):
            if not family_given and any(p.word.box.bottom <= box.top and stacked(p.word.box, box)
                                        for p in text_layout.words):
                continue  # two words under other text: a second line of something else
            out.append(box)
    return out


def _name_words(text_layout, start: int, end: int, names: list[Box]) -> set[str]:
    """The words of [start, end) inside a name's box: a name that is also a device word stays a name."""
    return {p.word.text for p in text_layout.words if p.end > start and p.start < end
            and any(n.intersection_area(p.word.box) >= 0.5 * p.word.box.area for n in names)}


# How far (in line heights) a one-line banner's next field stands: further is another corner's text.
BANNER_REACH = 8


def _beside_on_its_line(text_layout, start: int, end: int, box: Box, names: list[Box],
                        patient: list[Box]) -> bool:
    """A name stands on the row of [start, end) (`locations.on_line`), and the word right
    before or right after it on that row, within `BANNER_REACH` line heights, is patient
    data (`patient`: a name, a date, an age, an ID): a field of a one-line banner ('SMITH
    ANNA  45Y  AB-12345'; fields spaced wider than `text_layout` joins into one line too)."""
    own = {id(p) for p in text_layout.words if p.end > start and p.start < end}
    row = [p.word.box for p in text_layout.words if id(p) not in own and on_line(p.word.box, box)]
    if not any(n.intersection_area(w) >= 0.5 * w.area for w in row for n in names):
        return False
    reach = BANNER_REACH * box.height
    left = [w for w in row if w.right <= box.left + 1 and box.left - w.right <= reach]
    right = [w for w in row if w.left >= box.right - 1 and w.left - box.right <= reach]
    neighbours = ([max(left, key=lambda w: w.right)] if left else []) + \
                 ([min(right, key=lambda w: w.left)] if right else [])
    return any(n.intersection_area(w) >= 0.5 * w.area for w in neighbours for n in patient)


def _names_beside_phi(text_layout, findings: dict, frame: int, regions: tuple[Box, ...],
                      model_recognizers: frozenset[str], own: frozenset[str] = frozenset()) -> None:
    """A name field of the patient banner (`names.name_fields`: two or three capitalised
    words beside or over an ID, a date or an age already found) is PERSON. Anchors are
    findings with a digit in them ('June' called a date is no anchor for 'Ferreira, June'),
    and name labels standing alone."""
    anchors = [f.box for f in findings.values()
               if f.entity_type in ("ID", "DATE_TIME", "AGE") and any(c.isdigit() for c in f.text)]
    # A model's other reading of the field ('Young Park' as a place) does not keep the field
    # rule out: the banner's name slot says what the words are, so PERSON is reported,
    # credited to the rule that decided it. A model that read a person there keeps its finding.
    relabel = [f.box for f in findings.values() if f.recognizer in model_recognizers and f.entity_type != "PERSON"]
    taken = [f.box for f in findings.values() if f.box not in relabel]
    for box, text in name_fields(text_layout, anchors, taken, MIN_MODEL_WORD_CONFIDENCE):
        if _SETTING_STATE.search(text) or _own_device_words(text, own):
            continue  # 'Segmentation On', 'MB Off': a setting and its state; the file's own device name
        if _sized_after(text_layout, *_span_of(text_layout, box)):
            continue  # 'Stem Corail Size 12' beside an ID: an implant's part and product, and its size
        if not inside_any(box, regions):
            for other in [b for b in relabel if box.intersection_area(b) >= 0.8 * b.area]:
                del findings[other]
                relabel.remove(other)
            findings[box] = Finding("PERSON", box, FIELD_SCORE, FIELD, text, frame)


def _hospital_locations(text_layout, findings: dict, frame: int, model_recognizers: frozenset[str]) -> None:
    """A ward, room, bed or unit (`locations.hospital_locations`) is LOCATION: a ward or an
    intensive care unit wherever it is read; a room, bed or bay where it is labelled as the
    patient's ('Location: Room 412', 'Room: 214'), or stands alone in its own field on a
    line of patient data found on the frame (a name, an ID, an age or a date) with no device
    word or setting on that line (`_alone_on_a_patient_line`). A PET bed position or an
    equipment room ('Bed 2 of 5', 'Exam Room 4', 'Detector Bay 12') never is. What stands
    there already (a model's reading of '214' as a date, or of 'Detector Bay' as a name)
    gives way; the header's or another rule's finding stays."""
    anchors = [f for f in findings.values() if f.entity_type in ("PERSON", "ID", "AGE")
               or (f.entity_type == "DATE_TIME" and any(c.isdigit() for c in f.text))]
    for place in hospital_locations(text_layout.text):
        if not place.strong and (place.equipment or not (
                place.labelled or _alone_on_a_patient_line(text_layout, place, anchors))):
            continue
        for box, text in text_layout.boxes_for(place.start, place.end):
            if box in findings and findings[box].recognizer not in model_recognizers:
                continue
            findings[box] = Finding("LOCATION", box, HOSPITAL_LOCATION_SCORE, HOSPITAL_LOCATION, text, frame)


def _postal_addresses(text_layout, findings: dict, frame: int, model_recognizers: frozenset[str]) -> None:
    """A postal address (`addresses.addresses`: house number, street, city, postcode) is LOCATION,
    HIPAA Safe Harbor's street address, city and ZIP code. What a model read there gives way;
    the header's or another rule's finding stays."""
    for start, end in addresses(text_layout.text):
        for box, text in text_layout.boxes_for(start, end):
            if box in findings and findings[box].recognizer not in model_recognizers:
                continue
            findings[box] = Finding("LOCATION", box, POSTAL_ADDRESS_SCORE, POSTAL_ADDRESS, text, frame)


# The entities whose names join their words with small words ('Ağız ve Diş', 'Maria da Silva').
_NAMED = ("PERSON", "ORGANIZATION", "LOCATION")


def _connectives_inside_names(text_layout, findings: dict) -> None:
    """A joining word (`institutions.is_connective`: 've', 'and', 'und', 'of', 'de'; a patronymic
    particle, `names.is_patronymic_particle`: 'ap', 'ferch', 'bin') that stands
    between two words painted as names (a person, an institution, a place) in one field of its
    line is painted with them: a model or a rule that read the name in two pieces ('Ağız' and 'Diş
    Sağlığı Merkezi Kadıköy') leaves it standing otherwise, and a reader puts the name together
    around it. Only in one field (`TextLayout.fields`): a word two fields away is another value."""
    named = [f for f in findings.values() if f.entity_type in _NAMED]
    if not named:
        return

    def finding_of(placed):
        box = placed.word.box
        return next((f for f in named if f.box.intersection_area(box) >= 0.8 * box.area), None)

    for a, b in text_layout.fields():
        words = sorted((p for p in text_layout.words if p.start >= a and p.end <= b), key=lambda p: p.start)
        for i in range(1, len(words) - 1):
            # one or two joining words in a row ('ve', 'de la'), painted words on both sides
            run = next((words[i:j] for j in (i + 1, i + 2) if j < len(words)
                        and all((is_connective(p.word.text) or is_patronymic_particle(p.word.text))
                                and finding_of(p) is None for p in words[i:j])
                        and finding_of(words[j]) is not None), None)
            before = finding_of(words[i - 1])
            if run is None or before is None:
                continue
            after = finding_of(words[i + len(run)])
            entity = "ORGANIZATION" if "ORGANIZATION" in (before.entity_type, after.entity_type) else before.entity_type
            for middle in run:
                box = middle.word.box
                findings[box] = Finding(entity, box, min(before.score, after.score), before.recognizer,
                                        middle.word.text, before.frame)


# How far along its line (in line heights) a place's neighbours are read (`_alone_on_a_patient_line`):
# a banner row, not the device text in the far corner of the same row.
PLACE_LINE_REACH = 15


def _alone_on_a_patient_line(text_layout, place, anchors: list[Finding]) -> bool:
    """`place` ('Room 214') is a field of its own (`TextLayout.field_of`) on the text line of
    one of `anchors` (patient data), and every other word on that line within
    `PLACE_LINE_REACH` line heights is inside an anchor or is a label or a letter: no device
    word, no value no rule called PHI ('Tilt 0', 'MI 1.1'), no vendor or model name."""
    a, b = text_layout.field_of(place.kind_start, place.end)
    if (a, b) != (place.kind_start, place.end):
        return False  # 'Room 3 Magnetom Aera' in one field
    own = [p for p in text_layout.words if p.end > a and p.start < b]
    if not own:
        return False
    box = own[0].word.box
    for p in own[1:]:
        box = box.union(p.word.box)
    if not any(on_line(box, f.box) and f.box.intersection_area(box) == 0 for f in anchors):
        return False
    reach = PLACE_LINE_REACH * box.height
    for placed in text_layout.words:
        word = placed.word
        if placed in own or not on_line(word.box, box) \
                or max(word.box.left - box.right, box.left - word.box.right) > reach:
            continue
        if any(word.box.intersection_area(f.box) >= 0.5 * word.box.area for f in anchors):
            continue
        if _is_label_word(word.text) or INITIAL.fullmatch(word.text):
            continue  # 'ID', 'DOB:', a sex letter
        if any(c.isdigit() for c in word.text) or is_device_word(word.text) or is_vendor(word.text):
            return False
    return True


def _recognizer_name(result: RecognizerResult) -> str:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text`."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


# The small words of prose that stand next to a name in a sentence ('Discussed with Dr. Tomasz Wierzbicki
# by phone', 'seen by Dr. Ann Lee on 11/09'), in the report languages of the vocabulary: English, German,
# French, Spanish, Portuguese, Italian, Dutch and the Nordic languages (Wiktionary, the translation tables
# of *by*, *on*, *at*, *and*, *for*, *with*, *to*, *in*, *from*). OCR's tight word boxes put them as near
# to the name as a piece it cut from the name's own word (`TextLayout.with_split_pieces`: 'KOW' + 'ALSKI').
_PROSE_WORDS = frozenset("""
by on at and or for with to of in from via per as is was the an
und mit am im zum zur bei für auf vom
et par avec pour sur au aux en à
por con para com em pelo pela
per su
met op door voor bij
och med på av för og til
""".split())
# The lower-case particles and joiners inside names (`names.NAME_CONNECTORS`, 'y', 'e', 'los'): words of
# the name before a capitalised word ('de la Cruz', 'van der Berg', 'bin Ahmad').
_NAME_PARTICLES = NAME_CONNECTORS | frozenset({"los", "las", "lo", "dei", "degli", "delle", "des", "y", "e"})
# What follows a prose word in its sentence: a lower-case word, a number or a date ('by phone', 'on 11/09').
_PROSE_NEXT = re.compile(r"[^\W\d_]*[a-z\u00e0-\u00ff][^\W\d_]*[.,;:]?|\d[\d/.:,-]*")


def _without_prose_words(text_layout, start: int, end: int, grown: tuple[int, int]) -> tuple[int, int]:
    """`grown` (a finding's [start, end) over OCR's split pieces beside it) cut back before the first
    lower-case prose word it took on either side: a word of `_PROSE_WORDS` or a name particle
    (`_NAME_PARTICLES`) with a lower-case word, a number or a date after it on its line ('by' of 'Dr.
    Tomasz Wierzbicki by phone', 'on' of 'Dr. Ann Lee on 11/09/2026'). A piece OCR cut from the name's
    own word is none ('Mart' + 'in Smith': a capitalised word follows; one letter: 'Mari' + 'a'), nor is
    a particle before the rest of the name ('de la Cruz')."""
    g_start, g_end = grown
    if (g_start, g_end) == (start, end):
        return grown
    words = sorted(text_layout.words, key=lambda p: p.start)
    taken = [i for i, p in enumerate(words) if p.end > g_start and p.start < g_end]
    after = [i for i in taken if words[i].start >= end]
    for k, i in enumerate(after):
        if _prose_word(words, i):
            g_end = words[after[k - 1]].end if k else end
            break
    before = [i for i in taken if words[i].end <= start][::-1]
    for k, i in enumerate(before):
        if _prose_word(words, i):
            g_start = words[before[k - 1]].start if k else start
            break
    return g_start, g_end


def _prose_word(words: list, i: int) -> bool:
    """words[i] is a lower-case prose word or particle with prose after it on its line (`_PROSE_NEXT`)."""
    bare = words[i].word.text.strip(".,;:")
    if len(bare) < 2 or not bare.islower() or bare not in _PROSE_WORDS | _NAME_PARTICLES:
        return False
    nxt = words[i + 1] if i + 1 < len(words) and words[i + 1].line == words[i].line else None
    return nxt is not None and bool(_PROSE_NEXT.fullmatch(nxt.word.text))


def _keeps_its_own(word: str) -> bool:
    """An OCR word beside a finding that is a word of its own, never a piece OCR cut from
    the finding's word: overlay, device or label vocabulary, or a vendor."""
    return only_overlay_words(word) or only_device_words(word) or _is_label_word(word) or is_vendor(word) \
        or trailing_credential(word) or is_title(word)


def _keeps_its_own_beside_a_date(word: str) -> bool:
    """`_keeps_its_own`, and a word of time before a date ('since' of 'since January.' read as one
    OCR word and cut at its space): prose, not a piece of the date (`patterns.date_lead_word`)."""
    return _keeps_its_own(word) or date_lead_word(word)


def _is_label(text: str) -> bool:
    """The whole of `text` is a label ('DOB:', 'MRN#', 'N°', 'Nº'): what follows it in one OCR token is
    the value. ('º', the ordinal indicator of 'Nº', is a letter to Python; it ends a label as '°' does.)"""
    m = LABEL_PREFIX.match(text)
    return bool(m) and m.end() == len(text) and (not text[-1:].isalnum() or text[-1:] in "ºª")


def _is_label_or_point_label(text: str) -> bool:
    """`_is_label`, or a label abbreviated in lower case with its point (`_POINT_LABEL`) before a value
    that starts with a digit, in one OCR token: the value's box starts after it."""
    return _is_label(text) or bool(_POINT_LABEL.fullmatch(text))


# A label abbreviated in lower-case letters and a point that OCR glues to the number after it at a
# narrow gap ('ur.1983-07-14': Polish 'ur.', urodzony/urodzona, born; German 'geb.', Czech and Slovak
# 'nar.', Hungarian 'szül.', Swedish and Danish 'f.', Finnish 's.', Croatian 'rođ.'). An identifier's
# own prefix is written in capitals ('H.123456', 'MR.0042'), and a title before a name ('dott.Ferraro')
# has no digit after it, so neither is cut.
_POINT_LABEL = re.compile(r"(?=[^\W\d_]{1,5}\.$)[^\W\d_A-Z\u00c0-\u00de]+\.")


def _device_or_overlay(token: str) -> bool:
    """`token` is device vocabulary (`is_device_word`) or an overlay word or label (`only_overlay_words`)."""
    return is_device_word(token) or only_overlay_words(token)


def _device_run(text: str) -> bool:
    """Every token of `text` is device vocabulary or an overlay word ('DXA Lumbar Spine',
    'Portable AP Chest'): the part of a vertical line that may stay unpainted beside a finding
    (`TextLayout.boxes_for`); anything else on that line is painted with it."""
    tokens = text.split()
    return bool(tokens) and all(_device_or_overlay(t) for t in tokens)


def _is_label_word(text: str) -> bool:
    """An OCR word that is a label and nothing else ('Tel', 'PID', 'DOB:', 'Acc#')."""
    m = LABEL_PREFIX.match(text)
    return bool(m) and m.end() == len(text)


def _preset_in_device_phrase(text_layout, start: int, end: int) -> bool:
    """A header name made only of device words (PatientName 'OB', 'PLA': an exam preset
    typed into the name field) found inside a longer field made only of device words
    ('Gen OB'): that is the device's own preset label, not the name field."""
    span = text_layout.text[start:end]
    if not only_device_words(span):
        return False
    a, b = text_layout.field_of(start, end)
    field = text_layout.text[a:b]
    return field.strip() != span.strip() and only_device_words(field)


def _subtract(start: int, end: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) less every covered interval."""
    pieces = [(start, end)]
    for a, b in covered:
        pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[1] > p[0]]
    return pieces


# The modality MR (PS3.3 C.7.3.1.1.1) where a title 'Mr' would stand: 'MR Knee WITHOUT Contrast'.
_MODALITY_AS_TITLE = re.compile(r"MR\s")
# A month name, also run into its day ('14OCT 2023').
_MONTH_WORD = re.compile(r"(?i)(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])")
# A month's abbreviation and a decimal number, nothing else: a label and a measurement.
_MONTH_AND_MEASURE = re.compile(r"(?i)[a-z]{3,5}\.?\s+\d+[.,]\d+")
_SEPARATED_DATE = re.compile(r"\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,4}")
_DA = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
# A word that says a name follows it on the same line ('Patient', 'Ref:', 'Dr.').
# The person labels of the other languages count as these do ('Naam:', 'Paciente:', 'Untersucher').
_NAME_CONTEXT = re.compile(
    r"(?i)(?:\b(?:name|patient|pt|ref|referrer|referring|dr|doctor|physician|operator|sonographer|tech|"
    r"technologist|perf|performing|performed|reading|attending|by|institution|hospital|site)\b"
    rf"|(?<![^\W\d_])(?:{PERSON_LABEL_WORDS}))[\s:#.,]*$"
)
_PERSON_LABEL = re.compile(
    r"(?i)(?:\b(?:name|patient|pt|ref|referrer|referring|dr|doctor|physician|operator|sonographer|tech|"
    r"technologist|perf|performing|performed|reading|attending)\b"
    rf"|(?<![^\W\d_])(?:{PERSON_LABEL_WORDS}))[\s:#.,]*$"
)
# A model score this high (a transformer's) is evidence enough for a short fragment.
STRONG_MODEL_SCORE = 0.95


# A unit after a number: the number is a measurement ('May 3 mm', 'Dec 3.0 mm').
_MEASURED = re.compile(r"[ \t]*(?:mm|cm|m|ms|s|sec|min|%|mg|ml|mGy|mSv|kV|mA|mAs|Hz|kHz|MHz|dB|bpm|cm/s|mm/s)\b")


def has_date_shape(text: str) -> bool:
    """A month name, digits separated like a date ('5/25/2011', '11-05-25') or a valid
    DICOM DA ('19760616'). FAQ: numbers are PHI only when shaped like a date, an ID
    or an age; a bare number ('12345') a model calls a date is none of those."""
    return bool(_MONTH_WORD.search(text) or _SEPARATED_DATE.search(text) or _DA.search(text))


def model_piece_entity(entity: str, text_layout, start: int, end: int, score: float,
                       own: frozenset[str] = frozenset()) -> str | None:
    """The entity a model-only piece of text is reported as, or None when it is no PHI.

    DATE_TIME needs a date's shape (`has_date_shape`). PERSON, ORGANIZATION and
    LOCATION need a word of letters; one or two tokens of at most three letters
    each ('Wet,', 'Mes', 'THI') also need context (a name label just before them
    on the line) or a strong score, and so do one or two words that are no device
    vocabulary in a field mostly made of it (`_mostly_device_field`: 'Low Dose Lung'
    with 'Dose' unknown). After a person's label ('Referrer', 'Dr.',
    'Patient') what a model calls an organisation or a place is a name.

    Device text (fix round 9): a piece made of the file's own device words and device
    vocabulary, or a run of a device name deid's recipe knows (`_device_text`: 'TOPCON
    TRC-NW8', 'Vitrea'); and one or two words (device vocabulary aside) in a field that
    holds a device setting (`_setting_in_field`: 'Preset:', 'LAO 32', '120 kV', a model
    number 'W10') or a vendor's or product's name (`_product_in_field`: 'Samsung Hera',
    'Siemens, Erlangen'), with no name label before them and no strong score."""
    text = text_layout.text[start:end].strip()
    if entity == "DATE_TIME":
        if _MEASURED.match(text_layout.text, end) and not re.search(r"(?:19|20)\d\d|\d[:/]", text):
            return None  # 'May 3 mm': a setting and its unit, no date
        if _MONTH_AND_MEASURE.fullmatch(text):
            return None  # 'Sept 1.1' (the septum's thickness), 'Mar 2.5': a decimal is no day of a month
        if _DECIMAL_RATIO.fullmatch(text) and _after_setting(text_layout, start):
            return None  # 'PRF 2.5/5', 'Scale 1.5/3': a setting's two values, a decimal in no date
        return entity if has_date_shape(text) else None
    if entity not in ("PERSON", "ORGANIZATION", "LOCATION"):
        return entity
    duration = TIME_VALUE.search(text)
    if duration and after_duration_label(text[: duration.start()]):
        return None  # 'Acq Dur 04:32': a duration and its label, no name
    if only_credentials(text):
        return None  # 'MD' left of 'Dr. Ann Lee MD' once the title rule took the name
    tokens = _TOKEN.findall(text)
    letters = re.findall(r"[^\W\d_]{2,}", text)  # runs of letters ('KOWALSKI“MARTHA' has two)
    if not letters or only_device_words(text):
        return None  # also what is left of 'Martha Kowalski Adult' once the header took the name
    if _device_text(text, own):
        return None
    if _specialty_and_device_words(text):
        return None  # 'Dermatology Kaliwang' of 'Dermatology Kaliwang braso' (left arm): a caption's site
    line_start = text_layout.text.rfind("\n", 0, start) + 1
    before = text_layout.text[line_start:start]
    if animal_description(text_layout.text, start):
        return None  # 'Species: Canine', 'Breed: Labrador': the animal's description, no one's name
    if entity in ("PERSON", "ORGANIZATION", "LOCATION") and in_exam_column(text_layout, start, end):
        return None  # 'Lungor frontal' under a worklist's 'Undersökning': the exam's description
    if _PERSON_LABEL.search(before):
        return "PERSON"
    if _word_of_foreign_prose(text_layout, start, end, before, score):
        return None  # 'Vergleich' of 'Im Vergleich zur Voruntersuchung vom 02.03.2025 unverändert.'
    if names_a_measurement(text_layout, start, end):
        return None  # 'GLPS_LAX -17.3 %', 'Hémoglobine 13.2 g/dL 13.0-17.0', 'CO (Fick) 4.8 L/min'
    if heads_a_number_table(text_layout, start, end):
        return None  # 'Site Sys Dia Mean HR' over rows of pressures: a table's column headings
    if in_caret_description(text_layout.text, start, end):
        return None  # 'Hlava^Rutina', '頭部^ルーチン': a study description written as a PN
    if _MODEL_WORD.fullmatch(text) and _ROUND_MODEL_NUMBER.match(text_layout.text, end):
        return None  # 'ELUXEO 7000', 'VISERA 4450': a product's name and its round series number
    if _versioned_product(text_layout.text, text, end):
        return None  # 'TraumaCad 2.5', 'DermLite DL4', 'OsiriX MD 14.0': a product's name and its version
    if _sized_after(text_layout, start, end):
        return None  # 'Stem Corail Size 12', 'Cup Pinnacle 54 mm': an implant's part, product and size
    if _between_window_labels(text_layout.text, start, end):
        return None  # 'W Lscc L -600': OCR's misreading of a window's width between its two labels
    field_start, field_end = text_layout.field_of(start, end)
    if only_device_words(text_layout.text[field_start:field_end]):
        return None  # a word of a vocabulary field the model read apart: 'Hals' of 'Kopf und Hals'
    if _context_words_on_a_device_line(text_layout, start, end, tokens):
        return None  # 'Guzek' of 'Guzek  Lewa pierś' (nodule, left breast): a caption's line
    if len(tokens) <= 2 and all(len(t) <= 3 for t in letters):
        return entity if _NAME_CONTEXT.search(before) or score >= STRONG_MODEL_SCORE else None
    rest = [t for t in tokens if not _device_or_overlay(t)]
    if len(rest) <= 2 and not _NAME_CONTEXT.search(before) and score < STRONG_MODEL_SCORE and (
            (_setting_in_field(text_layout, start, end) and not _name_shaped(text))
            or _product_in_field(text_layout, start, end, own)):
        # 'VR Preset: Cardiac Coronaries', 'LAO 32 CRAN 18', 'Samsung Hera', 'TeraRecon Intuition':
        # device text; two capitalised words none of which is vocabulary stay a name beside a
        # setting ('Grace Mbeki 72 bpm' on a monitor: a break-tester's probe)
        return None
    if len(rest) <= 2 and _mostly_device_field(text_layout, start, end):
        # The residue of a device field ('Dose' of 'Low Dose Lung', 'Wo' of 'Brain Wo Contrast'
        # with a word the vocabulary lacks): one or two words among device words are no name
        # without a name label before them or a strong score.
        return entity if _NAME_CONTEXT.search(before) or score >= STRONG_MODEL_SCORE else None
    return entity


# The side (laterality) markers a radiographer lays on the film or a device burns in, alone on their
# line: L/R, LT/RT, LEFT/RIGHT; Latin and Italian SIN/DEX, DX/SX; French D/G; German RE/LI; Spanish
# DER/IZQ, D/I; Scandinavian H/V (hoyre/venstre, hoger/vanster) (IEC 62563-1 lead markers as vendors
# sell them; the radiographers' textbooks' marker conventions).
_SIDE_MARKERS = frozenset("L R LT RT LEFT RIGHT SIN DEX DX SX D G RE LI DER IZQ I H V".split())


def _without_lone_side_markers(text_layout, findings: dict) -> None:
    """A side marker alone on its line (`_SIDE_MARKERS`: a lead 'R' on a portable film) is never PHI,
    whichever rule read it as a town under a street ('1660 S Columbian Way Seattle' over a lone 'R'),
    a place or a name; only the header's own value stays (a patient's name is never one letter)."""
    for box, finding in list(findings.items()):
        if finding.recognizer == DICOM_HEADER or finding.text.strip(" .:").upper() not in _SIDE_MARKERS:
            continue
        start, end = _span_of(text_layout, finding.box)
        if end <= start:
            continue
        line_start = text_layout.text.rfind("\n", 0, start) + 1
        line_end = text_layout.text.find("\n", end)
        line = text_layout.text[line_start:line_end if line_end >= 0 else None]
        if line.strip(" .:").upper() == finding.text.strip(" .:").upper():
            del findings[box]


def _specialty_and_device_words(text: str) -> bool:
    """`text` is a specialty's or department's name ('Dermatology', 'Kardiologie': `institutions.is_department`)
    and device words after or before it ('Dermatology Kaliwang' of a caption 'Dermatology Kaliwang braso',
    a model's span that took the body site with the specialty): neither names anyone. A name beside the
    specialty ('Dermatology Chin', a context word alone) is no device word and stays."""
    words = text.split()
    rest = [w for w in words if not is_department(w)]
    return 0 < len(rest) < len(words) and only_device_words(" ".join(rest))


def _word_of_foreign_prose(text_layout, start: int, end: int, before: str, score: float) -> bool:
    """[start, end) is a function word, or a noun after an article, of a sentence in another language
    than the model's (`vocabulary.prose_language`: 'Im Vergleich zur Voruntersuchung vom 02.03.2025
    unverändert.'), where the English model reads nouns as names; or the line is a letter's closing
    formula ('Mit freundlichen Grüßen').

    A capitalised word is dropped only after an article or determiner of that language (`_ARTICLES`:
    'im Bereich', 'einer Fraktur', 'zur Voruntersuchung'): names follow prepositions and conjunctions
    ('mit Weber', 'durch Schulz', 'von Braun und Schmidt', 'avec Dupont', 'por Fernández', 'från
    Johansson') and open sentences ('Schmidt hat angerufen.'), and those stay the model's, as do places
    ('desde Cuenca'). Never with a name's label or title before it ('Dr.', 'Patientin:'), a strong
    score, or two capitalised words or more ('Befund an Anna Berg übermittelt': a name's shape)."""
    if score >= STRONG_MODEL_SCORE or _NAME_CONTEXT.search(before):
        return False
    line_end = text_layout.text.find("\n", end)
    line = text_layout.text[start - len(before):line_end if line_end >= 0 else None]
    language = prose_language(line)
    if language is None:
        return False
    if " ".join(_PROSE_WORD.findall(line)).lower() in _CLOSING_FORMULAS:
        return True
    stops = stop_words(language)
    words = _PROSE_WORD.findall(text_layout.text[start:end])
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in stops]
    if not capitals:
        return bool(words)  # function words and lower-case words only ('zur')
    if len(capitals) >= 2 or not words[0][:1].isupper():
        return False
    articles = _ARTICLES.get(language, frozenset())
    if len(words) >= 2 and words[0].lower() in articles:
        return True  # the article is the span's own first word ('Kein Nachweis', 'Une fracture')
    previous = [w.lower() for w in _PROSE_WORD.findall(before)]
    if not previous or previous[-1] not in articles:
        return False
    # 'der', 'den', 'des', 'dem' after 'van'/'von' are a surname's particles ('von der Heide')
    return not (previous[-1].startswith("d") and len(previous) >= 2 and previous[-2] in ("van", "von"))


# Articles and determiners before a noun, per `vocabulary.PROSE_LANGUAGES` language that has them
# (standard grammars). Words that also open surnames (`_NAME_PARTICLES`: 'de', 'da', 'del', 'la',
# 'le', 'el', 'du', 'di') are left out, so 'Jan de Kort', 'Maria da Silva' keep their surnames.
_ARTICLES = {
    # not 'der', 'die', 'dem', 'den': spoken German puts them before surnames too ('mit der Müller
    # besprochen', break-test 8)
    "de": frozenset("das des ein eine einen einem einer eines kein keine keinen keinem keiner "
                    "keines im am zum zur vom beim ins ans".split()),
    "fr": frozenset("un une au aux les".split()),
    "es": frozenset("los las un una unos unas".split()),
    "it": frozenset("il lo i gli un uno una dei degli delle nel nello nella nei negli nelle dal dallo dalla "
                    "dai dagli dalle allo alla ai agli alle sul sullo sulla sui sugli sulle".split()),
    "pt": frozenset("o os as um uma uns umas no na nos nas ao aos pelo pela pelos pelas num numa".split()),
    "nl": frozenset("het een".split()),
    "sv": frozenset("en ett det".split()),
    "da": frozenset("en et det".split()),
    "ca": frozenset("els les un una".split()),
    "ro": frozenset("un o unui unei".split()),
    "hu": frozenset("az egy".split()),
}

# A letter's closing formula on a line of its own, lower-cased words.
_CLOSING_FORMULAS = frozenset({
    "mit freundlichen grüßen", "mit freundlichen grüssen", "mit kollegialen grüßen", "mit kollegialen grüssen",
    "veuillez agréer nos salutations distinguées", "cordialement", "bien cordialement",
    "atentamente", "un saludo cordial", "cordiali saluti", "distinti saluti", "atenciosamente",
    "com os melhores cumprimentos", "met vriendelijke groet", "met vriendelijke groeten",
    "med vänliga hälsningar", "med venlig hilsen", "med vennlig hilsen", "ystävällisin terveisin",
    "z poważaniem", "s pozdravem", "cu stimă", "saygılarımla", "hormat kami",
})


# The lower-case particles a surname opens with ('de Kort', 'van Dijk', 'da Silva', 'von Weber').
_NAME_PARTICLES = frozenset("de del della di do dos da das du des van von der den ter ten la le el al".split())


_PROSE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


# -- measurements and the headings of their tables (fix round 23) ---------------------------------

# A measured value: a sign or a comparison, up to five digits, a decimal part.
_VALUE = r"[-+<>\u2264\u2265]?\d{1,5}(?:[.,]\d{1,3})?"
# The units a measured value is written with (SI and its clinical-laboratory forms, PS3.16 CID 7181
# and UCUM's common units; echo, haemodynamics, dose): never one letter alone, and no unit of an age
# ('44 y', '3 d', '4 m', '12 hr', '55Y': `patterns`' age rule judges those), so a name before an age
# is still judged a name.
_UNIT_WORDS = (
    "%", "\u2030", "\u00b0", "mmHg", "cmH2O", "kPa", "bpm", "mm", "cm", "km", "\u00b5m", "um", "nm", "ms",
    "sec", "min", "mg", "kg", "\u00b5g", "ug", "ng", "pg", "ml", "mL", "dl", "dL", "fl", "fL", "\u00b5l", "\u00b5L",
    "mmol", "\u00b5mol", "umol", "nmol", "pmol", "mEq", "IU", "UI", "mIU", "mU", "kU", "Hz", "kHz", "MHz", "dB",
    "mGy", "Gy", "mSv", "kV", "kVp", "mA", "mAs", "HU", "WU", "cm2", "cm\u00b2", "m2", "m\u00b2", "mm2",
    "mm\u00b2", "cm3", "cm\u00b3", "mm3", "mm\u00b3", "MBq", "mCi", "keV",
)
_UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True)) + ")"
_UNIT_WORDS_LOWER = frozenset(u.lower() for u in _UNIT_WORDS)
# A unit over a unit ('g/dL', 'G/L', 'L/min', 'm/s', 'ml/m2', 'L/min/m2'): a rate or a concentration;
# 'M/F' (the sexes) is none.
_UNIT_RATIO = r"(?!M/F\b|F/M\b)[\u00b5a-zA-Z]{1,5}\d?(?:/[\u00b5a-zA-Z]{1,5}\d?)+"
# What follows a measurement's name on its line: a value and its unit or per cent ('-17.3 %', '4.8
# L/min', '13.2 g/dL'), a value and its reference range ('245 150-400'), or a signed decimal that
# ends the line ('-18.3', its '%' lost by OCR). Not a date ('13/04/1968', '13-04-1968', '13.04.1968'),
# an ID or an age.
_WITH_RANGE = (rf"[ \t]*{_VALUE}(?![\d.,/:])(?:[ \t]*(?:{_UNIT}|{_UNIT_RATIO}))?"
               rf"[ \t]+{_VALUE}[ \t]*[-\u2013][ \t]*{_VALUE}(?![\d.,/:-])")
_MEASURE_AFTER = re.compile(
    rf"{_WITH_RANGE}|[ \t]*{_VALUE}(?![\d.,/:])[ \t]*(?:{_UNIT}|{_UNIT_RATIO})(?![\w/])"
    r"|[ \t]*[-+]\d{1,4}[.,]\d{1,3}[ \t]*$")
# The same on a neighbouring line, also a decimal alone ('CI 2.6' under 'CO (Fick) 4.8 L/min').
_MEASURE_NEAR = re.compile(rf"{_MEASURE_AFTER.pattern}|[ \t]*[-+]?\d{{1,4}}[.,]\d{{1,3}}(?![\d.,/:-])")
# A value at the end of a model's span ('GLPS Avg -18.3': spaCy read the value into the name).
_TRAILING_VALUE = re.compile(rf"[ \t]+{_VALUE}$")
# A measurement's code: words joined by underscores ('GLPS_LAX', 'HR_ApLAX') or a bracketed method
# ('CO (Fick)'). A name is written with underscores too ('MBEKI_G', 'DOE_JANE': an export's label),
# so an underscore code counts only with a part (two characters or more) that is device vocabulary
# or holds a digit ('LAX', 'A4C', 'Avg'; `_is_measure_code`).
_CODE_WORD = re.compile(r"[^\W_]+(?:_[^\W_]+)+")
# A capitalised word ('Grace', 'MBEKI', 'Smith-Jones', "O'Brien"): two letters or more.
_CAPITALISED = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*")


def names_a_measurement(text_layout, start: int, end: int) -> bool:
    """The words of [start, end) (three tokens at most, with a letter) are followed on their line by
    a measured value (`_MEASURE_AFTER`) and are a measurement's name ('GLPS_LAX -17.3 %', 'Hémoglobine
    13.2 g/dL 13.0-17.0', 'CO (Fick) 4.8 L/min'), never PHI: a reference range follows the value, the
    name is a code (`_is_measure_code`), or the line above or below it, starting under it, is a
    measurement too (`_measurement_beside`: a column of them). A value the span ends with is the
    measurement's own ('GLPS Avg -18.3'). A name before a date, an ID or an age is none of these, nor
    is one name line with a height after it ('Grace Mbeki 165 cm'), nor anything of a person's name's
    shape (`_name_shaped`: 'Grace Mbeki 13.2 g/dL 13.0-17.0', 'Mbeki Grace 12 %' over 'Zanele Dube 14 %')."""
    text = text_layout.text
    name, line = _measurement_name(text, start, end)
    if name is None:
        name, line = _measurement_name(text, start, _measurement_name_end(text, start, end), most=4)
    if name is None:
        # a row of a table whose cells the layout parted: a column of such rows, as `_measurement_beside`;
        # the row's name may open with words the model left out ('końcoworozkurczowa LK' of 'Średnica
        # końcoworozkurczowa LK 48 mm')
        line_start = text.rfind("\n", 0, start) + 1
        row_start = line_start if _ROW_NAME_HEAD.fullmatch(text[line_start:start]) else start
        name, line = _measurement_name_in_row(text_layout, row_start, end)
        return name is not None and not _row_name_shaped(name) and _measurement_row_beside(text_layout, row_start)
    if name is None or _name_shaped(name):
        return False
    if re.match(_WITH_RANGE, line[len(name):]) or _is_measure_code(name):
        return True
    return _measurement_beside(text_layout, start)


# A word that continues a measurement's name in a table row: a word in lower case ('diastólico',
# 'posterior', 'esquerdo'), device vocabulary or a context word ('LV', 'VE') or a method in brackets
# ('(Teichholz)').
_NAME_GOES_ON = re.compile(r"[^\W\d_A-Z\u00c0-\u00de][^\W\d_]*[.,]?|\([^\W\d_]+\)")


def _measurement_name_end(text: str, start: int, end: int) -> int:
    """The end of a measurement's name the model read only the first word or words of, where the span
    opens its line: [start, end) grown over the words after it that go on a name in a table row
    (`_NAME_GOES_ON`, or device vocabulary), four tokens at most ('Diâmetro' of 'Diâmetro diastólico VE
    48 mm', 'Parede' of 'Parede posterior 9 mm': a report's measurement table in a language the English
    model does not read, whose words it calls people, places and organisations). `end` when the span
    does not open its line or nothing follows it so."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return end
    grown = end
    for token in _TOKEN.finditer(text, end):
        if "\n" in text[grown:token.start()] or len(_TOKEN.findall(text, start, token.end())) > 4:
            break
        word = token.group(0)
        if not (_NAME_GOES_ON.fullmatch(word) or is_device_word(word.strip(".,()"))
                or is_context_word(word.strip(".,()"))):
            break
        grown = token.end()
    return grown


def _measurement_name_in_row(text_layout, start: int, end: int) -> tuple[str | None, str]:
    """`_measurement_name` of a table row whose value stands far to the right of its name, on the
    layout's next line (a wide gap parts a row's cells into lines): the span opens its line, which holds
    nothing but the name (`_measurement_name_end`), and the next line starts on the same row, to its right,
    with a measured value ('Diâmetro diastólico VE ........ 48 mm' of an echo report's table)."""
    text = text_layout.text
    grown = _measurement_name_end(text, start, end)
    line_end = text.find("\n", grown)
    if line_end < 0 or text[grown:line_end].strip() or text[text.rfind("\n", 0, start) + 1:start].strip():
        return None, ""
    last = next((p for p in reversed(text_layout.words) if p.start < line_end and p.end > start), None)
    first = next((p for p in text_layout.words if p.start > line_end), None)
    if last is None or first is None or first.line != last.line + 1:
        return None, ""
    a, b = last.word.box, first.word.box
    if b.left <= a.right or min(a.bottom, b.bottom) - max(a.top, b.top) < 0.5 * min(a.height, b.height):
        return None, ""
    next_end = text.find("\n", line_end + 1)
    row = text[start:grown] + " " + text[line_end + 1:next_end if next_end >= 0 else len(text)]
    name, line = _measurement_name(row, 0, grown - start, most=4)
    return name, line


# The words of a measurement's name before a model's span on its line: one or two words of letters.
_ROW_NAME_HEAD = re.compile(r"(?:[^\W\d_][^\W\d_.'\u2019-]*[ \t]+){1,2}")


def _measurement_row_beside(text_layout, start: int) -> bool:
    """`_measurement_beside` for the rows of `_measurement_name_in_row`: the line just above or below
    the one at `start`, starting under its first word, is such a row too."""
    for placed in _words_beside(text_layout, start):
        line_start = text_layout.text.rfind("\n", 0, placed.start) + 1
        if placed.start != line_start:
            continue
        name, _ = _measurement_name_in_row(text_layout, placed.start, placed.end)
        if name is not None and not _row_name_shaped(name):
            return True
    return False


def _row_name_shaped(name: str) -> bool:
    """`_name_shaped`, a chamber's or a side's abbreviation that is also a person's initials left out
    (context words: 'LK' of 'Średnica końcoworozkurczowa LK'). Only an abbreviation of three capitals at
    most is left out: a context word that is a surname stays ('Juan Paredes' over 'Pared posterior': a
    patient's row, break-test 11)."""
    return _name_shaped(" ".join(t for t in name.split() if not _chamber_abbreviation(t.strip(".,()"))))


def _chamber_abbreviation(word: str) -> bool:
    """A context word of three capitals at most ('LK', 'VE', 'RVD'), not a surname that is one ('Paredes')."""
    return is_context_word(word) and len(word) <= 3 and word.isupper()


def _name_shaped(name: str) -> bool:
    """`name` holds two capitalised words or more (`_CAPITALISED`) and none of its words is device
    vocabulary: a person's name's shape ('Grace Mbeki', 'JOHN SMITH', 'Grace Mbeki (Mrs)'), never
    taken for a measurement's name whatever follows it ('Grace Mbeki 13.2 g/dL 13.0-17.0', 'Grace Mbeki
    64 kg' over 'Height 165 cm'); 'Ejection Fraction', 'Ao Root', 'GLPS Avg' hold device words."""
    tokens = [t.strip(".,:") for t in _TOKEN.findall(name)]
    words = [t for t in tokens if re.search(r"[^\W\d_]{2}", t)]
    if any(is_device_word(t.strip("()[]")) or only_overlay_words(t) for t in words):
        return False
    return sum(1 for t in words if _CAPITALISED.fullmatch(t) and len(t) >= 2) >= 2


def _is_measure_code(name: str) -> bool:
    """`name` holds a bracketed method ('CO (Fick)') or an underscore code with a part of two characters
    or more that is device vocabulary or holds a digit ('GLPS_LAX', 'GLPS_A4C', 'HR_ApLAX'; not 'MBEKI_G',
    'DOE_JANE')."""
    if re.search(r"\([^\W\d_]+\)", name):
        return True
    return any(len(part) >= 2 and (is_device_word(part) or any(c.isdigit() for c in part))
               for code in _CODE_WORD.findall(name) for part in code.split("_"))


def _measurement_name(text: str, start: int, end: int, most: int = 3) -> tuple[str | None, str]:
    """(the name part of [start, end), the rest of its line from `start`) when a measured value
    follows the name (`_MEASURE_AFTER`); (None, line) otherwise."""
    line_end = text.find("\n", end)
    line = text[start:line_end if line_end >= 0 else len(text)]
    span = text[start:end].rstrip()
    value = _TRAILING_VALUE.search(span)
    name = span[:value.start()] if value else span
    if not re.search(r"[^\W\d_]", name) or len(_TOKEN.findall(name)) > most \
            or not _MEASURE_AFTER.match(line, len(name)):
        return None, line
    return name, line


def _words_beside(text_layout, start: int):
    """The words of the lines just above and below the one at `start` that stand under its first
    word (left edges within a line height, rows within two line heights)."""
    first = next((p for p in text_layout.words if p.start <= start < p.end or p.start >= start), None)
    if first is None:
        return
    box = first.word.box
    for placed in text_layout.words:
        other = placed.word.box
        if placed.line != first.line and abs(other.left - box.left) <= box.height \
                and 0 < abs(other.top - box.top) <= 2 * box.height:
            yield placed


def _measurement_beside(text_layout, start: int) -> bool:
    """The text line just above or below the one at `start`, starting under its first word (left
    edges within a line height, rows within two line heights), is a name of one to three words and
    a measured value (`_MEASURE_NEAR`)."""
    for placed in _words_beside(text_layout, start):
        line_end = text_layout.text.find("\n", placed.start)
        line = text_layout.text[placed.start:line_end if line_end >= 0 else len(text_layout.text)]
        tokens = list(_TOKEN.finditer(line))
        for k in range(1, min(3, len(tokens)) + 1):
            name = line[:tokens[k - 1].end()]
            if re.search(r"[^\W\d_]", name) and _MEASURE_NEAR.match(line, len(name)):
                return True
    return False


# A column heading: a word of letters (accents, a point, a slash or brackets allowed: 'Unités', 'Réf.',
# 'Qp/Qs', '(mmHg)'), no digit; also with its unit in brackets ('Area(cm²)', 'BMD(g/cm²)', 'BMC(g)': a
# densitometry report's columns) and a percentile's '%ile'.
_HEADING_WORD = re.compile(r"[(\[]?[^\W\d_][^\W\d_./'-]{0,14}[)\]]?:?"
                           r"|[^\W\d_]{1,12}(?:[-/][^\W\d_]{1,12})?(?:\([^\W\d_\u00b5%][^\s()]{0,9}\))?:?|%ile")
# A table's cell: a value, a reference range ('13.0-17.0', '<5'), also with its unit ('7.82cm', '1702g',
# '48%'); not a date, a time, an ID or an age.
_CELL = re.compile(rf"{_VALUE}(?:[-\u2013]{_VALUE})?(?:%|{_UNIT}|{_UNIT_RATIO})?")
# How far below its heading a table's rows are looked for, in heading heights (two rows).
_TABLE_REACH = 4
# Column headings of measurement tables the device vocabulary lacks: an invasive pressure's site and its
# systolic, diastolic values (the haemodynamic report's 'Site Sys Dia Mean HR', as GE Mac-Lab and Philips
# Xper print it; 'Sys'/'Dia' are IEC 80601-2-30's NIBP labels), a fetal biometry formula's 'Author' (GE
# Voluson's OB report) and a dose report's 'Dosis' (German, Dutch, Spanish for 'dose').
_HEADING_VOCABULARY = frozenset({"site", "sys", "dia", "author", "dosis", "%ile"})


def _heading_vocabulary(token: str) -> bool:
    """`token` (its unit in brackets aside: 'Area(cm²)', 'BMD(g/cm²)') is device vocabulary, an overlay
    word, a context word ('Region') or one of `_HEADING_VOCABULARY`."""
    stem = re.sub(r"\(.*\)$", "", token).strip("()[]:.")
    parts = _CAMEL_PARTS.findall(stem)
    if len(parts) >= 2 and "".join(parts) == stem and all(is_device_word(p) for p in parts):
        return True  # 'DualFemur', 'LeftHip', 'TotalBody': a region's name written as one word
    return bool(stem) and (stem.lower() in _HEADING_VOCABULARY or is_device_word(stem)
                           or only_overlay_words(stem) or is_context_word(stem))


# A word written as a name is: a capital and lower-case letters, or capitals only ('Grace', 'Mbeki',
# "N'Diaye", 'GRACE'; not an abbreviation in mixed case: 'LVIDd', 'IVSd').
_TITLE_WORD = re.compile(r"[^\W\d_a-z](?:[^\W\d_A-Z]+|[^\W\d_a-z]+)(?:['\u2019-][^\W\d_][^\W\d_A-Z]*)*")
# The parts of a word written in camel case ('DualFemur': 'Dual', 'Femur'), each a capital and its
# lower-case letters.
_CAMEL_PARTS = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+")


def heads_a_number_table(text_layout, start: int, end: int) -> bool:
    """[start, end) is a column heading of a table of numbers, never a name. Its field (or, where the field
    has fewer than three words, its row of three fields or more: 'Region  Area(cm²)  BMC(g)  BMD(g/cm²)
    T-score  Z-score') is the heading row: three or more words of letters (a unit in brackets allowed),
    most of those of two letters or more heading vocabulary (`_heading_vocabulary`: 'Site Sys Dia Mean
    HR', 'Analyse Résultat Unités Référence'; not 'JOHN A SMITH', where 'A' counts for nothing), and in the
    two rows under it (within `_TABLE_REACH` of its height) two cells or more in each row (`_CELL`: values,
    reference ranges, values with units) inside the heading's width and under two or more of its words.
    A row with an unknown word (two letters or more) at either end is no heading ('Site Sys Dia Mean Grace
    Mbeki', 'Mbeki Site Sys Dia': a name printed beside the headings), and of a heading row a word of
    [start, end) is a heading only when it is heading vocabulary or stands over a column of numbers
    ('Kern' of 'Serie Kern Dosis' over '1 12 450'). A banner's three name words over an ID or a date ('KIM
    MIN JUN' over '850312-1234567') head no such rows."""
    a, b = text_layout.field_of(start, end)
    placed = [p for p in text_layout.words if a <= p.start and p.end <= b]
    if len(placed) < 3 and placed:
        # a heading spaced in columns wider than a field's gap ('Region  Area(cm²)  BMC(g)', 'Value  GA
        # %ile  Author'): the words of its whole row, as long as each is a heading's word and the row has
        # three fields or more (a name's field and one more beside it is no table's heading)
        row = [p for p in text_layout.words if on_line(p.word.box, placed[0].word.box)]
        if sum(1 for f0, f1 in text_layout.fields() if any(f0 <= p.start and p.end <= f1 for p in row)) < 3:
            return False
        placed = sorted(row, key=lambda p: p.word.box.left)
    # the heading's tokens with their place in the text and their share of their word's box
    heads: list[tuple[str, int, float, float]] = []
    for p in placed:
        box, text = p.word.box, p.word.text
        for m in _TOKEN.finditer(text):
            x0 = box.left + box.width * m.start() / max(1, len(text))
            x1 = box.left + box.width * m.end() / max(1, len(text))
            heads.append((m.group(0), p.start + m.start(), x0, x1))
    heads.sort(key=lambda h: h[2])
    words = [h[0] for h in heads]
    if len(words) < 3 or not all(_HEADING_WORD.fullmatch(t) for t in words):
        return False
    known = [_heading_vocabulary(t) for t in words]
    boxes = [p.word.box for p in placed]
    left, right = min(h.left for h in boxes), max(h.right for h in boxes)
    top, bottom = min(h.top for h in boxes), max(h.bottom for h in boxes)
    height = max(1, bottom - top)
    # a row's band, the headings nearest its cells, its cells, the headings its cells stand inside
    rows: list[tuple[Box, set[int], list[str], set[int]]] = []
    for other in text_layout.words:
        box, text = other.word.box, other.word.text
        centre = (box.left + box.right) / 2
        if not (bottom - height // 3 <= box.top <= bottom + _TABLE_REACH * height
                and left - height <= centre <= right + height):
            continue
        # each cell's centre, by its share of the word's characters (OCR may read a row as one word)
        cells = [(box.left + box.width * (m.start() + m.end()) / 2 / max(1, len(text)), m.group(0))
                 for m in re.finditer(r"\S+", text) if _CELL.fullmatch(m.group(0)) and re.search(r"\d", m.group(0))]
        if not cells:
            continue
        row = next((r for r in rows if _rows_meet(r[0], box)), None)
        if row is None:
            row = (box, set(), [], set())
            rows.append(row)
        for x, cell in cells:
            row[1].add(min(range(len(heads)), key=lambda i: abs((heads[i][2] + heads[i][3]) / 2 - x)))
            row[2].append(cell)
            row[3].update(i for i, h in enumerate(heads) if h[2] - height / 2 <= x <= h[3] + height / 2)
    table = [under for _, under, cells, _ in rows if len(under) >= 2 and len(cells) >= 2]
    if len(table) < 2:
        return False
    # a heading word stands over its column when a cell of a table row is centred inside its width
    # ('Wards', 'Troch', 'Shaft' of a densitometry region table over its BMD values); with three such
    # columns or more and two vocabulary words on the row, it counts as a heading's word as vocabulary
    # does (a name line of three words over a row of values holds no vocabulary: 'Zanele Dube Khumalo')
    aligned = set().union(*(inside for _, under, cells, inside in rows if len(under) >= 2 and len(cells) >= 2))
    vocabulary = known
    # two capitalised words side by side, neither of them vocabulary, are a name's shape ('Neck Grace
    # Mbeki Troch Total'): the values under them do not make them headings
    title = [not k and bool(_TITLE_WORD.fullmatch(t)) for t, k in zip(words, known, strict=True)]
    paired = [t and ((i > 0 and title[i - 1]) or (i + 1 < len(title) and title[i + 1])) for i, t in enumerate(title)]
    if len(aligned) >= 3 and sum(known) >= 2:
        known = [k or (i in aligned and not paired[i]) for i, k in enumerate(known)]
    long_words = [k for t, k in zip(words, known, strict=True) if len(re.sub(r"\([^)]*\)|[^\w%]", "", t)) >= 2]
    if 2 * sum(long_words) <= len(long_words):
        return False
    # an unknown word at either end of the row is a name printed before or after the headings ('Grace
    # Mbeki' of 'Site Sys Dia Mean Grace Mbeki', 'Mbeki' of 'Mbeki Site Sys Dia'): no heading row then,
    # also where the name stands over the row labels' column ('Mbeki' over 'AO 128')
    ends = [k for t, k in zip(words, vocabulary, strict=True) if re.search(r"[^\W\d_]{2}", t)]
    if not ends or not (ends[0] and ends[-1]):
        return False
    over_numbers = set().union(*table)
    return all(known[i] or (i in over_numbers and not paired[i]) or not re.search(r"[^\W\d_]{2}", token)
               for i, (token, at, _, _) in enumerate(heads) if start < at + len(token) and at < end)


def _rows_meet(a: Box, b: Box) -> bool:
    """Two boxes share more than half of the lower one's height: cells of one table row."""
    return min(a.bottom, b.bottom) - max(a.top, b.top) > min(a.height, b.height) / 2


# A product's name before its series number (fix round 16): one word in capitals or with a capital
# inside ('ELUXEO', 'LASEREO', 'ProSound'), then on its line a number of four digits ending in 0 that
# is no year a person lives in ('7000', '4450', '1500'; not 'KOWALSKI 1984', 'SMITH 2010') and no
# part of a longer value ('7000.5', '7000/12', '7000-3').
_MODEL_WORD = re.compile(r"[A-Z][A-Z]{3,}|[A-Z][a-z]+[A-Z][A-Za-z]*")
_ROUND_MODEL_NUMBER = re.compile(r"[ \t]+(?!(?:19|20)\d\d)[1-9]\d{2}0(?![\w.,/:-])")

# A product's name and its version (fix round 27): one word with a capital inside it after lower-case
# letters ('TraumaCad', 'DermLite', 'OsiriX', 'mediCAD', 'OrthoView', 'RadiAnt', 'PowerScribe'), then on
# its line a version ('2.5', 'v7.3', 'V 12', 'v13.0.2', after an edition word of capitals: 'OsiriX MD
# 14.0') or a model code of letters and digits ('DL4', 'HS70A'). A surname with a capital inside
# ('McDonald', 'MacLeod', 'DeSouza', 'LeBlanc', 'DiMaggio', 'VanDyke', 'FitzGerald', 'LaToya') is none:
# its prefix is a name's particle; a bare number after a name ('JoAnn 45') is an age or a bed.
_CAMEL_PRODUCT = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Del|Della|Dela|Delos|Le|La|Lo|Van|Vander|Vanden|Von|Fitz|St|"
                            r"Ap|Ben|Bin|Al|El|Ter|Ten|Dos|Das|Des|Abdel|Abdul|Abdur|Abu|Au|Ke|Jo|Lee|Ann|Mary|Bo|Ja|"
                            r"Ray|Shan|Ty|Mo)[A-Z])[A-Za-z][a-z]+[A-Z][A-Za-z]*")
_VERSION = re.compile(r"(?:[vV](?:er\.?|ersion)?[ \t]?\d{1,3}(?:\.\d{1,3}){0,3}|\d{1,2}(?:\.\d{1,3}){1,3})$")
_PRODUCT_CODE = re.compile(r"(?=(?:.*[A-Za-z]){2})[A-Za-z]{1,4}\d{1,3}[A-Za-z]{0,2}$")


def _versioned_product(line_text: str, text: str, end: int) -> bool:
    """`text` (ending at `end` of `line_text`) is a camel-case product's name (`_CAMEL_PRODUCT`) with its
    version or model code after it (`_VERSION`, `_PRODUCT_CODE`), in the span or next on its line, an
    edition word in capitals between them ('OsiriX MD 14.0')."""
    tokens = text.split()
    if not tokens or not _CAMEL_PRODUCT.fullmatch(tokens[0]):
        return False
    line_end = line_text.find("\n", end)
    after = line_text[end: line_end if line_end >= 0 else len(line_text)].split()
    rest = tokens[1:]
    if not rest:
        rest = after[:2]
        if len(rest) == 2 and not (rest[0].isupper() and rest[0].isalpha() and len(rest[0]) <= 4):
            rest = rest[:1]
    if not rest:
        return False
    version = rest[-1].rstrip(",;")
    if has_date_shape(version) or version.count(".") >= 2 and not version[:1].isalpha():
        return False  # a date of birth after a name ('AbdelRahman 12.5.90'), not a version
    # the word after the version, in the span or next on its line
    following = after[len(rest):len(rest) + 1] if not tokens[1:] else after[:1]
    if following and following[0].lower() in _UNIT_WORDS_LOWER:
        return False  # a weight or a length after a name ('JoAnn 3.5 kg')
    return (len(rest) == 1 or (rest[0].isupper() and rest[0].isalpha() and len(rest[0]) <= 4)) \
        and bool(_VERSION.match(version) or _PRODUCT_CODE.match(version))


# The size of an implant or a part after its name (fix round 27): templating software and implant
# labels write '<part> <product> Size 12' ('Stem Corail Size 12', 'Cup Pinnacle 54 mm', 'Tige Corail
# Taille 12', 'Schaft Größe 4', 'Vástago Talla 3', 'Head 36 mm', 'Screw Ø6.5 mm'): the words before
# are a part's and a product's names, no one's. The size word in the languages of the vocabulary
# (Wiktionary's translations of 'size (of clothing)'), then a number; or a length in mm or cm.
_SIZE_WORDS = frozenset({"size", "sz", "taille", "größe", "grösse", "groesse", "talla", "tamaño", "tamanho",
                         "maat", "storlek", "størrelse", "koko", "rozmiar", "velikost", "taglia", "misura", "méret"})
_SIZE_VALUE = re.compile(r"#?\d{1,3}(?:[.,]\d{1,2})?[A-Za-z+]?")
_LENGTH = re.compile(r"[Øø⌀]?\d{1,3}(?:[.,]\d{1,2})?(?:mm|cm)")
_LENGTH_VALUE = re.compile(r"[Øø⌀]?\d{1,3}(?:[.,]\d{1,2})?")


def _span_of(text_layout, box: Box) -> tuple[int, int]:
    """[start, end) of the layout's words inside `box` (a name field's box)."""
    mine = [p for p in text_layout.words if box.intersection_area(p.word.box) >= 0.5 * max(1, p.word.box.area)]
    return (min(p.start for p in mine), max(p.end for p in mine)) if mine else (0, 0)


def _sized_after(text_layout, start: int, end: int) -> bool:
    """Right after [start, end) on its row (within two line heights) stands a size: a size word and
    its number ('Size 12', 'Taille: 4'), or a length in mm or cm ('54 mm', '36mm', 'Ø 6.5 mm')."""
    mine = sorted((p.word for p in text_layout.words if start <= p.start and p.end <= end), key=lambda w: w.box.left)
    if not mine:
        return False
    first_box = mine[0].box
    before = [p.word for p in text_layout.words if p.word not in mine and on_line(p.word.box, first_box)
              and p.word.box.right <= first_box.left + 1 and first_box.left - p.word.box.right <= 2 * first_box.height]
    before = sorted(before, key=lambda w: w.box.right)[-1:]  # the part's word the span may have left out
    if not any(is_device_word(w.text.strip(":,")) and w.text.strip(":,").lower() not in _SIZE_WORDS
               for w in mine + before):
        return False  # no part's or product's word: a name before a height or a size ('Grace Mbeki 165 cm')
    if len(mine) >= 2 and mine[-1].text.strip(":").lower() in _SIZE_WORDS:
        # the size word read as the run's last word ('Tige Corail Taille' then '12'): judged from it
        mine = mine[:-1]
    last = mine[-1].box
    row = sorted((p.word for p in text_layout.words if p.word not in mine and on_line(p.word.box, last)
                  and p.word.box.left >= last.right - 1), key=lambda w: w.box.left)
    if not row or row[0].box.left - last.right > 2 * last.height:
        return False
    first, nxt = row[0].text.strip(), (row[1].text.strip() if len(row) > 1 else "")
    word, colon, glued = first.partition(":")
    if word.lower() in _SIZE_WORDS:
        return bool(_SIZE_VALUE.fullmatch(glued or (nxt if not colon or not glued else "")))
    if first.lower() in _SIZE_WORDS:
        return bool(_SIZE_VALUE.fullmatch(nxt))
    return bool(_LENGTH.fullmatch(first) or (_LENGTH_VALUE.fullmatch(first) and nxt.lower() in ("mm", "cm")))


# A CT window's labels (fix round 27): width 'W', 'WW', 'Window' and level or centre 'L', 'WL', 'C',
# 'WC', 'Level', 'Center' (PS3.3 C.11.2.1.2 Window Center and Width, as consoles print them: 'W 1500
# L -600', 'WW 400 WL 40', 'C 40 W 400').
_WIDTH_LABEL = re.compile(r"(?i)(?:W|WW|Win|Window|Width)[:=]?$")
_LEVEL_LABEL = re.compile(r"(?i)(?:L|WL|C|WC|Level|Center|Centre)[:=]?$")
_WIDTH_VALUE = re.compile(r"(?i)(?:W|WW|Win|Window|Width)[:=]?-?\d{1,5}$")
_LEVEL_VALUE = re.compile(r"(?i)(?:L|WL|C|WC|Level|Center|Centre)[:=]?-?\d{1,5}$")
_WINDOW_NUMBER = re.compile(r"-?\d{1,5}$")


def _between_window_labels(text: str, start: int, end: int) -> bool:
    """[start, end) is one token of the letters OCR reads for digits (`_DIGIT_LIKE`: 'Lscc' for '1500',
    'Isoo', 'ZsO') or digits, right after a window's width or level label and before a number or the
    other label with its value ('W Lscc -600', 'W Lscc L -600', 'WW Lsoo WL 40', 'C Zso W 400'): OCR
    misread the value there (the verification pass reads a band of the painted frame on its own and
    may lose the next label), and no name stands between a window's labels. A real word there ('W Lee
    40', 'W Smith 45': an initial, a surname and an age) has letters no digit is read as."""
    span = text[start:end].split()
    # the model's span may take the value after it along ('Lscc -600'): the rest is read as what follows
    token = span[0] if span and all(_WINDOW_NUMBER.match(t) or _LEVEL_VALUE.match(t) or _WIDTH_VALUE.match(t)
                                    or _LEVEL_LABEL.match(t) or _WIDTH_LABEL.match(t) for t in span[1:]) else ""
    if not token or len(token) > 6 or not all(c in _DIGIT_LIKE or c.isdigit() for c in token):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].split()
    after = span[1:] + text[end: line_end if line_end >= 0 else len(text)].split()
    if not before or not after:
        return False
    nxt = after[1] if len(after) > 1 else ""
    if _WIDTH_LABEL.match(before[-1]):
        return bool(_LEVEL_VALUE.match(after[0]) or _WINDOW_NUMBER.match(after[0])
                    or (_LEVEL_LABEL.match(after[0]) and _WINDOW_NUMBER.match(nxt)))
    if _LEVEL_LABEL.match(before[-1]):
        return bool(_WIDTH_VALUE.match(after[0]) or _WINDOW_NUMBER.match(after[0])
                    or (_WIDTH_LABEL.match(after[0]) and _WINDOW_NUMBER.match(nxt)))
    return False


# The letters OCR reads for digits on small overlay fonts: 0 (o, O, c, C, D, Q), 1 (l, L, I, i, |, !),
# 2 (z, Z), 5 (s, S), 6 (b, G), 7 (T), 8 (B), 9 (g, q).
_DIGIT_LIKE = frozenset("oOcCDQlLIi|!zZsSbGTBgq")


# The tokens of an OCR line: split at spaces and at the separators of names and lists.
_TOKEN = re.compile(r"[^\s^,;]+")
# A decimal number over a number, or a number over a decimal ('2.5/5', '5/2.5'): no date.
_DECIMAL_RATIO = re.compile(r"\d{1,3}[.,]\d{1,3}/\d{1,3}(?:[.,]\d{1,3})?|\d{1,3}/\d{1,3}[.,]\d{1,3}")
# Device abbreviations whose values are dates (last menstrual period, estimated date of delivery).
_DATE_VALUED = frozenset({"lmp", "edd", "edc"})


def _after_setting(text_layout, start: int) -> bool:
    """The token just before `start` on its line is a device word of letters, a setting's name
    ('PRF', 'Scale:'), and none whose value is a date ('LMP')."""
    line_start = text_layout.text.rfind("\n", 0, start) + 1
    before = _TOKEN.findall(text_layout.text[line_start:start])
    if not before:
        return False
    stem = before[-1].strip(".:=")
    return stem.isalpha() and is_device_word(stem) and stem.lower() not in _DATE_VALUED


def _context_words_on_a_device_line(text_layout, start: int, end: int, tokens: list[str]) -> bool:
    """[start, end) holds only `CONTEXT_WORDS` (words that are device text beside device text, a
    name otherwise: 'Guzek', 'Herd', 'Line') and the fields of its row beside it (the next field
    at most `BANNER_REACH` line heights away, and so on) are device text with a word of letters
    of its own among them ('Guzek  Lewa pierś', nodule, left breast; not 'HERD  45Y', where only a
    value is beside it): the model read a caption's word apart from the rest of its caption."""
    if not tokens or not all(is_context_word(t) for t in tokens):
        return False
    mine = [p.word for p in text_layout.words if start <= p.start and p.end <= end]
    if not mine:
        return False
    anchor = mine[0].box
    row = sorted((p.word for p in text_layout.words if on_line(p.word.box, anchor)), key=lambda w: w.box.left)
    i, j = row.index(mine[0]), row.index(mine[-1])
    reach = BANNER_REACH * anchor.height
    while i > 0 and row[i].box.left - row[i - 1].box.right <= reach:
        i -= 1
    while j < len(row) - 1 and row[j + 1].box.left - row[j].box.right <= reach:
        j += 1
    others = [w.text for w in row[i:j + 1] if w not in mine]
    return bool(others) and only_device_words(" ".join(tokens + others)) and any(
        t.strip(".,:").isalpha() and is_device_word(t) and not is_context_word(t) for t in others)


def _beside_a_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """[start, end) is on the line of one of `names` with nothing but spaces, commas and
    '^' between them: 'A.' of 'A. Quist', not the sex letter on the line under the name."""
    for a, b in names:
        gap = text[end:a] if end <= a else text[b:start]
        if re.fullmatch(r"[ \t,^]*", gap):
            return True
    return False


def _name_remainder(text: str) -> bool:
    """`text` (what is left of a model's PERSON span beside a header name) is made of
    initials ('A.') and name words ('Anne'; no device word: not 'Adult' of a span 'DOE
    JOHN Adult' the model read across into a preset): the rest of the same name."""
    tokens = _TOKEN.findall(text)
    return bool(tokens) and all(INITIAL.fullmatch(t) or (t[:1].isupper() and is_name_word(t))
                                for t in tokens)


def _in_vendor_field(text_layout, start: int, end: int) -> bool:
    """The field holding [start, end) is a vendor's name ('Clarius' + 'Mobile' of 'Clarius
    Mobile Health', a model's span cut short of the vendor phrase)."""
    a, b = text_layout.field_of(start, end)
    field = text_layout.text[a:b]
    return (a, b) != (start, end) and (is_vendor_phrase(field) or is_vendor(field))


def _mostly_device_field(text_layout, start: int, end: int) -> bool:
    """The field holding [start, end) (`TextLayout.field_of`) has more device and overlay
    words than other words ('Low Dose Lung', 'Brain Wo Contrast', 'GE Revolution CT').
    Only words count: values and single letters ('F 52Y' after 'SMITH') are neither, and a device
    word that is also a name (`NAME_ABBREVIATIONS`: 'Lac', 'Cho') is no evidence either way ('Lac
    Thi Mai': a surname; lactate's label too)."""
    a, b = text_layout.field_of(start, end)
    words = [t for t in _TOKEN.findall(text_layout.text[a:b])
             if not any(c.isdigit() for c in t) and len(re.sub(r"[\W_]", "", t)) >= 2
             and t.strip(".,:;()").lower() not in NAME_ABBREVIATIONS]
    device = sum(1 for t in words if _device_or_overlay(t))
    return device > len(words) - device


# -- device text (fix round 9) -------------------------------------------------------------------

def _own_device_words(text: str, own: frozenset[str]) -> bool:
    """Every word of `text` is a word of the file's own device names (`device_names`)."""
    words = words_of(text)
    return bool(own) and bool(words) and all(w in own for w in words)


def _device_text(text: str, own: frozenset[str]) -> bool:
    """`text` is a run of one of deid's device names ('Vitrea', 'HI VISION Avius'), or is made
    of the file's own device words and device vocabulary with one of the file's own among them
    ('TOPCON TRC-NW8' of Manufacturer 'TOPCON' and model 'TRC-NW8')."""
    words = words_of(text)
    if not words:
        return False
    if in_deid_names(words):
        return True
    return any(w in own for w in words) and all(w in own or is_device_word(w) for w in words)


# A setting's state after it: 'Segmentation On', 'MB Off', 'THI On'.
_SETTING_STATE = re.compile(r"(?i)\s(?:on|off)$")
# A number, or a number and its unit in one token ('32', '3:42', '1.1', '120kV', '16cm', '64%').
_NUMBER = re.compile(r"^[-+]?\d+(?:[.,:/]\d+)*%?$")
_UNITS = "kv|kvp|ma|mas|mhz|khz|hz|cm|mm|ms|fps|bpm|db|mgy|mgy-cm|msv|gy|deg|°|%|cm/s|mm/s|mbq|mci|kev|mev|t|s|sec|min"
_WITH_UNIT = re.compile(rf"(?i)^\d+(?:[.,]\d+)?(?:{_UNITS})$")
_UNIT = re.compile(rf"(?i)^(?:{_UNITS})$")


def _setting_in_field(text_layout, start: int, end: int) -> bool:
    """The field holding [start, end) holds a device setting beside it: a device word with a
    colon ('Preset:', 'Mode:'), a device word and its number ('LAO 32', 'MI 1.1'), a number and
    its unit ('120 kV', '16cm'), or a model number ('W10', 'TRC-NW8'). A bare number ('45')
    or an age ('45Y') is none: a name stands beside those in a banner."""
    a, b = text_layout.field_of(start, end)
    tokens = [(m.group(0), m.start() + a) for m in _TOKEN.finditer(text_layout.text[a:b])]
    for t, (word, pos) in enumerate(tokens):
        if start <= pos < end:
            continue
        stem = word.rstrip(":")
        nxt = tokens[t + 1][0] if t + 1 < len(tokens) else ""
        if word.endswith(":") and stem.isalpha() and is_device_word(stem):
            return True
        if stem.isalpha() and is_device_word(stem) and _NUMBER.match(nxt):
            return True
        if _WITH_UNIT.match(word) or (_NUMBER.match(word) and _UNIT.match(nxt)):
            return True
        if MODEL_CODE.match(word) or is_model_number(word):
            return True
    return False


# Vendors whose names are also common surnames: no evidence of device text beside a name.
_SURNAME_VENDORS = frozenset({"picker", "marconi", "bracco", "stryker", "barco", "ge", "adac", "canon", "lunar"})


def _product_in_field(text_layout, start: int, end: int, own: frozenset[str]) -> bool:
    """The field holding [start, end) holds a vendor's name (`VENDOR_NAMES`, but not
    one that is also a surname), a product name that is no English word (`CUT_WORDS` of four
    letters or more: 'Aplio', 'LOGIQ', also with its version: 'MUSICA2') or a word of the file's own
    device names: the words beside it are the product's series ('Samsung Hera', 'Aplio Platinum')."""
    a, b = text_layout.field_of(start, end)
    for token in _TOKEN.findall(text_layout.text[a:b]):
        low = token.strip(".,:;()").lower()
        stem = re.sub(r"\d+$", "", low)  # 'MUSICA2': a product and its version
        if (low in VENDOR_NAMES and low not in _SURNAME_VENDORS) or (low in own and low.isalpha()) \
                or (low in CUT_WORDS and stem.isalpha() and len(stem) >= 4):
            return True
    return False


def _label_reaches_value(text_layout, result: RecognizerResult, span: str) -> bool:
    """A pattern's label and its value on two text lines ('ID:' ending one line, the value
    starting the next) label and value only when the value stands directly under the label
    (`stacked`) or is the next field on the label's row (`_next_on_row`: 'MRN:    AB1234',
    spaced wider than `text_layout` joins into one line): text order also puts a far
    corner's first word after a label ('ID:' at the left, a probe 'CA1-7A' at the right of
    the next row)."""
    cut = trim_label(span)
    if not cut or "\n" not in span[:cut]:
        return True
    label_end = result.start + len(span[:cut].rstrip())  # just after the label's last character
    value_start = result.start + cut
    label = [p for p in text_layout.words if p.start < label_end <= p.end]
    value = [p for p in text_layout.words if p.start <= value_start < p.end]
    if not label or not value:
        return True
    above, below = label[-1].word.box, value[0].word.box
    if is_probe_name(value[0].word.text):
        # A probe that starts its line of settings ('i8CX1 Renal MI 1.2 TIS 0.8') under an 'ID:'
        # whose own value is gone (painted, or read apart) is the probe's name, not the ID.
        after = sorted((p for p in text_layout.words if p.line == value[0].line and p.start > value[0].start),
                       key=lambda p: p.start)
        if probe_in_position([p.word.text for p in after]):
            return False
    return stacked(above, below) or _next_on_row(above, below, text_layout)


def _in_one_field(text_layout, start: int, end: int) -> bool:
    """[start, end) lies in one field of its line (`TextLayout.fields`): the groups of one number
    are printed close, the cells of a table's row far apart."""
    return any(a <= start and end <= b for a, b in text_layout.fields())


def _drop_contained(findings: list[Finding]) -> list[Finding]:
    """A box inside a larger box of the same frame adds nothing to redaction and
    only clutters the report (e.g. a header name part inside an NER full name)."""
    keep = []
    for f in findings:
        inside = any(
            g is not f and g.box.area > f.box.area and g.box.intersection_area(f.box) == f.box.area
            for g in findings
        )
        if not inside:
            keep.append(f)
    return sorted(keep, key=lambda f: (f.frame, f.box.top, f.box.left))


def _mostly_unread_script(text: str) -> bool:
    """Most of `text`'s letters are Cyrillic or Greek, scripts the English NER model was not
    trained on (en_core_web_sm: OntoNotes 5, English; the transformer: i2b2 notes, English)."""
    letters = [c for c in text if c.isalpha()]
    other = sum("\u0370" <= c <= "\u03ff" or "\u0400" <= c <= "\u052f" for c in letters)
    return bool(letters) and other * 2 > len(letters)
