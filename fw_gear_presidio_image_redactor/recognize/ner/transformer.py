"""Deid-RoBERTa-i2b2 (or any token-classification model) as a Presidio recogniser.

The product's README promises `obi/deid_roberta_i2b2`: a RoBERTa fine-tuned on
the i2b2 2014 de-identification corpus, whose labels (PATIENT, STAFF, HOSP,
DATE...) are PHI categories rather than spaCy's newswire ones. Runs are
offline: the weights come from a local directory (the Docker image fetches
them at build time) or a hub id already in the local cache; nothing is
downloaded here. torch and transformers are the optional `transformer` extra.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .base import NerBackend
from .spacy import spacy_backend

log = logging.getLogger(__name__)

RECOGNIZER_NAME = "TransformerRecognizer"

# i2b2 2014 categories (as Deid-RoBERTa names them) -> the gear's entities.
LABEL_MAPPING = {
    "PATIENT": "PERSON",
    "STAFF": "PERSON",
    "PER": "PERSON",
    "PERSON": "PERSON",
    "HOSP": "ORGANIZATION",
    "PATORG": "ORGANIZATION",
    "ORG": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
    "LOC": "LOCATION",
    "LOCATION": "LOCATION",
    "DATE": "DATE_TIME",
    "AGE": "AGE",
    "ID": "ID",
    "OTHERPHI": "ID",
    "PHONE": "PHONE_NUMBER",
    "EMAIL": "EMAIL",
    "PROFESSION": "PROFESSION",
    "USERNAME": "USERNAME",
    "ZIP": "ZIP",
}
# BIO, BILOU and BIOES prefixes all reduce to the bare category.
_PREFIXES = ("B-", "I-", "L-", "U-", "E-", "S-")
MAX_TOKENS = 512
STRIDE = 64


def category(label: str) -> str:
    for prefix in _PREFIXES:
        if label.startswith(prefix):
            return label[len(prefix):]
    return label


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int
    score: float


class TokenClassifier:
    """Tokenizer + model, run on whole overlay texts; spans are character offsets."""

    def __init__(self, source: str):
        local = Path(source).expanduser()
        if not local.is_dir() and (local.exists() or local.is_absolute() or source.startswith((".", "~"))
                                   or source.count("/") > 1 or "\\" in source):
            # a path, not a hub id ('name' or 'namespace/name'): say so, not the hub library's id error.
            # Before importing torch and transformers (about 10 s of CPU from cold .pyc files, 20 s
            # where none can be written): an image built without weights (FETCH_WEIGHTS=0) names a
            # folder that is not there, and every run fell back to spaCy only after paying for them.
            raise FileNotFoundError(f"no model folder at {local}" if not local.exists()
                                    else f"{local} is not a model folder")
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        kwargs = {} if local.is_dir() else {"local_files_only": True}
        where = str(local) if local.is_dir() else source
        self.tokenizer = AutoTokenizer.from_pretrained(where, **kwargs)
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError(f"{source}: needs a fast tokenizer (character offsets)")
        self.model = AutoModelForTokenClassification.from_pretrained(where, **kwargs)
        self.model.eval()
        self.torch = torch
        self.labels = {int(k): v for k, v in self.model.config.id2label.items()}
        torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))

    def spans(self, text: str) -> list[Span]:
        if not text.strip():
            return []
        enc = self.tokenizer(text, return_offsets_mapping=True, truncation=True, max_length=MAX_TOKENS,
                             stride=STRIDE, return_overflowing_tokens=True, padding=True, return_tensors="pt")
        offsets = enc.pop("offset_mapping").tolist()
        enc.pop("overflow_to_sample_mapping", None)
        with self.torch.no_grad():
            logits = self.model(**{k: v for k, v in enc.items() if k in ("input_ids", "attention_mask")}).logits
        probs = logits.softmax(-1)
        best, ids = probs.max(-1)
        spans: list[Span] = []
        for row in range(len(offsets)):
            current: list[tuple[str, int, int, float]] = []
            for (start, end), label_id, score in zip(offsets[row], ids[row].tolist(), best[row].tolist(),
                                                       strict=True):
                if end <= start:  # special or padding token
                    continue
                cat = category(self.labels.get(label_id, "O"))
                if cat == "O":
                    spans += _close(current)
                    current = []
                    continue
                label = self.labels[label_id]
                # A new entity starts where the category changes, or at a B-/U-/S- tag on a new
                # word: a B- on a sub-word piece that continues the previous token's word (no gap
                # between them) is the same entity, as Hugging Face's word-level aggregation
                # treats it; otherwise a name split into B- pieces ('ZY' 'GM' 'UNT') would reach
                # the analyzer as fragments too short to count as a name.
                new_word = start > current[-1][2] if current else True
                if current and (cat != current[-1][0] or (label.startswith(("B-", "U-", "S-")) and new_word)):
                    spans += _close(current)
                    current = []
                current.append((cat, start, end, score))
            spans += _close(current)
        return _dedupe(spans)


def _close(tokens: list[tuple[str, int, int, float]]) -> list[Span]:
    if not tokens:
        return []
    return [Span(tokens[0][0], tokens[0][1], tokens[-1][2], sum(t[3] for t in tokens) / len(tokens))]


def _dedupe(spans: list[Span]) -> list[Span]:
    """Overlapping windows read the same span twice; keep the more confident."""
    best: dict[tuple[str, int, int], Span] = {}
    for s in spans:
        key = (s.entity, s.start, s.end)
        if key not in best or best[key].score < s.score:
            best[key] = s
    return sorted(best.values(), key=lambda s: s.start)


class TransformerRecognizer(EntityRecognizer):
    """Presidio's side of the model: categories mapped to the gear's entity names.

    Scores are the mean token probability; the analyzer compares them with
    Transformer Score Threshold.
    """

    def __init__(self, classifier: TokenClassifier):
        self.classifier = classifier
        entities = sorted({LABEL_MAPPING[c] for c in map(category, classifier.labels.values()) if c in LABEL_MAPPING})
        super().__init__(supported_entities=entities or ["PERSON"], name=RECOGNIZER_NAME, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for span in self.classifier.spans(text):
            entity = LABEL_MAPPING.get(span.entity)
            if entity is None or (entities and entity not in entities):
                continue
            # Tokenizers attach the leading space to a word; the finding starts at the letter.
            start = span.start + (len(text[span.start : span.end]) - len(text[span.start : span.end].lstrip()))
            results.append(RecognizerResult(entity, start, span.end, round(span.score, 4),
                                            recognition_metadata={"recognizer_name": RECOGNIZER_NAME,
                                                                  "model_label": span.entity}))
        return results


def transformer_backend(source: str) -> NerBackend:
    """Raises when the weights or the extra are missing; `provider.select_backend` falls back."""
    classifier = TokenClassifier(source)
    base = spacy_backend()  # tokens and lemmas for Presidio's context words; its NER is not used
    log.info("NER: transformer %s (%d labels)", source, len(classifier.labels))
    return NerBackend(
        description=f"transformer:{source}",
        nlp_engine=base.nlp_engine,
        recognizers=[TransformerRecognizer(classifier)],
        model_recognizers=frozenset({RECOGNIZER_NAME}),
    )
