"""The transformer NER path end to end, on a tiny token-classification model built here.

No weights can be downloaded: the test builds a 2-layer RoBERTa with a
tokenizer trained on a few lines, and sets its classifier so that what it
predicts is known (every token one label, with a known probability). That is
enough to prove what matters to a user: labels become the gear's entity names,
scores meet Transformer Score Threshold, spans land on the right pixels, and
a missing model falls back to spaCy and says so.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

# Skipped without the transformer extra; looked up, not imported: every xdist worker collects
# this module, and importing torch and transformers costs about 4 s of CPU in each, where only
# the one worker that runs the module needs them (`build_tiny_model` imports them).
if importlib.util.find_spec("torch") is None or importlib.util.find_spec("transformers") is None:
    pytest.skip("torch and transformers (the transformer extra) are not installed", allow_module_level=True)

# One xdist worker for the whole module: building a model imports transformers' modelling code
# (about 4 s of CPU, which a spaCy run no longer imports), so once, not in every worker.
pytestmark = pytest.mark.xdist_group("tests/test_transformer_ner.py")

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec  # noqa: E402
from fw_gear_presidio_image_redactor.findings import Box, OcrWord  # noqa: E402
from fw_gear_presidio_image_redactor.outputs.naming import csv_name  # noqa: E402
from fw_gear_presidio_image_redactor.recognize.analyzer import AnalyzerSettings, PhiAnalyzer  # noqa: E402
from fw_gear_presidio_image_redactor.recognize.ner.provider import select_backend  # noqa: E402
from fw_gear_presidio_image_redactor.recognize.ner.transformer import (  # noqa: E402
    RECOGNIZER_NAME,
    TokenClassifier,
    category,
    transformer_backend,
)

from .helpers import PHI_SPECS, read_csv_rows, run_cli, write_case  # noqa: E402

LABELS = ["O", "B-PATIENT", "I-PATIENT", "L-STAFF", "U-HOSP", "B-DATE", "I-DATE"]


def build_tiny_model(path, favoured: str, probability: float = 0.99):
    """A RoBERTa token classifier that tags every token `favoured` with `probability`."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast, RobertaConfig, RobertaForTokenClassification

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(["KOWALSKI MARTHA 03/11/1952 Lakeside General Hospital PORTABLE kV 120"], trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>",
                                   unk_token="<unk>", mask_token="<mask>")
    config = RobertaConfig(vocab_size=fast.vocab_size + 8, hidden_size=16, num_hidden_layers=2,
                           num_attention_heads=2, intermediate_size=32, max_position_embeddings=600,
                           pad_token_id=fast.pad_token_id, num_labels=len(LABELS),
                           id2label=dict(enumerate(LABELS)), label2id={v: k for k, v in enumerate(LABELS)})
    torch.manual_seed(0)
    model = RobertaForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(0.0)
        # softmax: p for the favoured label, the rest shared by the others
        others = len(LABELS) - 1
        model.classifier.bias[LABELS.index(favoured)] = float(torch.log(torch.tensor(probability * others
                                                                                     / (1 - probability))))
    model.save_pretrained(path)
    fast.save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def patient_model(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("patient"), "B-PATIENT")


def test_bio_bilou_prefixes_reduce_to_the_category():
    assert [category(x) for x in ("B-PATIENT", "I-PATIENT", "L-STAFF", "U-HOSP", "O", "DATE")] == [
        "PATIENT", "PATIENT", "STAFF", "HOSP", "O", "DATE"]


def test_classifier_spans_are_character_offsets_of_the_text(patient_model):
    clf = TokenClassifier(str(patient_model))
    text = "KOWALSKI MARTHA"
    spans = clf.spans(text)
    assert spans, "a model tagging every token must return a span"
    # B- on every token: each word starts a new entity; together they cover the text exactly
    assert min(s.start for s in spans) == 0 and max(s.end for s in spans) == len(text)
    assert all(s.entity == "PATIENT" and s.score > 0.9 for s in spans)


def _words(*texts):
    words, x = [], 10
    for t in texts:
        words.append(OcrWord(t, Box(x, 10, 12 * len(t), 20), 95.0))
        x += 12 * len(t) + 12
    return words


def test_patient_label_becomes_person_and_passes_the_threshold(patient_model):
    backend = transformer_backend(str(patient_model))
    assert backend.description.startswith("transformer:")
    analyzer = PhiAnalyzer(backend, AnalyzerSettings(("PERSON",), score_threshold=30))
    findings = analyzer.analyze(_words("ZYGMUNT", "QUARRELL"))
    assert findings and {f.entity_type for f in findings} == {"PERSON"}
    assert RECOGNIZER_NAME in {f.recognizer for f in findings}
    covered = findings[0].box
    for f in findings[1:]:
        covered = covered.union(f.box)
    assert covered.left <= 10 and covered.right >= 10 + 12 * 7 + 12 + 12 * 8 - 1


