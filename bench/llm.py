"""Benchmark of the served model: decode speed, time to first token, concurrency, memory.

Prints, in one run, for the vLLM server started by ``manage.py llm_serve --detach``:
single-stream decode tokens/s and time to first token, aggregate tokens/s at 1, 4, 8 and 16
concurrent requests, and the server's peak memory (PSS summed over its process group, which
does not double-count pages shared between the API and engine processes; RSS beside it).
Beside them, measured in the same run: llama.cpp (llama-cpp-python, installed into
.venv-llm from requirements-llm-bench.txt on first use) single-stream on the same model's
GGUF, and the memory-bandwidth ceiling (bytes of weights read per token / 2-thread read
bandwidth, probed before each round).

    LLM_API_KEY=... .venv/bin/python bench/llm.py [--tokens 128] [--port 8001] [--label X]

The served model directory and eager/compiled mode are read from the server's command line
(``--model-dir`` overrides); the column is labelled with its weights and mode. Bytes read
per token are the weights' bytes without the input embedding (a lookup reads one row; with
tied embeddings it is also the output layer and counts), for the safetensors directory and
for the GGUF alike.

Time to first token is split with the server's own metrics (``/metrics``: queue and prefill
time, and its TTFT from arrival): what is left of the client's TTFT is HTTP, the chat
template, tokenization and streaming the first chunk. ``/tokenize`` (chat template and
tokenizer only) and ``/v1/models`` (a bare HTTP round trip) are timed beside it.

Requests send ``ignore_eos`` (a vLLM extension) so every stream decodes exactly --tokens.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
VENV_PY = ROOT / ".venv-llm" / "bin" / "python"
PROMPT = (
    "Write a detailed, friendly explanation for a patient of how to prepare for a routine "
    "blood test, covering fasting, medication, hydration and what happens on the day."
)

BANDWIDTH_PROBE = r"""
import time, torch
torch.set_num_threads(2)
x = torch.ones(256 * 1024 * 1024, dtype=torch.float32)  # 1 GiB
best = 0.0
for _ in range(6):
    t = time.perf_counter(); x.sum(); dt = time.perf_counter() - t
    best = max(best, x.numel() * 4 / dt)
print(best)
"""

WEIGHT_BYTES = r"""
import json, struct, sys
from pathlib import Path
model_dir, gguf = Path(sys.argv[1]), Path(sys.argv[2])
sizes = {}
for shard in sorted(model_dir.glob("*.safetensors")):
    with shard.open("rb") as fh:
        header = json.loads(fh.read(struct.unpack("<Q", fh.read(8))[0]))
    for name, info in header.items():
        if name != "__metadata__":
            sizes[name] = info["data_offsets"][1] - info["data_offsets"][0]
tied = "lm_head.weight" not in sizes
st = sum(v for k, v in sizes.items() if tied or not k.endswith("embed_tokens.weight"))
gg = 0
if gguf.is_file():
    from gguf import GGUFReader
    tensors = {t.name: int(t.n_bytes) for t in GGUFReader(str(gguf)).tensors}
    tied = "output.weight" not in tensors
    gg = sum(v for k, v in tensors.items() if tied or k != "token_embd.weight")
