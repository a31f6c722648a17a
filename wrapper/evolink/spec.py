"""The API spec, for tools built on evolink: the models, their rules in words, and the client's own checks.

Everything the client knows about a gateway's requests is read from its
OpenAPI spec, which ships with the package. :class:`ApiSpec` is that spec,
read-only: :attr:`~ApiSpec.models`, a model's request schema
(:meth:`~ApiSpec.model_schema`), what it makes (:meth:`~ApiSpec.model_output`)
and :meth:`~ApiSpec.check_request`. The functions here check a request exactly
as the client does before sending it, and put a schema's limits and rules into
the words the client's validation messages use; :func:`media_fields` says which
fields take an image, a video or audio (a local image goes only to an image field)::

    from evolink.spec import describe_limits, evolink_spec

    spec = evolink_spec()
    for name, schema in spec.model_schema("veo-3.1-fast-generate-preview")["properties"].items():
        print(name, describe_limits(schema))  # duration ['must be one of 4, 6, 8'], ...

To check many requests at once, with their positions, see :class:`evolink.batch.Batch`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _core
from ._media import MEDIA_KINDS, Medium, media_fields
from ._schema_words import describe_limits, describe_rules
from ._spec import ApiSpec, evolink_spec, uniall_spec

__all__ = [
    "MEDIA_KINDS",
    "ApiSpec",
    "Medium",
    "describe_limits",
    "describe_rules",
    "evolink_spec",
    "makes_video",
    "media_fields",
    "uniall_spec",
    "validate_request",
]


def validate_request(spec: ApiSpec, body: Mapping[str, Any], *, strict_models: bool = False) -> None:
    """Check ``body`` as the client checks a create before sending it; nothing is sent.

    Raises :class:`~evolink.RequestValidationError` listing every violation: the
    spec's rules and what JSON Schema cannot state (a callback URL must not
    point at a private address). A model newer than the spec is checked only
    against what every model shares and warned about with
    :class:`~evolink.UnknownModelWarning`, or refused when ``strict_models``.
    """
    _core.validate_request(spec, body, strict_models=strict_models)


def makes_video(spec: ApiSpec, body: Mapping[str, Any]) -> bool:
    """Whether a task created from ``body`` ends in a video to save.

    False only for a model the spec says makes something else (an element,
    say): ``generate`` and a batch refuse those, ``create`` and ``wait`` do not.
    A model the spec does not know is taken to make a video.
    """
    return _core.video_violation(spec, body) is None
