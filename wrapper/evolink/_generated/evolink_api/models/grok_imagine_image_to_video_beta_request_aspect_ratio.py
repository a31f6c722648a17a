from typing import Literal

GrokImagineImageToVideoBetaRequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "9:16"
]

GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_ASPECT_RATIO_VALUES: set[
    GrokImagineImageToVideoBetaRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "9:16",
}


def check_grok_imagine_image_to_video_beta_request_aspect_ratio(
    value: str,
) -> GrokImagineImageToVideoBetaRequestAspectRatio:
    if value in GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
