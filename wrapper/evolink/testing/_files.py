"""The mock's files API: uploads kept in memory per key and served back at their ``file_url`` until they expire.

The paths, the media types a file part may have, the lifetime of a file and
the default quota are the spec's (the files operations, their ``encoding``,
``x-file-lifetime-seconds`` and ``x-default-max-files``); the mock serves them
on its own origin, so a mock's files base URL is its base URL. An image is
judged by its bytes, as the client judges it. Memory is bounded: each key holds
at most its quota of files of at most ``max_upload_bytes`` each, and a file is
dropped (its quota slot freed) once it expires on the mock's clock.

A URL upload fetches nothing from the network: a link to one of the mock's own
uploads is copied (a link to anything else the mock serves, such as a video,
is not an image and is refused), and any other http(s) URL is stored as a
1x1 PNG placeholder, so an offline test of a pipeline that uploads public
URLs still gets a working link.

Errors are the files API's envelope ``{"success": false, "code": <status>,
"msg": ...}``: 400 not a supported image (or bad base64, or a link to a file of
the mock that is gone), 401 an unknown key, 403 the quota is used up, 413 too
large.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

import attrs

from .._files_api import FILE_DATA, FILES_QUOTA, FILES_URL_UPLOAD, sniff_image
from .._provider import FILES_UPLOAD
from ._errors import ApiError, json_body
from ._http import MockRequest, MockResponse, json_response
from ._routing import Handler, Route

if TYPE_CHECKING:
    from .._spec import ApiSpec
    from .._timing import Clock
    from ._config import MockConfig
    from ._errors import ErrorBook
    from ._stats import StatsRecorder

__all__ = ["FileStore", "FilesApiError", "files_error"]

FILES_BASE64_UPLOAD = "upload_file_base_64"
#: Where the mock serves stored files (outside the spec, like the result videos under ``/files/``).
UPLOADS = "uploads"
#: Room for a form's boundaries and part headers, or base64's third, above the largest file.
_FORM_OVERHEAD = 64 * 1024
#: A 1x1 transparent PNG: what a URL upload of a link outside the mock stores.
PLACEHOLDER_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


class FilesApiError(ApiError):
    """An error of the files API, in its envelope rather than the video API's ``{"error": {...}}``."""

    def response(self) -> MockResponse:
        return json_response(self.status, {"success": False, "code": self.status, "msg": self.message}, self.headers)


def files_error(error: ApiError) -> FilesApiError:
    """Any error met on a files route (a 401, a 429) as the files API words it."""
    if isinstance(error, FilesApiError):
        return error
    return FilesApiError(error.status, error.code, error.message, type=error.type, headers=error.headers)


def _refused(status: int, message: str) -> FilesApiError:
    return FilesApiError(status, str(status), message, type="files_error")


@attrs.frozen
class StoredFile:
    id: str
    owner: str
    name: str
    original_name: str
    mime: str
    data: bytes
    upload_path: str
    uploaded_at: float
    expires_at: float


