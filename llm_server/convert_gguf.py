"""Convert a GGUF file to a bf16 safetensors model directory that vLLM serves.

Run with the model server venv's python (it needs torch, transformers, gguf, accelerate):

    .venv-llm/bin/python llm_server/convert_gguf.py --gguf model.gguf --out DIR

Transformers dequantizes the GGUF tensors into a regular model. The GGUF quantization config
it attaches must be dropped before saving, or vLLM would look for GGUF tensors in the
safetensors files. The tokenizer is rebuilt from the GGUF metadata and keeps the chat
template, which vLLM's chat endpoint needs. Offline only: ``HF_HUB_OFFLINE=1``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def convert(gguf: Path, out: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder, name = str(gguf.parent), gguf.name
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    if not getattr(tokenizer, "chat_template", None):
        raise SystemExit(f"{name} has no chat template: an instruction-tuned model is needed")
    model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.bfloat16)
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    print(f"converted {name}: {sum(p.numel() for p in model.parameters()) / 1e6:.0f}M parameters")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gguf", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if not args.gguf.is_file():
        print(f"no such GGUF file: {args.gguf}", file=sys.stderr)
        return 2
    convert(args.gguf, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