print(json.dumps({"safetensors": st, "gguf": gg}))
"""

LLAMA_CPP_RUN = r"""
import json, sys, time
from llama_cpp import Llama
path, tokens, prompt, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
llm = Llama(model_path=path, n_threads=2, n_ctx=1024, verbose=False)
messages = [{"role": "user", "content": prompt}]
llm.create_chat_completion(messages, max_tokens=4)  # warm-up
results = []
for run in range(runs):
    # A fresh prompt and an empty cache, as for vLLM: time to first token includes prefill.
    llm.reset()
    messages = [{"role": "user", "content": f"[{run}-{time.time_ns()}] " + prompt}]
    start = time.perf_counter(); first = None; count = 0; stamps = []
    for chunk in llm.create_chat_completion(messages, max_tokens=tokens, stream=True,
                                            temperature=0.0, logit_bias={llm.token_eos(): -100.0}):
        if chunk["choices"][0]["delta"].get("content"):
            count += 1
            stamps.append(time.perf_counter())
            if first is None:
                first = stamps[-1]
    end = time.perf_counter()
    gaps = sorted(b - a for a, b in zip(stamps, stamps[1:]))
    results.append({"ttft_ms": (first - start) * 1000, "decode_tps": (count - 1) / (end - first),
                    "tokens": count, "median_gap_tps": 1 / gaps[len(gaps) // 2]})
print(json.dumps(results))
"""


@dataclass
class StreamRun:
    ttft_ms: float
    tokens: int
    seconds: float
    # Seconds between consecutive content chunks (one token each for a single stream).
    gaps: list[float]

    @property
    def decode_tps(self) -> float:
        decode_time = self.seconds - self.ttft_ms / 1000
        return (self.tokens - 1) / decode_time if decode_time > 0 else 0.0

    @property
    def median_gap_tps(self) -> float:
        """Decode speed from the median time between tokens: on a shared machine a few
        long stalls (our threads descheduled) pull the mean down; the median shows the
        speed of the steps that ran undisturbed. Reported beside the mean, never instead."""
        gaps = sorted(self.gaps)
        return 1 / gaps[len(gaps) // 2] if gaps else 0.0


def probe_bandwidth() -> float:
    out = subprocess.run(
        [str(VENV_PY), "-c", BANDWIDTH_PROBE], capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def one_stream(client: httpx.Client, base: str, model: str, tokens: int) -> StreamRun:
    # A unique prefix defeats vLLM's prefix cache: time to first token includes the prefill.
    nonce = f"[{threading.get_ident()}-{time.time_ns()}] "
    payload = {
        "model": model,
        "messages": [{"role": "user", "content": nonce + PROMPT}],
        "max_tokens": tokens,
        "temperature": 0.0,
        "stream": True,
        "ignore_eos": True,
        "stream_options": {"include_usage": True},
    }
    start = time.perf_counter()
    first = None
    stamps: list[float] = []
    usage_tokens = 0
    with client.stream("POST", base + "/chat/completions", json=payload, timeout=600) as resp:
        resp.raise_for_status()
        for line in resp.iter_lines():
            if not line.startswith("data:") or line.strip() == "data: [DONE]":
                continue
            event = json.loads(line[5:])
            if event.get("usage"):
                usage_tokens = event["usage"]["completion_tokens"]
            choices = event.get("choices") or []
            if choices and choices[0].get("delta", {}).get("content"):
                stamps.append(time.perf_counter())
                first = first or stamps[-1]
    end = time.perf_counter()
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    return StreamRun(((first or end) - start) * 1000, usage_tokens, end - start, gaps)


def group_memory(pgid: int) -> tuple[int, int]:
    """(PSS, RSS) in bytes summed over the processes of the server's process group."""
    pss = rss = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pgid:
                continue
            for line in (entry / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1]) * 1024
        except (OSError, ProcessLookupError, ValueError):
            continue
    return pss, rss


def outside_sharers(pgid: int, folder: Path) -> int:
    """Processes outside the server's group that map files from ``folder`` (the model venv).
    PSS splits a shared page among all its users, so while another process maps torch and
    vLLM from the same venv, the server's PSS reads lower than it would alone."""
    count = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if os.getpgid(int(entry.name)) == pgid:
                continue
            if str(folder) in (entry / "maps").read_text():
                count += 1
        except (OSError, ProcessLookupError, ValueError):
            continue
    return count


class MemorySampler(threading.Thread):
    def __init__(self, pgid: int | None) -> None:
        super().__init__(daemon=True)
        self.pgid = pgid
        self.peak_pss = self.peak_rss = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while self.pgid and not self.stop.is_set():
            pss, rss = group_memory(self.pgid)
            self.peak_pss, self.peak_rss = max(self.peak_pss, pss), max(self.peak_rss, rss)
            self.stop.wait(0.5)


def concurrent_round(base: str, model: str, key: str, tokens: int, n: int) -> tuple[float, float]:
    """Aggregate tokens/s and mean TTFT (ms) for n simultaneous streams."""
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(headers=headers, limits=httpx.Limits(max_connections=n + 1)) as client:
        start = time.perf_counter()
        with ThreadPoolExecutor(n) as pool:
            runs = list(pool.map(lambda _i: one_stream(client, base, model, tokens), range(n)))
        wall = time.perf_counter() - start
    return sum(r.tokens for r in runs) / wall, statistics.mean(r.ttft_ms for r in runs)


def server_command_line(pid: int | None) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    except (OSError, TypeError):
        return []


def served_model_dir(cmdline: list[str]) -> Path | None:
    """The model directory the server was started with (``serve DIR ...``)."""
    if "serve" in cmdline and cmdline.index("serve") + 1 < len(cmdline):
        return Path(cmdline[cmdline.index("serve") + 1])
    return None


def weights_label(model_dir: Path) -> str:
    """bf16, or the compressed-tensors scheme in config.json (w8a8, w4a16, ...)."""
    try:
        quant = json.loads((model_dir / "config.json").read_text()).get("quantization_config")
    except (OSError, ValueError):
        return "?"
    if not quant:
        return "bf16"
    group = next(iter(quant.get("config_groups", {}).values()), {})
    bits = (group.get("weights") or {}).get("num_bits", "?")
    acts = (group.get("input_activations") or {}).get("num_bits", 16)
    head = "+lm_head" if "lm_head" in (group.get("targets") or []) else ""
    return f"w{bits}a{acts}{head}"


def metric_sums(base: str) -> dict[str, float]:
    """Sum and count of the server's latency histograms (empty when /metrics is off)."""
    names = (
        "time_to_first_token_seconds",
        "request_queue_time_seconds",
        "request_prefill_time_seconds",
    )
    try:
        text = httpx.get(base.removesuffix("/v1") + "/metrics", timeout=10).text
    except httpx.HTTPError:
        return {}
    found: dict[str, float] = {}
    for line in text.splitlines():
        for name in names:
            for suffix in ("_sum", "_count"):
                if line.startswith(f"vllm:{name}{suffix}{{"):
                    found[name + suffix] = found.get(name + suffix, 0.0) + float(line.split()[-1])
    return found


def metric_means_ms(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    means = {}
    for key in after:
        if key.endswith("_sum"):
            name = key.removesuffix("_sum")
            count = after.get(name + "_count", 0) - before.get(name + "_count", 0)
            if count:
                means[name] = (after[key] - before.get(key, 0.0)) / count * 1000
    return means


def timed_ms(client: httpx.Client, method: str, url: str, **kwargs: object) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        client.request(method, url, timeout=60, **kwargs).raise_for_status()  # type: ignore[arg-type]
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def ensure_llama_cpp() -> bool:
    check = subprocess.run([str(VENV_PY), "-c", "import llama_cpp"], capture_output=True)
    if check.returncode == 0:
        return True
    print("installing llama-cpp-python into .venv-llm (builds from source, ~5 min) ...")
    result = subprocess.run(
        [str(VENV_PY), "-m", "pip", "install", "-q", "-r", str(ROOT / "requirements-llm-bench.txt")]
    )
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark the served model.")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--model", default=os.environ.get("LLM_MODEL", "clinic-slm"))
    parser.add_argument(
        "--model-name",
        default="qwen2.5-coder-0.5b-instruct",
        help="catalog name: finds the GGUF for llama.cpp (MODEL_DIR/gguf/NAME.gguf)",
    )
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="the served directory, for its bytes per token (default: read from the server)",
    )
    parser.add_argument("--label", default=None, help="column label (default: weights, mode)")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--concurrency", default="1,4,8,16")
    parser.add_argument("--skip-llama-cpp", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="measure N times and keep the best (on a shared machine other work only slows "
        "a run down, so the best of several is the closest to the machine's own speed)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    key = os.environ.get("LLM_API_KEY", "")
    base = f"http://127.0.0.1:{args.port}/v1"
    var = Path(os.environ.get("VAR_DIR", ROOT / "var"))
    model_root = Path(os.environ.get("MODEL_DIR", var / "models"))
    gguf = model_root / "gguf" / f"{args.model_name}.gguf"
    try:
        pid = int((var / "run" / f"llm-{args.port}.pid").read_text())
    except (OSError, ValueError):
        pid = None
        print("no pid file for the server: memory will not be measured")
    if httpx.get(base.removesuffix("/v1") + "/health", timeout=5).status_code != 200:
        print(f"no healthy server on port {args.port}: run manage.py llm_serve --detach")
        return 2
    cmdline = server_command_line(pid)
    model_dir = args.model_dir or served_model_dir(cmdline) or model_root / args.model_name
    mode = "eager" if "--enforce-eager" in cmdline else ("compiled" if cmdline else "?")
    label = args.label or f"vLLM {weights_label(model_dir)} {mode}"

    sizes = subprocess.run(
        [str(VENV_PY), "-c", WEIGHT_BYTES, str(model_dir), str(gguf)],
        capture_output=True,
        text=True,
        check=True,
    )
    weight_bytes, gguf_bytes = (json.loads(sizes.stdout)[k] for k in ("safetensors", "gguf"))
    print(
        f"served {model_dir} ({label}); bytes read per token: {weight_bytes / 1e9:.3f} GB, "
        f"llama.cpp GGUF {gguf_bytes / 1e9:.3f} GB; {args.tokens} tokens per stream"
    )
    load_start = os.getloadavg()
    print(
        f"load average at start: {load_start[0]:.1f} on {os.cpu_count()} cores "
        "(other work on the machine lowers every figure)"
    )
    sharers = outside_sharers(pid, VENV_PY.parent.parent) if pid else 0
    sampler = MemorySampler(pid)
    sampler.start()
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(headers=headers) as client:
        one_stream(client, base, args.model, 8)  # warm-up
        bandwidth = probe_bandwidth()
        before = metric_sums(base)
        singles = [
            one_stream(client, base, args.model, args.tokens) for _ in range(3 * args.repeat)
        ]
        server = metric_means_ms(before, metric_sums(base))
        http_ms = timed_ms(client, "GET", base + "/models")
        messages = [{"role": "user", "content": f"[{time.time_ns()}] " + PROMPT}]
        tokenize_ms = timed_ms(
            client,
            "POST",
            base.removesuffix("/v1") + "/tokenize",
            json={"model": args.model, "messages": messages},
        )
    single_tps = max(r.decode_tps for r in singles)
    single_gap_tps = max(r.median_gap_tps for r in singles)
    single_ttft = min(r.ttft_ms for r in singles)
    single_ttft_median = statistics.median(r.ttft_ms for r in singles)

    rounds: dict[int, tuple[float, float]] = {}
    for _ in range(args.repeat):
        for n in [int(x) for x in args.concurrency.split(",")]:
            probe_bandwidth()
            tps, ttft = concurrent_round(base, args.model, key, args.tokens, n)
            if tps > rounds.get(n, (0.0, 0.0))[0]:
                rounds[n] = (tps, ttft)
    sampler.stop.set()
    sampler.join()
    load_vllm = os.getloadavg()

    llama = None
    if not args.skip_llama_cpp and gguf.is_file() and ensure_llama_cpp():
        llama_bw = probe_bandwidth()
        runs_arg = str(2 * args.repeat)
        out = subprocess.run(
            [str(VENV_PY), "-c", LLAMA_CPP_RUN, str(gguf), str(args.tokens), PROMPT, runs_arg],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode == 0:
            runs = json.loads(out.stdout.strip().splitlines()[-1])
            llama = (
                max(r["decode_tps"] for r in runs),
                min(r["ttft_ms"] for r in runs),
                llama_bw,
                statistics.median(r["ttft_ms"] for r in runs),
                max(r["median_gap_tps"] for r in runs),
            )
        else:
            print("llama.cpp run failed:", out.stderr.strip().splitlines()[-1:])

    gb = 1e9
    nan = float("nan")
    print()
    print(f"{'':38} {label:>22} {'llama.cpp (GGUF)':>17}")
    print(
        f"{'read bandwidth, 2 threads (GB/s)':38} {bandwidth / gb:>22.1f} "
        f"{(llama[2] / gb if llama else nan):>17.1f}"
    )
    ceiling = bandwidth / weight_bytes if weight_bytes else nan
    llama_ceiling = llama[2] / gguf_bytes if llama and gguf_bytes else nan
    print(f"{'decode ceiling (tok/s)':38} {ceiling:>22.1f} {llama_ceiling:>17.1f}")
    print(
        f"{'single-stream decode (tok/s)':38} {single_tps:>22.1f} "
        f"{(llama[0] if llama else nan):>17.1f}"
    )
    print(
        f"{'  from the median gap between tokens':38} {single_gap_tps:>22.1f} "
        f"{(llama[4] if llama else nan):>17.1f}"
    )
    print(
        f"{'time to first token, best (ms)':38} {single_ttft:>22.0f} "
        f"{(llama[1] if llama else nan):>17.0f}"
    )
    print(
        f"{'time to first token, median (ms)':38} {single_ttft_median:>22.0f} "
        f"{(llama[3] if llama else nan):>17.0f}"
    )
    if server:
        print(
            f"{'  server: TTFT / queue / prefill (ms)':38} "
            f"{server.get('time_to_first_token_seconds', nan):>8.0f} / "
            f"{server.get('request_queue_time_seconds', nan):.0f} / "
            f"{server.get('request_prefill_time_seconds', nan):.0f}"
        )
    print(
        f"{'  HTTP round trip / chat template+tokenize (ms)':38} "
        f"{http_ms:>8.1f} / {tokenize_ms:.1f}"
    )
    for n, (tps, ttft) in rounds.items():
        print(
            f"{f'aggregate at {n:>2} concurrent (tok/s)':38} {tps:>22.1f}   mean TTFT {ttft:.0f} ms"
        )
    print(
        f"{'server peak memory PSS / RSS (GB)':38} "
        f"{sampler.peak_pss / gb:>14.2f} / {sampler.peak_rss / gb:.2f}"
    )
    print()
    load_end = os.getloadavg()
    print(
        f"load average (1/5/15 min): start {load_start[0]:.1f}, after vLLM "
        f"{load_vllm[0]:.1f}, end {load_end[0]:.1f} / {load_end[1]:.1f} / {load_end[2]:.1f}"
    )
    # The 1-stream base is the best 1-stream rate measured in this run: the 1-concurrent
    # rounds or any of the single streams (the same request), so noise cannot flatter the ratio.
    one_stream_rates = [r.tokens / r.seconds for r in singles]
    base_rate = max([*one_stream_rates, rounds[1][0]] if 1 in rounds else one_stream_rates)
    if 8 in rounds:
        ratio = rounds[8][0] / base_rate
        print(
            f"8 concurrent / 1 stream ({base_rate:.1f} tok/s, best in this run): {ratio:.1f}x "
            f"(target >= 4x): {'met' if ratio >= 4 else 'NOT met'}"
        )
    if llama:
        print(
            f"single-stream vLLM / llama.cpp: {single_tps / llama[0]:.2f} "
            f"(from the median gaps: {single_gap_tps / llama[4]:.2f})"
        )
        print(
            f"TTFT (best) vLLM {single_ttft:.0f} ms vs llama.cpp {llama[1]:.0f} ms: "
            f"{'met' if single_ttft <= llama[1] else 'NOT met'}"
        )
    if sharers:
        print(
            f"note: {sharers} other processes map files of .venv-llm (another server?): "
            "the PSS above is lower than this server alone would show"
        )
    if sampler.peak_pss:
        print(
            f"server peak PSS {sampler.peak_pss / 1e9:.2f} GB = {sampler.peak_pss / 2**30:.2f} GiB; "
            f"under 4 GB (4e9 bytes): {'met' if sampler.peak_pss < 4e9 else 'NOT met'}"
        )
    if args.json:
        figures = {
            "label": label,
            "model_dir": str(model_dir),
            "bytes_per_token": weight_bytes,
            "gguf_bytes_per_token": gguf_bytes,
            "bandwidth": bandwidth,
            "single_tps": single_tps,
            "single_gap_tps": single_gap_tps,
            "single_ttft_ms": single_ttft,
            "single_ttft_median_ms": single_ttft_median,
            "singles": [
                {"ttft_ms": r.ttft_ms, "tps": r.decode_tps, "gap_tps": r.median_gap_tps}
                for r in singles
            ],
            "server_ms": server,
            "http_ms": http_ms,
            "tokenize_ms": tokenize_ms,
            "rounds": {n: {"tps": t, "ttft_ms": f} for n, (t, f) in rounds.items()},
            "one_stream_base_tps": base_rate,
            "peak_pss": sampler.peak_pss,
            "peak_rss": sampler.peak_rss,
            "outside_sharers": sharers,
            "llama": dict(
                zip(
                    ("decode_tps", "ttft_ms", "bandwidth", "ttft_median_ms", "median_gap_tps"),
                    llama,
                    strict=True,
                )
            )
            if llama
            else None,
            "load": {"start": load_start, "after_vllm": load_vllm, "end": load_end},
            "date": time.strftime("%Y-%m-%d %H:%M"),
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
