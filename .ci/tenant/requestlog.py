"""Every request as one JSON line: what CI reads to see which ids a run touched.

A plain ASGI wrapper around the whole application, so that it also sees requests that never reach a
route (404, 405) and answers that FastAPI gives before a handler runs (401, 422). It reads the body
before the application does and hands the same bytes on. Of the headers only Content-Type is
written, never Authorization: `credentials` says only whether the request carried the accepted key.
"""

import json
import secrets


def credentials_of(headers, api_key):
    """'none', 'malformed', 'wrong-key' or 'valid', from the Authorization header (never its value)."""
    authorization = headers.get(b"authorization")
    if authorization is None:
        return "none"
    scheme, _, token = authorization.decode("latin-1").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return "malformed"
    if api_key and secrets.compare_digest(token.encode("utf-8"), api_key.encode("utf-8")):
        return "valid"
    return "wrong-key"


class RequestLog:
    def __init__(self, app, path, api_key):
        self.app = app
        self.api_key = api_key
        self.file = open(path, "a", encoding="utf-8") if path else None
        self.count = 0

    async def __call__(self, scope, receive, send):
        if self.file is None or scope["type"] != "http" or scope["path"].startswith("/__tenant/"):
            await self.app(scope, receive, send)
            return

        chunks = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)

        body_sent = False

        async def replay():
            nonlocal body_sent
            if not body_sent:
                body_sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = None

        async def capture(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, replay, capture)
        finally:
            self.count += 1
            headers = dict(scope["headers"])
            line = {
                "seq": self.count,
                "method": scope["method"],
                "path": scope["path"],
                "raw_path": (scope.get("raw_path") or scope["path"].encode("utf-8")).decode("latin-1"),
                "query": scope["query_string"].decode("latin-1"),
                "content_type": headers.get(b"content-type", b"").decode("latin-1"),
                "body": body.decode("utf-8", errors="replace"),
                "credentials": credentials_of(headers, self.api_key),
                "status": status,
            }
            self.file.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.file.flush()