def test_score_threshold_filters_low_confidence_model_findings(tmp_path):
    unsure = build_tiny_model(tmp_path / "unsure", "U-HOSP", probability=0.5)
    backend = transformer_backend(str(unsure))
    text = _words("ZYGMUNT", "QUARRELL")
    low = PhiAnalyzer(backend, AnalyzerSettings(("ORGANIZATION",), score_threshold=40)).analyze(text)
    high = PhiAnalyzer(backend, AnalyzerSettings(("ORGANIZATION",), score_threshold=60)).analyze(text)
    assert {f.entity_type for f in low} == {"ORGANIZATION"} and all(f.score < 0.6 for f in low)
    assert not [f for f in high if f.recognizer == RECOGNIZER_NAME]


def test_missing_weights_fall_back_to_spacy_and_say_so(tmp_path, caplog):
    backend = select_backend(str(tmp_path / "no-such-model"))
    assert backend.description.startswith("spacy:")
    assert "fallback" in backend.description and "unavailable" in backend.note
    assert any("fell back to spaCy" in r.getMessage() for r in caplog.records)


def test_cli_with_a_local_model_reports_it_and_redacts_what_it_tags(patient_model, tmp_path):
    # A name no rule finds (no comma, no label, no PN caret): where a rule finds the name
    # ('KOWALSKI, MARTHA'), the rule is credited, whatever the model says.
    specs = [TextSpec("ZYGMUNT QUARRELL", 20, 16, "PERSON", 24), *PHI_SPECS[1:]]
    case = write_case(tmp_path / "in" / "xr.dcm", specs, rows=512, columns=512)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "detect", "--ner-model", patient_model, "--output-dir", out)
    assert result.returncode == 0, result.stderr
    report = (out / csv_name("xr")).read_text()
    assert f"transformer:{patient_model}" in report.splitlines()[0]
    rows = read_csv_rows(out / csv_name("xr"))
    assert any(r["entity_type"] == "PERSON" and r["recognizer"] == RECOGNIZER_NAME for r in rows)


def test_missing_ner_model_folder_is_one_clear_line(tmp_path):
    """Issue 16 item 5: not the hub library's "Repo id must be in the form...", and once."""
    case = write_case(tmp_path / "in" / "xr.dcm", rows=128, columns=256)
    missing = tmp_path / "models" / "no-such-model"
    result = run_cli("run", case.path, "--mode", "detect", "--ner-model", missing, "--output-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "no-such-model" in line]
    assert len(lines) == 1, result.stderr
    assert f"no model folder at {missing}" in lines[0] and "fell back to spaCy" in lines[0]
    assert "Repo id" not in result.stderr


PRESIDIO_PROBE = """\
import sys, types
import fw_gear_presidio_image_redactor.recognize.analyzer
from presidio_analyzer.nlp_engine import huggingface_token_pipe as pipe
from presidio_analyzer.predefined_recognizers.ner import huggingface_ner_recognizer as recognizer
print('PIPELINES', 'transformers.pipelines' in sys.modules, pipe.is_available())
print('UNIMPORTED', 'torch' in sys.modules, 'transformers' in sys.modules)
import transformers
print('RESTORED', 'pipeline' not in vars(transformers))
import torch
print('TORCH', int(torch.tensor([2, 3]).sum()), int(recognizer.torch.tensor([2, 3]).sum()))
# transformers' pipelines module, replaced so that calling through does not import the real one
fake = types.ModuleType('transformers.pipelines')
fake.pipeline = lambda **kwargs: ('PIPELINE', kwargs)
sys.modules['transformers.pipelines'] = fake
print('CALLED', pipe.hf_pipeline(task='ner'), recognizer.hf_pipeline(task='ner'))
print('LAZY', transformers.pipeline is fake.pipeline)
"""


@pytest.mark.slow  # a fresh process: what it imports is the point
def test_presidio_is_imported_without_transformers_pipelines_until_they_are_called():
    """recognize/__init__.py: importing Presidio for a spaCy run leaves torch and transformers
    (with its pipelines: torch.distributed, sympy; about 7 s of CPU in every process) unimported,
    both import as usual afterwards, and Presidio's own Hugging Face parts still call through
    to `transformers.pipelines.pipeline` and reach torch (their `torch = None` is rebound)."""
    result = subprocess.run([sys.executable, "-c", PRESIDIO_PROBE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == [
        "PIPELINES False True", "UNIMPORTED False False", "RESTORED True", "TORCH 5 5",
        "CALLED ('PIPELINE', {'task': 'ner'}) ('PIPELINE', {'task': 'ner'})", "LAZY True"], result.stdout
