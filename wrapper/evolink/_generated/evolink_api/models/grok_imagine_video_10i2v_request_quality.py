from typing import Literal

GrokImagineVideo10I2VRequestQuality = Literal["480p", "720p"]

GROK_IMAGINE_VIDEO_10I2V_REQUEST_QUALITY_VALUES: set[
    GrokImagineVideo10I2VRequestQuality
] = {
    "480p",
    "720p",
}


def check_grok_imagine_video_10i2v_request_quality(
    value: str,
) -> GrokImagineVideo10I2VRequestQuality:
    if value in GROK_IMAGINE_VIDEO_10I2V_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_10I2V_REQUEST_QUALITY_VALUES!r}"
    )
