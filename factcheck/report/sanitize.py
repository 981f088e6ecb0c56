"""Untrusted text made safe for a terminal: control characters shown as escapes, not obeyed."""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, but not the tab and newline that text legitimately holds: an
# article or a file name could otherwise carry ESC sequences that retitle or clear the terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
