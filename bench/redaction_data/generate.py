"""Build labelled samples: text plus the character spans of every identifier in it."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import templates, values

SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9]*)\}")  # {IPV6} has a digit


@dataclass
class Sample:
    text: str
    kind: str  # chat | log | note | phi_free
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def _slot_value(slot: str, rng: random.Random, split: str) -> tuple[str, str | None]:
    # A split module (blind.py, tune3.py, ...) keeps the interface of values.py.
    v = templates.split_module(split) or values
    table = {
        "NAME": ("NAME", lambda: v.full_name(rng, split)),
        "FIRST": ("NAME", lambda: v.person(rng, split)[0]),
        "SURNAME": ("NAME", lambda: v.surname(rng, split)),
        "STREET": ("ADDRESS", lambda: v.street_address(rng, split)),
        "CITY": ("CITY", lambda: v.city(rng, split)),
        "STATE": (None, lambda: v.state(rng)),
        "ZIP": ("ZIP", lambda: v.zip_code(rng)),
        "DATE": ("DATE", lambda: v.date(rng)),
        "AGE": ("AGE_OVER_89", lambda: v.age_over_89(rng)),
        "PHONE": ("PHONE", lambda: v.phone(rng)),
        "FAX": ("FAX", lambda: v.phone(rng)),
        "EMAIL": ("EMAIL", lambda: v.email(rng, split)),
        "SSN": ("SSN", lambda: v.ssn(rng)),
        "MRN": ("MRN", lambda: v.mrn(rng)),
        "PLAN": ("HEALTH_PLAN_ID", lambda: v.health_plan_id(rng)),
        "ACCOUNT": ("ACCOUNT_NUMBER", lambda: v.account_number(rng)),
        "LICENSE": ("LICENSE_NUMBER", lambda: v.license_number(rng)),
        "VEHICLE": ("VEHICLE_ID", lambda: v.vehicle_id(rng)),
        "DEVICE": ("DEVICE_ID", lambda: v.device_id(rng)),
        "URL": ("URL", lambda: v.url(rng, split)),
        "IP": ("IP_ADDRESS", lambda: v.ip_address(rng)),
        "USER": ("USERNAME", lambda: v.username(rng, split)),
        "OTHER": ("OTHER_ID", lambda: v.other_id(rng)),
    }
    if slot not in table:  # a slot of the split module's own, such as tune2's {HLDATE}
        label, make_extra = v.EXTRA_SLOTS[slot]
        return make_extra(rng), label
    label, make = table[slot]
    return make(), label


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _chatify_literal(literal: str, rng: random.Random, drop_punct: bool, typos: bool) -> str:
    if drop_punct:
        literal = re.sub(r"[?!.,;:'](?=\s|$)", "", literal)
    if typos:
        literal = re.sub(
            r"[A-Za-z]{4,}",
            lambda m: _typo(m.group(), rng) if rng.random() < 0.15 else m.group(),
            literal,
        )
    return literal


def fill(template: str, kind: str, rng: random.Random, split: str) -> Sample:
    chat = kind == "chat"
    lower = chat and rng.random() < 0.7
    drop_punct = chat and rng.random() < 0.4
    typos = chat and rng.random() < 0.4
    # JSON and dict literals are written with doubled braces for str.format; undo that first.
    if "{{" in template:
        template = template.replace("{{", "\x00").replace("}}", "\x01")
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    last = 0
    for m in SLOT_RE.finditer(template):
        literal = template[last : m.start()].replace("\x00", "{").replace("\x01", "}")
        if chat:
            literal = _chatify_literal(literal, rng, drop_punct, typos)
        parts.append(literal)
        pos += len(literal)
        value, label = _slot_value(m.group(1), rng, split)
        if lower and len(value.lower()) == len(value):
            value = value.lower()
        parts.append(value)
        if label:
            spans.append((pos, pos + len(value), label))
        pos += len(value)
        last = m.end()
    tail = template[last:].replace("\x00", "{").replace("\x01", "}")
    if chat:
        tail = _chatify_literal(tail, rng, drop_punct, typos)
    parts.append(tail)
    text = "".join(parts)
    if lower:
        lowered = text.lower()
        if len(lowered) == len(text):
            text = lowered
    return Sample(text=text, kind=kind, spans=spans)


def build(split: str, *, per_kind: int, phi_free: int, seed: int = 5) -> list[Sample]:
    """``per_kind`` samples each of chat, log and note text, and ``phi_free`` clean lines."""
    rng = random.Random(f"{split}-{seed}")
    samples = []
    for kind, pool in (
        ("chat", templates.CHAT),
        ("log", templates.LOGS),
        ("note", templates.NOTES),
    ):
        tpls = pool[split]
        for i in range(per_kind):
            sample = fill(tpls[i % len(tpls)], kind, rng, split)
            if kind != "log" and rng.random() < 0.3:
                # Clinical look-alikes in the same message as the PHI.
                extra = rng.choice(templates.PHI_FREE[split])
                sample.text = sample.text + (" " if kind == "chat" else ". ") + extra
            samples.append(sample)
    clean = templates.PHI_FREE[split]
    for i in range(phi_free):
        text = clean[i % len(clean)]
        if i >= len(clean) and rng.random() < 0.5:
            text = text.lower()
        samples.append(Sample(text=text, kind="phi_free"))
    return samples
