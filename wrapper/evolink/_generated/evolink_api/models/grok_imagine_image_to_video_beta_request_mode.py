from typing import Literal

GrokImagineImageToVideoBetaRequestMode = Literal["fun", "normal", "spicy"]

GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_MODE_VALUES: set[
    GrokImagineImageToVideoBetaRequestMode
] = {
    "fun",
    "normal",
    "spicy",
}


def check_grok_imagine_image_to_video_beta_request_mode(
    value: str,
) -> GrokImagineImageToVideoBetaRequestMode:
    if value in GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_MODE_VALUES!r}"
    )
