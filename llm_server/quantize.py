"""Quantize a bf16 model directory to int8 (W8A8) or int4 (W4A16) compressed-tensors weights.

Run with the model server venv's python (torch, safetensors, compressed-tensors):

    .venv-llm/bin/python llm_server/quantize.py --src DIR --out DIR --scheme w8a8

Why: single-stream decode reads every weight once per token, so on a CPU it is bound by
memory bandwidth, and smaller weights are the only way to decode faster (docs/model-serving.md).

- ``w8a8``: every Linear weight of the decoder layers (q/k/v/o, gate/up/down) becomes int8
  with one float32 scale per output channel (symmetric, ``scale = max|w| / 127``);
  activations are quantized per token at run time by vLLM (dynamic), so no calibration data
  is needed. Format ``int-quantized``: tensors ``<layer>.weight`` (int8, [out, in]) and
  ``<layer>.weight_scale`` (float32, [out, 1]). vLLM's CPU backend runs it with oneDNN's
  int8 GEMM (``CPUInt8ScaledMMLinearKernel``).
- ``w4a16``: weight-only int4, symmetric, one bf16 scale per 128 inputs of each output
  channel. Format ``pack-quantized``: ``<layer>.weight_packed`` (int32, eight 4-bit values
  each, [out, in / 8]), ``<layer>.weight_scale`` ([out, in / 128]) and ``<layer>.weight_shape``.
  vLLM's CPU backend runs it with ``CPUWNA16LinearKernel``.

- ``w8a8-lmhead``: ``w8a8``, and ``lm_head`` too (int8, per vocabulary row). The output
  layer is 0.27 GB of bf16 read for every token, 43% of what ``w8a8`` reads; llama.cpp's
  file keeps it as Q8_0 for the same reason. vLLM also keeps a bf16 ``lm_head`` twice (the
  weight and oneDNN's packed copy), the int8 one once.

Embeddings, norms and biases stay as they are (bf16), and ``lm_head`` except in
``w8a8-lmhead`` (a model whose lm_head is tied to its embeddings keeps it bf16 there too). The tokenizer, chat
template and generation config are copied; ``config.json`` gains the
``quantization_config`` vLLM reads. Round-to-nearest, no calibration: the conversion takes
well under a minute for a 0.5B model.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

os.environ["HF_HUB_OFFLINE"] = "1"

SCHEMES = ("w8a8", "w8a8-lmhead", "w4a16")
# compressed-tensors preset scheme and storage format of each.
PRESETS = {"w8a8": ("W8A8", "int-quantized"), "w4a16": ("W4A16", "pack-quantized")}
W4_GROUP = 128
# Names of the tensors that stay as they are even though they are 2-D weights.
KEEP = ("embed_tokens.weight", "lm_head.weight")
# Files of the source directory that are not copied (rewritten or not ours).
SKIP_FILES = {"manifest.json", "config.json", "model.safetensors.index.json"}


def is_quantized_weight(name: str, shape: tuple[int, ...], *, lm_head: bool = False) -> bool:
    """Linear weights of the decoder layers: 2-D ``*.weight`` tensors under ``layers.``
    (and ``lm_head.weight`` when ``lm_head``)."""
    if lm_head and name == "lm_head.weight":
        return True
    return (
        len(shape) == 2
        and name.endswith(".weight")
        and ".layers." in f".{name}"
        and not name.endswith(KEEP)
    )


def quantize_w8(weight: Any) -> tuple[Any, Any]:
    """int8 weight and float32 per-output-channel scale: weight ~= q * scale."""
    import torch

    w = weight.to(torch.float32)
    absmax = w.abs().amax(dim=1, keepdim=True)
    scale = torch.where(absmax > 0, absmax / 127.0, torch.ones_like(absmax))
    q = torch.round(w / scale).clamp_(-127, 127).to(torch.int8)
    return q, scale


def quantize_w4(weight: Any, group: int = W4_GROUP) -> tuple[Any, Any]:
    """int4 values (in an int8 tensor, -8..7) and bf16 scales per group of inputs."""
    import torch

    out_features, in_features = weight.shape
    if in_features % group:
        raise ValueError(f"input size {in_features} is not a multiple of the group {group}")
    w = weight.to(torch.float32).reshape(out_features, in_features // group, group)
    absmax = w.abs().amax(dim=2, keepdim=True)
    # The scale is stored in bf16 (8 significant bits): nudge it up by one bf16 step before
    # rounding, so that max|w| / scale stays within 7.5 and nothing is clipped by more than
    # half a step, then quantize with the rounded value the server will use.
    scale = torch.where(absmax > 0, absmax / 7.5 * (1 + 2**-7), torch.ones_like(absmax))
    scale = scale.to(torch.bfloat16)
    q = torch.round(w / scale.to(torch.float32)).clamp_(-8, 7).to(torch.int8)
    return q.reshape(out_features, in_features), scale.reshape(out_features, -1)


def quantization_config(scheme: str, *, lm_head: bool = False) -> dict[str, Any]:
    from compressed_tensors.quantization import (
        QuantizationConfig,
        QuantizationStatus,
        preset_name_to_scheme,
    )

    preset, fmt = PRESETS[scheme]
    config = QuantizationConfig(
        config_groups={
            "group_0": preset_name_to_scheme(
                preset, ["Linear", "lm_head"] if lm_head else ["Linear"]
            )
        },
        format=fmt,
        quantization_status=QuantizationStatus.COMPRESSED,
        ignore=[] if lm_head else ["lm_head"],
    )
    return config.model_dump(mode="json")


def quantize_tensors(
    tensors: dict[str, Any], scheme: str, *, lm_head: bool = False, desc: str | None = None
) -> tuple[dict[str, Any], int]:
    """The tensors to write, and how many weights were quantized (``desc``: progress bar)."""
    import torch
    from compressed_tensors.compressors.pack_quantized.helpers import pack_to_int32
    from tqdm import tqdm

    out: dict[str, Any] = {}
    count = 0
    items = tqdm(tensors.items(), desc=desc, unit="tensor", disable=desc is None)
    for name, tensor in items:
        if not is_quantized_weight(name, tuple(tensor.shape), lm_head=lm_head):
            out[name] = tensor
            continue
        count += 1
        prefix = name.removesuffix(".weight")
        if scheme == "w8a8":
            q, scale = quantize_w8(tensor)
            out[f"{prefix}.weight"] = q
            out[f"{prefix}.weight_scale"] = scale
        else:
            q, scale = quantize_w4(tensor)
            out[f"{prefix}.weight_packed"] = pack_to_int32(q, 4, packed_dim=1)
            out[f"{prefix}.weight_scale"] = scale
            out[f"{prefix}.weight_shape"] = torch.tensor(list(tensor.shape), dtype=torch.int64)
    return out, count


def has_tensor(src: Path, name: str) -> bool:
    from safetensors import safe_open

    for shard in src.glob("*.safetensors"):
        with safe_open(str(shard), framework="pt") as reader:
            if name in reader.keys():  # noqa: SIM118
                return True
    return False


def quantize_dir(src: Path, out: Path, scheme: str) -> int:
    """Write the quantized copy of ``src`` into ``out``; returns the number of weights."""
    from safetensors import safe_open
    from safetensors.torch import save_file

    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {SCHEMES}, not {scheme!r}")
    lm_head = scheme.endswith("-lmhead")
    scheme = scheme.removesuffix("-lmhead")
    config = json.loads((src / "config.json").read_text())
    if "quantization_config" in config:
        raise ValueError(f"{src} is already quantized")
    if lm_head and (config.get("tie_word_embeddings") or not has_tensor(src, "lm_head.weight")):
        # vLLM quantizes embeddings only as weight-only int4/int8 (WNA16): a tied lm_head
        # stays bf16, and the result is the same as w8a8.
        print(f"{src.name}: lm_head is tied to the embeddings and stays bf16", flush=True)
        lm_head = False
    shards = sorted(src.glob("*.safetensors"))
    if not shards:
        raise ValueError(f"no safetensors files in {src}")
    out.mkdir(parents=True, exist_ok=True)
    weight_map: dict[str, str] = {}
    total = 0
    for shard in shards:
        with safe_open(str(shard), framework="pt") as reader:
            tensors = {name: reader.get_tensor(name) for name in reader.keys()}  # noqa: SIM118
        quantized, count = quantize_tensors(
            tensors, scheme, lm_head=lm_head, desc=f"{scheme} {shard.name}"
        )
        total += count
        save_file(quantized, str(out / shard.name), metadata={"format": "pt"})
        weight_map.update(dict.fromkeys(quantized, shard.name))
        print(f"{shard.name}: {count} weights quantized to {scheme}", flush=True)
    if total == 0:
        raise ValueError(f"no decoder Linear weights found in {src}")
    if (src / "model.safetensors.index.json").is_file():
        index = {"metadata": {}, "weight_map": dict(sorted(weight_map.items()))}
        (out / "model.safetensors.index.json").write_text(json.dumps(index, indent=2) + "\n")
    for path in src.iterdir():
        if path.is_file() and path.suffix != ".safetensors" and path.name not in SKIP_FILES:
            shutil.copy2(path, out / path.name)
    config["quantization_config"] = quantization_config(scheme, lm_head=lm_head)
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, required=True, help="bf16 model directory")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scheme", choices=SCHEMES, default="w8a8")
    args = parser.parse_args(argv)
    if not (args.src / "config.json").is_file():
        print(f"not a model directory: {args.src}", file=sys.stderr)
        return 2
    count = quantize_dir(args.src, args.out, args.scheme)
    print(f"quantized {count} weights of {args.src.name} to {args.scheme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
