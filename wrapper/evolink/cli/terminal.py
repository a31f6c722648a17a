"""Text from a server made safe to show on a terminal.

A terminal obeys what it is sent: ``ESC [ 2 J`` clears the screen, ``ESC ] 0;``
retitles the window, ``ESC ] 52`` writes the clipboard, ``ESC ] 8`` hides a link
behind harmless-looking text, a carriage return or backspace overwrites what was
printed before, and a bidi override (U+202E) makes ``gnp.exe`` read as
``exe.png``. An error message, task id, failure reason or model name comes from a
server and is printed by the command line, so it goes through
:func:`terminal_safe` first. JSON output needs none of this: ``json.dumps``
escapes every control character.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["terminal_safe"]

#: Whole escape sequences, 7-bit (ESC ...) and 8-bit (C1) forms, so no payload is left behind as text.
_SEQUENCE = re.compile(
    r"""
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?             # CSI: parameters, intermediates, final
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]) .*? (?:\x07|\x1b\\|\x9c|\Z)  # OSC, DCS, SOS, PM, APC: to their end
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                                     # any other: ESC, intermediates, final
    """,
    re.VERBOSE | re.DOTALL,
)
#: Controls, invisible format characters (bidi overrides, zero-width ones) and lone surrogates (unprintable).
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})


def terminal_safe(text: str) -> str:
    """``text`` without escape sequences or invisible characters, on one line (line breaks and tabs become spaces)."""
    if text.isprintable():  # the usual case: no control, format or separator character at all
        return text
    return "".join(map(_shown, _SEQUENCE.sub("", text)))


def _shown(char: str) -> str:
    if char.isprintable():
        return char
    if char.isspace():  # newline, tab, NEL, line and paragraph separators, no-break spaces
        return " "
    return "" if unicodedata.category(char) in _INVISIBLE else char
