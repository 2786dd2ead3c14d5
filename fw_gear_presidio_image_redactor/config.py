"""Run settings, validated once, before any work starts.

The gear and the CLI speak different dialects (manifest keys with spaces vs
flags); both end in one `RedactorConfig`, so nothing downstream knows which
front end started it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ENTITIES: tuple[str, ...] = (
    "PERSON",
    "DATE_TIME",
    "LOCATION",
    "AGE",
    "ID",
    "PROFESSION",
    "ORGANIZATION",
    "PHONE_NUMBER",
    "ZIP",
    "USERNAME",
    "EMAIL",
)
DEFAULT_ENTITIES = ",".join(ENTITIES)


class ConfigError(ValueError):
    """A setting is wrong; the message names the setting."""


E = TypeVar("E", bound=enum.Enum)


def parse_choice(cls: type[E], value: object, key: str, what: str, *, fold_case: bool = False) -> E:
    """A setting that names one of an enum's values (or is already a member) -> the member.

    `key` is the setting as the user wrote it (gear key or CLI flag) and `what` what it
    chooses; an unknown value is a `ConfigError` naming both and every choice.
    `fold_case`: accept any case and surrounding spaces (for free-text gear keys)."""
    if isinstance(value, cls):
        return value
    wanted = value.strip().lower() if fold_case and isinstance(value, str) else value
    for member in cls:
        if member.value == wanted:
            return member
    choices = ", ".join(str(m.value) for m in cls)
    raise ConfigError(f"{key}: unknown {what} {value!r}; choose one of {choices}")


class Mode(enum.Enum):
    """Operating modes; value is the gear name, `cli` the CLI spelling."""

    DETECT = "Detection Only"
    DETECT_READERTASKS = "Detection+ReaderTasks"
    REDACT = "Dynamic PHI Redaction"
    REDACT_ALL = "RedactAllText"
    APPLY_ANNOTATIONS = "Apply ReaderTask Annotations"

    @property
    def cli(self) -> str:
        return _CLI_NAMES[self]

    @property
    def redacts(self) -> bool:
        return self in (Mode.REDACT, Mode.REDACT_ALL)

    @classmethod
    def from_cli(cls, name: str) -> Mode:
        for mode, cli in _CLI_NAMES.items():
            if cli == name:
                return mode
        raise ConfigError(f"--mode: unknown mode {name!r}; choose one of {', '.join(_CLI_NAMES.values())}")

    @classmethod
    def from_gear(cls, name: str) -> Mode:
        return parse_choice(cls, name, "Baseline Operating Mode", "mode")


_CLI_NAMES = {
    Mode.DETECT: "detect",
    Mode.DETECT_READERTASKS: "detect+readertasks",
    Mode.REDACT: "redact",
    Mode.REDACT_ALL: "redact-all",
    Mode.APPLY_ANNOTATIONS: "apply-annotations",
}


class Fill(enum.Enum):
    """How a redaction box is painted.

    contrast: the inverse of the image background, so reviewers see what was removed;
    background: the background value, so the box blends in.
    """

    CONTRAST = "contrast"
    BACKGROUND = "background"


class OcrChoice(enum.Enum):
    """Which OCR engine reads the pixels; value is both the CLI and the gear spelling.

    auto: the engine `run.parts.resolve_ocr` picks (the best on `make eval`, see README);
    ppocr: PP-OCR through rapidocr (ONNX Runtime); tesseract: Tesseract 5.
    """

    AUTO = "auto"
    PPOCR = "ppocr"
    TESSERACT = "tesseract"

    @classmethod
    def parse(cls, value: object, key: str = "OCR Engine") -> OcrChoice:
        return parse_choice(cls, value, key, "OCR engine", fold_case=True)


class OutputCompression(enum.Enum):
    """How redacted and review DICOMs store their pixels (`--output-compression`, gear
    `Output Compression`). keep: the input's own encoding where that adds no new loss
    (see `encoding.plan_encoding`); none: uncompressed; rle, jpeg-ls, jpeg2000: that
    lossless syntax for every output."""

    KEEP = "keep"
    NONE = "none"
    RLE = "rle"
    JPEG_LS = "jpeg-ls"
    JPEG2000 = "jpeg2000"

    @classmethod
    def parse(cls, value: object, key: str = "Output Compression") -> OutputCompression:
        return parse_choice(cls, value, key, "output compression")


class _Choice(enum.Enum):
    @classmethod
    def parse(cls, value: object, key: str):
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ConfigError(f"{key}: must be one of {', '.join(c.value for c in cls)}, got {value!r}") from None


class Overlays(_Choice):
    """What redacted copies do with overlay planes (groups 6000-601E; `--overlays`, gear
    `Overlays`). keep: kept, with every bit inside a redaction box cleared; remove: every
    plane dropped. RedactAllText always removes them. Both are PS3.15 E.3.3 Clean Graphics."""

    KEEP = "keep"
    REMOVE = "remove"


class KnownRegions(_Choice):
    """Device rules of pydicom/deid's `deid.dicom` recipe (`--known-regions`, gear `Known
    PHI Regions`). off: not used; suspect: a word read inside a matched region is PHI unless
    it is device, unit or anatomy vocabulary; all: the whole region is filled, as CTP does."""

    OFF = "off"
    SUSPECT = "suspect"
    ALL = "all"


@dataclass(frozen=True)
class Limits:
    """Bounds on untrusted inputs, checked before anything is expanded or decoded,
    so a zip bomb or a header claiming a gigapixel image is refused instead of
    exhausting the machine. Users with very large series raise them by flag."""

    max_zip_members: int = 10_000
    max_zip_bytes: int = 8 * 1024**3
    max_pixels_per_frame: int = 8192 * 8192
    max_instance_bytes: int = 4 * 1024**3  # decoded pixels of one instance, all frames

    def __post_init__(self) -> None:
        for key, value in vars(self).items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"--{key.replace('_', '-')}: must be a positive integer, got {value!r}")


@dataclass(frozen=True)
class RedactorConfig:
    mode: Mode = Mode.DETECT
    entities: tuple[str, ...] = ENTITIES
    score_threshold: int = 30
    frequency_threshold: int = 30
    use_metadata: bool = False
    fill: Fill = Fill.CONTRAST
    debug: bool = False
    assignees: tuple[str, ...] = ()
    bbox_coords: Path | None = None
    ner_model: str | None = None
    margin: int = 3
    limits: Limits = field(default_factory=Limits)
    ocr: OcrChoice = OcrChoice.AUTO
    output_compression: OutputCompression = OutputCompression.KEEP
    overlays: Overlays = Overlays.KEEP
    known_regions: KnownRegions = KnownRegions.SUSPECT
    # A series with broken members fails and keeps no outputs; with keep_partial its good
    # members are written as partial_S.dicom.zip (never redacted_...) and the input still fails.
    keep_partial: bool = False

    @property
    def removes_overlays(self) -> bool:
        """Redacted copies drop every overlay plane (RedactAllText, or Overlays remove)."""
        return self.mode is Mode.REDACT_ALL or self.overlays is Overlays.REMOVE

    def __post_init__(self) -> None:
        for key, value in (
            ("Transformer Score Threshold", self.score_threshold),
            ("Entity Frequency Threshold", self.frequency_threshold),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
                raise ConfigError(f"{key}: must be an integer from 0 to 100, got {value!r}")
        unknown = [e for e in self.entities if e not in ENTITIES]
        if unknown:
            raise ConfigError(
                f"Entities to Find: unknown entity {', '.join(unknown)}; known: {DEFAULT_ENTITIES}"
            )
        if not self.entities and self.mode is not Mode.REDACT_ALL:
            raise ConfigError("Entities to Find: empty; name at least one entity")
        if self.mode is Mode.DETECT_READERTASKS and not self.assignees:
            raise ConfigError(
                "Assignees: empty, but Detection+ReaderTasks needs at least one reader e-mail"
            )

    def settings(self) -> list[tuple[str, str]]:
        """The settings a reviewer needs to judge a report, in the gear's own names."""
        items = [
            ("Mode", self.mode.value),
            ("Entities to Find", ", ".join(self.entities) or "(all text)"),
            ("Transformer Score Threshold", str(self.score_threshold)),
            ("Entity Frequency Threshold", str(self.frequency_threshold)),
            ("Use DICOM Metadata", "yes" if self.use_metadata else "no"),
            ("Fill", self.fill.value),
            ("NER model", self.ner_model or "default"),
            ("OCR Engine", self.ocr.value),
            ("bbox_coords input", self.bbox_coords.name if self.bbox_coords else "none"),
            ("debug", "on (reports hold raw PHI text)" if self.debug else "off"),
            ("Output Compression", self.output_compression.value),
            ("Overlays", "remove" if self.removes_overlays else self.overlays.value),
            ("Known PHI Regions", self.known_regions.value),
        ]
        if self.mode is Mode.DETECT_READERTASKS:
            items.append(("Assignees", str(len(self.assignees))))
        if self.keep_partial:
            items.append(("Keep Partial", "yes (a failed input keeps its outputs, series as partial_...)"))
        return items


def parse_entities(value: str | None) -> tuple[str, ...]:
    """Accepts the manifest's comma list, tolerating spaces and case."""
    if value is None:
        return ENTITIES
    return tuple(dict.fromkeys(p.strip().upper() for p in value.split(",") if p.strip()))


def parse_assignees(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(dict.fromkeys(p.strip() for p in value.split(",") if p.strip()))


# Every key of manifest.json's "config", in the manifest's order (tests/test_config_types.py
# holds the two together). `flywheel batch --config` refuses any other key; the gear does not
# (see `from_gear_options`).
GEAR_KEYS: tuple[str, ...] = (
    "debug",
    "Assignees",
    "Baseline Operating Mode",
    "Transformer Score Threshold",
    "Entity Frequency Threshold",
    "Use DICOM Metadata",
    "Entities to Find",
    "Bounding Box Fill",
    "OCR Engine",
    "Output Compression",
    "Overlays",
    "Known PHI Regions",
    "Max Zip Members",
    "Max Zip Size GiB",
    "Max Pixels Per Frame",
    "Max Instance Size GiB",
)


def unknown_gear_keys(opts: dict) -> list[str]:
    """The keys of `opts` that are no gear config key, each with the closest real key
    when one is near ('Asignees (did you mean Assignees?)'), in the order given."""
    import difflib

    notes = []
    for key in opts:
        if key in GEAR_KEYS:
            continue
        close = difflib.get_close_matches(str(key), GEAR_KEYS, n=1, cutoff=0.6)
        if not close:  # case and spacing slips ('ocr engine') are near in a folded comparison
            folded = {k.lower().replace(" ", ""): k for k in GEAR_KEYS}
            hit = difflib.get_close_matches(str(key).lower().replace(" ", ""), list(folded), n=1, cutoff=0.6)
            close = [folded[hit[0]]] if hit else []
        notes.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    return notes


def _text(opts: dict, key: str, default: str | None) -> str | None:
    """A string option; JSON null stands for the default (as an unset optional key)."""
    value = opts.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ConfigError(f"{key}: must be a string, got {value!r} ({_json_type(value)})")
    return value


def _json_type(value: object) -> str:
    """The JSON name of a value's type, as the user wrote it in config.json."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def from_gear_options(opts: dict, bbox_coords: Path | None = None) -> RedactorConfig:
    """Build the config from the gear's config.json options (manifest key names).

    Raises `ConfigError` naming the key for a value of the wrong JSON type (the manifest's
    "type") or out of range. Keys the manifest does not have are ignored here: a gear job's
    config.json is written by Flywheel, which checks a job's config against the manifest's
    config schema when the job is created (scitran/core api/jobs/gears.py,
    validate_gear_config), so a user cannot typo a key into it; and failing an otherwise
    valid job (say, one re-run after a key was dropped from the manifest) for a key it
    ignores would help no one. `flywheel batch --config`, a file the user writes by hand,
    refuses unknown keys before connecting (flywheel/cli_commands.py)."""

    def boolean(key: str, default: bool) -> bool:
        value = opts.get(key, default)
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: must be true or false, got {value!r} ({_json_type(value)})")
        return value

    def integer(key: str, default: int) -> int:
        value = opts.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: must be an integer from 0 to 100, got {value!r} ({_json_type(value)})")
        return value

    def choice(key: str, default: str) -> str:
        value = opts.get(key, default)
        if not isinstance(value, str):
            raise ConfigError(f"{key}: must be a string, got {value!r} ({_json_type(value)})")
        return value

    return RedactorConfig(
        limits=gear_limits(opts),
        mode=Mode.from_gear(choice("Baseline Operating Mode", Mode.DETECT.value)),
        entities=parse_entities(_text(opts, "Entities to Find", DEFAULT_ENTITIES)),
        score_threshold=integer("Transformer Score Threshold", 30),
        frequency_threshold=integer("Entity Frequency Threshold", 30),
        use_metadata=boolean("Use DICOM Metadata", False),
        fill=parse_choice(Fill, choice("Bounding Box Fill", Fill.CONTRAST.value), "Bounding Box Fill", "fill"),
        debug=boolean("debug", False),
        assignees=parse_assignees(_text(opts, "Assignees", None)),
        bbox_coords=bbox_coords,
        ocr=OcrChoice.parse(choice("OCR Engine", OcrChoice.AUTO.value)),
        output_compression=OutputCompression.parse(choice("Output Compression", OutputCompression.KEEP.value)),
        overlays=Overlays.parse(choice("Overlays", Overlays.KEEP.value), "Overlays"),
        known_regions=KnownRegions.parse(choice("Known PHI Regions", KnownRegions.SUSPECT.value),
                                         "Known PHI Regions"),
    )


GIB = 1024**3


def gear_limits(opts: dict) -> Limits:
    """The gear's names for the input limits; sizes in GiB because that is how people size series."""
    defaults = Limits()

    def positive(key: str, default: int) -> int:
        value = opts.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: must be a positive integer, got {value!r} ({_json_type(value)})")
        if value < 1:
            raise ConfigError(f"{key}: must be a positive integer, got {value!r}")
        return value

    return Limits(
        max_zip_members=positive("Max Zip Members", defaults.max_zip_members),
        max_zip_bytes=positive("Max Zip Size GiB", defaults.max_zip_bytes // GIB) * GIB,
        max_pixels_per_frame=positive("Max Pixels Per Frame", defaults.max_pixels_per_frame),
        max_instance_bytes=positive("Max Instance Size GiB", defaults.max_instance_bytes // GIB) * GIB,
    )
