from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.doubao_seedance_10_pro_fast_request import DoubaoSeedance10ProFastRequest
from ...models.error_response import ErrorResponse
from ...models.gemini_omni_flash_image_to_video_request import (
    GeminiOmniFlashImageToVideoRequest,
)
from ...models.gemini_omni_flash_reference_to_video_request import (
    GeminiOmniFlashReferenceToVideoRequest,
)
from ...models.gemini_omni_flash_text_to_video_request import (
    GeminiOmniFlashTextToVideoRequest,
)
from ...models.gemini_omni_flash_video_edit_request import (
    GeminiOmniFlashVideoEditRequest,
)
from ...models.grok_imagine_image_to_video_beta_request import (
    GrokImagineImageToVideoBetaRequest,
)
from ...models.grok_imagine_text_to_video_beta_request import (
    GrokImagineTextToVideoBetaRequest,
)
from ...models.grok_imagine_video_10i2v_request import GrokImagineVideo10I2VRequest
from ...models.grok_imagine_video_10t2v_request import GrokImagineVideo10T2VRequest
from ...models.grok_imagine_video_15_preview_request import (
    GrokImagineVideo15PreviewRequest,
)
from ...models.happyhorse_10_image_to_video_request import (
    Happyhorse10ImageToVideoRequest,
)
from ...models.happyhorse_10_reference_to_video_request import (
    Happyhorse10ReferenceToVideoRequest,
)
from ...models.happyhorse_10_text_to_video_request import Happyhorse10TextToVideoRequest
from ...models.happyhorse_10_video_edit_request import Happyhorse10VideoEditRequest
from ...models.happyhorse_11_image_to_video_request import (
    Happyhorse11ImageToVideoRequest,
)
from ...models.happyhorse_11_reference_to_video_request import (
    Happyhorse11ReferenceToVideoRequest,
)
from ...models.happyhorse_11_text_to_video_request import Happyhorse11TextToVideoRequest
from ...models.kling_custom_element_request import KlingCustomElementRequest
from ...models.kling_o1_image_to_video_request import KlingO1ImageToVideoRequest
from ...models.kling_o1_video_edit_fast_request import KlingO1VideoEditFastRequest
from ...models.kling_o1_video_edit_request import KlingO1VideoEditRequest
from ...models.kling_o3_image_to_video_request import KlingO3ImageToVideoRequest
from ...models.kling_o3_reference_to_video_request import KlingO3ReferenceToVideoRequest
from ...models.kling_o3_text_to_video_request import KlingO3TextToVideoRequest
from ...models.kling_o3_video_edit_request import KlingO3VideoEditRequest
from ...models.kling_v3_image_to_video_request import KlingV3ImageToVideoRequest
from ...models.kling_v3_motion_control_request import KlingV3MotionControlRequest
from ...models.kling_v3_text_to_video_request import KlingV3TextToVideoRequest
from ...models.kling_v3_turbo_image_to_video_request import (
    KlingV3TurboImageToVideoRequest,
)
from ...models.kling_v3_turbo_text_to_video_request import (
    KlingV3TurboTextToVideoRequest,
)
from ...models.mini_max_hailuo_02_request import MiniMaxHailuo02Request
from ...models.mini_max_hailuo_23_fast_request import MiniMaxHailuo23FastRequest
from ...models.mini_max_hailuo_23_request import MiniMaxHailuo23Request
from ...models.minimax_h3_image_to_video_request import MinimaxH3ImageToVideoRequest
from ...models.minimax_h3_reference_to_video_request import (
    MinimaxH3ReferenceToVideoRequest,
)
from ...models.minimax_h3_text_to_video_request import MinimaxH3TextToVideoRequest
from ...models.omnihuman_15_request import Omnihuman15Request
from ...models.seedance_15_pro_request import Seedance15ProRequest
from ...models.seedance_20_fast_image_to_video_request import (
    Seedance20FastImageToVideoRequest,
)
from ...models.seedance_20_fast_reference_to_video_request import (
    Seedance20FastReferenceToVideoRequest,
)
from ...models.seedance_20_fast_text_to_video_request import (
    Seedance20FastTextToVideoRequest,
)
from ...models.seedance_20_image_to_video_request import Seedance20ImageToVideoRequest
from ...models.seedance_20_mini_image_to_video_request import (
    Seedance20MiniImageToVideoRequest,
)
from ...models.seedance_20_mini_reference_to_video_request import (
    Seedance20MiniReferenceToVideoRequest,
)
from ...models.seedance_20_mini_text_to_video_request import (
    Seedance20MiniTextToVideoRequest,
)
from ...models.seedance_20_reference_to_video_request import (
    Seedance20ReferenceToVideoRequest,
)
from ...models.seedance_20_text_to_video_request import Seedance20TextToVideoRequest
from ...models.seedance_25_image_to_video_request import Seedance25ImageToVideoRequest
from ...models.seedance_25_reference_to_video_request import (
    Seedance25ReferenceToVideoRequest,
)
from ...models.seedance_25_text_to_video_request import Seedance25TextToVideoRequest
from ...models.seedance_25_video_edit_request import Seedance25VideoEditRequest
from ...models.seedance_25_video_extend_request import Seedance25VideoExtendRequest
from ...models.sora_2_preview_request import Sora2PreviewRequest
from ...models.sora_2_pro_preview_request import Sora2ProPreviewRequest
from ...models.topaz_video_upscale_request import TopazVideoUpscaleRequest
from ...models.veo_31_fast_beta_request import Veo31FastBetaRequest
from ...models.veo_31_fast_extend_request import Veo31FastExtendRequest
from ...models.veo_31_fast_generate_preview_request import (
    Veo31FastGeneratePreviewRequest,
)
from ...models.veo_31_generate_preview_request import Veo31GeneratePreviewRequest
from ...models.veo_31_pro_beta_request import Veo31ProBetaRequest
from ...models.video_task import VideoTask
from ...models.videoretalk_request import VideoretalkRequest
from ...models.wan_25_image_to_video_request import Wan25ImageToVideoRequest
from ...models.wan_25_text_to_video_request import Wan25TextToVideoRequest
from ...models.wan_26_image_to_video_flash_request import Wan26ImageToVideoFlashRequest
from ...models.wan_26_image_to_video_request import Wan26ImageToVideoRequest
from ...models.wan_26_reference_video_flash_request import (
    Wan26ReferenceVideoFlashRequest,
)
from ...models.wan_26_reference_video_request import Wan26ReferenceVideoRequest
from ...models.wan_26_text_to_video_request import Wan26TextToVideoRequest
from ...models.wan_27_image_to_video_request import Wan27ImageToVideoRequest
from ...models.wan_27_reference_video_request import Wan27ReferenceVideoRequest
from ...models.wan_27_text_to_video_request import Wan27TextToVideoRequest
from ...models.wan_27_video_edit_request import Wan27VideoEditRequest
from ...models.wan_30_image_to_video_request import Wan30ImageToVideoRequest
from ...models.wan_30_reference_video_request import Wan30ReferenceVideoRequest
from ...models.wan_30_text_to_video_request import Wan30TextToVideoRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DoubaoSeedance10ProFastRequest
    | GeminiOmniFlashImageToVideoRequest
    | GeminiOmniFlashReferenceToVideoRequest
    | GeminiOmniFlashTextToVideoRequest
    | GeminiOmniFlashVideoEditRequest
    | GrokImagineImageToVideoBetaRequest
    | GrokImagineTextToVideoBetaRequest
    | GrokImagineVideo10I2VRequest
    | GrokImagineVideo10T2VRequest
    | GrokImagineVideo15PreviewRequest
    | Happyhorse10ImageToVideoRequest
    | Happyhorse10ReferenceToVideoRequest
    | Happyhorse10TextToVideoRequest
    | Happyhorse10VideoEditRequest
    | Happyhorse11ImageToVideoRequest
    | Happyhorse11ReferenceToVideoRequest
    | Happyhorse11TextToVideoRequest
    | KlingCustomElementRequest
    | KlingO1ImageToVideoRequest
    | KlingO1VideoEditFastRequest
    | KlingO1VideoEditRequest
    | KlingO3ImageToVideoRequest
    | KlingO3ReferenceToVideoRequest
    | KlingO3TextToVideoRequest
    | KlingO3VideoEditRequest
    | KlingV3ImageToVideoRequest
    | KlingV3MotionControlRequest
    | KlingV3TextToVideoRequest
    | KlingV3TurboImageToVideoRequest
    | KlingV3TurboTextToVideoRequest
    | MinimaxH3ImageToVideoRequest
    | MinimaxH3ReferenceToVideoRequest
    | MinimaxH3TextToVideoRequest
    | MiniMaxHailuo02Request
    | MiniMaxHailuo23FastRequest
    | MiniMaxHailuo23Request
    | Omnihuman15Request
    | Seedance15ProRequest
    | Seedance20FastImageToVideoRequest
    | Seedance20FastReferenceToVideoRequest
    | Seedance20FastTextToVideoRequest
    | Seedance20ImageToVideoRequest
    | Seedance20MiniImageToVideoRequest
    | Seedance20MiniReferenceToVideoRequest
    | Seedance20MiniTextToVideoRequest
    | Seedance20ReferenceToVideoRequest
    | Seedance20TextToVideoRequest
    | Seedance25ImageToVideoRequest
    | Seedance25ReferenceToVideoRequest
    | Seedance25TextToVideoRequest
    | Seedance25VideoEditRequest
    | Seedance25VideoExtendRequest
    | Sora2PreviewRequest
    | Sora2ProPreviewRequest
    | TopazVideoUpscaleRequest
    | Veo31FastBetaRequest
    | Veo31FastExtendRequest
    | Veo31FastGeneratePreviewRequest
    | Veo31GeneratePreviewRequest
    | Veo31ProBetaRequest
    | VideoretalkRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26ImageToVideoFlashRequest
    | Wan26ImageToVideoRequest
    | Wan26ReferenceVideoFlashRequest
    | Wan26ReferenceVideoRequest
    | Wan26TextToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27ReferenceVideoRequest
    | Wan27TextToVideoRequest
    | Wan27VideoEditRequest
    | Wan30ImageToVideoRequest
    | Wan30ReferenceVideoRequest
    | Wan30TextToVideoRequest,
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
        isinstance(body, MiniMaxHailuo02Request)
        or isinstance(body, MiniMaxHailuo23FastRequest)
        or isinstance(body, MiniMaxHailuo23Request)
        or isinstance(body, DoubaoSeedance10ProFastRequest)
        or isinstance(body, GeminiOmniFlashImageToVideoRequest)
        or isinstance(body, GeminiOmniFlashReferenceToVideoRequest)
        or isinstance(body, GeminiOmniFlashTextToVideoRequest)
        or isinstance(body, GeminiOmniFlashVideoEditRequest)
        or isinstance(body, GrokImagineImageToVideoBetaRequest)
        or isinstance(body, GrokImagineTextToVideoBetaRequest)
        or isinstance(body, GrokImagineVideo10I2VRequest)
        or isinstance(body, GrokImagineVideo10T2VRequest)
        or isinstance(body, GrokImagineVideo15PreviewRequest)
        or isinstance(body, Happyhorse10ImageToVideoRequest)
        or isinstance(body, Happyhorse10ReferenceToVideoRequest)
        or isinstance(body, Happyhorse10TextToVideoRequest)
        or isinstance(body, Happyhorse10VideoEditRequest)
        or isinstance(body, Happyhorse11ImageToVideoRequest)
        or isinstance(body, Happyhorse11ReferenceToVideoRequest)
        or isinstance(body, Happyhorse11TextToVideoRequest)
        or isinstance(body, KlingCustomElementRequest)
        or isinstance(body, KlingO1ImageToVideoRequest)
        or isinstance(body, KlingO1VideoEditFastRequest)
        or isinstance(body, KlingO1VideoEditRequest)
        or isinstance(body, KlingO3ImageToVideoRequest)
        or isinstance(body, KlingO3ReferenceToVideoRequest)
        or isinstance(body, KlingO3TextToVideoRequest)
        or isinstance(body, KlingO3VideoEditRequest)
        or isinstance(body, KlingV3ImageToVideoRequest)
        or isinstance(body, KlingV3MotionControlRequest)
        or isinstance(body, KlingV3TextToVideoRequest)
        or isinstance(body, KlingV3TurboImageToVideoRequest)
        or isinstance(body, KlingV3TurboTextToVideoRequest)
        or isinstance(body, MinimaxH3ImageToVideoRequest)
        or isinstance(body, MinimaxH3ReferenceToVideoRequest)
        or isinstance(body, MinimaxH3TextToVideoRequest)
        or isinstance(body, Omnihuman15Request)
        or isinstance(body, Seedance15ProRequest)
        or isinstance(body, Seedance20FastImageToVideoRequest)
        or isinstance(body, Seedance20FastReferenceToVideoRequest)
        or isinstance(body, Seedance20FastTextToVideoRequest)
        or isinstance(body, Seedance20ImageToVideoRequest)
        or isinstance(body, Seedance20MiniImageToVideoRequest)
        or isinstance(body, Seedance20MiniReferenceToVideoRequest)
        or isinstance(body, Seedance20MiniTextToVideoRequest)
        or isinstance(body, Seedance20ReferenceToVideoRequest)
        or isinstance(body, Seedance20TextToVideoRequest)
        or isinstance(body, Seedance25ImageToVideoRequest)
        or isinstance(body, Seedance25ReferenceToVideoRequest)
        or isinstance(body, Seedance25TextToVideoRequest)
        or isinstance(body, Seedance25VideoEditRequest)
        or isinstance(body, Seedance25VideoExtendRequest)
        or isinstance(body, Sora2PreviewRequest)
        or isinstance(body, Sora2ProPreviewRequest)
        or isinstance(body, TopazVideoUpscaleRequest)
        or isinstance(body, Veo31FastGeneratePreviewRequest)
        or isinstance(body, Veo31GeneratePreviewRequest)
        or isinstance(body, Veo31FastBetaRequest)
        or isinstance(body, Veo31FastExtendRequest)
        or isinstance(body, Veo31ProBetaRequest)
        or isinstance(body, VideoretalkRequest)
        or isinstance(body, Wan25ImageToVideoRequest)
        or isinstance(body, Wan25TextToVideoRequest)
        or isinstance(body, Wan26ImageToVideoFlashRequest)
        or isinstance(body, Wan26ImageToVideoRequest)
        or isinstance(body, Wan26ReferenceVideoFlashRequest)
        or isinstance(body, Wan26ReferenceVideoRequest)
        or isinstance(body, Wan26TextToVideoRequest)
        or isinstance(body, Wan27ImageToVideoRequest)
        or isinstance(body, Wan27ReferenceVideoRequest)
        or isinstance(body, Wan27TextToVideoRequest)
        or isinstance(body, Wan27VideoEditRequest)
        or isinstance(body, Wan30ImageToVideoRequest)
        or isinstance(body, Wan30ReferenceVideoRequest)
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    body: DoubaoSeedance10ProFastRequest
    | GeminiOmniFlashImageToVideoRequest
    | GeminiOmniFlashReferenceToVideoRequest
    | GeminiOmniFlashTextToVideoRequest
    | GeminiOmniFlashVideoEditRequest
    | GrokImagineImageToVideoBetaRequest
    | GrokImagineTextToVideoBetaRequest
    | GrokImagineVideo10I2VRequest
    | GrokImagineVideo10T2VRequest
    | GrokImagineVideo15PreviewRequest
    | Happyhorse10ImageToVideoRequest
    | Happyhorse10ReferenceToVideoRequest
    | Happyhorse10TextToVideoRequest
    | Happyhorse10VideoEditRequest
    | Happyhorse11ImageToVideoRequest
    | Happyhorse11ReferenceToVideoRequest
    | Happyhorse11TextToVideoRequest
    | KlingCustomElementRequest
    | KlingO1ImageToVideoRequest
    | KlingO1VideoEditFastRequest
    | KlingO1VideoEditRequest
    | KlingO3ImageToVideoRequest
    | KlingO3ReferenceToVideoRequest
    | KlingO3TextToVideoRequest
    | KlingO3VideoEditRequest
    | KlingV3ImageToVideoRequest
    | KlingV3MotionControlRequest
    | KlingV3TextToVideoRequest
    | KlingV3TurboImageToVideoRequest
    | KlingV3TurboTextToVideoRequest
    | MinimaxH3ImageToVideoRequest
    | MinimaxH3ReferenceToVideoRequest
    | MinimaxH3TextToVideoRequest
    | MiniMaxHailuo02Request
    | MiniMaxHailuo23FastRequest
    | MiniMaxHailuo23Request
    | Omnihuman15Request
    | Seedance15ProRequest
    | Seedance20FastImageToVideoRequest
    | Seedance20FastReferenceToVideoRequest
    | Seedance20FastTextToVideoRequest
    | Seedance20ImageToVideoRequest
    | Seedance20MiniImageToVideoRequest
    | Seedance20MiniReferenceToVideoRequest
    | Seedance20MiniTextToVideoRequest
    | Seedance20ReferenceToVideoRequest
    | Seedance20TextToVideoRequest
    | Seedance25ImageToVideoRequest
    | Seedance25ReferenceToVideoRequest
    | Seedance25TextToVideoRequest
    | Seedance25VideoEditRequest
    | Seedance25VideoExtendRequest
    | Sora2PreviewRequest
    | Sora2ProPreviewRequest
    | TopazVideoUpscaleRequest
    | Veo31FastBetaRequest
    | Veo31FastExtendRequest
    | Veo31FastGeneratePreviewRequest
    | Veo31GeneratePreviewRequest
    | Veo31ProBetaRequest
    | VideoretalkRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26ImageToVideoFlashRequest
    | Wan26ImageToVideoRequest
    | Wan26ReferenceVideoFlashRequest
    | Wan26ReferenceVideoRequest
    | Wan26TextToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27ReferenceVideoRequest
    | Wan27TextToVideoRequest
    | Wan27VideoEditRequest
    | Wan30ImageToVideoRequest
    | Wan30ReferenceVideoRequest
    | Wan30TextToVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoTask]:
    """Create a video generation task

     Creates an asynchronous video generation task; the body's `model` selects the model and its
    parameters. Send an Idempotency-Key to make the call safe to retry. Video links expire 24 hours
    after completion.

    Args:
        idempotency_key (str | Unset):
        body (DoubaoSeedance10ProFastRequest | GeminiOmniFlashImageToVideoRequest |
            GeminiOmniFlashReferenceToVideoRequest | GeminiOmniFlashTextToVideoRequest |
            GeminiOmniFlashVideoEditRequest | GrokImagineImageToVideoBetaRequest |
            GrokImagineTextToVideoBetaRequest | GrokImagineVideo10I2VRequest |
            GrokImagineVideo10T2VRequest | GrokImagineVideo15PreviewRequest |
            Happyhorse10ImageToVideoRequest | Happyhorse10ReferenceToVideoRequest |
            Happyhorse10TextToVideoRequest | Happyhorse10VideoEditRequest |
            Happyhorse11ImageToVideoRequest | Happyhorse11ReferenceToVideoRequest |
            Happyhorse11TextToVideoRequest | KlingCustomElementRequest | KlingO1ImageToVideoRequest |
            KlingO1VideoEditFastRequest | KlingO1VideoEditRequest | KlingO3ImageToVideoRequest |
            KlingO3ReferenceToVideoRequest | KlingO3TextToVideoRequest | KlingO3VideoEditRequest |
            KlingV3ImageToVideoRequest | KlingV3MotionControlRequest | KlingV3TextToVideoRequest |
            KlingV3TurboImageToVideoRequest | KlingV3TurboTextToVideoRequest |
            MinimaxH3ImageToVideoRequest | MinimaxH3ReferenceToVideoRequest |
            MinimaxH3TextToVideoRequest | MiniMaxHailuo02Request | MiniMaxHailuo23FastRequest |
            MiniMaxHailuo23Request | Omnihuman15Request | Seedance15ProRequest |
            Seedance20FastImageToVideoRequest | Seedance20FastReferenceToVideoRequest |
            Seedance20FastTextToVideoRequest | Seedance20ImageToVideoRequest |
            Seedance20MiniImageToVideoRequest | Seedance20MiniReferenceToVideoRequest |
            Seedance20MiniTextToVideoRequest | Seedance20ReferenceToVideoRequest |
            Seedance20TextToVideoRequest | Seedance25ImageToVideoRequest |
            Seedance25ReferenceToVideoRequest | Seedance25TextToVideoRequest |
            Seedance25VideoEditRequest | Seedance25VideoExtendRequest | Sora2PreviewRequest |
            Sora2ProPreviewRequest | TopazVideoUpscaleRequest | Veo31FastBetaRequest |
            Veo31FastExtendRequest | Veo31FastGeneratePreviewRequest | Veo31GeneratePreviewRequest |
            Veo31ProBetaRequest | VideoretalkRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26ImageToVideoFlashRequest | Wan26ImageToVideoRequest |
            Wan26ReferenceVideoFlashRequest | Wan26ReferenceVideoRequest | Wan26TextToVideoRequest |
            Wan27ImageToVideoRequest | Wan27ReferenceVideoRequest | Wan27TextToVideoRequest |
            Wan27VideoEditRequest | Wan30ImageToVideoRequest | Wan30ReferenceVideoRequest |
            Wan30TextToVideoRequest):

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
    body: DoubaoSeedance10ProFastRequest
    | GeminiOmniFlashImageToVideoRequest
    | GeminiOmniFlashReferenceToVideoRequest
    | GeminiOmniFlashTextToVideoRequest
    | GeminiOmniFlashVideoEditRequest
    | GrokImagineImageToVideoBetaRequest
    | GrokImagineTextToVideoBetaRequest
    | GrokImagineVideo10I2VRequest
    | GrokImagineVideo10T2VRequest
    | GrokImagineVideo15PreviewRequest
    | Happyhorse10ImageToVideoRequest
    | Happyhorse10ReferenceToVideoRequest
    | Happyhorse10TextToVideoRequest
    | Happyhorse10VideoEditRequest
    | Happyhorse11ImageToVideoRequest
    | Happyhorse11ReferenceToVideoRequest
    | Happyhorse11TextToVideoRequest
    | KlingCustomElementRequest
    | KlingO1ImageToVideoRequest
    | KlingO1VideoEditFastRequest
    | KlingO1VideoEditRequest
    | KlingO3ImageToVideoRequest
    | KlingO3ReferenceToVideoRequest
    | KlingO3TextToVideoRequest
    | KlingO3VideoEditRequest
    | KlingV3ImageToVideoRequest
    | KlingV3MotionControlRequest
    | KlingV3TextToVideoRequest
    | KlingV3TurboImageToVideoRequest
    | KlingV3TurboTextToVideoRequest
    | MinimaxH3ImageToVideoRequest
    | MinimaxH3ReferenceToVideoRequest
    | MinimaxH3TextToVideoRequest
    | MiniMaxHailuo02Request
    | MiniMaxHailuo23FastRequest
    | MiniMaxHailuo23Request
    | Omnihuman15Request
    | Seedance15ProRequest
    | Seedance20FastImageToVideoRequest
    | Seedance20FastReferenceToVideoRequest
    | Seedance20FastTextToVideoRequest
    | Seedance20ImageToVideoRequest
    | Seedance20MiniImageToVideoRequest
    | Seedance20MiniReferenceToVideoRequest
    | Seedance20MiniTextToVideoRequest
    | Seedance20ReferenceToVideoRequest
    | Seedance20TextToVideoRequest
    | Seedance25ImageToVideoRequest
    | Seedance25ReferenceToVideoRequest
    | Seedance25TextToVideoRequest
    | Seedance25VideoEditRequest
    | Seedance25VideoExtendRequest
    | Sora2PreviewRequest
    | Sora2ProPreviewRequest
    | TopazVideoUpscaleRequest
    | Veo31FastBetaRequest
    | Veo31FastExtendRequest
    | Veo31FastGeneratePreviewRequest
    | Veo31GeneratePreviewRequest
    | Veo31ProBetaRequest
    | VideoretalkRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26ImageToVideoFlashRequest
    | Wan26ImageToVideoRequest
    | Wan26ReferenceVideoFlashRequest
    | Wan26ReferenceVideoRequest
    | Wan26TextToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27ReferenceVideoRequest
    | Wan27TextToVideoRequest
    | Wan27VideoEditRequest
    | Wan30ImageToVideoRequest
    | Wan30ReferenceVideoRequest
    | Wan30TextToVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | VideoTask | None:
    """Create a video generation task

     Creates an asynchronous video generation task; the body's `model` selects the model and its
    parameters. Send an Idempotency-Key to make the call safe to retry. Video links expire 24 hours
    after completion.

    Args:
        idempotency_key (str | Unset):
        body (DoubaoSeedance10ProFastRequest | GeminiOmniFlashImageToVideoRequest |
            GeminiOmniFlashReferenceToVideoRequest | GeminiOmniFlashTextToVideoRequest |
            GeminiOmniFlashVideoEditRequest | GrokImagineImageToVideoBetaRequest |
            GrokImagineTextToVideoBetaRequest | GrokImagineVideo10I2VRequest |
            GrokImagineVideo10T2VRequest | GrokImagineVideo15PreviewRequest |
            Happyhorse10ImageToVideoRequest | Happyhorse10ReferenceToVideoRequest |
            Happyhorse10TextToVideoRequest | Happyhorse10VideoEditRequest |
            Happyhorse11ImageToVideoRequest | Happyhorse11ReferenceToVideoRequest |
            Happyhorse11TextToVideoRequest | KlingCustomElementRequest | KlingO1ImageToVideoRequest |
            KlingO1VideoEditFastRequest | KlingO1VideoEditRequest | KlingO3ImageToVideoRequest |
            KlingO3ReferenceToVideoRequest | KlingO3TextToVideoRequest | KlingO3VideoEditRequest |
            KlingV3ImageToVideoRequest | KlingV3MotionControlRequest | KlingV3TextToVideoRequest |
            KlingV3TurboImageToVideoRequest | KlingV3TurboTextToVideoRequest |
            MinimaxH3ImageToVideoRequest | MinimaxH3ReferenceToVideoRequest |
            MinimaxH3TextToVideoRequest | MiniMaxHailuo02Request | MiniMaxHailuo23FastRequest |
            MiniMaxHailuo23Request | Omnihuman15Request | Seedance15ProRequest |
            Seedance20FastImageToVideoRequest | Seedance20FastReferenceToVideoRequest |
            Seedance20FastTextToVideoRequest | Seedance20ImageToVideoRequest |
            Seedance20MiniImageToVideoRequest | Seedance20MiniReferenceToVideoRequest |
            Seedance20MiniTextToVideoRequest | Seedance20ReferenceToVideoRequest |
            Seedance20TextToVideoRequest | Seedance25ImageToVideoRequest |
            Seedance25ReferenceToVideoRequest | Seedance25TextToVideoRequest |
            Seedance25VideoEditRequest | Seedance25VideoExtendRequest | Sora2PreviewRequest |
            Sora2ProPreviewRequest | TopazVideoUpscaleRequest | Veo31FastBetaRequest |
            Veo31FastExtendRequest | Veo31FastGeneratePreviewRequest | Veo31GeneratePreviewRequest |
            Veo31ProBetaRequest | VideoretalkRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26ImageToVideoFlashRequest | Wan26ImageToVideoRequest |
            Wan26ReferenceVideoFlashRequest | Wan26ReferenceVideoRequest | Wan26TextToVideoRequest |
            Wan27ImageToVideoRequest | Wan27ReferenceVideoRequest | Wan27TextToVideoRequest |
            Wan27VideoEditRequest | Wan30ImageToVideoRequest | Wan30ReferenceVideoRequest |
            Wan30TextToVideoRequest):

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
    body: DoubaoSeedance10ProFastRequest
    | GeminiOmniFlashImageToVideoRequest
    | GeminiOmniFlashReferenceToVideoRequest
    | GeminiOmniFlashTextToVideoRequest
    | GeminiOmniFlashVideoEditRequest
    | GrokImagineImageToVideoBetaRequest
    | GrokImagineTextToVideoBetaRequest
    | GrokImagineVideo10I2VRequest
    | GrokImagineVideo10T2VRequest
    | GrokImagineVideo15PreviewRequest
    | Happyhorse10ImageToVideoRequest
    | Happyhorse10ReferenceToVideoRequest
    | Happyhorse10TextToVideoRequest
    | Happyhorse10VideoEditRequest
    | Happyhorse11ImageToVideoRequest
    | Happyhorse11ReferenceToVideoRequest
    | Happyhorse11TextToVideoRequest
    | KlingCustomElementRequest
    | KlingO1ImageToVideoRequest
    | KlingO1VideoEditFastRequest
    | KlingO1VideoEditRequest
    | KlingO3ImageToVideoRequest
    | KlingO3ReferenceToVideoRequest
    | KlingO3TextToVideoRequest
    | KlingO3VideoEditRequest
    | KlingV3ImageToVideoRequest
    | KlingV3MotionControlRequest
    | KlingV3TextToVideoRequest
    | KlingV3TurboImageToVideoRequest
    | KlingV3TurboTextToVideoRequest
    | MinimaxH3ImageToVideoRequest
    | MinimaxH3ReferenceToVideoRequest
    | MinimaxH3TextToVideoRequest
    | MiniMaxHailuo02Request
    | MiniMaxHailuo23FastRequest
    | MiniMaxHailuo23Request
    | Omnihuman15Request
    | Seedance15ProRequest
    | Seedance20FastImageToVideoRequest
    | Seedance20FastReferenceToVideoRequest
    | Seedance20FastTextToVideoRequest
    | Seedance20ImageToVideoRequest
    | Seedance20MiniImageToVideoRequest
    | Seedance20MiniReferenceToVideoRequest
    | Seedance20MiniTextToVideoRequest
    | Seedance20ReferenceToVideoRequest
    | Seedance20TextToVideoRequest
    | Seedance25ImageToVideoRequest
    | Seedance25ReferenceToVideoRequest
    | Seedance25TextToVideoRequest
    | Seedance25VideoEditRequest
    | Seedance25VideoExtendRequest
    | Sora2PreviewRequest
    | Sora2ProPreviewRequest
    | TopazVideoUpscaleRequest
    | Veo31FastBetaRequest
    | Veo31FastExtendRequest
    | Veo31FastGeneratePreviewRequest
    | Veo31GeneratePreviewRequest
    | Veo31ProBetaRequest
    | VideoretalkRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26ImageToVideoFlashRequest
    | Wan26ImageToVideoRequest
    | Wan26ReferenceVideoFlashRequest
    | Wan26ReferenceVideoRequest
    | Wan26TextToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27ReferenceVideoRequest
    | Wan27TextToVideoRequest
    | Wan27VideoEditRequest
    | Wan30ImageToVideoRequest
    | Wan30ReferenceVideoRequest
    | Wan30TextToVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | VideoTask]:
    """Create a video generation task

     Creates an asynchronous video generation task; the body's `model` selects the model and its
    parameters. Send an Idempotency-Key to make the call safe to retry. Video links expire 24 hours
    after completion.

    Args:
        idempotency_key (str | Unset):
        body (DoubaoSeedance10ProFastRequest | GeminiOmniFlashImageToVideoRequest |
            GeminiOmniFlashReferenceToVideoRequest | GeminiOmniFlashTextToVideoRequest |
            GeminiOmniFlashVideoEditRequest | GrokImagineImageToVideoBetaRequest |
            GrokImagineTextToVideoBetaRequest | GrokImagineVideo10I2VRequest |
            GrokImagineVideo10T2VRequest | GrokImagineVideo15PreviewRequest |
            Happyhorse10ImageToVideoRequest | Happyhorse10ReferenceToVideoRequest |
            Happyhorse10TextToVideoRequest | Happyhorse10VideoEditRequest |
            Happyhorse11ImageToVideoRequest | Happyhorse11ReferenceToVideoRequest |
            Happyhorse11TextToVideoRequest | KlingCustomElementRequest | KlingO1ImageToVideoRequest |
            KlingO1VideoEditFastRequest | KlingO1VideoEditRequest | KlingO3ImageToVideoRequest |
            KlingO3ReferenceToVideoRequest | KlingO3TextToVideoRequest | KlingO3VideoEditRequest |
            KlingV3ImageToVideoRequest | KlingV3MotionControlRequest | KlingV3TextToVideoRequest |
            KlingV3TurboImageToVideoRequest | KlingV3TurboTextToVideoRequest |
            MinimaxH3ImageToVideoRequest | MinimaxH3ReferenceToVideoRequest |
            MinimaxH3TextToVideoRequest | MiniMaxHailuo02Request | MiniMaxHailuo23FastRequest |
            MiniMaxHailuo23Request | Omnihuman15Request | Seedance15ProRequest |
            Seedance20FastImageToVideoRequest | Seedance20FastReferenceToVideoRequest |
            Seedance20FastTextToVideoRequest | Seedance20ImageToVideoRequest |
            Seedance20MiniImageToVideoRequest | Seedance20MiniReferenceToVideoRequest |
            Seedance20MiniTextToVideoRequest | Seedance20ReferenceToVideoRequest |
            Seedance20TextToVideoRequest | Seedance25ImageToVideoRequest |
            Seedance25ReferenceToVideoRequest | Seedance25TextToVideoRequest |
            Seedance25VideoEditRequest | Seedance25VideoExtendRequest | Sora2PreviewRequest |
            Sora2ProPreviewRequest | TopazVideoUpscaleRequest | Veo31FastBetaRequest |
            Veo31FastExtendRequest | Veo31FastGeneratePreviewRequest | Veo31GeneratePreviewRequest |
            Veo31ProBetaRequest | VideoretalkRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26ImageToVideoFlashRequest | Wan26ImageToVideoRequest |
            Wan26ReferenceVideoFlashRequest | Wan26ReferenceVideoRequest | Wan26TextToVideoRequest |
            Wan27ImageToVideoRequest | Wan27ReferenceVideoRequest | Wan27TextToVideoRequest |
            Wan27VideoEditRequest | Wan30ImageToVideoRequest | Wan30ReferenceVideoRequest |
            Wan30TextToVideoRequest):

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
    body: DoubaoSeedance10ProFastRequest
    | GeminiOmniFlashImageToVideoRequest
    | GeminiOmniFlashReferenceToVideoRequest
    | GeminiOmniFlashTextToVideoRequest
    | GeminiOmniFlashVideoEditRequest
    | GrokImagineImageToVideoBetaRequest
    | GrokImagineTextToVideoBetaRequest
    | GrokImagineVideo10I2VRequest
    | GrokImagineVideo10T2VRequest
    | GrokImagineVideo15PreviewRequest
    | Happyhorse10ImageToVideoRequest
    | Happyhorse10ReferenceToVideoRequest
    | Happyhorse10TextToVideoRequest
    | Happyhorse10VideoEditRequest
    | Happyhorse11ImageToVideoRequest
    | Happyhorse11ReferenceToVideoRequest
    | Happyhorse11TextToVideoRequest
    | KlingCustomElementRequest
    | KlingO1ImageToVideoRequest
    | KlingO1VideoEditFastRequest
    | KlingO1VideoEditRequest
    | KlingO3ImageToVideoRequest
    | KlingO3ReferenceToVideoRequest
    | KlingO3TextToVideoRequest
    | KlingO3VideoEditRequest
    | KlingV3ImageToVideoRequest
    | KlingV3MotionControlRequest
    | KlingV3TextToVideoRequest
    | KlingV3TurboImageToVideoRequest
    | KlingV3TurboTextToVideoRequest
    | MinimaxH3ImageToVideoRequest
    | MinimaxH3ReferenceToVideoRequest
    | MinimaxH3TextToVideoRequest
    | MiniMaxHailuo02Request
    | MiniMaxHailuo23FastRequest
    | MiniMaxHailuo23Request
    | Omnihuman15Request
    | Seedance15ProRequest
    | Seedance20FastImageToVideoRequest
    | Seedance20FastReferenceToVideoRequest
    | Seedance20FastTextToVideoRequest
    | Seedance20ImageToVideoRequest
    | Seedance20MiniImageToVideoRequest
    | Seedance20MiniReferenceToVideoRequest
    | Seedance20MiniTextToVideoRequest
    | Seedance20ReferenceToVideoRequest
    | Seedance20TextToVideoRequest
    | Seedance25ImageToVideoRequest
    | Seedance25ReferenceToVideoRequest
    | Seedance25TextToVideoRequest
    | Seedance25VideoEditRequest
    | Seedance25VideoExtendRequest
    | Sora2PreviewRequest
    | Sora2ProPreviewRequest
    | TopazVideoUpscaleRequest
    | Veo31FastBetaRequest
    | Veo31FastExtendRequest
    | Veo31FastGeneratePreviewRequest
    | Veo31GeneratePreviewRequest
    | Veo31ProBetaRequest
    | VideoretalkRequest
    | Wan25ImageToVideoRequest
    | Wan25TextToVideoRequest
    | Wan26ImageToVideoFlashRequest
    | Wan26ImageToVideoRequest
    | Wan26ReferenceVideoFlashRequest
    | Wan26ReferenceVideoRequest
    | Wan26TextToVideoRequest
    | Wan27ImageToVideoRequest
    | Wan27ReferenceVideoRequest
    | Wan27TextToVideoRequest
    | Wan27VideoEditRequest
    | Wan30ImageToVideoRequest
    | Wan30ReferenceVideoRequest
    | Wan30TextToVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | VideoTask | None:
    """Create a video generation task

     Creates an asynchronous video generation task; the body's `model` selects the model and its
    parameters. Send an Idempotency-Key to make the call safe to retry. Video links expire 24 hours
    after completion.

    Args:
        idempotency_key (str | Unset):
        body (DoubaoSeedance10ProFastRequest | GeminiOmniFlashImageToVideoRequest |
            GeminiOmniFlashReferenceToVideoRequest | GeminiOmniFlashTextToVideoRequest |
            GeminiOmniFlashVideoEditRequest | GrokImagineImageToVideoBetaRequest |
            GrokImagineTextToVideoBetaRequest | GrokImagineVideo10I2VRequest |
            GrokImagineVideo10T2VRequest | GrokImagineVideo15PreviewRequest |
            Happyhorse10ImageToVideoRequest | Happyhorse10ReferenceToVideoRequest |
            Happyhorse10TextToVideoRequest | Happyhorse10VideoEditRequest |
            Happyhorse11ImageToVideoRequest | Happyhorse11ReferenceToVideoRequest |
            Happyhorse11TextToVideoRequest | KlingCustomElementRequest | KlingO1ImageToVideoRequest |
            KlingO1VideoEditFastRequest | KlingO1VideoEditRequest | KlingO3ImageToVideoRequest |
            KlingO3ReferenceToVideoRequest | KlingO3TextToVideoRequest | KlingO3VideoEditRequest |
            KlingV3ImageToVideoRequest | KlingV3MotionControlRequest | KlingV3TextToVideoRequest |
            KlingV3TurboImageToVideoRequest | KlingV3TurboTextToVideoRequest |
            MinimaxH3ImageToVideoRequest | MinimaxH3ReferenceToVideoRequest |
            MinimaxH3TextToVideoRequest | MiniMaxHailuo02Request | MiniMaxHailuo23FastRequest |
            MiniMaxHailuo23Request | Omnihuman15Request | Seedance15ProRequest |
            Seedance20FastImageToVideoRequest | Seedance20FastReferenceToVideoRequest |
            Seedance20FastTextToVideoRequest | Seedance20ImageToVideoRequest |
            Seedance20MiniImageToVideoRequest | Seedance20MiniReferenceToVideoRequest |
            Seedance20MiniTextToVideoRequest | Seedance20ReferenceToVideoRequest |
            Seedance20TextToVideoRequest | Seedance25ImageToVideoRequest |
            Seedance25ReferenceToVideoRequest | Seedance25TextToVideoRequest |
            Seedance25VideoEditRequest | Seedance25VideoExtendRequest | Sora2PreviewRequest |
            Sora2ProPreviewRequest | TopazVideoUpscaleRequest | Veo31FastBetaRequest |
            Veo31FastExtendRequest | Veo31FastGeneratePreviewRequest | Veo31GeneratePreviewRequest |
            Veo31ProBetaRequest | VideoretalkRequest | Wan25ImageToVideoRequest |
            Wan25TextToVideoRequest | Wan26ImageToVideoFlashRequest | Wan26ImageToVideoRequest |
            Wan26ReferenceVideoFlashRequest | Wan26ReferenceVideoRequest | Wan26TextToVideoRequest |
            Wan27ImageToVideoRequest | Wan27ReferenceVideoRequest | Wan27TextToVideoRequest |
            Wan27VideoEditRequest | Wan30ImageToVideoRequest | Wan30ReferenceVideoRequest |
            Wan30TextToVideoRequest):

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
