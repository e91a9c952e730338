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
# A date in a dateline: "Sept. 19, 2004", "Nov 9", "December 3", "9 October 2004".
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?i:[a-z]{0,6})\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_DATELINE = (
    r"(?:(?:[A-Z][A-Z.'\-]+(?:[\s/]+[A-Z][A-Z.'\-]+)*"  # UNITED NATIONS, CAIRO/AMMAN
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?=,\s+{_DATE}))"  # Islamabad, Nov 9
    rf"(?:,\s+(?!{_DATE})[A-Z][A-Za-z.]+(?:\s+(?!{_DATE})[A-Z][A-Za-z.]+)*)?"  # , Congo
    rf"(?:\s+:(?=\s+{_DATE}))?"  # "LAHORE, Pakistan : Oct 11 (PID) - "
    rf"(?:,?\s+{_DATE})?"  # Sept. 19, 2004 / , DEC 5 / , 9 October 2004
    rf"(?:,?\s*\([^)]{{1,40}}\))?"  # (Reuters), (NNN)
    rf"(?:{_DASH}|(?<=[\d)])\s*:\s+|(?<=[A-Za-z]{{2}})\s*:\s+(?=[A-Z])))"
    # (Reuters) - / "BAGHDAD, Sept 12: " / "Kabul, Oct. 5 (NNN): " / "SYDNEY : "
    rf"|(?:{_DATE}{_DASH})"  # a date alone: "3 December 2004 -- "
    rf"|(?:[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?{_DASH}(?=[A-Z][a-z]*\s))"  # "Beijing - Chinese"
)
_LEAD = re.compile(rf"^\s*{_SECTION}?{_CREDIT}{{0,2}}(?:{_DATELINE})?")


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
        r"[A-Z]{3,}|\)\s*[-\u2013\u2014:]|\d\s*[:\-\u2013\u2014]|\b(?:" + _OUTLETS + r")\b"
        r"|^[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?\s+[-\u2013\u2014]",
        lead,
    ):
        end = 0
    rest = text[end:]
    if dateline and rest.lstrip().startswith(dateline):
        end += len(rest) - len(rest.lstrip()) + len(dateline)
    return end


# A wire dateline with its agency after a sentence that opens the text, as in news
# digests that put a caption or a summary first: "... October 4. AP. BAGHDAD (AFP) -
# Britain's Foreign Secretary ...".
_INNER_DATELINE = re.compile(
    r"(?<=[.!?]\s)[A-Z][A-Z.'\-]+(?:[\s/]+[A-Z][A-Z.'\-]+)*(?:,\s+[A-Z][A-Za-z.]+)*"
    rf"\s*\((?:{_OUTLETS}|CP)\)\s*[-\u2013\u2014]+\s+"
)


def inner_datelines(text: str) -> list[tuple[int, int]]:
    """The spans of wire datelines that stand after the first sentence of ``text``
    ("... October 4. AP. BAGHDAD (AFP) - Britain's ..."), whose capitals the parser would
    otherwise make the subject of the story's first sentence."""
    return [m.span() for m in _INNER_DATELINE.finditer(text)]
