from typing import Literal

GrokImagineVideo15PreviewRequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "9:16", "auto"
]

GROK_IMAGINE_VIDEO_15_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[
    GrokImagineVideo15PreviewRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "9:16",
    "auto",
}


def check_grok_imagine_video_15_preview_request_aspect_ratio(
    value: str,
) -> GrokImagineVideo15PreviewRequestAspectRatio:
    if value in GROK_IMAGINE_VIDEO_15_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_15_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
