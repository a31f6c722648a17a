from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.video_job import VideoJob
from ...models.video_job_request import VideoJobRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VideoJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/video/generations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoJob | None:
    if response.status_code == 200:
        response_200 = VideoJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VideoJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoJobRequest,
) -> Response[ErrorResponse | VideoJob]:
    """Create a video generation job

    Args:
        body (VideoJobRequest): One endpoint for every mode - text-to-video (prompt only), single
            image (image), first and last frame (image + last_image), multi-image reference (images,
            not on fast models) and video extension (video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VideoJobRequest,
) -> ErrorResponse | VideoJob | None:
    """Create a video generation job

    Args:
        body (VideoJobRequest): One endpoint for every mode - text-to-video (prompt only), single
            image (image), first and last frame (image + last_image), multi-image reference (images,
            not on fast models) and video extension (video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VideoJobRequest,
) -> Response[ErrorResponse | VideoJob]:
    """Create a video generation job

    Args:
        body (VideoJobRequest): One endpoint for every mode - text-to-video (prompt only), single
            image (image), first and last frame (image + last_image), multi-image reference (images,
            not on fast models) and video extension (video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VideoJobRequest,
) -> ErrorResponse | VideoJob | None:
    """Create a video generation job

    Args:
        body (VideoJobRequest): One endpoint for every mode - text-to-video (prompt only), single
            image (image), first and last frame (image + last_image), multi-image reference (images,
            not on fast models) and video extension (video).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
