"""Target-language typography: quotation marks and the spaces around punctuation.

``apply_typography(text, "en")``: « x » / «x» -> “x”, ‹ x › -> ‘x’, and the space (plain, NBSP,
U+202F, thin) before ``: ; ! ? %`` is removed. ``apply_typography(text, "fr")``: “x” -> « x »
and « x » normalised, with U+202F (narrow no-break space) inside the guillemets and before
``; ! ? %``, U+00A0 (no-break space) before ``:`` (Imprimerie nationale usage). Straight quotes
``"`` and ``‘ ’`` are left alone in French (``’`` is the French apostrophe). Spaces inside numbers
are not touched. Other languages are returned unchanged. The function is idempotent, and it
never adds a space where none can go (URLs such as ``https://x.org/?a=1``, times ``10:30``).
"""
from __future__ import annotations

import regex

_HSPACE = "[ \u00a0\u202f\u2009]"
NNBSP = "\u202f"
NBSP = "\u00a0"

# English
_EN_OPEN = regex.compile(r"«" + _HSPACE + "*")
_EN_CLOSE = regex.compile(_HSPACE + "*»")
_EN_SOPEN = regex.compile(r"‹" + _HSPACE + "*")
_EN_SCLOSE = regex.compile(_HSPACE + "*›")
_EN_BEFORE_PUNCT = regex.compile(r"(?<=\S)" + _HSPACE + r"+(?=[:;!?%])")

# French
_FR_OPEN = regex.compile(r"[«“]" + _HSPACE + r"*(?=\S)")
_FR_CLOSE = regex.compile(r"(?<=\S)" + _HSPACE + r"*[»”]")
# a punctuation mark that ends a clause: followed by a space, closing quote/bracket or the end
_CLAUSE_END = r"(?=\s|$|[»”\"')\]!?.,…])"
_FR_HIGH = regex.compile(r"(?<=[\p{L}\p{N}»”\"')\]…])" + _HSPACE + r"?([;!?])" + _CLAUSE_END)
_FR_COLON = regex.compile(r"(?<=[\p{L}\p{N}»”\"')\]…])" + _HSPACE + r"?:" + _CLAUSE_END)
_FR_PERCENT = regex.compile(r"(?<=\d)" + _HSPACE + r"?%(?![\p{L}\p{N}])")


def apply_typography(text: str, lang: str) -> str:
    """Apply the quotation marks and punctuation spacing of ``lang`` (``en`` or ``fr``)."""
    base = lang.lower().replace("-", "_").split("_")[0]
    if base == "en":
        return _english(text)
    if base == "fr":
        return _french(text)
    return text


def _english(text: str) -> str:
    text = _EN_OPEN.sub("“", text)
    text = _EN_CLOSE.sub("”", text)
    text = _EN_SOPEN.sub("‘", text)
    text = _EN_SCLOSE.sub("’", text)
    return _EN_BEFORE_PUNCT.sub("", text)


def _french(text: str) -> str:
    text = _FR_OPEN.sub("«" + NNBSP, text)
    text = _FR_CLOSE.sub(NNBSP + "»", text)
    text = _FR_HIGH.sub(lambda m: NNBSP + m.group(1), text)
    text = _FR_COLON.sub(NBSP + ":", text)
    return _FR_PERCENT.sub(NNBSP + "%", text)
