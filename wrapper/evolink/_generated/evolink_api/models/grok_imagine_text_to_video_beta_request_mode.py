from typing import Literal

GrokImagineTextToVideoBetaRequestMode = Literal["fun", "normal", "spicy"]

GROK_IMAGINE_TEXT_TO_VIDEO_BETA_REQUEST_MODE_VALUES: set[
    GrokImagineTextToVideoBetaRequestMode
] = {
    "fun",
    "normal",
    "spicy",
}


def check_grok_imagine_text_to_video_beta_request_mode(
    value: str,
) -> GrokImagineTextToVideoBetaRequestMode:
    if value in GROK_IMAGINE_TEXT_TO_VIDEO_BETA_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_TEXT_TO_VIDEO_BETA_REQUEST_MODE_VALUES!r}"
    )
