"""Starting, watching and stopping vLLM's OpenAI-compatible server in the model venv.

The API key reaches the server through ``VLLM_API_KEY`` in its environment, never on its
command line (which ``ps`` shows to every user). vLLM does not log prompts unless asked to
(``--enable-log-requests``), and this module never asks.

A detached server runs in its own session (process group), so ``stop`` can end the API
process and the engine processes it spawned together, by that group's id, which is the pid
written in ``VAR_DIR/run/llm-<port>.pid``.
"""

# ruff: noqa: S603  (argument lists built here from paths and pins, never a shell string)
from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from django.conf import settings

from assistant.llm.serving import catalog
from assistant.llm.serving.venv import ModelVenv

SHIM = "llm_server/serve.py"
# CPU build defaults, chosen to keep the default model's server (three processes: API
# server, engine core, worker) under 4 GB PSS; measurements in docs/model-serving.md.
# KV cache: 0.125 GiB is ~10,900 tokens of Qwen2.5-0.5B (12 KiB per token): one request
# of --max-model-len 4096 fits 2.6 times, 8 concurrent requests of ~1,300 tokens fit at
# once; beyond that vLLM queues or preempts requests, it does not fail them.
CPU_DEFAULT_KV_GIB = 0.125
DEFAULT_MAX_NUM_SEQS = 16
# CPU build: compiled (torch.compile) rather than --enforce-eager where the CPU runs int8
# weights (catalog.INT8_CPU_FLAGS, the same CPUs that get int8 weights by default): start-up
# takes ~90 s instead of ~30 s, decode is ~20% faster and the time to first token about
# half. On an AVX2-only CPU compiling bought nothing for bf16 (9.1 vs 9.4 tokens/s, first
# token 3.1 vs 2.6 s) and took 4 minutes to start, so it stays eager there; a GPU build stays
# eager (untested here). docs/model-serving.md, "Benchmark".
# glibc malloc: two arenas per process instead of 8 per core, and allocations above 64 KiB
# served by mmap (returned to the system on free) instead of the heap, where freed load-time
# buffers stayed resident (the worker's heap was ~0.87 GB). Each can be overridden from
# the environment (MALLOC_* is passed through).
CPU_MALLOC_ENV = {
    "MALLOC_ARENA_MAX": "2",
    "MALLOC_MMAP_THRESHOLD_": "65536",
    "MALLOC_TRIM_THRESHOLD_": "131072",
}


# What the server inherits from our environment (everything else, secrets included, stays
# out). LD_PRELOAD and KMP_*: an allocator or Intel's OpenMP runtime, as vLLM's CPU docs
# suggest, can be tried without a code change.
PASS_ENV = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "CUDA_VISIBLE_DEVICES", "LD_PRELOAD"}
PASS_ENV_PREFIXES = ("VLLM_", "OMP_", "KMP_", "NCCL_", "MALLOC_")


class ServeError(RuntimeError):
    pass


@dataclass
class ServeOptions:
    model_dir: Path
    served_name: str
    api_key: str
    host: str = "127.0.0.1"
    port: int = 8001
    max_model_len: int = 4096
    dtype: str = "auto"
    # None: compiled on a CPU with int8 kernels, else eager (is_eager).
    eager: bool | None = None
    # None: CPU_DEFAULT_KV_GIB on the CPU build, vLLM's own sizing on a GPU.
    kv_cache_gib: float | None = None
    max_num_seqs: int = DEFAULT_MAX_NUM_SEQS
    cpu_threads_bind: str = "auto"
    lora_modules: list[str] = field(default_factory=list)
    max_lora_rank: int = 16
    extra_args: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        host = "127.0.0.1" if self.host in {"0.0.0.0", "::"} else self.host  # noqa: S104
        return f"http://{host}:{self.port}/v1"


def run_dir() -> Path:
    return Path(settings.VAR_DIR) / "run"


def log_dir() -> Path:
    return Path(settings.VAR_DIR) / "log"


