"""``manage.py llm_serve``: run vLLM's OpenAI-compatible server in the model server venv."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from assistant.llm.serving import catalog
from assistant.llm.serving.process import (
    CPU_DEFAULT_KV_GIB,
    DEFAULT_MAX_NUM_SEQS,
    ServeError,
    ServeOptions,
    exec_foreground,
    log_path,
    pid_path,
    start_detached,
    stop,
)
from assistant.llm.serving.venv import installed_flavor, model_venv


def _positive(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise ValueError(value)
    return number


def _positive_float(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Start vLLM's OpenAI-compatible server on the prepared model (CPU or GPU build, "
        "whichever prepare_model installed). --detach runs it in the background and waits "
        "for /health; --stop stops it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=_positive, default=8001)
        parser.add_argument("--host", default="127.0.0.1", help="0.0.0.0 inside a container")
        parser.add_argument("--detach", action="store_true", help="run in the background")
        parser.add_argument("--stop", action="store_true", help="stop the server on --port")
        parser.add_argument(
            "--model",
            default=catalog.DEFAULT_MODEL,
            help=f"a model prepared by prepare_model (default {catalog.DEFAULT_MODEL})",
        )
        parser.add_argument(
            "--weights",
            choices=["auto", *catalog.WEIGHTS],
            default="auto",
            help="which prepared weights of --model to serve (auto: "
            + ", ".join(f"{k} on {f}" for f, k in catalog.DEFAULT_WEIGHTS.items())
            + ")",
        )
        parser.add_argument(
            "--model-dir",
            type=Path,
            default=None,
            help="any Hugging Face model directory (overrides --model and --weights)",
        )
        parser.add_argument("--served-model-name", default=None, help="default: settings.LLM_MODEL")
        parser.add_argument("--max-model-len", type=_positive, default=4096)
        parser.add_argument("--dtype", default="auto", help="auto, bfloat16, float16, float32")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--compile",
            dest="eager",
            action="store_const",
            const=False,
            default=None,
            help="let vLLM compile the model: slower start (~90 s), faster decode "
            "(the default on the CPU build)",
        )
        mode.add_argument(
            "--eager",
            dest="eager",
            action="store_const",
            const=True,
            help="--enforce-eager: start in ~30 s, decode slower (the default on a GPU build)",
        )
        parser.add_argument(
            "--kv-cache-gib",
            type=_positive_float,
            default=None,
            help=f"KV cache size in GiB (default: {CPU_DEFAULT_KV_GIB} on the CPU build, "
            "vLLM's sizing on a GPU)",
        )
        parser.add_argument(
            "--max-num-seqs",
            type=_positive,
            default=DEFAULT_MAX_NUM_SEQS,
            help="requests decoded together; more wait in a queue",
        )
        parser.add_argument(
            "--cpu-threads-bind",
            default="auto",
            help="CPU build: VLLM_CPU_OMP_THREADS_BIND (auto, or cores such as 0-1)",
        )
        parser.add_argument(
            "--lora-modules",
            nargs="+",
            default=[],
            metavar="NAME=PATH",
            help="LoRA adapters to serve (turns on --enable-lora)",
        )
        parser.add_argument("--max-lora-rank", type=_positive, default=16)
        parser.add_argument(
            "--startup-timeout", type=_positive, default=900, help="seconds to wait for /health"
        )

    @staticmethod
    def _prepared_dir(options: dict[str, object], flavor: str) -> Path:
        model, weights = str(options["model"]), str(options["weights"])
        if weights == "auto":
            weights = catalog.default_weights(flavor)
        model_dir = Path(settings.MODEL_DIR) / catalog.weights_dir_name(model, weights)
        if not (model_dir / "config.json").is_file():
            raise CommandError(
                f"{model_dir} is not prepared: run "
                f"`python manage.py prepare_model --model {model} --weights {weights}`"
            )
        return model_dir

    def handle(self, *args: object, **options: object) -> None:
        port = int(options["port"])  # type: ignore[call-overload]
        if options["stop"]:
            if stop(port, echo=self.stdout.write):
                self.stdout.write(f"Stopped the model server on port {port}.")
            else:
                self.stdout.write(f"No model server started by llm_serve on port {port}.")
            return

        api_key = settings.LLM_API_KEY
        if not api_key:
            raise CommandError(
                "LLM_API_KEY is not set: the model server only answers requests that carry it"
            )
        for spec in options["lora_modules"]:  # type: ignore[union-attr]
            name, sep, path = str(spec).partition("=")
            if not sep or not name or not Path(path).is_dir():
                raise CommandError(f"--lora-modules wants NAME=DIRECTORY, got {spec!r}")
        flavor = installed_flavor()
        if flavor is None:
            raise CommandError(
                "the model server venv is missing or incomplete: run "
                "`python manage.py prepare_model` first"
            )
        venv = model_venv(flavor)
        model_dir = options["model_dir"] or self._prepared_dir(options, flavor)
        opts = ServeOptions(
            model_dir=Path(model_dir).resolve(),  # type: ignore[arg-type]
            served_name=str(options["served_model_name"] or settings.LLM_MODEL),
            api_key=api_key,
            host=str(options["host"]),
            port=port,
            max_model_len=int(options["max_model_len"]),  # type: ignore[call-overload]
            dtype=str(options["dtype"]),
            eager=options["eager"],  # type: ignore[arg-type]
            kv_cache_gib=options["kv_cache_gib"],  # type: ignore[arg-type]
            max_num_seqs=int(options["max_num_seqs"]),  # type: ignore[call-overload]
            cpu_threads_bind=str(options["cpu_threads_bind"]),
            lora_modules=[str(m) for m in options["lora_modules"]],  # type: ignore[union-attr]
            max_lora_rank=int(options["max_lora_rank"]),  # type: ignore[call-overload]
        )
        try:
            if not options["detach"]:
                self.stdout.write(f"Serving {opts.model_dir.name} ({flavor}) at {opts.base_url}")
                self.stdout.flush()
                exec_foreground(venv, opts)
                return
            pid, seconds, started = start_detached(
                venv,
                opts,
                timeout=float(options["startup_timeout"]),  # type: ignore[arg-type]
                echo=self.stdout.write,
            )
        except ServeError as exc:
            raise CommandError(str(exc)) from None
        verb = "healthy after" if started else "healthy, checked in"
        self.stdout.write(
            f"Model server {verb} {seconds:.0f} s (pid {pid}, {flavor}; pid file "
            f"{pid_path(port)}, log {log_path(port)})."
        )
        self.stdout.write(opts.base_url)
