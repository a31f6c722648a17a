from typing import Literal

JobStatus = Literal["completed", "failed", "in_progress", "queued"]

JOB_STATUS_VALUES: set[JobStatus] = {
    "completed",
    "failed",
    "in_progress",
    "queued",
}


def check_job_status(value: str) -> JobStatus:
    if value in JOB_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOB_STATUS_VALUES!r}"
    )