class FileStore:
    """The uploads of every key, on the server's clock; its handlers are routes of the mock (see :meth:`routes`)."""

    def __init__(
        self, config: MockConfig, clock: Clock, spec: ApiSpec, errors: ErrorBook, stats: StatsRecorder
    ) -> None:
        self._config, self._clock, self._spec, self._errors, self._stats = config, clock, spec, errors, stats
        self._lock = threading.Lock()
        self._files: dict[str, StoredFile] = {}
        upload = spec.operation(FILES_UPLOAD)
        encoding = spec.request_media(upload).get("encoding", {}).get("file", {})
        self.accepted = frozenset(t.strip() for t in str(encoding.get("contentType", "")).split(",") if t.strip())
        self.lifetime = float(spec.component(FILE_DATA)["x-file-lifetime-seconds"])
        self._default_quota = int(spec.component("QuotaData")["x-default-max-files"])
        self.quota = config.file_quota if config.file_quota is not None else self._default_quota

    def routes(self) -> list[Route]:
        """The files API's routes (``files`` kind: authenticated, answered in the files envelope) and the downloads."""
        limit = self._config.max_upload_bytes + _FORM_OVERHEAD
        handlers: dict[str, tuple[Handler, int | None, str | None]] = {
            FILES_UPLOAD: (self._upload_form, limit, "file_uploads"),
            FILES_BASE64_UPLOAD: (self._upload_base64, limit * 4 // 3, "file_uploads"),
            FILES_URL_UPLOAD: (self._upload_url, None, "file_uploads"),
            FILES_QUOTA: (self._quota, None, None),
        }
        routes = []
        for name, (handler, max_body, counter) in handlers.items():
            operation = self._spec.operation(name)
            template = tuple(operation.path.split("/")[1:])
            routes.append(Route(template, {operation.method: handler}, "files", counter, max_body))
        routes.append(Route((UPLOADS, "{file_id}", "{name}"), {"GET": self._serve}, "cdn"))
        return routes

    def clear(self) -> None:
        with self._lock:
            self._files.clear()

    def __len__(self) -> int:
        return len(self._files)

    # --- the handlers ---------------------------------------------------------------------------

    def _upload_form(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        fields, part = _form(request)
        # The form's text fields and the file part's presence are what the schema can judge; the bytes come next.
        self._check(FILES_UPLOAD, {**fields, **({"file": ""} if part else {})})
        assert part is not None  # required by the schema
        file_name, data = part
        return self._store(key, data, fields, original=file_name, origin=request.origin)

    def _upload_base64(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        body = self._json(request, FILES_BASE64_UPLOAD)
        text = str(body["base64_data"])
        payload = text.partition(",")[2] if text.startswith("data:") else text
        try:
            data = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise _refused(400, "base64_data is not valid base64") from None
        return self._store(key, data, _strings(body), original="", origin=request.origin)

    def _upload_url(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        body = self._json(request, FILES_URL_UPLOAD)
        url = body.get("file_url")
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise _refused(400, "file_url must be an http(s) URL")
        original = unquote(parts.path.rsplit("/", 1)[-1])
        return self._store(key, self._fetch(request.origin, parts), _strings(body), original, request.origin)

    def _quota(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        with self._lock:
            used = self._count(key, self._clock.wall())
        data = {
            "user_group": "default",
            "used_files": used,
            "max_files": self.quota,
            "remain_files": max(0, self.quota - used),
            "is_custom": self.quota != self._default_quota,
            "quota_reason": "",
        }
        return json_response(200, {"success": True, "code": 200, "data": data})

    def _serve(self, request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        now = self._clock.wall()
        with self._lock:
            stored = self._files.get(params["file_id"])
        if stored is None or now >= stored.expires_at or stored.name != params["name"]:
            raise ApiError(404, "file_not_found", "No such file, or it has expired", type="invalid_request_error")
        headers = {"content-type": stored.mime, "content-length": str(len(stored.data))}
        if "download" in request.query:
            headers["content-disposition"] = f'attachment; filename="{stored.name}"'
        return MockResponse(200, headers, stored.data)

    # --- storing ------------------------------------------------------------------------------

    def _json(self, request: MockRequest, operation: str) -> Mapping[str, Any]:
        """The request's JSON body, once it is valid JSON that keeps the operation's schema (else 400)."""
        try:
            body = json_body(request, self._errors)
        except ApiError as error:
            raise files_error(error) from None
        self._check(operation, body)
        return dict(body)

    def _check(self, operation: str, body: Any) -> None:
        violations = self._spec.check_body(self._spec.operation(operation), body)
        if violations:
            raise _refused(400, "; ".join(v.message for v in violations))

    def _fetch(self, origin: str, parts: Any) -> bytes:
        """The bytes behind a URL: one of the mock's own uploads, else the placeholder (the mock is offline)."""
        if f"{parts.scheme}://{parts.netloc}" != origin:
            return PLACEHOLDER_PNG
        if not parts.path.startswith(f"/{UPLOADS}/"):  # a result video, the spec, ...: none of them an image
            raise _refused(400, "unsupported file type: the link is to something the mock serves that is no image")
        segments = parts.path.split("/")
        with self._lock:
            stored = self._files.get(unquote(segments[2])) if len(segments) == 4 else None
        if stored is None or self._clock.wall() >= stored.expires_at:
            raise _refused(400, "file_url could not be fetched (404)")
        return stored.data

    def _store(self, key: str, data: bytes, fields: Mapping[str, str], original: str, origin: str) -> MockResponse:
        if len(data) > self._config.max_upload_bytes:
            raise _refused(413, f"the file is larger than {self._config.max_upload_bytes} bytes")
        mime = sniff_image(data[:64])
        if mime is None or mime not in self.accepted:
            kinds = ", ".join(sorted(self.accepted))
            raise _refused(400, f"unsupported file type: only {kinds} images are accepted")
        now = self._clock.wall()
        file_id = "file_" + secrets.token_hex(8)
        name = fields.get("file_name") or fields.get("fileName") or f"{file_id}.{mime.removeprefix('image/')}"
        upload_path = fields.get("upload_path") or fields.get("uploadPath") or "images"
        stored = StoredFile(file_id, key, name, original or name, mime, data, upload_path, now, now + self.lifetime)
        with self._lock:
            if self._count(key, now) >= self.quota:
                raise _refused(403, f"file quota exhausted: {self.quota} files are stored; wait for one to expire")
            self._files[file_id] = stored
        self._stats.bump("files_stored")
        link = f"{origin}/{UPLOADS}/{file_id}/{quote(name, safe='')}"
        data_out = {
            "file_id": file_id,
            "file_name": name,
            "original_name": stored.original_name,
            "file_size": len(data),
            "mime_type": mime,
            "upload_path": upload_path,
            "file_url": link,
            "download_url": link + "?download=1",
            "upload_time": _iso(now),
            "expires_at": _iso(stored.expires_at),
        }
        return json_response(200, {"success": True, "code": 200, "msg": "File uploaded successfully", "data": data_out})

    def _count(self, key: str, now: float) -> int:
        """The key's files still alive (called under the lock); expired ones are dropped, freeing their slots."""
        for file_id in [i for i, f in self._files.items() if now >= f.expires_at]:
            del self._files[file_id]
        return sum(f.owner == key for f in self._files.values())


def _iso(wall: float) -> str:
    return datetime.fromtimestamp(wall, UTC).isoformat().replace("+00:00", "Z")


def _strings(body: Mapping[str, Any]) -> dict[str, str]:
    return {k: v for k, v in body.items() if isinstance(v, str) and k != "base64_data"}


def _form(request: MockRequest) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """The form's text fields and its ``file`` part (name, bytes); 400 for a body that is not a multipart form."""
    try:
        from python_multipart import FormParser
        from python_multipart.multipart import parse_options_header
    except ImportError:  # pragma: no cover - the mock extra brings it
        raise _refused(400, "multipart uploads need python-multipart (pip install 'evolink[mock]')") from None
    kind, options = parse_options_header(request.header("content-type") or "")
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise _refused(400, "the body must be multipart/form-data with a boundary")
    fields: dict[str, str] = {}
    part: list[tuple[str, bytes]] = []

    def on_field(found: Any) -> None:
        if found.field_name and found.value is not None:
            fields[found.field_name.decode("utf-8", "replace")] = found.value.decode("utf-8", "replace")

    def on_file(found: Any) -> None:
        if found.field_name == b"file":
            found.file_object.seek(0)
            part.append(((found.file_name or b"").decode("utf-8", "replace"), found.file_object.read()))

    try:
        parser = FormParser(
            "multipart/form-data", on_field, on_file, boundary=boundary, config={"MAX_MEMORY_FILE_SIZE": 2**62}
        )
        parser.write(request.body)
        parser.finalize()
    except Exception as exc:  # the parser's errors vary with the malformation
        raise _refused(400, f"the multipart body cannot be parsed ({type(exc).__name__})") from None
    return fields, (part[0] if part else None)
