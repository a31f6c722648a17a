"""Typed request objects, one per model, generated from the spec.

Editors complete each model's parameters; pass an instance to
``client.videos.create(request)``. They are the generated attrs models,
re-exported here under stable names::

    from evolink.types import VeoFastGeneratePreviewRequest

    client.videos.create(VeoFastGeneratePreviewRequest(prompt="A cat playing piano", duration=8))
"""

from evolink_api.models import (
    KlingImageToVideoParams,
    KlingImageToVideoRequest,
    KlingShot,
    KlingTextToVideoParams,
    KlingTextToVideoRequest,
    KlingWatermarkInfo,
    VeoFastExtendRequest,
    VeoFastGeneratePreviewRequest,
    VeoGeneratePreviewRequest,
)
from uniall_api.models import VideoJobExtraBody as UniAllExtraBody
from uniall_api.models import VideoJobRequest as UniAllVideoRequest

__all__ = [
    "KlingImageToVideoParams",
    "KlingImageToVideoRequest",
    "KlingShot",
    "KlingTextToVideoParams",
    "KlingTextToVideoRequest",
    "KlingWatermarkInfo",
    "UniAllExtraBody",
    "UniAllVideoRequest",
    "VeoFastExtendRequest",
    "VeoFastGeneratePreviewRequest",
    "VeoGeneratePreviewRequest",
]