def pid_path(port: int) -> Path:
    return run_dir() / f"llm-{port}.pid"


def log_path(port: int) -> Path:
    return log_dir() / f"llm-{port}.log"


def health_url(base_url: str) -> str:
    return base_url.rstrip("/").removesuffix("/v1") + "/health"


def is_eager(venv: ModelVenv, opts: ServeOptions, flags: frozenset[str] | None = None) -> bool:
    if opts.eager is not None:
        return opts.eager
    if venv.flavor != "cpu":
        return True
    return not (catalog.cpu_flags() if flags is None else flags) & catalog.INT8_CPU_FLAGS


def server_command(venv: ModelVenv, opts: ServeOptions) -> list[str]:
    if not (opts.model_dir / "config.json").is_file():
        raise ServeError(
            f"{opts.model_dir} is not a model directory (no config.json); "
            "run `python manage.py prepare_model` or pass --model-dir"
        )
    cmd = [
        str(venv.python),
        str(Path(settings.BASE_DIR) / SHIM),
        "serve",
        str(opts.model_dir),
        "--served-model-name",
        opts.served_name,
        "--host",
        opts.host,
        "--port",
        str(opts.port),
        "--max-model-len",
        str(opts.max_model_len),
        "--dtype",
        opts.dtype,
        "--max-num-seqs",
        str(opts.max_num_seqs),
        "--generation-config",
        "vllm",
    ]
    if is_eager(venv, opts):
        cmd.append("--enforce-eager")
    kv_gib = (
        opts.kv_cache_gib
        if opts.kv_cache_gib is not None
        else (CPU_DEFAULT_KV_GIB if venv.flavor == "cpu" else None)
    )
    if kv_gib is not None:
        cmd += ["--kv-cache-memory-bytes", str(int(kv_gib * 2**30))]

    if opts.lora_modules:
        cmd += ["--enable-lora", "--max-lora-rank", str(opts.max_lora_rank), "--lora-modules"]
        cmd += opts.lora_modules
    return cmd + opts.extra_args


def server_env(venv: ModelVenv, opts: ServeOptions) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key in PASS_ENV or key.startswith(PASS_ENV_PREFIXES)
    }
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        VLLM_NO_USAGE_STATS="1",
        DO_NOT_TRACK="1",
        VLLM_API_KEY=opts.api_key,
        VIRTUAL_ENV=str(venv.path),
        PATH=f"{venv.path / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}",
    )
    if venv.flavor == "cpu":
        # vLLM's CPU backend reserves a core for the API process by default; on a small
        # machine using all of them is 40-70% faster (docs/model-serving.md).
        env.setdefault("VLLM_CPU_NUM_OF_RESERVED_CPU", "0")
        env.setdefault("VLLM_CPU_OMP_THREADS_BIND", opts.cpu_threads_bind)
        for key, value in CPU_MALLOC_ENV.items():
            env.setdefault(key, value)
    return env


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped) counts as gone.
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def _is_our_server(pid: int) -> bool:
    """Guards against a recycled pid: the process must be running the shim."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return _alive(pid)
    return any(part.endswith(SHIM.encode()) for part in cmdline)


def _group_alive(pgid: int) -> bool:
    """Any live (non-zombie) process left in the group? A zombie is finished work that a
    parent has not reaped yet; it holds no memory or port, so it does not count."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def running_pid(port: int) -> int | None:
    path = pid_path(port)
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        return None
    if _alive(pid) and _is_our_server(pid):
        return pid
    path.unlink(missing_ok=True)
    return None


