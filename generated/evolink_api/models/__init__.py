"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .kling_image_to_video_params import KlingImageToVideoParams
from .kling_image_to_video_params_element_list_item import (
    KlingImageToVideoParamsElementListItem,
)
from .kling_image_to_video_params_shot_type import KlingImageToVideoParamsShotType
from .kling_image_to_video_request import KlingImageToVideoRequest
from .kling_image_to_video_request_quality import KlingImageToVideoRequestQuality
from .kling_image_to_video_request_sound import KlingImageToVideoRequestSound
from .kling_shot import KlingShot
from .kling_text_to_video_params import KlingTextToVideoParams
from .kling_text_to_video_params_shot_type import KlingTextToVideoParamsShotType
from .kling_text_to_video_request import KlingTextToVideoRequest
from .kling_text_to_video_request_aspect_ratio import KlingTextToVideoRequestAspectRatio
from .kling_text_to_video_request_quality import KlingTextToVideoRequestQuality
from .kling_text_to_video_request_sound import KlingTextToVideoRequestSound
from .kling_watermark_info import KlingWatermarkInfo
from .task_error import TaskError
from .task_info import TaskInfo
from .task_status import TaskStatus
from .usage import Usage
from .veo_fast_extend_request import VeoFastExtendRequest
from .veo_fast_generate_preview_request import VeoFastGeneratePreviewRequest
from .veo_fast_generate_preview_request_aspect_ratio import (
    VeoFastGeneratePreviewRequestAspectRatio,
)
from .veo_fast_generate_preview_request_duration import (
    VeoFastGeneratePreviewRequestDuration,
)
from .veo_fast_generate_preview_request_generation_type import (
    VeoFastGeneratePreviewRequestGenerationType,
)
from .veo_fast_generate_preview_request_person_generation import (
    VeoFastGeneratePreviewRequestPersonGeneration,
)
from .veo_fast_generate_preview_request_quality import (
    VeoFastGeneratePreviewRequestQuality,
)
from .veo_fast_generate_preview_request_resize_mode import (
    VeoFastGeneratePreviewRequestResizeMode,
)
from .veo_generate_preview_request import VeoGeneratePreviewRequest
from .veo_generate_preview_request_aspect_ratio import (
    VeoGeneratePreviewRequestAspectRatio,
)
from .veo_generate_preview_request_duration import VeoGeneratePreviewRequestDuration
from .veo_generate_preview_request_generation_type import (
    VeoGeneratePreviewRequestGenerationType,
)
from .veo_generate_preview_request_person_generation import (
    VeoGeneratePreviewRequestPersonGeneration,
)
from .veo_generate_preview_request_quality import VeoGeneratePreviewRequestQuality
from .veo_generate_preview_request_resize_mode import (
    VeoGeneratePreviewRequestResizeMode,
)
from .video_task import VideoTask
from .video_task_object import VideoTaskObject
from .video_task_type import VideoTaskType

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "KlingImageToVideoParams",
    "KlingImageToVideoParamsElementListItem",
    "KlingImageToVideoParamsShotType",
    "KlingImageToVideoRequest",
    "KlingImageToVideoRequestQuality",
    "KlingImageToVideoRequestSound",
    "KlingShot",
    "KlingTextToVideoParams",
    "KlingTextToVideoParamsShotType",
    "KlingTextToVideoRequest",
    "KlingTextToVideoRequestAspectRatio",
    "KlingTextToVideoRequestQuality",
    "KlingTextToVideoRequestSound",
    "KlingWatermarkInfo",
    "TaskError",
    "TaskInfo",
    "TaskStatus",
    "Usage",
    "VeoFastExtendRequest",
    "VeoFastGeneratePreviewRequest",
    "VeoFastGeneratePreviewRequestAspectRatio",
    "VeoFastGeneratePreviewRequestDuration",
    "VeoFastGeneratePreviewRequestGenerationType",
    "VeoFastGeneratePreviewRequestPersonGeneration",
    "VeoFastGeneratePreviewRequestQuality",
    "VeoFastGeneratePreviewRequestResizeMode",
    "VeoGeneratePreviewRequest",
    "VeoGeneratePreviewRequestAspectRatio",
    "VeoGeneratePreviewRequestDuration",
    "VeoGeneratePreviewRequestGenerationType",
    "VeoGeneratePreviewRequestPersonGeneration",
    "VeoGeneratePreviewRequestQuality",
    "VeoGeneratePreviewRequestResizeMode",
    "VideoTask",
    "VideoTaskObject",
    "VideoTaskType",
)
