from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_error import FileError
from ...models.file_upload_response import FileUploadResponse
from ...models.url_upload_request import UrlUploadRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UrlUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/files/upload/url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileError | FileUploadResponse | None:
    if response.status_code == 200:
        response_200 = FileUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FileError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FileError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FileError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = FileError.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileError | FileUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UrlUploadRequest,
) -> Response[FileError | FileUploadResponse]:
    """Upload an image from a URL

     The files service fetches one image from a public http(s) URL and stores it; the same rules as the
    multipart upload.

    Args:
        body (UrlUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileError | FileUploadResponse]
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
    body: UrlUploadRequest,
) -> FileError | FileUploadResponse | None:
    """Upload an image from a URL

     The files service fetches one image from a public http(s) URL and stores it; the same rules as the
    multipart upload.

    Args:
        body (UrlUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileError | FileUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UrlUploadRequest,
) -> Response[FileError | FileUploadResponse]:
    """Upload an image from a URL

     The files service fetches one image from a public http(s) URL and stores it; the same rules as the
    multipart upload.

    Args:
        body (UrlUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileError | FileUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UrlUploadRequest,
) -> FileError | FileUploadResponse | None:
    """Upload an image from a URL

     The files service fetches one image from a public http(s) URL and stores it; the same rules as the
    multipart upload.

    Args:
        body (UrlUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileError | FileUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
