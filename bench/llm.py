"""Benchmark of the served model: decode speed, time to first token, concurrency, memory.

Prints, in one run, for the vLLM server started by ``manage.py llm_serve --detach``:
single-stream decode tokens/s and time to first token, aggregate tokens/s at 1, 4, 8 and 16
concurrent requests, and the server's peak memory (PSS summed over its process group, which
does not double-count pages shared between the API and engine processes; RSS beside it).
Beside them, measured in the same run: llama.cpp (llama-cpp-python, installed into
.venv-llm from requirements-llm-bench.txt on first use) single-stream on the same model's
GGUF, and the memory-bandwidth ceiling (bytes of weights read per token / 2-thread read
bandwidth, probed before each round).

    LLM_API_KEY=... .venv/bin/python bench/llm.py [--tokens 128] [--port 8001]

Requests send ``ignore_eos`` (a vLLM extension) so every stream decodes exactly --tokens.
"""

from __future__ import annotations

import argparse
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

LLAMA_CPP_RUN = r"""
import json, sys, time
from llama_cpp import Llama
path, tokens, prompt = sys.argv[1], int(sys.argv[2]), sys.argv[3]
llm = Llama(model_path=path, n_threads=2, n_ctx=1024, verbose=False)
messages = [{"role": "user", "content": prompt}]
llm.create_chat_completion(messages, max_tokens=4)  # warm-up
results = []
for run in range(2):
    # A fresh prompt and an empty cache, as for vLLM: time to first token includes prefill.
    llm.reset()
    messages = [{"role": "user", "content": f"[{run}-{time.time_ns()}] " + prompt}]
    start = time.perf_counter(); first = None; count = 0
    for chunk in llm.create_chat_completion(messages, max_tokens=tokens, stream=True,
                                            temperature=0.0, logit_bias={llm.token_eos(): -100.0}):
        if chunk["choices"][0]["delta"].get("content"):
            count += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    results.append({"ttft_ms": (first - start) * 1000, "decode_tps": (count - 1) / (end - first),
                    "tokens": count})
print(json.dumps(results))
"""


@dataclass
class StreamRun:
    ttft_ms: float
    tokens: int
    seconds: float

    @property
    def decode_tps(self) -> float:
        decode_time = self.seconds - self.ttft_ms / 1000
        return (self.tokens - 1) / decode_time if decode_time > 0 else 0.0


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
            if first is None and choices and choices[0].get("delta", {}).get("content"):
                first = time.perf_counter()
    end = time.perf_counter()
    return StreamRun(((first or end) - start) * 1000, usage_tokens, end - start)


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
    parser.add_argument("--model-name", default="qwen2.5-coder-0.5b-instruct")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--concurrency", default="1,4,8,16")
    parser.add_argument("--skip-llama-cpp", action="store_true")
    args = parser.parse_args()
    key = os.environ.get("LLM_API_KEY", "")
    base = f"http://127.0.0.1:{args.port}/v1"
    var = Path(os.environ.get("VAR_DIR", ROOT / "var"))
    model_root = Path(os.environ.get("MODEL_DIR", var / "models"))
    model_dir = model_root / args.model_name
    gguf = model_root / "gguf" / f"{args.model_name}.gguf"
    try:
        pid = int((var / "run" / f"llm-{args.port}.pid").read_text())
    except (OSError, ValueError):
        pid = None
        print("no pid file for the server: memory will not be measured")
    if httpx.get(base.removesuffix("/v1") + "/health", timeout=5).status_code != 200:
        print(f"no healthy server on port {args.port}: run manage.py llm_serve --detach")
        return 2

    weight_bytes = sum(p.stat().st_size for p in model_dir.glob("*.safetensors"))
    gguf_bytes = gguf.stat().st_size if gguf.is_file() else 0
    print(
        f"model {args.model_name}: bf16 weights {weight_bytes / 1e9:.2f} GB, "
        f"GGUF {gguf_bytes / 1e9:.2f} GB; {args.tokens} tokens per stream"
    )

    print(
        f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(other work on the machine lowers every figure)"
    )
    sampler = MemorySampler(pid)
    sampler.start()
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(headers=headers) as client:
        one_stream(client, base, args.model, 8)  # warm-up
        bandwidth = probe_bandwidth()
        singles = [one_stream(client, base, args.model, args.tokens) for _ in range(2)]
    single_tps = max(r.decode_tps for r in singles)
    single_ttft = min(r.ttft_ms for r in singles)

    rounds = {}
    for n in [int(x) for x in args.concurrency.split(",")]:
        probe_bandwidth()
        rounds[n] = concurrent_round(base, args.model, key, args.tokens, n)
    sampler.stop.set()
    sampler.join()

    llama = None
    if not args.skip_llama_cpp and gguf.is_file() and ensure_llama_cpp():
        llama_bw = probe_bandwidth()
        out = subprocess.run(
            [str(VENV_PY), "-c", LLAMA_CPP_RUN, str(gguf), str(args.tokens), PROMPT],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode == 0:
            runs = json.loads(out.stdout.strip().splitlines()[-1])
            llama = (max(r["decode_tps"] for r in runs), min(r["ttft_ms"] for r in runs), llama_bw)
        else:
            print("llama.cpp run failed:", out.stderr.strip().splitlines()[-1:])

    gb = 1e9
    print()
    print(f"{'':38} {'vLLM (bf16)':>14} {'llama.cpp (GGUF)':>17}")
    print(
        f"{'read bandwidth, 2 threads (GB/s)':38} {bandwidth / gb:>14.1f} "
        f"{(llama[2] / gb if llama else float('nan')):>17.1f}"
    )
    ceiling = bandwidth / weight_bytes if weight_bytes else float("nan")
    llama_ceiling = llama[2] / gguf_bytes if llama and gguf_bytes else float("nan")
    print(f"{'decode ceiling (tok/s)':38} {ceiling:>14.1f} {llama_ceiling:>17.1f}")
    print(
        f"{'single-stream decode (tok/s)':38} {single_tps:>14.1f} "
        f"{(llama[0] if llama else float('nan')):>17.1f}"
    )
    print(
        f"{'time to first token (ms)':38} {single_ttft:>14.0f} "
        f"{(llama[1] if llama else float('nan')):>17.0f}"
    )
    for n, (tps, ttft) in rounds.items():
        print(
            f"{f'aggregate at {n:>2} concurrent (tok/s)':38} {tps:>14.1f}   mean TTFT {ttft:.0f} ms"
        )
    print(
        f"{'server peak memory PSS / RSS (GB)':38} "
        f"{sampler.peak_pss / gb:>6.2f} / {sampler.peak_rss / gb:.2f}"
    )
    print()
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    base_rate = rounds.get(1, (single_tps, 0))[0]
    if 8 in rounds:
        ratio = rounds[8][0] / base_rate
        print(
            f"8 concurrent / 1 stream: {ratio:.1f}x (target >= 4x): {'met' if ratio >= 4 else 'NOT met'}"
        )
    if llama:
        print(f"single-stream vLLM / llama.cpp: {single_tps / llama[0]:.2f}")
        print(
            f"TTFT vLLM {single_ttft:.0f} ms vs llama.cpp {llama[1]:.0f} ms: "
            f"{'met' if single_ttft <= llama[1] else 'NOT met'}"
        )
    if sampler.peak_pss:
        print(
            f"server peak PSS {sampler.peak_pss / 1e9:.2f} GB = {sampler.peak_pss / 2**30:.2f} GiB; "
            f"under 4 GB (4e9 bytes): {'met' if sampler.peak_pss < 4e9 else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
