"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .job_error import JobError
from .job_status import JobStatus
from .video_job import VideoJob
from .video_job_extra_body import VideoJobExtraBody
from .video_job_metadata import VideoJobMetadata
from .video_job_object import VideoJobObject
from .video_job_request import VideoJobRequest
from .video_job_request_aspect_ratio import VideoJobRequestAspectRatio
from .video_job_request_duration import VideoJobRequestDuration
from .video_job_request_model import VideoJobRequestModel
from .video_job_request_size import VideoJobRequestSize
from .video_job_result import VideoJobResult

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "JobError",
    "JobStatus",
    "VideoJob",
    "VideoJobExtraBody",
    "VideoJobMetadata",
    "VideoJobObject",
    "VideoJobRequest",
    "VideoJobRequestAspectRatio",
    "VideoJobRequestDuration",
    "VideoJobRequestModel",
    "VideoJobRequestSize",
    "VideoJobResult",
)
