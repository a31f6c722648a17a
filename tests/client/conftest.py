"""The `face` fixture: every scenario runs against EvoLink and AsyncEvoLink."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .support import Face


@pytest.fixture(params=["sync", "async"])
def face(request: pytest.FixtureRequest) -> Iterator[Face]:
    f = Face(request.param)
    yield f
    f.close()
