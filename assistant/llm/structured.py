"""Structured output: ask vLLM for JSON that follows a schema, then check it ourselves.

vLLM constrains decoding to the schema (``response_format`` type ``json_schema``), which in
practice yields valid JSON; the output is still parsed and validated here, because a
truncated reply (``max_tokens`` reached) or another server behind the same API may not honour
it. Error messages name the JSON path and the failed keyword, never the offending value: the
value is model output and may contain PHI.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from jsonschema import exceptions as schema_exceptions
from jsonschema import validators

from assistant.llm.errors import LLMInvalidOutput, LLMInvalidRequest

if TYPE_CHECKING:
    from assistant.llm.client import ChatResult

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def response_format_for(schema: Any, name: str) -> dict[str, Any]:
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise LLMInvalidRequest("name must be 1-64 letters, digits, '_' or '-'")
    if not isinstance(schema, dict):
        raise LLMInvalidRequest("schema must be a JSON Schema object (a dict)")
    try:
        validators.validator_for(schema).check_schema(schema)
    except schema_exceptions.SchemaError as exc:
        raise LLMInvalidRequest(
            f"schema {name!r} is not a valid JSON Schema ({exc.validator})"
        ) from None
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}


def parse_and_validate(result: ChatResult, schema: dict[str, Any], name: str) -> Any:
    truncated = " (the reply hit max_tokens)" if result.finish_reason == "length" else ""
    try:
        value = json.loads(result.text)
    except ValueError:
        raise LLMInvalidOutput(
            f"structured output for {name!r} is not valid JSON{truncated}"
        ) from None
    validator = validators.validator_for(schema)(schema)
    error = schema_exceptions.best_match(validator.iter_errors(value))
    if error is not None:
        raise LLMInvalidOutput(
            f"structured output for {name!r} does not match its schema at {error.json_path} "
            f"({error.validator}){truncated}"
        )
    return value
