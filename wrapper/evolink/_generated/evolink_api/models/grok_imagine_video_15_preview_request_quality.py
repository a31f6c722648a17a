from typing import Literal

GrokImagineVideo15PreviewRequestQuality = Literal["1080p", "480p", "720p"]

GROK_IMAGINE_VIDEO_15_PREVIEW_REQUEST_QUALITY_VALUES: set[
    GrokImagineVideo15PreviewRequestQuality
] = {
    "1080p",
    "480p",
    "720p",
}


def check_grok_imagine_video_15_preview_request_quality(
    value: str,
) -> GrokImagineVideo15PreviewRequestQuality:
    if value in GROK_IMAGINE_VIDEO_15_PREVIEW_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_15_PREVIEW_REQUEST_QUALITY_VALUES!r}"
    )
