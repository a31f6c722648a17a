"""Contains all the data models used in inputs/outputs"""

from .base_64_upload_request import Base64UploadRequest
from .credits_answer import CreditsAnswer
from .credits_answer_data import CreditsAnswerData
from .credits_error_answer import CreditsErrorAnswer
from .credits_error_detail import CreditsErrorDetail
from .doubao_seedance_10_pro_fast_request import DoubaoSeedance10ProFastRequest
from .doubao_seedance_10_pro_fast_request_aspect_ratio import (
    DoubaoSeedance10ProFastRequestAspectRatio,
)
from .doubao_seedance_10_pro_fast_request_quality import (
    DoubaoSeedance10ProFastRequestQuality,
)
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .file_data import FileData
from .file_error import FileError
from .file_upload_response import FileUploadResponse
from .gemini_omni_flash_image_to_video_request import GeminiOmniFlashImageToVideoRequest
from .gemini_omni_flash_image_to_video_request_aspect_ratio import (
    GeminiOmniFlashImageToVideoRequestAspectRatio,
)
from .gemini_omni_flash_image_to_video_request_duration_type_1 import (
    GeminiOmniFlashImageToVideoRequestDurationType1,
)
from .gemini_omni_flash_reference_to_video_request import (
    GeminiOmniFlashReferenceToVideoRequest,
)
from .gemini_omni_flash_reference_to_video_request_aspect_ratio import (
    GeminiOmniFlashReferenceToVideoRequestAspectRatio,
)
from .gemini_omni_flash_reference_to_video_request_duration_type_1 import (
    GeminiOmniFlashReferenceToVideoRequestDurationType1,
)
from .gemini_omni_flash_text_to_video_request import GeminiOmniFlashTextToVideoRequest
from .gemini_omni_flash_text_to_video_request_aspect_ratio import (
    GeminiOmniFlashTextToVideoRequestAspectRatio,
)
from .gemini_omni_flash_text_to_video_request_duration_type_1 import (
    GeminiOmniFlashTextToVideoRequestDurationType1,
)
from .gemini_omni_flash_video_edit_request import GeminiOmniFlashVideoEditRequest
from .grok_imagine_image_to_video_beta_request import GrokImagineImageToVideoBetaRequest
from .grok_imagine_image_to_video_beta_request_aspect_ratio import (
    GrokImagineImageToVideoBetaRequestAspectRatio,
)
from .grok_imagine_image_to_video_beta_request_mode import (
    GrokImagineImageToVideoBetaRequestMode,
)
from .grok_imagine_image_to_video_beta_request_quality import (
    GrokImagineImageToVideoBetaRequestQuality,
)
from .grok_imagine_text_to_video_beta_request import GrokImagineTextToVideoBetaRequest
from .grok_imagine_text_to_video_beta_request_aspect_ratio import (
    GrokImagineTextToVideoBetaRequestAspectRatio,
)
from .grok_imagine_text_to_video_beta_request_mode import (
    GrokImagineTextToVideoBetaRequestMode,
)
from .grok_imagine_text_to_video_beta_request_quality import (
    GrokImagineTextToVideoBetaRequestQuality,
)
from .grok_imagine_video_10i2v_request import GrokImagineVideo10I2VRequest
from .grok_imagine_video_10i2v_request_aspect_ratio import (
    GrokImagineVideo10I2VRequestAspectRatio,
)
from .grok_imagine_video_10i2v_request_quality import (
    GrokImagineVideo10I2VRequestQuality,
)
from .grok_imagine_video_10t2v_request import GrokImagineVideo10T2VRequest
from .grok_imagine_video_10t2v_request_aspect_ratio import (
    GrokImagineVideo10T2VRequestAspectRatio,
)
from .grok_imagine_video_10t2v_request_quality import (
    GrokImagineVideo10T2VRequestQuality,
)
from .grok_imagine_video_15_preview_request import GrokImagineVideo15PreviewRequest
from .grok_imagine_video_15_preview_request_aspect_ratio import (
    GrokImagineVideo15PreviewRequestAspectRatio,
)
from .grok_imagine_video_15_preview_request_quality import (
    GrokImagineVideo15PreviewRequestQuality,
)
from .happyhorse_10_image_to_video_request import Happyhorse10ImageToVideoRequest
from .happyhorse_10_image_to_video_request_quality import (
    Happyhorse10ImageToVideoRequestQuality,
)
from .happyhorse_10_reference_to_video_request import (
    Happyhorse10ReferenceToVideoRequest,
)
from .happyhorse_10_reference_to_video_request_aspect_ratio import (
    Happyhorse10ReferenceToVideoRequestAspectRatio,
)
from .happyhorse_10_reference_to_video_request_quality import (
    Happyhorse10ReferenceToVideoRequestQuality,
)
from .happyhorse_10_text_to_video_request import Happyhorse10TextToVideoRequest
from .happyhorse_10_text_to_video_request_aspect_ratio import (
    Happyhorse10TextToVideoRequestAspectRatio,
)
from .happyhorse_10_text_to_video_request_quality import (
    Happyhorse10TextToVideoRequestQuality,
)
from .happyhorse_10_video_edit_request import Happyhorse10VideoEditRequest
from .happyhorse_10_video_edit_request_quality import (
    Happyhorse10VideoEditRequestQuality,
)
from .happyhorse_11_image_to_video_request import Happyhorse11ImageToVideoRequest
from .happyhorse_11_image_to_video_request_quality import (
    Happyhorse11ImageToVideoRequestQuality,
)
from .happyhorse_11_reference_to_video_request import (
    Happyhorse11ReferenceToVideoRequest,
)
from .happyhorse_11_reference_to_video_request_aspect_ratio import (
    Happyhorse11ReferenceToVideoRequestAspectRatio,
)
from .happyhorse_11_reference_to_video_request_quality import (
    Happyhorse11ReferenceToVideoRequestQuality,
)
from .happyhorse_11_text_to_video_request import Happyhorse11TextToVideoRequest
from .happyhorse_11_text_to_video_request_aspect_ratio import (
    Happyhorse11TextToVideoRequestAspectRatio,
)
from .happyhorse_11_text_to_video_request_quality import (
    Happyhorse11TextToVideoRequestQuality,
)
from .kling_custom_element_request import KlingCustomElementRequest
from .kling_custom_element_request_model_params import (
    KlingCustomElementRequestModelParams,
)
from .kling_custom_element_request_model_params_element_image_list import (
    KlingCustomElementRequestModelParamsElementImageList,
)
from .kling_custom_element_request_model_params_element_image_list_refer_images_item import (
    KlingCustomElementRequestModelParamsElementImageListReferImagesItem,
)
from .kling_custom_element_request_model_params_element_video_list import (
    KlingCustomElementRequestModelParamsElementVideoList,
)
from .kling_custom_element_request_model_params_element_video_list_refer_videos_item import (
    KlingCustomElementRequestModelParamsElementVideoListReferVideosItem,
)
from .kling_custom_element_request_model_params_reference_type import (
    KlingCustomElementRequestModelParamsReferenceType,
)
from .kling_o1_image_to_video_request import KlingO1ImageToVideoRequest
from .kling_o1_image_to_video_request_aspect_ratio import (
    KlingO1ImageToVideoRequestAspectRatio,
)
from .kling_o1_image_to_video_request_duration import KlingO1ImageToVideoRequestDuration
from .kling_o1_video_edit_fast_request import KlingO1VideoEditFastRequest
from .kling_o1_video_edit_request import KlingO1VideoEditRequest
from .kling_o3_image_to_video_request import KlingO3ImageToVideoRequest
from .kling_o3_image_to_video_request_aspect_ratio import (
    KlingO3ImageToVideoRequestAspectRatio,
)
from .kling_o3_image_to_video_request_model_params import (
    KlingO3ImageToVideoRequestModelParams,
)
from .kling_o3_image_to_video_request_model_params_element_list_item import (
    KlingO3ImageToVideoRequestModelParamsElementListItem,
)
from .kling_o3_image_to_video_request_model_params_multi_prompt_item import (
    KlingO3ImageToVideoRequestModelParamsMultiPromptItem,
)
from .kling_o3_image_to_video_request_model_params_shot_type import (
    KlingO3ImageToVideoRequestModelParamsShotType,
)
from .kling_o3_image_to_video_request_model_params_watermark_info import (
    KlingO3ImageToVideoRequestModelParamsWatermarkInfo,
)
from .kling_o3_image_to_video_request_quality import KlingO3ImageToVideoRequestQuality
from .kling_o3_image_to_video_request_sound import KlingO3ImageToVideoRequestSound
from .kling_o3_reference_to_video_request import KlingO3ReferenceToVideoRequest
from .kling_o3_reference_to_video_request_aspect_ratio import (
    KlingO3ReferenceToVideoRequestAspectRatio,
)
from .kling_o3_reference_to_video_request_model_params import (
    KlingO3ReferenceToVideoRequestModelParams,
)
from .kling_o3_reference_to_video_request_model_params_element_list_item import (
    KlingO3ReferenceToVideoRequestModelParamsElementListItem,
)
from .kling_o3_reference_to_video_request_model_params_watermark_info import (
    KlingO3ReferenceToVideoRequestModelParamsWatermarkInfo,
)
from .kling_o3_reference_to_video_request_quality import (
    KlingO3ReferenceToVideoRequestQuality,
)
from .kling_o3_text_to_video_request import KlingO3TextToVideoRequest
from .kling_o3_text_to_video_request_aspect_ratio import (
    KlingO3TextToVideoRequestAspectRatio,
)
from .kling_o3_text_to_video_request_model_params import (
    KlingO3TextToVideoRequestModelParams,
)
from .kling_o3_text_to_video_request_model_params_element_list_item import (
    KlingO3TextToVideoRequestModelParamsElementListItem,
)
from .kling_o3_text_to_video_request_model_params_multi_prompt_item import (
    KlingO3TextToVideoRequestModelParamsMultiPromptItem,
)
from .kling_o3_text_to_video_request_model_params_shot_type import (
    KlingO3TextToVideoRequestModelParamsShotType,
)
from .kling_o3_text_to_video_request_model_params_watermark_info import (
    KlingO3TextToVideoRequestModelParamsWatermarkInfo,
)
from .kling_o3_text_to_video_request_quality import KlingO3TextToVideoRequestQuality
from .kling_o3_text_to_video_request_sound import KlingO3TextToVideoRequestSound
from .kling_o3_video_edit_request import KlingO3VideoEditRequest
from .kling_o3_video_edit_request_model_params import KlingO3VideoEditRequestModelParams
from .kling_o3_video_edit_request_model_params_element_list_item import (
    KlingO3VideoEditRequestModelParamsElementListItem,
)
from .kling_o3_video_edit_request_model_params_watermark_info import (
    KlingO3VideoEditRequestModelParamsWatermarkInfo,
)
from .kling_o3_video_edit_request_quality import KlingO3VideoEditRequestQuality
from .kling_v3_image_to_video_request import KlingV3ImageToVideoRequest
from .kling_v3_image_to_video_request_model_params import (
    KlingV3ImageToVideoRequestModelParams,
)
from .kling_v3_image_to_video_request_model_params_element_list_item import (
    KlingV3ImageToVideoRequestModelParamsElementListItem,
)
from .kling_v3_image_to_video_request_model_params_multi_prompt_item import (
    KlingV3ImageToVideoRequestModelParamsMultiPromptItem,
)
from .kling_v3_image_to_video_request_model_params_shot_type import (
    KlingV3ImageToVideoRequestModelParamsShotType,
)
from .kling_v3_image_to_video_request_model_params_watermark_info import (
    KlingV3ImageToVideoRequestModelParamsWatermarkInfo,
)
from .kling_v3_image_to_video_request_quality import KlingV3ImageToVideoRequestQuality
from .kling_v3_image_to_video_request_sound import KlingV3ImageToVideoRequestSound
from .kling_v3_motion_control_request import KlingV3MotionControlRequest
from .kling_v3_motion_control_request_model_params import (
    KlingV3MotionControlRequestModelParams,
)
from .kling_v3_motion_control_request_model_params_character_orientation import (
    KlingV3MotionControlRequestModelParamsCharacterOrientation,
)
from .kling_v3_motion_control_request_model_params_element_list_item import (
    KlingV3MotionControlRequestModelParamsElementListItem,
)
from .kling_v3_motion_control_request_model_params_watermark_info import (
    KlingV3MotionControlRequestModelParamsWatermarkInfo,
)
from .kling_v3_motion_control_request_quality import KlingV3MotionControlRequestQuality
from .kling_v3_text_to_video_request import KlingV3TextToVideoRequest
from .kling_v3_text_to_video_request_aspect_ratio import (
    KlingV3TextToVideoRequestAspectRatio,
)
from .kling_v3_text_to_video_request_model_params import (
    KlingV3TextToVideoRequestModelParams,
)
from .kling_v3_text_to_video_request_model_params_multi_prompt_item import (
    KlingV3TextToVideoRequestModelParamsMultiPromptItem,
)
from .kling_v3_text_to_video_request_model_params_shot_type import (
    KlingV3TextToVideoRequestModelParamsShotType,
)
from .kling_v3_text_to_video_request_model_params_watermark_info import (
    KlingV3TextToVideoRequestModelParamsWatermarkInfo,
)
from .kling_v3_text_to_video_request_quality import KlingV3TextToVideoRequestQuality
from .kling_v3_text_to_video_request_sound import KlingV3TextToVideoRequestSound
from .kling_v3_turbo_image_to_video_request import KlingV3TurboImageToVideoRequest
from .kling_v3_turbo_image_to_video_request_quality import (
    KlingV3TurboImageToVideoRequestQuality,
)
from .kling_v3_turbo_text_to_video_request import KlingV3TurboTextToVideoRequest
from .kling_v3_turbo_text_to_video_request_aspect_ratio import (
    KlingV3TurboTextToVideoRequestAspectRatio,
)
from .kling_v3_turbo_text_to_video_request_quality import (
    KlingV3TurboTextToVideoRequestQuality,
)
from .mini_max_hailuo_02_request import MiniMaxHailuo02Request
from .mini_max_hailuo_02_request_duration import MiniMaxHailuo02RequestDuration
from .mini_max_hailuo_02_request_model_params import MiniMaxHailuo02RequestModelParams
from .mini_max_hailuo_02_request_quality import MiniMaxHailuo02RequestQuality
from .mini_max_hailuo_23_fast_request import MiniMaxHailuo23FastRequest
from .mini_max_hailuo_23_fast_request_duration import MiniMaxHailuo23FastRequestDuration
from .mini_max_hailuo_23_fast_request_model_params import (
    MiniMaxHailuo23FastRequestModelParams,
)
from .mini_max_hailuo_23_fast_request_quality import MiniMaxHailuo23FastRequestQuality
from .mini_max_hailuo_23_request import MiniMaxHailuo23Request
from .mini_max_hailuo_23_request_duration import MiniMaxHailuo23RequestDuration
from .mini_max_hailuo_23_request_model_params import MiniMaxHailuo23RequestModelParams
from .mini_max_hailuo_23_request_quality import MiniMaxHailuo23RequestQuality
from .minimax_h3_image_to_video_request import MinimaxH3ImageToVideoRequest
from .minimax_h3_image_to_video_request_quality import (
    MinimaxH3ImageToVideoRequestQuality,
)
from .minimax_h3_reference_to_video_request import MinimaxH3ReferenceToVideoRequest
from .minimax_h3_reference_to_video_request_aspect_ratio import (
    MinimaxH3ReferenceToVideoRequestAspectRatio,
)
from .minimax_h3_reference_to_video_request_quality import (
    MinimaxH3ReferenceToVideoRequestQuality,
)
from .minimax_h3_text_to_video_request import MinimaxH3TextToVideoRequest
from .minimax_h3_text_to_video_request_aspect_ratio import (
    MinimaxH3TextToVideoRequestAspectRatio,
)
from .minimax_h3_text_to_video_request_quality import MinimaxH3TextToVideoRequestQuality
from .omnihuman_15_request import Omnihuman15Request
from .quota_data import QuotaData
from .quota_response import QuotaResponse
from .seedance_15_pro_request import Seedance15ProRequest
from .seedance_15_pro_request_aspect_ratio import Seedance15ProRequestAspectRatio
from .seedance_15_pro_request_quality import Seedance15ProRequestQuality
from .seedance_20_fast_image_to_video_request import Seedance20FastImageToVideoRequest
from .seedance_20_fast_image_to_video_request_aspect_ratio import (
    Seedance20FastImageToVideoRequestAspectRatio,
)
from .seedance_20_fast_image_to_video_request_quality import (
    Seedance20FastImageToVideoRequestQuality,
)
from .seedance_20_fast_reference_to_video_request import (
    Seedance20FastReferenceToVideoRequest,
)
from .seedance_20_fast_reference_to_video_request_aspect_ratio import (
    Seedance20FastReferenceToVideoRequestAspectRatio,
)
from .seedance_20_fast_reference_to_video_request_quality import (
    Seedance20FastReferenceToVideoRequestQuality,
)
from .seedance_20_fast_text_to_video_request import Seedance20FastTextToVideoRequest
from .seedance_20_fast_text_to_video_request_aspect_ratio import (
    Seedance20FastTextToVideoRequestAspectRatio,
)
from .seedance_20_fast_text_to_video_request_model_params import (
    Seedance20FastTextToVideoRequestModelParams,
)
from .seedance_20_fast_text_to_video_request_quality import (
    Seedance20FastTextToVideoRequestQuality,
)
from .seedance_20_image_to_video_request import Seedance20ImageToVideoRequest
from .seedance_20_image_to_video_request_aspect_ratio import (
    Seedance20ImageToVideoRequestAspectRatio,
)
from .seedance_20_image_to_video_request_quality import (
    Seedance20ImageToVideoRequestQuality,
)
from .seedance_20_mini_image_to_video_request import Seedance20MiniImageToVideoRequest
from .seedance_20_mini_image_to_video_request_aspect_ratio import (
    Seedance20MiniImageToVideoRequestAspectRatio,
)
from .seedance_20_mini_image_to_video_request_quality import (
    Seedance20MiniImageToVideoRequestQuality,
)
from .seedance_20_mini_reference_to_video_request import (
    Seedance20MiniReferenceToVideoRequest,
)
from .seedance_20_mini_reference_to_video_request_aspect_ratio import (
    Seedance20MiniReferenceToVideoRequestAspectRatio,
)
from .seedance_20_mini_reference_to_video_request_quality import (
    Seedance20MiniReferenceToVideoRequestQuality,
)
from .seedance_20_mini_text_to_video_request import Seedance20MiniTextToVideoRequest
from .seedance_20_mini_text_to_video_request_aspect_ratio import (
    Seedance20MiniTextToVideoRequestAspectRatio,
)
from .seedance_20_mini_text_to_video_request_quality import (
    Seedance20MiniTextToVideoRequestQuality,
)
from .seedance_20_reference_to_video_request import Seedance20ReferenceToVideoRequest
from .seedance_20_reference_to_video_request_aspect_ratio import (
    Seedance20ReferenceToVideoRequestAspectRatio,
)
from .seedance_20_reference_to_video_request_quality import (
    Seedance20ReferenceToVideoRequestQuality,
)
from .seedance_20_text_to_video_request import Seedance20TextToVideoRequest
from .seedance_20_text_to_video_request_aspect_ratio import (
    Seedance20TextToVideoRequestAspectRatio,
)
from .seedance_20_text_to_video_request_model_params import (
    Seedance20TextToVideoRequestModelParams,
)
from .seedance_20_text_to_video_request_quality import (
    Seedance20TextToVideoRequestQuality,
)
from .seedance_25_image_to_video_request import Seedance25ImageToVideoRequest
from .seedance_25_image_to_video_request_aspect_ratio import (
    Seedance25ImageToVideoRequestAspectRatio,
)
from .seedance_25_image_to_video_request_output_format import (
    Seedance25ImageToVideoRequestOutputFormat,
)
from .seedance_25_image_to_video_request_quality import (
    Seedance25ImageToVideoRequestQuality,
)
from .seedance_25_reference_to_video_request import Seedance25ReferenceToVideoRequest
from .seedance_25_reference_to_video_request_aspect_ratio import (
    Seedance25ReferenceToVideoRequestAspectRatio,
)
from .seedance_25_reference_to_video_request_output_format import (
    Seedance25ReferenceToVideoRequestOutputFormat,
)
from .seedance_25_reference_to_video_request_quality import (
    Seedance25ReferenceToVideoRequestQuality,
)
from .seedance_25_text_to_video_request import Seedance25TextToVideoRequest
from .seedance_25_text_to_video_request_aspect_ratio import (
    Seedance25TextToVideoRequestAspectRatio,
)
from .seedance_25_text_to_video_request_model_params import (
    Seedance25TextToVideoRequestModelParams,
)
from .seedance_25_text_to_video_request_output_format import (
    Seedance25TextToVideoRequestOutputFormat,
)
from .seedance_25_text_to_video_request_quality import (
    Seedance25TextToVideoRequestQuality,
)
from .seedance_25_video_edit_request import Seedance25VideoEditRequest
from .seedance_25_video_edit_request_aspect_ratio import (
    Seedance25VideoEditRequestAspectRatio,
)
from .seedance_25_video_edit_request_duration import Seedance25VideoEditRequestDuration
from .seedance_25_video_edit_request_output_format import (
    Seedance25VideoEditRequestOutputFormat,
)
from .seedance_25_video_edit_request_quality import Seedance25VideoEditRequestQuality
from .seedance_25_video_extend_request import Seedance25VideoExtendRequest
from .seedance_25_video_extend_request_aspect_ratio import (
    Seedance25VideoExtendRequestAspectRatio,
)
from .seedance_25_video_extend_request_output_format import (
    Seedance25VideoExtendRequestOutputFormat,
)
from .seedance_25_video_extend_request_quality import (
    Seedance25VideoExtendRequestQuality,
)
from .sora_2_preview_request import Sora2PreviewRequest
from .sora_2_preview_request_aspect_ratio import Sora2PreviewRequestAspectRatio
from .sora_2_pro_preview_request import Sora2ProPreviewRequest
from .sora_2_pro_preview_request_aspect_ratio import Sora2ProPreviewRequestAspectRatio
from .sora_2_pro_preview_request_quality import Sora2ProPreviewRequestQuality
from .stream_upload_request import StreamUploadRequest
from .task_error import TaskError
from .task_info import TaskInfo
from .task_status import TaskStatus
from .token_credits import TokenCredits
from .topaz_video_upscale_request import TopazVideoUpscaleRequest
from .topaz_video_upscale_request_model_params import (
    TopazVideoUpscaleRequestModelParams,
)
from .topaz_video_upscale_request_model_params_upscale_factor import (
    TopazVideoUpscaleRequestModelParamsUpscaleFactor,
)
from .url_upload_request import UrlUploadRequest
from .usage import Usage
from .user_credits import UserCredits
from .veo_31_fast_beta_request import Veo31FastBetaRequest
from .veo_31_fast_beta_request_aspect_ratio import Veo31FastBetaRequestAspectRatio
from .veo_31_fast_beta_request_generation_type import Veo31FastBetaRequestGenerationType
from .veo_31_fast_beta_request_quality import Veo31FastBetaRequestQuality
from .veo_31_fast_extend_request import Veo31FastExtendRequest
from .veo_31_fast_generate_preview_request import Veo31FastGeneratePreviewRequest
from .veo_31_fast_generate_preview_request_aspect_ratio import (
    Veo31FastGeneratePreviewRequestAspectRatio,
)
from .veo_31_fast_generate_preview_request_duration import (
    Veo31FastGeneratePreviewRequestDuration,
)
from .veo_31_fast_generate_preview_request_generation_type import (
    Veo31FastGeneratePreviewRequestGenerationType,
)
from .veo_31_fast_generate_preview_request_person_generation import (
    Veo31FastGeneratePreviewRequestPersonGeneration,
)
from .veo_31_fast_generate_preview_request_quality import (
    Veo31FastGeneratePreviewRequestQuality,
)
from .veo_31_fast_generate_preview_request_resize_mode import (
    Veo31FastGeneratePreviewRequestResizeMode,
)
from .veo_31_generate_preview_request import Veo31GeneratePreviewRequest
from .veo_31_generate_preview_request_aspect_ratio import (
    Veo31GeneratePreviewRequestAspectRatio,
)
from .veo_31_generate_preview_request_duration import (
    Veo31GeneratePreviewRequestDuration,
)
from .veo_31_generate_preview_request_generation_type import (
    Veo31GeneratePreviewRequestGenerationType,
)
from .veo_31_generate_preview_request_person_generation import (
    Veo31GeneratePreviewRequestPersonGeneration,
)
from .veo_31_generate_preview_request_quality import Veo31GeneratePreviewRequestQuality
from .veo_31_generate_preview_request_resize_mode import (
    Veo31GeneratePreviewRequestResizeMode,
)
from .veo_31_pro_beta_request import Veo31ProBetaRequest
from .veo_31_pro_beta_request_aspect_ratio import Veo31ProBetaRequestAspectRatio
from .veo_31_pro_beta_request_generation_type import Veo31ProBetaRequestGenerationType
from .veo_31_pro_beta_request_quality import Veo31ProBetaRequestQuality
from .video_task import VideoTask
from .video_task_object import VideoTaskObject
from .video_task_type import VideoTaskType
from .videoretalk_request import VideoretalkRequest
from .wan_25_image_to_video_request import Wan25ImageToVideoRequest
from .wan_25_image_to_video_request_duration import Wan25ImageToVideoRequestDuration
from .wan_25_image_to_video_request_quality import Wan25ImageToVideoRequestQuality
from .wan_25_text_to_video_request import Wan25TextToVideoRequest
from .wan_25_text_to_video_request_aspect_ratio import (
    Wan25TextToVideoRequestAspectRatio,
)
from .wan_25_text_to_video_request_duration import Wan25TextToVideoRequestDuration
from .wan_25_text_to_video_request_quality import Wan25TextToVideoRequestQuality
from .wan_26_image_to_video_flash_request import Wan26ImageToVideoFlashRequest
from .wan_26_image_to_video_flash_request_model_params import (
    Wan26ImageToVideoFlashRequestModelParams,
)
from .wan_26_image_to_video_flash_request_model_params_shot_type import (
    Wan26ImageToVideoFlashRequestModelParamsShotType,
)
from .wan_26_image_to_video_flash_request_quality import (
    Wan26ImageToVideoFlashRequestQuality,
)
from .wan_26_image_to_video_request import Wan26ImageToVideoRequest
from .wan_26_image_to_video_request_model_params import (
    Wan26ImageToVideoRequestModelParams,
)
from .wan_26_image_to_video_request_model_params_shot_type import (
    Wan26ImageToVideoRequestModelParamsShotType,
)
from .wan_26_image_to_video_request_quality import Wan26ImageToVideoRequestQuality
from .wan_26_reference_video_flash_request import Wan26ReferenceVideoFlashRequest
from .wan_26_reference_video_flash_request_aspect_ratio import (
    Wan26ReferenceVideoFlashRequestAspectRatio,
)
from .wan_26_reference_video_flash_request_model_params import (
    Wan26ReferenceVideoFlashRequestModelParams,
)
from .wan_26_reference_video_flash_request_model_params_shot_type import (
    Wan26ReferenceVideoFlashRequestModelParamsShotType,
)
from .wan_26_reference_video_flash_request_quality import (
    Wan26ReferenceVideoFlashRequestQuality,
)
from .wan_26_reference_video_request import Wan26ReferenceVideoRequest
from .wan_26_reference_video_request_aspect_ratio import (
    Wan26ReferenceVideoRequestAspectRatio,
)
from .wan_26_reference_video_request_model_params import (
    Wan26ReferenceVideoRequestModelParams,
)
from .wan_26_reference_video_request_model_params_shot_type import (
    Wan26ReferenceVideoRequestModelParamsShotType,
)
from .wan_26_reference_video_request_quality import Wan26ReferenceVideoRequestQuality
from .wan_26_text_to_video_request import Wan26TextToVideoRequest
from .wan_26_text_to_video_request_aspect_ratio import (
    Wan26TextToVideoRequestAspectRatio,
)
from .wan_26_text_to_video_request_model_params import (
    Wan26TextToVideoRequestModelParams,
)
from .wan_26_text_to_video_request_model_params_shot_type import (
    Wan26TextToVideoRequestModelParamsShotType,
)
from .wan_26_text_to_video_request_quality import Wan26TextToVideoRequestQuality
from .wan_27_image_to_video_request import Wan27ImageToVideoRequest
from .wan_27_image_to_video_request_generation_mode import (
    Wan27ImageToVideoRequestGenerationMode,
)
from .wan_27_image_to_video_request_quality import Wan27ImageToVideoRequestQuality
from .wan_27_reference_video_request import Wan27ReferenceVideoRequest
from .wan_27_reference_video_request_aspect_ratio import (
    Wan27ReferenceVideoRequestAspectRatio,
)
from .wan_27_reference_video_request_model_params import (
    Wan27ReferenceVideoRequestModelParams,
)
from .wan_27_reference_video_request_model_params_voice_bindings import (
    Wan27ReferenceVideoRequestModelParamsVoiceBindings,
)
from .wan_27_reference_video_request_quality import Wan27ReferenceVideoRequestQuality
from .wan_27_text_to_video_request import Wan27TextToVideoRequest
from .wan_27_text_to_video_request_aspect_ratio import (
    Wan27TextToVideoRequestAspectRatio,
)
from .wan_27_text_to_video_request_quality import Wan27TextToVideoRequestQuality
from .wan_27_video_edit_request import Wan27VideoEditRequest
from .wan_27_video_edit_request_aspect_ratio import Wan27VideoEditRequestAspectRatio
from .wan_27_video_edit_request_quality import Wan27VideoEditRequestQuality
from .wan_30_image_to_video_request import Wan30ImageToVideoRequest
from .wan_30_image_to_video_request_aspect_ratio import (
    Wan30ImageToVideoRequestAspectRatio,
)
from .wan_30_image_to_video_request_quality import Wan30ImageToVideoRequestQuality
from .wan_30_reference_video_request import Wan30ReferenceVideoRequest
from .wan_30_reference_video_request_aspect_ratio import (
    Wan30ReferenceVideoRequestAspectRatio,
)
from .wan_30_reference_video_request_model_params import (
    Wan30ReferenceVideoRequestModelParams,
)
from .wan_30_reference_video_request_quality import Wan30ReferenceVideoRequestQuality
from .wan_30_text_to_video_request import Wan30TextToVideoRequest
from .wan_30_text_to_video_request_aspect_ratio import (
    Wan30TextToVideoRequestAspectRatio,
)
from .wan_30_text_to_video_request_quality import Wan30TextToVideoRequestQuality

