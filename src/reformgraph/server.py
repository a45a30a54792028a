"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store.

Queries arrive by GET (`?query=`), by POST as a form (`query=`) or by POST as
`application/sparql-query`; the answer's format follows the Accept header.
Updates are refused (403), other methods too (405). The server listens on
127.0.0.1 unless told otherwise, runs at most `max_requests` queries at once
(503 beyond), reads bodies of at most `max_body` bytes (413 beyond) and, when
stopped, finishes the requests under way before it closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from rdflib import URIRef

from .errors import QueryError, StoreError
from .results import MEDIA_TYPES, serialize
from .store import QueryResult, Store

QUERY_PATHS = ("/query", "/sparql")
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

# Accepted media type -> result format, per kind of answer; the first entry is the default.
TABULAR_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}


class NotAcceptable(Exception):
    """No format the client accepts fits the answer."""


def negotiate(accept: str | None, kind: str) -> str:
    """The result format for an Accept header (q-values honoured, ties in header order)."""
    table = GRAPH_TYPES if kind == "graph" else TABULAR_TYPES
    default = next(iter(table.values()))
    if not accept:
        return default
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    raise NotAcceptable(", ".join(dict.fromkeys(table)))


class SparqlServer:
    """The endpoint: `start()`/`stop()` (or `with`) for tests, `serve_forever()` for the CLI.

    Serve a store from `dataset.load_dataset`, whose default graph is the merge
    of the named graphs.
    """

    def __init__(
        self,
        store: Store,
        host: str = "127.0.0.1",
        port: int = 7878,
        *,
        max_requests: int = 8,
        max_body: int = 1 << 20,
        request_timeout: float = 60.0,
        log: Callable[[str], None] | None = None,
    ) -> None:
        handler = type("Handler", (_Handler,), {"timeout": request_timeout})
        try:
            self._http = _HttpServer((host, port), handler)
        except OSError as error:
            raise StoreError(f"cannot listen on {host}:{port}: {error.strerror or error}") from error
        self._http.store = store
        self._http.slots = threading.BoundedSemaphore(max_requests)
        self._http.max_body = max_body
        self._http.log = log
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._http.server_address[0])

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{QUERY_PATHS[0]}"

    def start(self) -> SparqlServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self._http.serve_forever, name="sparql-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, wait for the requests under way, close the socket."""
        if self._thread is not None:
            self._http.shutdown()
            self._thread.join()
            self._thread = None
        self._http.server_close()

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (Ctrl-C) or `stop()` from another thread."""
        try:
            self._http.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self._http.server_close()

    def __enter__(self) -> SparqlServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins the request threads
    block_on_close = True
    store: Store
    slots: threading.BoundedSemaphore
    max_body: int
    log: Callable[[str], None] | None


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer
    server_version = "reformgraph-sparql"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, "text/plain; charset=utf-8",
                       f"reformgraph SPARQL endpoint (read-only): {QUERY_PATHS[0]}?query=...\n".encode())
        elif self._at_endpoint(url.path):
            self._dispatch(parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if not self._at_endpoint(url.path):
            return
        body = self._body()
        if body is None:
            return
        params = parse_qs(url.query, keep_blank_values=True)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == SPARQL_UPDATE:
            self._refuse_update()
        elif media == SPARQL_QUERY:
            self._answer(body.decode("utf-8", errors="replace"), params)
        elif media == FORM:
            self._dispatch({**params, **parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)})
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"send {SPARQL_QUERY} or {FORM}, not {media or 'no type'}")

    def _at_endpoint(self, path: str) -> bool:
        if path in QUERY_PATHS:
            return True
        self._error(HTTPStatus.NOT_FOUND, f"no such resource: {path} (the endpoint is {QUERY_PATHS[0]})")
        return False

    def _dispatch(self, params: dict[str, list[str]]) -> None:
        """A query or an update given as a parameter (of the URL or of a form)."""
        if "update" in params:
            self._refuse_update()
            return
        queries = params.get("query", [])
        if len(queries) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
            return
        self._answer(queries[0], params)

    def _not_allowed(self) -> None:
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "read-only endpoint: use GET or POST to query",
                    extra={"Allow": "GET, POST"})

    do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815

    def _refuse_update(self) -> None:
        self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL updates are refused")

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._error(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
            return None
        if int(length) > self.server.max_body:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request is over {self.server.max_body} bytes")
            return None
        return self.rfile.read(int(length))

    def _answer(self, query: str, params: dict[str, list[str]]) -> None:
        if not self.server.slots.acquire(blocking=False):
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries at once; try again", extra={"Retry-After": "1"})
            return
        try:
            result = self._run(query, params)
            fmt = negotiate(self.headers.get("Accept"), result.kind)
            self._send(HTTPStatus.OK, MEDIA_TYPES[fmt], serialize(result, fmt))
        except QueryError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
        except NotAcceptable as error:
            self._error(HTTPStatus.NOT_ACCEPTABLE, f"this answer can be sent as: {error}")
        except StoreError as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
        finally:
            self.server.slots.release()

    def _run(self, query: str, params: dict[str, list[str]]) -> QueryResult:
        default = [URIRef(g) for g in params.get("default-graph-uri", [])]
        named = [URIRef(g) for g in params.get("named-graph-uri", [])]
        return self.server.store.query(query, default_graphs=default or None, named_graphs=named or None)

    def _error(self, status: HTTPStatus, message: str, extra: dict[str, str] | None = None) -> None:
        """Answer with the message; close the connection, as a refused request's body may be unread."""
        self.close_connection = True
        headers = {"Connection": "close", **(extra or {})}
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers)

    def _send(self, status: HTTPStatus, media: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")
