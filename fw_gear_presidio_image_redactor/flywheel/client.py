"""One connection to Flywheel through both client libraries, with retries and key hygiene.

The SDK and fw-client parse API keys differently: the SDK understands
`host:port:__force_insecure:key` (plain HTTP, for loopback test servers), while
fw-client's key pattern would take `__force_insecure:key` as the key and use
https. So the key is parsed once here and fw-client gets an explicit base URL.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import httpx2

from .. import __version__

log = logging.getLogger(__name__)

T = TypeVar("T")


class FlywheelError(RuntimeError):
    """A Flywheel call failed for good; the message names the call and never holds the key."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ApiKey:
    """An API key split into where to connect and the secret itself."""

    raw: str
    base_url: str
    secret: str

    @classmethod
    def parse(cls, raw: str) -> ApiKey:
        parts = (raw or "").strip().split(":")
        if len(parts) < 2 or not parts[0] or not parts[-1]:
            raise FlywheelError("API key: expected the form 'site:key' (as shown in the Flywheel profile page)")
        host = parts[0]
        port = parts[1] if len(parts) > 2 else "443"
        scheme = "http" if "__force_insecure" in parts else "https"
        return cls(raw.strip(), f"{scheme}://{host}:{port}", parts[-1])

    def __repr__(self) -> str:  # never the secret, even in a debugger or a traceback
        return f"ApiKey(base_url={self.base_url!r}, secret=***)"


