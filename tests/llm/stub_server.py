"""A local OpenAI-compatible HTTP server with scripted answers, for tests and benchmarks.

``StubServer(script)`` serves ``POST /v1/chat/completions`` on 127.0.0.1 and a free port.
``script`` is a plain function that receives the request JSON and returns a ``Reply``
(status, body, headers, delay). Every request is recorded in ``server.requests``. The openai
client talks real HTTP to it; nothing is patched.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DATA_BLOCK = re.compile(r"<email_data>\n(.*?)\n</email_data>", re.S)


@dataclass
class Reply:
    """What the stub answers: a JSON body (or raw text), a status, headers and a delay."""

    body: dict[str, Any] | str = field(default_factory=dict)
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Script = Callable[[dict[str, Any]], Reply]


def usage(prompt_tokens: int = 100, completion_tokens: int = 50) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def completion(
    content: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
    *,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    model: str = "stub-model",
) -> Reply:
    """A chat completion with text content and/or tool calls."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = [
            {
                "id": call.get("id", f"call_{i}"),
                "type": "function",
                "function": {
                    "name": call["name"],
                    "arguments": call["arguments"]
                    if isinstance(call["arguments"], str)
                    else json.dumps(call["arguments"]),
                },
            }
            for i, call in enumerate(tool_calls)
        ]
    return Reply(
        body={
            "id": "chatcmpl-stub",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": "tool_calls" if tool_calls else "stop",
                }
            ],
            "usage": usage(prompt_tokens, completion_tokens),
        }
    )


def structured(
    request: dict[str, Any],
    payload: dict[str, Any] | str,
    *,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
) -> Reply:
    """Answer a structured-output request the way it was asked (json_schema or a tool call).

    ``payload`` is the object the model fills, or a raw string to send as-is (malformed JSON).
    """
    raw = payload if isinstance(payload, str) else json.dumps(payload)
    tools = request.get("tools") or []
    if tools and "response_format" not in request:
        name = tools[0]["function"]["name"]
        return completion(
            tool_calls=[{"name": name, "arguments": raw}],
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
    return completion(raw, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)


def email_text(request: dict[str, Any]) -> str:
    """The delimited email text the extractor sent (the DATA block of the last user message)."""
    for message in reversed(request.get("messages", [])):
        content = message.get("content")
        if isinstance(content, str):
            found = DATA_BLOCK.search(content)
            if found:
                return found.group(1)
    return ""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        try:
            request = json.loads(raw)
        except json.JSONDecodeError:
            request = {"_raw": raw.decode("utf-8", "replace")}
        request["_path"] = self.path
        with self.server.lock:
            self.server.requests.append(request)
        try:
            reply = self.server.script(request)
        except Exception as exc:  # a broken script must show up as a 500, not a hang
            reply = Reply(body={"error": {"message": f"stub script failed: {exc!r}"}}, status=500)
        if reply.delay:
            time.sleep(reply.delay)
        body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
        data = body.encode()
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            return


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128

    def __init__(self, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up (timeouts, closed loops) are normal here, not errors."""
        return


class StubServer:
    """A running stub; use as a context manager or call ``start``/``stop``."""

    def __init__(self, script: Script | None = None) -> None:
        self._server = _Server(script or (lambda request: completion("{}")))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def script(self) -> Script:
        return self._server.script

    @script.setter
    def script(self, value: Script) -> None:
        self._server.script = value

    @property
    def requests(self) -> list[dict[str, Any]]:
        return self._server.requests

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
