"""``python -m evolink.testing`` has a flag for every MockConfig field but the callback schedule, as it says."""

from __future__ import annotations

import attrs
import pytest

from evolink.testing import MockConfig
from evolink.testing import __main__ as command


def test_every_mock_config_field_but_the_callback_schedule_has_a_flag() -> None:
    flags = {action.dest for action in command._parser("evolink mock")._actions if action.option_strings}
    missing = set(attrs.fields_dict(MockConfig)) - flags
    assert missing == {"callback_timeout_seconds", "callback_retry_delays"}


def test_the_files_api_flags_set_its_quota_and_largest_upload(capsys: pytest.CaptureFixture[str]) -> None:
    parser = command._parser("evolink mock")
    given = parser.parse_args(["--file-quota", "3", "--max-upload-bytes", "2048"])
    assert command.config_from(given) == MockConfig(file_quota=3, max_upload_bytes=2048)
    assert f"(default: {MockConfig().max_upload_bytes})" in parser.format_help()
    with pytest.raises(SystemExit) as refused:
        command.main(["--max-upload-bytes", "0"], prog="evolink mock")
    assert refused.value.code == 2
    assert "argument --max-upload-bytes: must be" in capsys.readouterr().err
