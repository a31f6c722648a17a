"""The gateway registry: each gateway described once, and from its spec wherever the spec says it.

A :class:`Provider` names a gateway's spec, its environment variables and its
status words - the one table written by hand. Everything else is read from the
spec (the default base URL from ``servers``, the files API's origin from its
operations' own ``servers``, the idempotency header from the
create's parameters, the link lifetime, the retryable failure codes) or taken
from the generated request builders (method, path, headers). The client, the
command line (:mod:`evolink.gateways`) and the mock server
(``evolink.testing``) all use these entries; a second gateway is a second
:class:`Provider`, not a second client.
"""

from __future__ import annotations

import itertools
import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._spec import ApiSpec, evolink_spec, uniall_spec

if TYPE_CHECKING:
    from ._generated.evolink_api.api import Prepared

__all__ = ["EVOLINK", "FILES_UPLOAD", "PROVIDERS", "UNIALL", "Provider"]

#: The generated name of the files API's multipart upload: the operation whose server is the files origin.
FILES_UPLOAD = "upload_file_stream"


@dataclass(frozen=True)
class Provider:
    """One gateway: its spec, where its key and address come from, and its status words.

    ``statuses`` maps every status word the gateway sends to ours (``pending``,
    ``processing``, ``completed``, ``failed``, ``cancelled``); the mock server
    plays the gateway by reading it backwards.
    """

    name: str
    spec: Callable[[], ApiSpec]
    key_env: str
    base_url_env: str
    statuses: Mapping[str, str]
    #: Where the files API's address comes from, on a gateway whose spec documents one.
    files_base_url_env: str | None = None

    @property
    def default_base_url(self) -> str | None:
        """The spec's server, or None when it documents none (then the base URL is the caller's to give)."""
        return self.spec().default_base_url

    @property
    def default_files_base_url(self) -> str | None:
        """The files API's origin as the spec gives its upload operation; None when the gateway has no files API."""
        operation = self.spec().operations.get(FILES_UPLOAD)
        return None if operation is None else operation.server

    def shared_path(self, *, files: bool = False) -> tuple[str, ...]:
        """The path segments every operation of the API (or of its files API) begins with: ``("v1",)``.

        A base URL that already ends with them (``https://api.evolink.ai/v1``, the openai habit) would send
        ``/v1/v1/...``; the client drops them from the base URL instead (see ``ClientCore``).
        """
        server = self.default_files_base_url if files else None
        if files and server is None:
            return ()
        folders = [posixpath.dirname(op.path) for op in self.spec().operations.values() if op.server == server]
        shared = posixpath.commonpath(folders).strip("/").split("/") if folders else []
        return tuple(itertools.takewhile(lambda segment: segment and not segment.startswith("{"), shared))

    @property
    def idempotency_header(self) -> str | None:
        """The create's idempotency header, when the spec declares one (only then is a create retried)."""
        return self.spec().create_idempotency_header

    @property
    def link_lifetime(self) -> float | None:
        """Seconds result links live after completion, when the spec documents it."""
        return self.spec().result_lifetime_seconds

    @property
    def retryable_codes(self) -> frozenset[str]:
        """Task failure codes the spec calls transient."""
        return self.spec().retryable_task_codes

    def create_request(self, body: Mapping[str, Any], idempotency_key: str | None) -> Prepared:
        """The create, built by the generated builder; the key goes only where the spec declares the header."""
        create = self.spec().create
        if self.idempotency_header is None or idempotency_key is None:
            return create.build(body=body)
        return create.build(body=body, idempotency_key=idempotency_key)

    def task_request(self, task_id: str) -> Prepared:
        """The task query, built by the generated builder (the id stays one path segment, whatever it holds)."""
        return self.spec().task_query.build(task_id=task_id)


EVOLINK = Provider(
    name="evolink",
    spec=evolink_spec,
    key_env="EVOLINK_API_KEY",
    base_url_env="EVOLINK_BASE_URL",
    statuses={word: word for word in ("pending", "processing", "completed", "failed", "cancelled")},
    files_base_url_env="EVOLINK_FILES_BASE_URL",
)

UNIALL = Provider(
    name="uniall",
    spec=uniall_spec,
    key_env="UNIALL_API_KEY",
    base_url_env="UNIALL_BASE_URL",
    statuses={"queued": "pending", "in_progress": "processing", "completed": "completed", "failed": "failed"},
)

PROVIDERS = {provider.name: provider for provider in (EVOLINK, UNIALL)}
