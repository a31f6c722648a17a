"""The gateways evolink talks to, one registry entry each (for tools built on the library, such as its CLI).

A :class:`Provider` describes a gateway once: its name, its spec
(:class:`evolink.spec.ApiSpec`), its environment variables and its status words; its
default base URL, idempotency header, link lifetime, retryable failure codes
and requests come from the spec and the generated request builders.
"""

from ._provider import EVOLINK, PROVIDERS, UNIALL, Provider

__all__ = ["EVOLINK", "PROVIDERS", "UNIALL", "Provider"]
