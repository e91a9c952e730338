"""Metadata that a news text states in its own lines: bylines, author bios,
credit lines, wire datelines and headlines.

Each function looks at one line or paragraph and returns what it states, or
None when it is no such line. Names are two to five capitalised words (with
initials, hyphens and particles such as "van" or "bin"); a line that does not
fit is left in the article text rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .boilerplate import is_boilerplate
from .dates import parse_date

_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)"
_MIXED_NAME_WORD = r"(?:[A-Z]\.|[A-Z](?=[\w'’-]*[a-z])[\w'’]*(?:-[A-Za-z][\w'’]*)*)"
_PARTICLE = r"(?:(?:de|da|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el|la|le)\s+)"


def _names(word: str) -> str:
    """A pattern for one or more names ("Jane Roe", "Jane Roe and John Doe")."""
    name = rf"{word}(?:\s+{_PARTICLE}?{word}){{1,4}}"
    return rf"{name}(?:\s*(?:,\s*|\s+and\s+|\s*&\s*){name})*"


_NAMES = _names(_NAME_WORD)
_MIXED_NAMES = _names(_MIXED_NAME_WORD)  # no all-caps words: they start a dateline

# Words that make a trailing "X is ... for Y" paragraph an author bio, not news.
_JOURNALIST = re.compile(
    r"\b(?:correspondents?|reporters?|journalists?|writers?|editors?|columnists?|"
    r"bureau chiefs?|chief|contributors?|producers?|photographers?|critics?|anchors?|"
    r"covers|reports on|writes about|writes for|staff|newsroom|contributing)\b",
    re.IGNORECASE,
)
_ROLE_ONLY = re.compile(
    r"^(?:(?:senior|chief|staff|special|foreign|contributing|associate|deputy|managing|"
    r"political|national|local)\s+)*(?:correspondent|reporter|writer|editor|journalist|"
    r"columnist|contributor|photographer|staff)s?$",
    re.IGNORECASE,
)

_BYLINE = re.compile(
    rf"^(?i:by)\s*:?\s+(?P<names>{_NAMES})(?:\s*(?:,|\||—|–|-|/)\s*(?P<rest>.+))?$"
)
_BIO = re.compile(rf"^(?P<names>{_NAMES})\s+(?:is|are|was|were|has been|covers|reports|writes)\b")
_BIO_OUTLET = re.compile(
    r"\b(?:for|at|with)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.\-]*"
    r"(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.\-]*)*)"
)
_CREDIT = re.compile(
    r"\(?\s*(?:additional\s+)?reporting\s+by\s+(?P<names>[^;()]+?)"
    r"(?:\s+in\s+[A-Z][\w.,' ]*)?\s*(?:;[^()]*)?\)?\s*$",
    re.IGNORECASE,
)

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD})*"
# ", South Korea", ", Nov 2", ", 9 October 2004" (a country and a date may both follow)
_QUALIFIER = r"(?:,\s+(?:[A-Z][A-Za-z.'’\-]*|\d{1,2})(?:\s+[A-Z0-9][A-Za-z0-9.'’\-]*)*)"
_PLACE = rf"{_CAPS_PLACE}{_QUALIFIER}{{0,2}}(?:\s*/\s*{_CAPS_PLACE}{_QUALIFIER}?)*"
_DATELINE = re.compile(
    rf"^\s*(?P<place>{_PLACE})?,?\s*(?:\((?P<agency>[^()\n]{{1,40}})\))?\s*(?:--?|—|–)\s+(?=\S)"
)
# A dateline of a place alone ended by a colon: "ISLAMABAD: ", "BANGKOK : ".
_COLON_DATELINE = re.compile(rf"^\s*(?P<place>{_PLACE})\s?:\s+(?=[A-Z\"“])")
# An outlet's name in mixed case before a dateline: "Los Angeles Times - BAGHDAD — ".
_OUTLET_PREFIX = re.compile(
    r"^\s*(?P<outlet>[A-Z][a-z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,4})\s+-\s+(?=[A-Z]{2,})"
)
_EDITOR_NOTE = re.compile(r"^\s*\(+(?P<note>[^()]*(?:\([^()]*\)[^()]*)*?)\)+\s*(?=\S)")
_NOTE_WORDS = re.compile(r"\b(?:correct|refile|version|clarif|updat|fix|adds?)", re.IGNORECASE)
_LEAD_BYLINE = re.compile(rf"(?i:by)\s+(?P<names>{_MIXED_NAMES})\s+(?=\(|[A-Z]{{2,}})")

# Wire services whose name stands where a place would ("AP - A company ...").
AGENCIES: dict[str, str] = {
    "AP": "AP", "AFP": "AFP", "REUTERS": "Reuters", "UPI": "UPI", "XINHUA": "Xinhua",
    "KYODO": "Kyodo", "YONHAP": "Yonhap", "TASS": "TASS", "DPA": "dpa", "ANSA": "ANSA",
    "EFE": "EFE", "IANS": "IANS", "PTI": "PTI", "BERNAMA": "Bernama", "KCNA": "KCNA",
    "ANI": "ANI", "IRNA": "IRNA", "WAFA": "WAFA", "APA": "APA",
}  # fmt: skip

MAX_HEADLINE_CHARS = 200
_OPENING_QUOTES = "\"“‘'«"
_CLOSING_QUOTES = "\"”’'»"
MAX_HEADLINE_WORDS = 25
MAX_BIO_CHARS = 600


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline, bio or credit line says: the author(s) and maybe the outlet."""

    author: str
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline at the start of a text: "WASHINGTON (Reuters) - "."""

    place: str
    outlet: str
    end: int  # characters the dateline takes at the start of the text


def byline(line: str) -> Byline | None:
    """The author a "By Jane Roe" or "By Jane Roe and John Doe, Reuters" line names."""
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    names, extra = _split_name_list(match.group("names"))
    outlet = ""
    for part in [*extra, *re.split(r"\s*[,|/]\s*", match.group("rest") or "")]:
        part = part.strip(" .")
        if part and part[0].isupper() and not _ROLE_ONLY.match(part) and parse_date(part) is None:
            outlet = _outlet_name(part)
            break
    return Byline(author=names, outlet=outlet)


def _split_name_list(names: str) -> tuple[str, list[str]]:
    """Split "Jane Roe, Staff Writer" into the names and what follows a comma
    that does not continue a list ("Jane Roe, John Doe and Ann Lee" stays whole)."""
    parts = [p.strip() for p in names.split(",")]
    if len(parts) == 1 or re.search(r"\band\b|&", parts[-1]):
        return names.strip(), []
    return parts[0], parts[1:]


def author_bio(paragraph: str) -> Byline | None:
    """The author and outlet of a closing bio ("Choe Sang-Hun is the Seoul bureau
    chief for The Times, ..."): a short paragraph that starts with a name and
    a verb and speaks of journalism work."""
    text = paragraph.strip()
    if len(text) > MAX_BIO_CHARS:
        return None
    match = _BIO.match(text)
    if match is None or not _JOURNALIST.search(text):
        return None
    first_sentence = re.split(r"(?<=[a-z])\.\s", text[match.end() :], maxsplit=1)[0]
    found = _BIO_OUTLET.search(first_sentence)
    outlet = _outlet_name(found.group("outlet")) if found else ""
    return Byline(author=match.group("names").strip(), outlet=outlet)


def credit_line(paragraph: str) -> tuple[Byline, int] | None:
    """A closing wire credit ("(Reporting by Jane Roe in Seoul; Editing by John
    Doe)"): the reporters it names and where in ``paragraph`` the credit begins."""
    match = _CREDIT.search(paragraph)
    if match is None:
        return None
    names = match.group("names").strip(" ,")
    if not re.fullmatch(_NAMES, names):
        return None
    return Byline(author=names), match.start()


def dateline(text: str) -> Dateline | None:
    """The wire dateline that opens ``text``: place (as written) and outlet.

    "WASHINGTON (Reuters) - ..." gives place "WASHINGTON", outlet "Reuters";
    "SEOUL, South Korea — ..." gives the place only; "(Reuters) - ..." the
    outlet only; "AP - ..." names a wire service, so it gives outlet "AP". A
    wire service or outlet may stand before the dateline ("AP - BAGHDAD, Iraq -
    ...", "Los Angeles Times - BAGHDAD — ..."), and a place alone may end with a
    colon ("ISLAMABAD: ...").
    """
    match = _DATELINE.match(text)
    if match is None and (colon := _COLON_DATELINE.match(text)) is not None:
        # "ISLAMABAD: Seven people were injured ...", "BANGKOK : Thai Prime Minister ..."
        return Dateline(place=" ".join(colon.group("place").split()), outlet="", end=colon.end())
    if match is None:
        # "Los Angeles Times - BAGHDAD — ...": an outlet named before the dateline
        named = _OUTLET_PREFIX.match(text)
        inner = dateline(text[named.end() :]) if named else None
        if named is None or inner is None or not inner.place:
            return None
        outlet = inner.outlet or _outlet_name(named.group("outlet"))
        return Dateline(place=inner.place, outlet=outlet, end=named.end() + inner.end)
    place = " ".join((match.group("place") or "").split())
    agency = match.group("agency")
    if not place and not agency:
        return None
    outlet = _agency_name(agency) if agency else ""
    if place.upper() in AGENCIES and not outlet:
        outlet = AGENCIES[place.upper()]
        # "AP - BAGHDAD, Iraq - ...": the wire service, then the dateline
        then = _DATELINE.match(text[match.end() :])
        if then is not None and then.group("place") and not then.group("agency"):
            place = " ".join(then.group("place").split())
            if place.upper() not in AGENCIES:
                return Dateline(place=place, outlet=outlet, end=match.end() + then.end())
        return Dateline(place="", outlet=outlet, end=match.end())
    return Dateline(place=place, outlet=outlet, end=match.end())


@dataclass(frozen=True, slots=True)
class Lead:
    """What stands before an article's first sentence: an editor's note, an
    inline byline and a dateline. ``start`` is where the article text (with
    the dateline) begins once the note and byline are cut."""

    start: int
    note: str = ""
    author: str = ""
    dateline: Dateline | None = None


def lead(text: str) -> Lead:
    """Read "(Corrects paragraph 3 ...) By Jane Roe WASHINGTON (Reuters) - ..."
    from the start of ``text``. The note and byline are only taken when a
    dateline follows them, so plain text that opens with a parenthesis is
    left alone."""
    start, note, author = 0, "", ""
    found = _EDITOR_NOTE.match(text)
    if found and _NOTE_WORDS.search(found.group("note")):
        start, note = found.end(), " ".join(found.group("note").split())
    by = _LEAD_BYLINE.match(text, start)
    if by:
        start, author = by.end(), by.group("names")
    line = dateline(text[start:])
    if line is None:
        line = dateline(text)
        return Lead(start=0, dateline=line)
    return Lead(start=start, note=note, author=author, dateline=line)


def looks_like_headline(line: str) -> bool:
    """Whether a one-line paragraph reads as a headline: short, capitalised,
    not ending in a period, comma, colon or exclamation mark (inside closing
    quotes too), not a quotation standing alone, and neither a date nor
    boilerplate. A question mark may end a headline."""
    text = line.strip()
    if not text or "\n" in text or len(text) > MAX_HEADLINE_CHARS:
        return False
    if text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        return False  # a quotation standing alone, not a headline
    if len(text.split()) > MAX_HEADLINE_WORDS or text.rstrip(_CLOSING_QUOTES)[-1:] in ".,;:!":
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    return parse_date(text) is None and not is_boilerplate(text) and byline(text) is None


def _agency_name(agency: str) -> str:
    """ "Reuters on Friday " -> "Reuters": the words before the first lowercase one."""
    words: list[str] = []
    for word in agency.split():
        if word[:1].islower():
            break
        words.append(word)
    name = " ".join(words)
    return AGENCIES.get(name.upper(), name)


def _outlet_name(name: str) -> str:
    """An outlet's name without a lower-case leading article or trailing dots."""
    name = name.strip(" .,")
    if name.startswith("the "):
        name = name[4:]
    return name
