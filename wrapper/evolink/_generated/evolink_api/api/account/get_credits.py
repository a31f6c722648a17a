from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credits_answer import CreditsAnswer
from ...models.credits_error_answer import CreditsErrorAnswer
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/credits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditsAnswer | CreditsErrorAnswer | None:
    if response.status_code == 200:
        response_200 = CreditsAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreditsErrorAnswer.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreditsErrorAnswer.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreditsErrorAnswer.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = CreditsErrorAnswer.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreditsErrorAnswer.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = CreditsErrorAnswer.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = CreditsErrorAnswer.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditsAnswer | CreditsErrorAnswer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreditsAnswer | CreditsErrorAnswer]:
    """Read the account's credits

     The credits left and used, for the key that asks (token) and for the account that owns it (user).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsAnswer | CreditsErrorAnswer]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CreditsAnswer | CreditsErrorAnswer | None:
    """Read the account's credits

     The credits left and used, for the key that asks (token) and for the account that owns it (user).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsAnswer | CreditsErrorAnswer
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CreditsAnswer | CreditsErrorAnswer]:
    """Read the account's credits

     The credits left and used, for the key that asks (token) and for the account that owns it (user).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsAnswer | CreditsErrorAnswer]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CreditsAnswer | CreditsErrorAnswer | None:
    """Read the account's credits

     The credits left and used, for the key that asks (token) and for the account that owns it (user).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsAnswer | CreditsErrorAnswer
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
