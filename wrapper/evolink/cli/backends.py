"""The gateways the command talks to: an entry of the library's registry (:mod:`evolink.gateways`) and its client.

Every command reads its spec and builds its client through a :class:`Backend`,
never by naming a gateway, so ``--provider`` only chooses an entry of
:data:`BACKENDS`. Which one, when ``--provider`` is not given, is decided by
:func:`choose_backend` - the rule the ``evolink --help`` text states.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from evolink import EvoLink, EvoLinkError, UniAll
from evolink.gateways import EVOLINK, UNIALL, Provider
from evolink.spec import ApiSpec

from .exit_codes import CommandError, ExitCode

__all__ = ["BACKENDS", "DEFAULT_BACKEND", "PROVIDER_ENV", "Backend", "choose_backend", "owner_of"]

DEFAULT_BACKEND = "evolink"
#: Chooses the gateway when ``--provider`` is not given.
PROVIDER_ENV = "EVOLINK_PROVIDER"


@dataclass(frozen=True)
class Backend:
    """One gateway as the command line sees it: the registry's entry, and the client class that talks to it."""

    provider: Provider
    client_class: type[EvoLink] | type[UniAll]

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

    def configured(self, environ: Mapping[str, str]) -> bool:
        """Whether the environment holds this gateway's key or base URL."""
        return bool(environ.get(self.key_env) or environ.get(self.base_url_env))

    def connect(self, api_key: str | None, base_url: str | None, *, strict_models: bool = False) -> EvoLink | UniAll:
        """A client from the flags, else the environment; what is missing is worded for the command line."""
        key = api_key or os.environ.get(self.key_env)
        if not key:
            raise CommandError(ExitCode.AUTH, f"no API key: pass --api-key or set {self.key_env}")
        if not (base_url or os.environ.get(self.base_url_env) or self.provider.default_base_url):
            raise CommandError(
                ExitCode.USAGE, f"{self.name} has no default address: pass --base-url or set {self.base_url_env}"
            )
        try:
            return self.client_class(key, base_url=base_url or None, strict_models=strict_models)
        except EvoLinkError as exc:  # a malformed or insecure base URL
            raise CommandError(ExitCode.USAGE, str(exc)) from None


BACKENDS: dict[str, Backend] = {b.name: b for b in (Backend(EVOLINK, EvoLink), Backend(UNIALL, UniAll))}


def choose_backend(name: str | None, environ: Mapping[str, str] | None = None) -> Backend:
    """``name`` (from ``--provider`` or ``$EVOLINK_PROVIDER``) when given; else the one gateway whose key
    or base URL is in the environment, when exactly one is; else EvoLink.

    So a user who only ever set ``UNIALL_API_KEY`` and ``UNIALL_BASE_URL`` needs no flag, and one
    who holds both keys gets EvoLink unless they ask.
    """
    if name is not None:
        return BACKENDS[name]
    configured = [b for b in BACKENDS.values() if b.configured(os.environ if environ is None else environ)]
    return configured[0] if len(configured) == 1 else BACKENDS[DEFAULT_BACKEND]


def owner_of(model: object) -> Backend | None:
    """The gateway whose spec has ``model`` (model names differ between gateways), or None."""
    return next((b for b in BACKENDS.values() if model in b.spec().models), None)
