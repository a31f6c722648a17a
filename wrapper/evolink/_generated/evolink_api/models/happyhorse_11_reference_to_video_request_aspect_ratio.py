from typing import Literal

Happyhorse11ReferenceToVideoRequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "4:5", "5:4", "9:16", "9:21"
]

HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES: set[
    Happyhorse11ReferenceToVideoRequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "9:21",
}


def check_happyhorse_11_reference_to_video_request_aspect_ratio(
    value: str,
) -> Happyhorse11ReferenceToVideoRequestAspectRatio:
    if value in HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAPPYHORSE_11_REFERENCE_TO_VIDEO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
