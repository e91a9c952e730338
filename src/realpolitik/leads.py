"""Where a wire story's lead ends: credit lines and the dateline before the first sentence.

"UNITED NATIONS (Reuters) - Israel urged ...": the words before the dash place the report;
they do not act, and the parser reads the story better without them (:func:`~.nlp.parse`
parses them apart).
"""

from __future__ import annotations

import re

# A wire lead before the story: credit lines ("AFP - ", "Canadian Press - ") and a
# dateline in capitals with an optional date and agency, ended by a dash, or by a colon
# after a date or a name in capitals ("UNITED NATIONS (Reuters) - ", "KINSHASA, Congo (AP)
# - ", "WASHINGTON, Sept. 30, 2004 -- ", "BAGHDAD, Sept 12: ", "BAGHDAD: "). Its names
# place the report; they do not act.
_DASH = r"\s+[-\u2013\u2014]+\s+"
_OUTLETS = r"AFP|AP|Reuters|Press|Times|News|Post|Xinhua|Agency|Report|Wire|BBC|CNN|CBS|UPI|Journal"
# A section label before the dateline ("World News: Islamabad, Nov 9 : ...").
_SECTION = r"(?:(?:World|Top|Breaking)\s+News:\s+)"
_CREDIT = rf"(?:\(?(?:[A-Z][A-Za-z/&. ]{{0,30}}?)?\b(?:{_OUTLETS})\b[A-Za-z/&. ]{{0,20}}\)?{_DASH})"
_DATELINE = (
    r"(?:(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*"  # UNITED NATIONS, BAGHDAD
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?=,\s+[A-Z][A-Za-z]{2,4}\.?\s+\d))"  # Islamabad, Nov 9
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?"  # , Congo / , Sudan Sept.
    r"(?:,?\s+[A-Z][A-Za-z]{2,4}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"  # Sept. 19, 2004 / , DEC 5
    rf"(?:,?\s*\([^)]{{1,40}}\))?(?:{_DASH}|(?<=\d)\s*:\s+|(?<=[A-Z]{{2}}):\s+(?=[A-Z])))"
    # (Reuters) - / "BAGHDAD, Sept 12: " / "BAGHDAD: "
)
_LEAD = re.compile(rf"^\s*{_SECTION}?{_CREDIT}{{0,2}}{_DATELINE}?")


def lead_end(text: str, dateline: str = "") -> int:
    """The end of a wire lead (credit lines and dateline) at the start of ``text``, or 0.

    A dateline needs a dash after it, or must be the ``dateline`` the reader found
    ("BAGHDAD US warplanes ..."); a lead needs a word in capitals or an agency in
    brackets, so a story that opens with a name is left alone.
    """
    found = _LEAD.match(text)
    end = found.end() if found is not None else 0
    lead = text[:end]
    if end and not re.search(
        r"[A-Z]{3,}|\)\s*[-\u2013\u2014]|\d\s*[:\-\u2013\u2014]|\b(?:" + _OUTLETS + r")\b", lead
    ):
        end = 0
    rest = text[end:]
    if dateline and rest.lstrip().startswith(dateline):
        end += len(rest) - len(rest.lstrip()) + len(dateline)
    return end