def is_healthy(base_url: str, timeout: float = 2.0) -> bool:
    try:
        return httpx.get(health_url(base_url), timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def _last_log_line(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            fh.seek(max(0, path.stat().st_size - 4096))
            lines = [ln for ln in fh.read().decode("utf-8", "replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return lines[-1][-140:] if lines else ""


def wait_until_healthy(
    opts: ServeOptions,
    *,
    proc: subprocess.Popen[bytes] | None,
    pid: int | None,
    timeout: float,
    echo: Callable[[str], None],
) -> float:
    """Poll /health until it answers 200; returns the seconds it took."""
    started = time.monotonic()
    last_report = 0.0
    while True:
        elapsed = time.monotonic() - started
        if is_healthy(opts.base_url):
            return elapsed
        exited = proc.poll() is not None if proc else (pid is not None and not _alive(pid))
        if exited:
            raise ServeError(
                f"the model server exited during start-up; see {log_path(opts.port)}\n"
                f"  last log line: {_last_log_line(log_path(opts.port))}"
            )
        if elapsed > timeout:
            raise ServeError(
                f"the model server did not become healthy within {timeout:.0f} s; "
                f"see {log_path(opts.port)}"
            )
        if elapsed - last_report >= 5:
            last_report = elapsed
            echo(
                f"  waiting for {health_url(opts.base_url)} ... {elapsed:4.0f} s | "
                f"{_last_log_line(log_path(opts.port))}"
            )
        time.sleep(1.0)


def check_model_listed(opts: ServeOptions) -> None:
    """The server answers with our key and serves the expected model name."""
    response = httpx.get(
        opts.base_url.rstrip("/") + "/models",
        headers={"Authorization": f"Bearer {opts.api_key}"},
        timeout=10,
    )
    if response.status_code != 200:
        raise ServeError(f"GET /v1/models answered HTTP {response.status_code}")
    names = [m.get("id") for m in response.json().get("data", [])]
    if opts.served_name not in names:
        raise ServeError(f"the server does not list the model {opts.served_name!r}")


def start_detached(
    venv: ModelVenv, opts: ServeOptions, *, timeout: float, echo: Callable[[str], None]
) -> tuple[int, float, bool]:
    """Start (or find) the server; returns (pid, seconds to healthy, started_now)."""
    pid = running_pid(opts.port)
    if pid is not None:
        echo(
            f"A model server started by llm_serve is already running on port {opts.port} "
            f"(pid {pid})."
        )
        seconds = wait_until_healthy(opts, proc=None, pid=pid, timeout=timeout, echo=echo)
        check_model_listed(opts)
        return pid, seconds, False
    if is_healthy(opts.base_url):
        raise ServeError(
            f"port {opts.port} already has a server that llm_serve did not start; "
            "stop it or choose another --port"
        )
    cmd = server_command(venv, opts)
    env = server_env(venv, opts)
    run_dir().mkdir(parents=True, exist_ok=True)
    log_dir().mkdir(parents=True, exist_ok=True)
    with log_path(opts.port).open("wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=settings.BASE_DIR,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    pid_path(opts.port).write_text(f"{proc.pid}\n")
    echo(f"Started the model server (pid {proc.pid}), log: {log_path(opts.port)}")
    try:
        seconds = wait_until_healthy(opts, proc=proc, pid=proc.pid, timeout=timeout, echo=echo)
        check_model_listed(opts)
    except (ServeError, httpx.HTTPError):
        stop(opts.port, echo=lambda _msg: None)
        raise
    return proc.pid, seconds, True


def stop(port: int, *, echo: Callable[[str], None], grace: float = 30.0) -> bool:
    """Stop the server started on ``port``; False when none was running."""
    pid = running_pid(port)
    if pid is None:
        pid_path(port).unlink(missing_ok=True)
        return False
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and (_alive(pid) or _group_alive(pid)):
            time.sleep(0.2)
        if not (_alive(pid) or _group_alive(pid)):
            break
        echo(f"  pid {pid} ignored {sig.name}; escalating")
    pid_path(port).unlink(missing_ok=True)
    return True


def exec_foreground(venv: ModelVenv, opts: ServeOptions) -> None:
    """Replace this process with the server (containers: signals reach vLLM directly)."""
    cmd = server_command(venv, opts)
    os.chdir(settings.BASE_DIR)
    os.execve(cmd[0], cmd, server_env(venv, opts))  # noqa: S606
