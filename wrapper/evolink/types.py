"""Typed request objects, one per model, generated from the spec.

Editors complete each model's parameters; pass an instance to
``client.videos.create(request)``. They are the generated attrs models, named
after their model (``kling-v3-image-to-video`` -> ``KlingV3ImageToVideoRequest``,
its nested objects ``KlingV3ImageToVideoRequestModelParams``, ...)::

    from evolink.types import Veo31FastGeneratePreviewRequest

    client.videos.create(Veo31FastGeneratePreviewRequest(prompt="A cat playing piano", duration=8))

Importing this module loads every model's class; ``import evolink`` does not.
"""

from ._generated.evolink_api.models import *  # noqa: F403 - every generated class, as the generated package lists them
from ._generated.evolink_api.models import __all__ as _evolink_classes
from ._generated.uniall_api.models import VideoJobExtraBody as UniAllExtraBody
from ._generated.uniall_api.models import VideoJobRequest as UniAllVideoRequest

__all__ = [*_evolink_classes, "UniAllExtraBody", "UniAllVideoRequest"]
