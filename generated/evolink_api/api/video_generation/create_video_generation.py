from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.kling_image_to_video_request import KlingImageToVideoRequest
from ...models.kling_text_to_video_request import KlingTextToVideoRequest
from ...models.veo_fast_extend_request import VeoFastExtendRequest
from ...models.veo_fast_generate_preview_request import VeoFastGeneratePreviewRequest
from ...models.veo_generate_preview_request import VeoGeneratePreviewRequest
from ...models.video_task import VideoTask
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: KlingImageToVideoRequest
    | KlingTextToVideoRequest
    | VeoFastExtendRequest
    | VeoFastGeneratePreviewRequest
    | VeoGeneratePreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/generations",
    }

    if (
        isinstance(body, KlingImageToVideoRequest)
        or isinstance(body, KlingTextToVideoRequest)
        or isinstance(body, VeoFastGeneratePreviewRequest)
        or isinstance(body, VeoGeneratePreviewRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VideoTask | None:
    if response.status_code == 200:
        response_200 = VideoTask.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VideoTask]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingImageToVideoRequest
    | KlingTextToVideoRequest
    | VeoFastExtendRequest
    | VeoFastGeneratePreviewRequest
    | VeoGeneratePreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoTask]:
    """Create a video generation task

    Args:
        idempotency_key (str | Unset):
        body (KlingImageToVideoRequest | KlingTextToVideoRequest | VeoFastExtendRequest |
            VeoFastGeneratePreviewRequest | VeoGeneratePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoTask]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: KlingImageToVideoRequest
    | KlingTextToVideoRequest
    | VeoFastExtendRequest
    | VeoFastGeneratePreviewRequest
    | VeoGeneratePreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | VideoTask | None:
    """Create a video generation task

    Args:
        idempotency_key (str | Unset):
        body (KlingImageToVideoRequest | KlingTextToVideoRequest | VeoFastExtendRequest |
            VeoFastGeneratePreviewRequest | VeoGeneratePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoTask
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KlingImageToVideoRequest
    | KlingTextToVideoRequest
    | VeoFastExtendRequest
    | VeoFastGeneratePreviewRequest
    | VeoGeneratePreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoTask]:
    """Create a video generation task

    Args:
        idempotency_key (str | Unset):
        body (KlingImageToVideoRequest | KlingTextToVideoRequest | VeoFastExtendRequest |
            VeoFastGeneratePreviewRequest | VeoGeneratePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VideoTask]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KlingImageToVideoRequest
    | KlingTextToVideoRequest
    | VeoFastExtendRequest
    | VeoFastGeneratePreviewRequest
    | VeoGeneratePreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | VideoTask | None:
    """Create a video generation task

    Args:
        idempotency_key (str | Unset):
        body (KlingImageToVideoRequest | KlingTextToVideoRequest | VeoFastExtendRequest |
            VeoFastGeneratePreviewRequest | VeoGeneratePreviewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VideoTask
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
