"""A local fake of vLLM's OpenAI-compatible API, for the failure modes a real server will not
produce on demand: hangs, 500s, broken streams, malformed JSON, slow tokens.

Used only for failure modes; the happy path is also tested against a real vLLM server
(test_llm_integration.py). Each request takes the next behaviour from ``script`` (the last
one repeats), so "500 then OK" is ``["500", "ok"]``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: list[str] = ["ok"]
        self.reply = "Hello from the fake server."
        self.delay = 0.2
        self.healthy = True
        self.requests: list[dict[str, Any]] = []
        self.auth_headers: list[str | None] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    @property
    def hits(self) -> int:
        return len(self.requests)

    def next_behaviour(self) -> str:
        with self._lock:
            index = min(len(self.requests) - 1, len(self.script) - 1)
            return self.script[index]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        if self.path == "/health":
            self._send_json(200 if self.server.healthy else 503, {})
        else:
            self._send_json(404, {"error": "not found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        with self.server._lock:
            self.server.requests.append(body)
            self.server.auth_headers.append(self.headers.get("Authorization"))
        behaviour = self.server.next_behaviour()
        stream = bool(body.get("stream"))
        if behaviour.isdigit():
            self._send_json(
                int(behaviour), {"error": {"message": "fake failure", "code": int(behaviour)}}
            )
        elif behaviour == "hang":
            if stream:
                self._start_stream()
            self.server.stopping.wait(30)
            self.close_connection = True
        elif behaviour == "malformed":
            if stream:
                self._start_stream()
                self._chunk(self._event({"choices": [{"delta": {"content": "Hel"}}]}))
                self._chunk(b"data: {not json\n\n")
                self._end_stream()
            else:
                self._send_raw(200, b"{not json", "application/json")
        elif stream:
            self._stream(behaviour)
        else:
            self._send_json(200, _completion(self.server.reply))

    # -- helpers

    def _send_json(self, status: int, payload: Any) -> None:
        self._send_raw(status, json.dumps(payload).encode(), "application/json")

    def _send_raw(self, status: int, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    @staticmethod
    def _event(payload: dict[str, Any]) -> bytes:
        return b"data: " + json.dumps(payload).encode() + b"\n\n"

    def _stream(self, behaviour: str) -> None:
        words = [w + " " for w in self.server.reply.split(" ")]
        self._start_stream()
        self._chunk(self._event({"choices": [{"delta": {"role": "assistant"}}]}))
        for index, word in enumerate(words):
            if behaviour == "disconnect" and index == 2:
                # Drop the connection mid-body, without the terminating chunk.
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if behaviour == "slow" and self.server.stopping.wait(self.server.delay):
                return
            self._chunk(self._event({"choices": [{"delta": {"content": word}}]}))
        self._chunk(self._event({"choices": [{"delta": {}, "finish_reason": "stop"}]}))
        usage = {
            "prompt_tokens": 7,
            "completion_tokens": len(words),
            "total_tokens": 7 + len(words),
        }
        self._chunk(self._event({"choices": [], "usage": usage}))
        self._chunk(b"data: [DONE]\n\n")
        self._end_stream()


def _completion(text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 7, "completion_tokens": 5, "total_tokens": 12},
    }


@contextmanager
def fake_llm_server() -> Iterator[FakeServer]:
    server = FakeServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


def dead_endpoint() -> str:
    """A base URL on a local port nobody listens on (connection refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
