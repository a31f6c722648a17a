"""What differs between gateways, as data: names, paths, environment variables, status words.

Everything else (validation, retries, waiting, downloads) is shared: a second
gateway is a second :class:`Provider`, not a second client.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from ._spec import ApiSpec, evolink_spec, uniall_spec

__all__ = ["EVOLINK", "PROVIDERS", "UNIALL", "Provider"]


@dataclass(frozen=True)
class Provider:
    """One gateway: its spec, where it lives, and how its task statuses map to ours."""

    name: str
    spec: Callable[[], ApiSpec]
    key_env: str
    base_url_env: str
    default_base_url: str | None
    status_map: Mapping[str, str] = field(default_factory=dict)

    @property
    def create_path(self) -> str:
        return self.spec().create_path

    def task_path(self, task_id: str) -> str:
        # quote() keeps a hostile id from turning into another path (../, ?, #).
        return self.spec().task_path.replace("{task_id}", quote(task_id, safe=""))


EVOLINK = Provider(
    name="evolink",
    spec=evolink_spec,
    key_env="EVOLINK_API_KEY",
    base_url_env="EVOLINK_BASE_URL",
    default_base_url="https://api.evolink.ai",
)

UNIALL = Provider(
    name="uniall",
    spec=uniall_spec,
    key_env="UNIALL_API_KEY",
    base_url_env="UNIALL_BASE_URL",
    default_base_url=None,
    status_map={"queued": "pending", "in_progress": "processing"},
)

PROVIDERS = {provider.name: provider for provider in (EVOLINK, UNIALL)}
