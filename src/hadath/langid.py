"""Language of a document, by CLD2 (pycld2)."""

from __future__ import annotations

UNKNOWN = "un"
SAMPLE = 600  # characters CLD2 reads: about 100 words tell a language; its cost grows with length


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of ``text`` (``un`` when CLD2 cannot tell and nothing was declared).

    CLD2's answer wins when it is reliable; otherwise the document's declared language, if any.
    """
    import pycld2

    try:
        reliable, _, details = pycld2.detect(text[:SAMPLE])
    except pycld2.error:
        cleaned = "".join(c for c in text[:SAMPLE] if c.isprintable() or c.isspace())
        try:
            reliable, _, details = pycld2.detect(cleaned.encode("utf-8", "ignore").decode())
        except pycld2.error:
            return declared or UNKNOWN
    code = details[0][1] if details else UNKNOWN
    if code == UNKNOWN or not reliable:
        return declared or code
    return code
