from typing import Literal

GrokImagineTextToVideoBetaRequestQuality = Literal["480p", "720p"]

GROK_IMAGINE_TEXT_TO_VIDEO_BETA_REQUEST_QUALITY_VALUES: set[
    GrokImagineTextToVideoBetaRequestQuality
] = {
    "480p",
    "720p",
}


def check_grok_imagine_text_to_video_beta_request_quality(
    value: str,
) -> GrokImagineTextToVideoBetaRequestQuality:
    if value in GROK_IMAGINE_TEXT_TO_VIDEO_BETA_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_TEXT_TO_VIDEO_BETA_REQUEST_QUALITY_VALUES!r}"
    )
