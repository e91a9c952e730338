"""Lines that web pages and aggregator sites add around an article.

Two tables of whole-line patterns, matched case-insensitively against one
stripped line of at most :data:`MAX_BOILERPLATE_CHARS` characters:

* :data:`DROP_LINES`: lines dropped wherever they stand ("Advertisement",
  share buttons, "Read more", "Source: Read Full Article", copyright notes);
* :data:`SECTION_ENDS`: headings that start the page's tail ("Related Posts",
  "You may also like", "Comments"); that line and everything after it is
  dropped, because what follows is links to other stories.

A line longer than the limit is never boilerplate: it is article text.
"""

from __future__ import annotations

import re

MAX_BOILERPLATE_CHARS = 100
MAX_SECTION_WORDS = 6

_SHARE_WORDS = (
    r"share|tweet|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|"
    r"e-mail|print|copy link|messenger|flipboard|threads|bluesky|mastodon|comment|save"
)

DROP_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"^(?:{body})$", re.IGNORECASE)
    for body in (
        r"advertisement|advertising|ad|sponsored(?: content)?|story continues(?: below)?.*",
        r"(?:source|via|originally published (?:at|on|by))\s*:?\s*"
        r"read (?:the )?full (?:article|story)\.?",
        r"read (?:the )?(?:full|original|complete) (?:article|story|report)(?: here)?\.?",
        r"read (?:more|next|also|on)\s*:?.*|continue reading.*|keep reading.*",
        rf"(?:(?:{_SHARE_WORDS})(?:\s+(?:this|on|via|article|story|page))*\s*[:|•·,/]?\s*)+",
        r"click here.*|tap here.*|sign up.*|subscribe(?: now| today| to .*)?\.?|log ?in.*",
        r"follow us.*|follow (?:@\w+|\w+ on \w+).*|join (?:us|our) .*(?:channel|newsletter).*",
        r"(?:copyright|©|\(c\)).*|all rights reserved.*",
        r"(?:tags?|topics?|filed under|categories|category)\s*:.*",
        r"\d+\s+comments?|no comments(?: yet)?|leave a (?:comment|reply)|post a comment",
        r"skip (?:to|navigation).*|back to top|scroll to (?:top|continue).*",
        r"listen to (?:this )?(?:article|story).*|\d+\s*min(?:ute)?s?\s+read|"
        r"(?:reading time|estimated reading time)\s*:.*",
        r"(?:photo|image|picture|video)\s*(?:credit|source)?\s*:.*|credit\s*:.*",
        r"more about [A-Z][\w.'’\- ]+",
        r"we use cookies.*|accept (?:all )?cookies.*",
        r"home\s*(?:[>›»/|]\s*[\w &'’-]+\s*)+",
    )
)

SECTION_ENDS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"^(?:{body})\s*:?$", re.IGNORECASE)
    for body in (
        r"related(?: posts?| articles?| stories| news| content| coverage| reading| links)?",
        r"(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in))",
        r"recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed)",
        r"more (?:from|on|in|stories|news|articles)(?: [\w&'’ -]+)?|trending(?: now| stories)?",
        r"comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)",
        r"latest (?:news|stories|articles)|popular (?:posts|stories)|see also|also read",
    )
)

_SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_NOT_AN_OUTLET = re.compile(r"\b(?:read|click|article|story|here|link)\b|https?:|www\.", re.I)


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` is a boilerplate line to drop wherever it stands."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_CHARS:
        return False
    return any(p.match(stripped) for p in DROP_LINES)


def is_section_end(line: str) -> bool:
    """Whether ``line`` is a heading after which the page holds no more article:
    a short line (at most six words, no final period) matching :data:`SECTION_ENDS`."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > MAX_SECTION_WORDS or stripped.endswith("."):
        return False
    return any(p.match(stripped) for p in SECTION_ENDS)


def source_outlet(line: str) -> str | None:
    """The outlet named by a "Source: The New York Times" line, "" when the line
    is a "Source:" line naming no outlet ("Source: Read Full Article"), None
    when it is no "Source:" line."""
    stripped = line.strip()
    if len(stripped) > MAX_BOILERPLATE_CHARS:
        return None
    match = _SOURCE_LINE.match(stripped)
    if match is None:
        return None
    name = match.group("name").strip(" .")
    if _NOT_AN_OUTLET.search(name) or not name[:1].isupper():
        return ""
    return name
