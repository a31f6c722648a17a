from typing import Literal

GrokImagineVideo10I2VRequestAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "3:4", "4:3", "9:16"
]

GROK_IMAGINE_VIDEO_10I2V_REQUEST_ASPECT_RATIO_VALUES: set[
    GrokImagineVideo10I2VRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_grok_imagine_video_10i2v_request_aspect_ratio(
    value: str,
) -> GrokImagineVideo10I2VRequestAspectRatio:
    if value in GROK_IMAGINE_VIDEO_10I2V_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_10I2V_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