class SecretFilter(logging.Filter):
    """Scrubs secrets from every record a handler emits, messages and tracebacks alike."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            message += "\n" + record.exc_text
            record.exc_text = None
        record.msg, record.args = self.scrub(message), ()
        return True


def protect_logs(key: ApiKey) -> SecretFilter:
    """Install the scrubber on every handler of the root logger (where all our loggers end up)."""
    filt = SecretFilter([key.raw, key.secret])
    root = logging.getLogger()
    for handler in root.handlers:
        handler.addFilter(filt)
    root.addFilter(filt)
    return filt


def _env_number(name: str, default, kind):
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise FlywheelError(f"{name}: expected a number, got {raw!r}") from None
    if value < 0:
        raise FlywheelError(f"{name}: must not be negative, got {raw!r}")
    return value


def _no_sdk_retries(sdk) -> None:
    """Switch off the SDK's transport-level retries (see `Flywheel`). flywheel-sdk 23 keeps
    them in `RetryTransport` objects (`total` retries) on the httpx client of its REST
    client, one for direct requests and one per proxy mount; there is no public setting
    after import. If a later SDK moves them, retries multiply again, so say so."""
    from flywheel.rest import RetryTransport

    client = getattr(getattr(getattr(getattr(sdk, "_fw", None), "api_client", None), "rest_client", None),
                     "client", None)
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    found = [t for t in transports if isinstance(t, RetryTransport)]
    for transport in found:
        transport.total = 0
    if not found:
        log.warning("flywheel-sdk's own retries could not be switched off (SDK %s); calls may take longer "
                    "than PRESIDIO_FW_RETRIES says", getattr(__import__("flywheel"), "__version__", "?"))


def _status_of(exc: BaseException) -> tuple[int | None, str]:
    """(HTTP status or None for transport trouble, short server message)."""
    from flywheel.rest import ApiException

    if isinstance(exc, ApiException):
        return exc.status, _server_message(exc.body) or str(exc.reason or "")
    response = getattr(exc, "response", None)
    if response is not None and hasattr(response, "status_code"):
        try:
            body = response.text
        except Exception:
            body = ""
        return response.status_code, _server_message(body) or response.reason_phrase
    return None, type(exc).__name__


def _server_message(body) -> str:
    import json

    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    try:
        doc = json.loads(body) if body else {}
    except (TypeError, ValueError):
        return str(body)[:200] if body else ""
    return str(doc.get("message", ""))[:200] if isinstance(doc, dict) else ""


class Flywheel:
    """The SDK client (`sdk`) and an fw-client (`http`) for one site and key.

    Every call is bounded: `connect_timeout` seconds to open a connection (an
    unreachable or firewalled site) and `timeout` seconds for each read and write,
    and `retries` more attempts (`PRESIDIO_FW_RETRIES`, default 4) after sleeping
    `backoff * 2**n` seconds (`PRESIDIO_FW_BACKOFF`, default 2). This loop is the
    only retry layer: the SDK's own transport retries (flywheel-sdk 23
    `flywheel.rest.RetryTransport`: 7 retries of connection errors and 429/502/503/504
    over about two minutes, set only by FLYWHEEL_SDK_TOTAL_RETRIES when the SDK is
    first imported) are switched off, and fw-client gets `retry_total=0`. So with the
    defaults an unreachable site fails within about 30 s of back-off plus five connect
    timeouts, and `PRESIDIO_FW_RETRIES=0` makes it one attempt. Transport failures
    name the site (`cannot reach https://HOST:PORT`).
    """

    def __init__(self, api_key: str, *, retries: int | None = None, backoff: float | None = None,
                 timeout: float | None = None, connect_timeout: float | None = None, scrub_logs: bool = True):
        self.key = ApiKey.parse(api_key)
        if scrub_logs:
            protect_logs(self.key)
        self.retries = retries if retries is not None else _env_number("PRESIDIO_FW_RETRIES", 4, int)
        self.backoff = backoff if backoff is not None else _env_number("PRESIDIO_FW_BACKOFF", 2.0, float)
        timeout = timeout if timeout is not None else _env_number("PRESIDIO_FW_TIMEOUT", 60.0, float)
        connect_timeout = connect_timeout if connect_timeout is not None else min(10.0, timeout)
        import flywheel
        from fw_client import FWClient

        # The SDK takes whole seconds (it builds an httpx Timeout from ints); at least 1.
        self.sdk = flywheel.Client(self.key.raw, request_timeout=max(1, round(timeout)),
                                   connect_timeout=max(1, round(connect_timeout)), disable_auth_check=True)
        _no_sdk_retries(self.sdk)
        self.call("connect (auth status)", self.sdk.get_auth_status)
        self.http = FWClient(api_key=self.key.secret, base_url=self.key.base_url,
                             client_name="presidio-image-redactor", client_version=__version__,
                             timeout=(connect_timeout, timeout), retry_total=0)

    def call(self, what: str, func: Callable[[], T], recheck: Callable[[], T | None] | None = None) -> T:
        """Run one API call: transient failures (timeouts, 429, 5xx) are retried with
        exponential backoff; any other 4xx fails at once with the call named.

        A create that timed out or got a 5xx may still have happened; `recheck`
        (a lookup) runs before each retry and its result, if any, is used instead
        of creating a duplicate."""
        from flywheel.rest import ApiException
        from fw_client.errors import ClientError, ServerError, TransportError

        attempt = 0
        while True:
            try:
                return func()
            except (ApiException, ClientError, ServerError, TransportError, httpx2.TransportError,
                    httpx2.HTTPStatusError) as exc:
                status, message = _status_of(exc)
                if status is None:  # no answer at all: say from where, and what the socket said
                    detail = str(exc).strip()
                    message = f"cannot reach {self.key.base_url} ({message}{': ' + detail if detail else ''})"
            if status is not None and status < 500 and status != 429:  # 429: too many requests, transient
                hint = {401: " (the API key is invalid or expired)",
                        403: " (the API key's user lacks permission for this)",
                        404: " (not found)"}.get(status, "")
                raise FlywheelError(f"Flywheel call '{what}' was refused: HTTP {status}{hint}: {message}",
                                    status) from None
            if attempt >= self.retries:
                got = f"HTTP {status}" if status else message
                tries = f"{attempt + 1} attempt{'s' if attempt else ''}"
                raise FlywheelError(f"Flywheel call '{what}' failed after {tries}: {got}", status) from None
            delay = self.backoff * (2 ** attempt)
            log.warning("Flywheel call '%s' failed (%s); retrying in %.1f s", what,
                        f"HTTP {status}" if status else message, delay)
            time.sleep(delay)
            attempt += 1
            if recheck is not None:
                done = self.call(f"{what} (check before retrying)", recheck)
                if done is not None:
                    return done

    # fw-client helpers: paths are relative to the site, e.g. /api/annotations
    def get(self, what: str, path: str, **params):
        return self.call(what, lambda: self.http.get(path, params=params or None))

    def post(self, what: str, path: str, body: dict, recheck: Callable[[], T | None] | None = None):
        return self.call(what, lambda: self.http.post(path, json=body), recheck)

    def delete(self, what: str, path: str):
        return self.call(what, lambda: self.http.delete(path))

    def paged(self, what: str, path: str, **params) -> list[dict]:
        """All results of a paginated fw-client listing (see `collect_pages`)."""
        return collect_pages(what, lambda skip: self.get(what, path, **params, limit=PAGE_LIMIT, skip=skip))


PAGE_LIMIT = 500  # what we ask for; a site may answer with fewer per page, which is fine


def _page_parts(page) -> tuple[list, int | None]:
    """(results, total) of a page; total None where the answer is not an envelope (a plain list)."""
    if page is None:
        return [], 0
    if isinstance(page, list):
        return page, None
    if isinstance(page, dict):
        return list(page.get("results") or []), page.get("total")
    results = getattr(page, "results", None)
    return list(results or []), getattr(page, "total", None)


def collect_pages(what: str, fetch: Callable[[int], object]) -> list:
    """Every result of a listing, following the server's envelope.

    Flywheel's list endpoints answer `{"count", "total", "results"}` (the SDK's
    Page* models; the legacy listings likewise). Paging goes on until `total`
    results are in: a short page only means the site caps its page size lower
    than asked, never that the listing is over. A listing that answers a plain
    list is complete as it is. Raises FlywheelError if a page comes back empty
    before `total` is reached (the listing changed under us, or a server bug),
    rather than return a silently truncated list."""
    out: list = []
    while True:
        results, total = _page_parts(fetch(len(out)))
        out += results
        if total is None or len(out) >= int(total):
            return out
        if not results:
            raise FlywheelError(f"Flywheel call '{what}' stopped at {len(out)} of {total} results")


def sdk_paged(fw: Flywheel, what: str, func: Callable[..., object], **params) -> list:
    """All results of a paginated SDK listing (Page* models with `total` and `results`)."""
    return collect_pages(what, lambda skip: fw.call(what, lambda: func(limit=PAGE_LIMIT, skip=skip, **params)))


def field(obj, name: str, default=None):
    """Read a field from an SDK model or a plain dict alike (some SDK responses are untyped)."""
    if obj is None:
        return default
    if isinstance(obj, dict):
        return obj.get(name, obj.get("_" + name, default) if name == "id" else default)
    value = getattr(obj, name, default)
    return default if value is None else value
