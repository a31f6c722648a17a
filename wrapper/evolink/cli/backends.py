"""The gateways the command talks to, as data: a spec, a client class, and where the key comes from.

Every command reads its spec and builds its client through a :class:`Backend`,
never by naming EvoLink, so a ``--provider`` option only has to choose another
entry of :data:`BACKENDS` (UniAll's client and spec already exist in the library).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from evolink import EvoLink, EvoLinkError
from evolink._client import SyncClient
from evolink._provider import EVOLINK, Provider
from evolink._spec import ApiSpec

from .exit_codes import CommandError, ExitCode

__all__ = ["BACKENDS", "DEFAULT_BACKEND", "Backend"]


@dataclass(frozen=True)
class Backend:
    """One gateway as the command line sees it."""

    provider: Provider
    client_class: type[SyncClient]

    @property
    def name(self) -> str:
        return self.provider.name

    @property
    def flags(self) -> list[str]:
        """The option that selects this gateway in a printed command (none for the default one)."""
        return [] if self.name == DEFAULT_BACKEND else ["--provider", self.name]

    @property
    def key_env(self) -> str:
        return self.provider.key_env

    @property
    def base_url_env(self) -> str:
        return self.provider.base_url_env

    def spec(self) -> ApiSpec:
        return self.provider.spec()

    def connect(self, api_key: str | None, base_url: str | None) -> SyncClient:
        """A client from the flags, else the environment; a missing key is worded for the command line."""
        key = api_key or os.environ.get(self.key_env)
        if not key:
            raise CommandError(ExitCode.AUTH, f"no API key: pass --api-key or set {self.key_env}")
        try:
            return self.client_class(key, base_url=base_url or None)
        except EvoLinkError as exc:  # a malformed or insecure base URL
            raise CommandError(ExitCode.USAGE, str(exc)) from None


BACKENDS: dict[str, Backend] = {"evolink": Backend(EVOLINK, EvoLink)}
DEFAULT_BACKEND = "evolink"
