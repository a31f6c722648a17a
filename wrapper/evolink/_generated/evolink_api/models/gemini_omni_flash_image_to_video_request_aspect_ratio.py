from typing import Literal

GeminiOmniFlashImageToVideoRequestAspectRatio = Literal["16:9", "9:16", "auto"]

GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    GeminiOmniFlashImageToVideoRequestAspectRatio
] = {
    "16:9",
    "9:16",
    "auto",
}


def check_gemini_omni_flash_image_to_video_request_aspect_ratio(
    value: str,
) -> GeminiOmniFlashImageToVideoRequestAspectRatio:
    if value in GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_OMNI_FLASH_IMAGE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
