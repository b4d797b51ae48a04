"""An extractor stand-in that hangs on one document, to test the time budget.

It lives in an importable module because worker processes import it by name.
"""

import time

from orchestration.extract import extract_document


def hang_on_marker(doc: str, text: str):
    if "HANG" in text:
        time.sleep(600)
    if "CRASH" in text:
        raise ValueError("simulated bug")
    return extract_document(doc, text)


def two_seconds(n_chars: int) -> float:
    return 2.0
