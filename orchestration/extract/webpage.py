"""The article text of a saved web page.

trafilatura finds the article in a page and drops navigation, footers and
scripts; it is the maintained library for exactly this, where hand-written
tag stripping would keep menus and lose tables. The page's title and
publication date, when trafilatura finds them, head the text so that the
extractor sees them as a scraped text file would show them.
"""

from __future__ import annotations

import re

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype html|<html|<head|<body)", re.IGNORECASE | re.DOTALL)


def looks_like_html(name: str, text: str) -> bool:
    """An HTML page by its name or by its first tag."""
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(_HTML_START.match(text[:2000]))


def html_to_text(html: str) -> str | None:
    """Title, date and article text of a page; None when it has no article text.

    >>> text = html_to_text("<html><head><title>Zone news</title><script>alert(1)</script></head>"
    ...                     "<body><nav>Home | News</nav><article><p>In 2021, the zone's output value "
    ...                     "reached 68.57 billion yuan, an increase of 19.42% over the previous year, "
    ...                     "according to the management committee.</p></article></body></html>")
    >>> text.splitlines()[0], text.splitlines()[2][:60]
    ('Zone news', "In 2021, the zone's output value reached 68.57 billion yuan,")
    """
    import trafilatura

    body = trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True)
    if not body or not body.strip():
        return None
    # only dates the page states in its markup, not years guessed from the article text
    metadata = trafilatura.extract_metadata(html, extensive=False)
    head = []
    if metadata is not None and metadata.title and metadata.title.strip() not in body[:300]:
        head.append(metadata.title.strip())
    if metadata is not None and metadata.date:
        head.append(f"Published: {metadata.date}")
    return "\n".join(head) + ("\n\n" if head else "") + body.strip()
