from typing import Literal

GrokImagineVideo10T2VRequestQuality = Literal["480p", "720p"]

GROK_IMAGINE_VIDEO_10T2V_REQUEST_QUALITY_VALUES: set[
    GrokImagineVideo10T2VRequestQuality
] = {
    "480p",
    "720p",
}


def check_grok_imagine_video_10t2v_request_quality(
    value: str,
) -> GrokImagineVideo10T2VRequestQuality:
    if value in GROK_IMAGINE_VIDEO_10T2V_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_10T2V_REQUEST_QUALITY_VALUES!r}"
    )
