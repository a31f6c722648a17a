from typing import Literal

GrokImagineImageToVideoBetaRequestQuality = Literal["480p", "720p"]

GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_QUALITY_VALUES: set[
    GrokImagineImageToVideoBetaRequestQuality
] = {
    "480p",
    "720p",
}


def check_grok_imagine_image_to_video_beta_request_quality(
    value: str,
) -> GrokImagineImageToVideoBetaRequestQuality:
    if value in GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_IMAGE_TO_VIDEO_BETA_REQUEST_QUALITY_VALUES!r}"
    )
