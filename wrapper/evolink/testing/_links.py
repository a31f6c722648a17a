"""Result links that expire, signed like a CDN's, so a client's handling of an old link can be tested.

A link carries its expiry time and an HMAC of its path and expiry under a key
only this server knows: changing ``expires`` by hand gives a 403, exactly as
tampering with a real signed URL does, and an expired link answers 403 too.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import parse_qs, urlencode

__all__ = ["LinkSigner"]

_STAMP_DIGITS = 20


class LinkSigner:
    """Signs and checks ``?expires=<unix seconds>&signature=<hex>`` query strings."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _signature(self, path: str, expires: int) -> str:
        return hmac.new(self._secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()[:32]

    def sign(self, path: str, expires: float) -> str:
        """The query string that makes ``path`` valid until ``expires``."""
        stamp = int(expires)
        return urlencode({"expires": stamp, "signature": self._signature(path, stamp)})

    def problem(self, path: str, query: str, now: float) -> str | None:
        """Why the link is refused (bad signature, expired), or None when it is good."""
        fields = parse_qs(query)
        stamp, signature = fields.get("expires", [""])[0], fields.get("signature", [""])[0]
        # No link this signer makes has a 20-digit expiry; a longer one is forged, and never converted.
        well_formed = stamp.isascii() and stamp.isdigit() and len(stamp) < _STAMP_DIGITS
        if not well_formed or not hmac.compare_digest(signature, self._signature(path, int(stamp))):
            return "the link's signature is not valid"
        if now >= int(stamp):
            return "the link has expired"
        return None