__all__ = (
    "Base64UploadRequest",
    "CreditsAnswer",
    "CreditsAnswerData",
    "CreditsErrorAnswer",
    "CreditsErrorDetail",
    "DoubaoSeedance10ProFastRequest",
    "DoubaoSeedance10ProFastRequestAspectRatio",
    "DoubaoSeedance10ProFastRequestQuality",
    "ErrorDetail",
    "ErrorResponse",
    "FileData",
    "FileError",
    "FileUploadResponse",
    "GeminiOmniFlashImageToVideoRequest",
    "GeminiOmniFlashImageToVideoRequestAspectRatio",
    "GeminiOmniFlashImageToVideoRequestDurationType1",
    "GeminiOmniFlashReferenceToVideoRequest",
    "GeminiOmniFlashReferenceToVideoRequestAspectRatio",
    "GeminiOmniFlashReferenceToVideoRequestDurationType1",
    "GeminiOmniFlashTextToVideoRequest",
    "GeminiOmniFlashTextToVideoRequestAspectRatio",
    "GeminiOmniFlashTextToVideoRequestDurationType1",
    "GeminiOmniFlashVideoEditRequest",
    "GrokImagineImageToVideoBetaRequest",
    "GrokImagineImageToVideoBetaRequestAspectRatio",
    "GrokImagineImageToVideoBetaRequestMode",
    "GrokImagineImageToVideoBetaRequestQuality",
    "GrokImagineTextToVideoBetaRequest",
    "GrokImagineTextToVideoBetaRequestAspectRatio",
    "GrokImagineTextToVideoBetaRequestMode",
    "GrokImagineTextToVideoBetaRequestQuality",
    "GrokImagineVideo10I2VRequest",
    "GrokImagineVideo10I2VRequestAspectRatio",
    "GrokImagineVideo10I2VRequestQuality",
    "GrokImagineVideo10T2VRequest",
    "GrokImagineVideo10T2VRequestAspectRatio",
    "GrokImagineVideo10T2VRequestQuality",
    "GrokImagineVideo15PreviewRequest",
    "GrokImagineVideo15PreviewRequestAspectRatio",
    "GrokImagineVideo15PreviewRequestQuality",
    "Happyhorse10ImageToVideoRequest",
    "Happyhorse10ImageToVideoRequestQuality",
    "Happyhorse10ReferenceToVideoRequest",
    "Happyhorse10ReferenceToVideoRequestAspectRatio",
    "Happyhorse10ReferenceToVideoRequestQuality",
    "Happyhorse10TextToVideoRequest",
    "Happyhorse10TextToVideoRequestAspectRatio",
    "Happyhorse10TextToVideoRequestQuality",
    "Happyhorse10VideoEditRequest",
    "Happyhorse10VideoEditRequestQuality",
    "Happyhorse11ImageToVideoRequest",
    "Happyhorse11ImageToVideoRequestQuality",
    "Happyhorse11ReferenceToVideoRequest",
    "Happyhorse11ReferenceToVideoRequestAspectRatio",
    "Happyhorse11ReferenceToVideoRequestQuality",
    "Happyhorse11TextToVideoRequest",
    "Happyhorse11TextToVideoRequestAspectRatio",
    "Happyhorse11TextToVideoRequestQuality",
    "KlingCustomElementRequest",
    "KlingCustomElementRequestModelParams",
    "KlingCustomElementRequestModelParamsElementImageList",
    "KlingCustomElementRequestModelParamsElementImageListReferImagesItem",
    "KlingCustomElementRequestModelParamsElementVideoList",
    "KlingCustomElementRequestModelParamsElementVideoListReferVideosItem",
    "KlingCustomElementRequestModelParamsReferenceType",
    "KlingO1ImageToVideoRequest",
    "KlingO1ImageToVideoRequestAspectRatio",
    "KlingO1ImageToVideoRequestDuration",
    "KlingO1VideoEditFastRequest",
    "KlingO1VideoEditRequest",
    "KlingO3ImageToVideoRequest",
    "KlingO3ImageToVideoRequestAspectRatio",
    "KlingO3ImageToVideoRequestModelParams",
    "KlingO3ImageToVideoRequestModelParamsElementListItem",
    "KlingO3ImageToVideoRequestModelParamsMultiPromptItem",
    "KlingO3ImageToVideoRequestModelParamsShotType",
    "KlingO3ImageToVideoRequestModelParamsWatermarkInfo",
    "KlingO3ImageToVideoRequestQuality",
    "KlingO3ImageToVideoRequestSound",
    "KlingO3ReferenceToVideoRequest",
    "KlingO3ReferenceToVideoRequestAspectRatio",
    "KlingO3ReferenceToVideoRequestModelParams",
    "KlingO3ReferenceToVideoRequestModelParamsElementListItem",
    "KlingO3ReferenceToVideoRequestModelParamsWatermarkInfo",
    "KlingO3ReferenceToVideoRequestQuality",
    "KlingO3TextToVideoRequest",
    "KlingO3TextToVideoRequestAspectRatio",
    "KlingO3TextToVideoRequestModelParams",
    "KlingO3TextToVideoRequestModelParamsElementListItem",
    "KlingO3TextToVideoRequestModelParamsMultiPromptItem",
    "KlingO3TextToVideoRequestModelParamsShotType",
    "KlingO3TextToVideoRequestModelParamsWatermarkInfo",
    "KlingO3TextToVideoRequestQuality",
    "KlingO3TextToVideoRequestSound",
    "KlingO3VideoEditRequest",
    "KlingO3VideoEditRequestModelParams",
    "KlingO3VideoEditRequestModelParamsElementListItem",
    "KlingO3VideoEditRequestModelParamsWatermarkInfo",
    "KlingO3VideoEditRequestQuality",
    "KlingV3ImageToVideoRequest",
    "KlingV3ImageToVideoRequestModelParams",
    "KlingV3ImageToVideoRequestModelParamsElementListItem",
    "KlingV3ImageToVideoRequestModelParamsMultiPromptItem",
    "KlingV3ImageToVideoRequestModelParamsShotType",
    "KlingV3ImageToVideoRequestModelParamsWatermarkInfo",
    "KlingV3ImageToVideoRequestQuality",
    "KlingV3ImageToVideoRequestSound",
    "KlingV3MotionControlRequest",
    "KlingV3MotionControlRequestModelParams",
    "KlingV3MotionControlRequestModelParamsCharacterOrientation",
    "KlingV3MotionControlRequestModelParamsElementListItem",
    "KlingV3MotionControlRequestModelParamsWatermarkInfo",
    "KlingV3MotionControlRequestQuality",
    "KlingV3TextToVideoRequest",
    "KlingV3TextToVideoRequestAspectRatio",
    "KlingV3TextToVideoRequestModelParams",
    "KlingV3TextToVideoRequestModelParamsMultiPromptItem",
    "KlingV3TextToVideoRequestModelParamsShotType",
    "KlingV3TextToVideoRequestModelParamsWatermarkInfo",
    "KlingV3TextToVideoRequestQuality",
    "KlingV3TextToVideoRequestSound",
    "KlingV3TurboImageToVideoRequest",
    "KlingV3TurboImageToVideoRequestQuality",
    "KlingV3TurboTextToVideoRequest",
    "KlingV3TurboTextToVideoRequestAspectRatio",
    "KlingV3TurboTextToVideoRequestQuality",
    "MiniMaxHailuo02Request",
    "MiniMaxHailuo02RequestDuration",
    "MiniMaxHailuo02RequestModelParams",
    "MiniMaxHailuo02RequestQuality",
    "MiniMaxHailuo23FastRequest",
    "MiniMaxHailuo23FastRequestDuration",
    "MiniMaxHailuo23FastRequestModelParams",
    "MiniMaxHailuo23FastRequestQuality",
    "MiniMaxHailuo23Request",
    "MiniMaxHailuo23RequestDuration",
    "MiniMaxHailuo23RequestModelParams",
    "MiniMaxHailuo23RequestQuality",
    "MinimaxH3ImageToVideoRequest",
    "MinimaxH3ImageToVideoRequestQuality",
    "MinimaxH3ReferenceToVideoRequest",
    "MinimaxH3ReferenceToVideoRequestAspectRatio",
    "MinimaxH3ReferenceToVideoRequestQuality",
    "MinimaxH3TextToVideoRequest",
    "MinimaxH3TextToVideoRequestAspectRatio",
    "MinimaxH3TextToVideoRequestQuality",
    "Omnihuman15Request",
    "QuotaData",
    "QuotaResponse",
    "Seedance15ProRequest",
    "Seedance15ProRequestAspectRatio",
    "Seedance15ProRequestQuality",
    "Seedance20FastImageToVideoRequest",
    "Seedance20FastImageToVideoRequestAspectRatio",
    "Seedance20FastImageToVideoRequestQuality",
    "Seedance20FastReferenceToVideoRequest",
    "Seedance20FastReferenceToVideoRequestAspectRatio",
    "Seedance20FastReferenceToVideoRequestQuality",
    "Seedance20FastTextToVideoRequest",
    "Seedance20FastTextToVideoRequestAspectRatio",
    "Seedance20FastTextToVideoRequestModelParams",
    "Seedance20FastTextToVideoRequestQuality",
    "Seedance20ImageToVideoRequest",
    "Seedance20ImageToVideoRequestAspectRatio",
    "Seedance20ImageToVideoRequestQuality",
    "Seedance20MiniImageToVideoRequest",
    "Seedance20MiniImageToVideoRequestAspectRatio",
    "Seedance20MiniImageToVideoRequestQuality",
    "Seedance20MiniReferenceToVideoRequest",
    "Seedance20MiniReferenceToVideoRequestAspectRatio",
    "Seedance20MiniReferenceToVideoRequestQuality",
    "Seedance20MiniTextToVideoRequest",
    "Seedance20MiniTextToVideoRequestAspectRatio",
    "Seedance20MiniTextToVideoRequestQuality",
    "Seedance20ReferenceToVideoRequest",
    "Seedance20ReferenceToVideoRequestAspectRatio",
    "Seedance20ReferenceToVideoRequestQuality",
    "Seedance20TextToVideoRequest",
    "Seedance20TextToVideoRequestAspectRatio",
    "Seedance20TextToVideoRequestModelParams",
    "Seedance20TextToVideoRequestQuality",
    "Seedance25ImageToVideoRequest",
    "Seedance25ImageToVideoRequestAspectRatio",
    "Seedance25ImageToVideoRequestOutputFormat",
    "Seedance25ImageToVideoRequestQuality",
    "Seedance25ReferenceToVideoRequest",
    "Seedance25ReferenceToVideoRequestAspectRatio",
    "Seedance25ReferenceToVideoRequestOutputFormat",
    "Seedance25ReferenceToVideoRequestQuality",
    "Seedance25TextToVideoRequest",
    "Seedance25TextToVideoRequestAspectRatio",
    "Seedance25TextToVideoRequestModelParams",
    "Seedance25TextToVideoRequestOutputFormat",
    "Seedance25TextToVideoRequestQuality",
    "Seedance25VideoEditRequest",
    "Seedance25VideoEditRequestAspectRatio",
    "Seedance25VideoEditRequestDuration",
    "Seedance25VideoEditRequestOutputFormat",
    "Seedance25VideoEditRequestQuality",
    "Seedance25VideoExtendRequest",
    "Seedance25VideoExtendRequestAspectRatio",
    "Seedance25VideoExtendRequestOutputFormat",
    "Seedance25VideoExtendRequestQuality",
    "Sora2PreviewRequest",
    "Sora2PreviewRequestAspectRatio",
    "Sora2ProPreviewRequest",
    "Sora2ProPreviewRequestAspectRatio",
    "Sora2ProPreviewRequestQuality",
    "StreamUploadRequest",
    "TaskError",
    "TaskInfo",
    "TaskStatus",
    "TokenCredits",
    "TopazVideoUpscaleRequest",
    "TopazVideoUpscaleRequestModelParams",
    "TopazVideoUpscaleRequestModelParamsUpscaleFactor",
    "UrlUploadRequest",
    "Usage",
    "UserCredits",
    "Veo31FastBetaRequest",
    "Veo31FastBetaRequestAspectRatio",
    "Veo31FastBetaRequestGenerationType",
    "Veo31FastBetaRequestQuality",
    "Veo31FastExtendRequest",
    "Veo31FastGeneratePreviewRequest",
    "Veo31FastGeneratePreviewRequestAspectRatio",
    "Veo31FastGeneratePreviewRequestDuration",
    "Veo31FastGeneratePreviewRequestGenerationType",
    "Veo31FastGeneratePreviewRequestPersonGeneration",
    "Veo31FastGeneratePreviewRequestQuality",
    "Veo31FastGeneratePreviewRequestResizeMode",
    "Veo31GeneratePreviewRequest",
    "Veo31GeneratePreviewRequestAspectRatio",
    "Veo31GeneratePreviewRequestDuration",
    "Veo31GeneratePreviewRequestGenerationType",
    "Veo31GeneratePreviewRequestPersonGeneration",
    "Veo31GeneratePreviewRequestQuality",
    "Veo31GeneratePreviewRequestResizeMode",
    "Veo31ProBetaRequest",
    "Veo31ProBetaRequestAspectRatio",
    "Veo31ProBetaRequestGenerationType",
    "Veo31ProBetaRequestQuality",
    "VideoTask",
    "VideoTaskObject",
    "VideoTaskType",
    "VideoretalkRequest",
    "Wan25ImageToVideoRequest",
    "Wan25ImageToVideoRequestDuration",
    "Wan25ImageToVideoRequestQuality",
    "Wan25TextToVideoRequest",
    "Wan25TextToVideoRequestAspectRatio",
    "Wan25TextToVideoRequestDuration",
    "Wan25TextToVideoRequestQuality",
    "Wan26ImageToVideoFlashRequest",
    "Wan26ImageToVideoFlashRequestModelParams",
    "Wan26ImageToVideoFlashRequestModelParamsShotType",
    "Wan26ImageToVideoFlashRequestQuality",
    "Wan26ImageToVideoRequest",
    "Wan26ImageToVideoRequestModelParams",
    "Wan26ImageToVideoRequestModelParamsShotType",
    "Wan26ImageToVideoRequestQuality",
    "Wan26ReferenceVideoFlashRequest",
    "Wan26ReferenceVideoFlashRequestAspectRatio",
    "Wan26ReferenceVideoFlashRequestModelParams",
    "Wan26ReferenceVideoFlashRequestModelParamsShotType",
    "Wan26ReferenceVideoFlashRequestQuality",
    "Wan26ReferenceVideoRequest",
    "Wan26ReferenceVideoRequestAspectRatio",
    "Wan26ReferenceVideoRequestModelParams",
    "Wan26ReferenceVideoRequestModelParamsShotType",
    "Wan26ReferenceVideoRequestQuality",
    "Wan26TextToVideoRequest",
    "Wan26TextToVideoRequestAspectRatio",
    "Wan26TextToVideoRequestModelParams",
    "Wan26TextToVideoRequestModelParamsShotType",
    "Wan26TextToVideoRequestQuality",
    "Wan27ImageToVideoRequest",
    "Wan27ImageToVideoRequestGenerationMode",
    "Wan27ImageToVideoRequestQuality",
    "Wan27ReferenceVideoRequest",
    "Wan27ReferenceVideoRequestAspectRatio",
    "Wan27ReferenceVideoRequestModelParams",
    "Wan27ReferenceVideoRequestModelParamsVoiceBindings",
    "Wan27ReferenceVideoRequestQuality",
    "Wan27TextToVideoRequest",
    "Wan27TextToVideoRequestAspectRatio",
    "Wan27TextToVideoRequestQuality",
    "Wan27VideoEditRequest",
    "Wan27VideoEditRequestAspectRatio",
    "Wan27VideoEditRequestQuality",
    "Wan30ImageToVideoRequest",
    "Wan30ImageToVideoRequestAspectRatio",
    "Wan30ImageToVideoRequestQuality",
    "Wan30ReferenceVideoRequest",
    "Wan30ReferenceVideoRequestAspectRatio",
    "Wan30ReferenceVideoRequestModelParams",
    "Wan30ReferenceVideoRequestQuality",
    "Wan30TextToVideoRequest",
    "Wan30TextToVideoRequestAspectRatio",
    "Wan30TextToVideoRequestQuality",
)
