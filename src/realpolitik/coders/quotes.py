"""Quotes with their speakers (CONVENTIONS.md Part B).

:func:`code_quotes` reads one parsed article in three passes, each linear in
its length:

1. **Direct quotes.** :func:`~.quote_marks.find_segments` gives the quoted
   stretches. Segments are grouped into quotations (a quotation split by its
   attribution, "“We will act,” he said, “and soon.”", or running over several
   sentences or paragraphs, is one quote), and each group looks for its
   attribution: a speech verb right after a segment that ends in a comma,
   question or exclamation mark (`“...,” said X`, `“...,” X said`,
   `“...,” according to X`), or right before the opening mark
   (`X said: “...”`).
2. **Indirect and mixed quotes.** Every speech verb outside quotation marks
   (``data/quotes/cue_verbs.tsv``) that has a content clause ("X said (that)
   ...", "..., analysts say", "changes that they say would ...") and every
   "according to X" gives a quote whose content is the reported clause. Quoted
   words (three or more) inside that clause make it a *mixed* quote ("He
   added that ... “would undermine peace ...”"). Speech the article denies
   ("did not say", "declined to say") and open questions ("said whether") are
   not quotes; a verb that attributes a direct quote is not quoted twice.
3. **Quotes without attribution.** A quoted clause of more than four words
   that opens a sentence right after a quote takes that quote's speaker (the
   wire pattern: an attributed paragraph, then more of the same voice), or the
   speaker of the attributed quotation that directly follows it. Anything else
   in quotation marks (scare quotes, titles, "Victory Day") is not a quote.

Speakers are resolved by :class:`~.quote_speakers.SpeakerResolver` in text
order, so that "he" can fall back to the previous speaker.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..ids import record_id
from ..models import Article, Provenance, Quote, Speaker
from .quote_lexicon import direct_cues, document_cues, indirect_cues, noun_cues, source_kind
from .quote_marks import Segment, find_segments
from .quote_speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import ArticleActors

__all__ = ["CODER", "VERSION", "code_quotes"]

CODER = "quotes"
VERSION = "0.3.0"

log = logging.getLogger(__name__)

_ATTRIBUTION_END = frozenset(",?!—–-…:")
_SENTENCE_END = frozenset({".", "?", "!"})
_WINDOW = 60  # longest attribution looked at, in tokens ("said X, a professor of ... at ...")
_CUE_REACH = 12  # the speech verb stands within this many tokens of the closing mark
_MIN_UNATTRIBUTED_WORDS = 5
_MIN_QUOTED_WORDS = 3
_THAT_REACH = 12
# Speech verbs that take no object when they report a clause: an object the parser gives
# them is the reported clause's subject ("said Flynn and Kislyak ... discussed").
_OBJECTLESS_CUES = frozenset({"say", "estimate"})
_BEFORE_THAT = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADV"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# "BRUSSELS (Reuters) - ", "WASHINGTON - ": the parser often makes the place a subject.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’-]*[ /]*){1,6}(?:,\s*[A-Z][A-Za-z.]*)?\s*(?:\([A-Za-z .]{1,30}\))?"
    r"\s*[-—–]+\s+|\s*\([A-Za-z .]{1,30}\)\s*[-—–]+\s+"
)
# "JANE DOE, PORTFOLIO MANAGER, ACME CAPITAL, NEW YORK": a line of its own, in capitals
_HEADER = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z.'’ -]+?)[ \t]*,(?P<rest>[A-Z0-9 .,'’&/()-]+?)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_PARAGRAPH_TEXT = re.compile(r"[^\n]+")
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acl"})
_NONFINITE = frozenset({"VBG", "VBN", "VB", "TO"})
_APPOSITION_REACH = 25
_NOT_SAYING = frozenset({"decline", "refuse", "stop", "fail", "short"})
_LOOK_BACK = 80  # characters looked at before an opening mark
_RELAY_CUES = frozenset({"report"})  # "..., RIA reported": passes on someone else's words
# verbs whose subject is the source of the claim or statement they take as object
_ISSUING_VERBS = frozenset(
    {"make", "issue", "release", "repeat", "reiterate", "publish", "post", "renew", "voice"}
)
# verbs that relay someone else's words: "quoted X as saying", "recalled X as saying"
_QUOTING_VERBS = frozenset({"quote", "recall", "cite", "remember"})
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*")
_PAREN_REACH = 12  # a parenthesis skipped at the start of reported speech closes this soon
_ASIDE_REACH = 30  # longest aside between a subject and its verb, in tokens
_ASIDE_OPENERS = frozenset({"asked", "when", "while", "speaking", "after", "if", "as"})
_LEADING_JUNK = frozenset({"that", ",", ":", "—", "–", "-", "and", "but", "so", "or"})


@dataclass
class _Found:
    """A quote before its speaker is resolved."""

    type: str
    spans: list[tuple[int, int]]
    cue: str
    speaker_head: Token | None  # None: take the previous quote's speaker
    inherited: bool = False
    segments: list[Segment] = field(default_factory=list)
    speaker: Speaker | None = None  # given by the layout (an "Instant View" header)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class _Attribution:
    cue: Token
    speaker: Token
    cue_text: str


class _Reader:
    """Offsets, sentences and quoted stretches of one parsed article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.token_starts = [t.idx for t in doc]
        self.segments = find_segments(self.text)
        match = _DATELINE.match(self.text)
        self.dateline_end = match.end() if match else 0
        self.quoted = bytearray(len(doc))  # 1 for tokens inside a quotation (marks included)
        for seg in self.segments:
            close = seg.close if seg.close >= 0 else seg.end
            for i in range(self.token_at(seg.open), self.token_at(close) + 1):
                self.quoted[i] = 1

    def token_at(self, char: int) -> int:
        """Index of the token that holds character ``char``."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def sentence_at(self, char: int) -> int:
        """Index of the sentence that holds character ``char``."""
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)


def code_quotes(doc: Doc, article: Article, actors: ArticleActors) -> tuple[Quote, ...]:
    """Every quote in the article with its speaker, in order of appearance."""
    reader = _Reader(doc)
    used_cues: set[int] = set()
    direct, pending = _direct_quotes(reader, used_cues)
    direct += _header_quotes(reader, pending)
    indirect = _indirect_quotes(reader, used_cues, direct, pending)
    found = sorted(direct + indirect, key=lambda f: f.start)
    inherited = _unattributed(reader, pending, found)
    found = sorted(found + inherited, key=lambda f: f.start)
    return _records(reader, article, actors, found)


# -- pass 1: direct quotes ----------------------------------------------------------------


def _direct_quotes(
    reader: _Reader, used_cues: set[int]
) -> tuple[list[_Found], list[list[Segment]]]:
    """Attributed quotations, and the groups left over (without an attribution)."""
    found: list[_Found] = []
    pending: list[list[Segment]] = []
    segments = reader.segments
    i = 0
    while i < len(segments):
        group = [segments[i]]
        attribution = _after(reader, segments, i)
        while i + 1 < len(segments) and _joins(reader, segments, i, attribution):
            i += 1
            group.append(segments[i])
            attribution = attribution or _after(reader, segments, i)
        i += 1
        if not _opens_quote(reader, group[0]):
            pending.append(group)  # opens mid-sentence: part of reported speech at most
            continue
        before = _before(reader, group[0])
        if attribution is None or (_relayed(attribution) and before and not _relayed(before)):
            # "the president said: “...,” according to the Times": the outlet only relays
            if attribution is not None:
                used_cues.add(attribution.cue.i)
            attribution = before
        if attribution is None:
            pending.append(group)
            continue
        used_cues.add(attribution.cue.i)
        found.append(
            _Found(
                "direct",
                [(s.start, s.end) for s in group],
                attribution.cue_text,
                attribution.speaker,
                segments=group,
            )
        )
    return found, pending


def _after(reader: _Reader, segments: list[Segment], i: int) -> _Attribution | None:
    """The attribution that follows segment ``i`` in its sentence (`“...,” X said`)."""
    seg = segments[i]
    if seg.close < 0:
        return None
    limit = segments[i + 1].open if i + 1 < len(segments) else len(reader.text)
    window = _window_after(reader, seg.close, limit)
    if not window:
        return None
    # the last character of the words, past a nested quotation's closing mark ("...pussy,’”")
    last_char = reader.text[seg.start : seg.end].rstrip("’'‘ ")[-1:] or reader.text[seg.end - 1]
    first = window[0]
    if not (last_char in _ATTRIBUTION_END or first.text == "," or first.is_lower):
        return None
    if first.text == ",":
        window = window[1:]
    elif (
        last_char in "?!"
        and first.text[:1].isupper()
        and first.pos_ not in {"PROPN", "PRON"}
        and _cue_token(first, direct=True) is None
    ):
        return None  # “...?” The company announced ...: a new sentence, not an attribution
    for k, token in enumerate(window):
        cue = _cue_token(token, direct=True)
        if cue is None:
            continue
        between = window[:k]
        if k >= _CUE_REACH and not _all_subject(cue, between):
            return None
        if any(t.pos_ == "VERB" and not _quotes_as(t, cue) for t in between) and not (
            _all_subject(cue, between)
        ):
            return None
        speaker = (
            _speaker_head(reader, cue, window)
            if cue.lower_ != "according"
            else _according_object(cue)
        )
        if speaker is None:
            return None
        return _Attribution(cue, speaker, _cue_text(reader, cue))
    return None


def _relayed(attribution: _Attribution) -> bool:
    """ "according to the Times": an attribution that may only pass the words on."""
    return attribution.cue.lower_ == "according"


def _quotes_as(verb: Token, cue: Token) -> bool:
    """ "RIA quoted the embassy as saying", "friends recalled him as saying": ``verb`` is the
    verb of relayed speech that ``cue`` hangs on."""
    return (
        verb.lemma_.lower() in _QUOTING_VERBS
        and cue.head.head.i == verb.i
        and cue.head.lower_ == "as"
    )


def _all_subject(cue: Token, tokens: list[Token]) -> bool:
    """True when ``tokens`` all belong to the subject of ``cue`` (a long list of speakers)."""
    inside: set[int] = set()
    for child in cue.children:
        if child.dep_ in _SUBJECT_DEPS:
            inside.update(t.i for t in child.subtree)
    return bool(inside) and all(t.i in inside or t.is_punct for t in tokens)


def _window_after(reader: _Reader, close: int, limit: int) -> list[Token]:
    """Tokens after a closing mark up to the end of the sentence or the next opening mark."""
    doc = reader.doc
    tokens: list[Token] = []
    i = reader.token_at(close) + 1
    while i < len(doc) and len(tokens) < _WINDOW:
        token = doc[i]
        if token.idx >= limit or (token.is_space and "\n" in token.text):
            break
        tokens.append(token)
        if _ends_sentence(token):
            break
        i += 1
    return tokens


def _ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark that ends a sentence, not the point of an
    abbreviation split off by the tokenizer ("a former No. 3 official")."""
    if token.text not in _SENTENCE_END:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not (
        token.text == "."
        and nxt is not None
        and token.whitespace_
        and (nxt.text[:1].isdigit() or nxt.is_lower)
        and token.i > 0
        and not token.nbor(-1).whitespace_
    )


def _before(reader: _Reader, seg: Segment) -> _Attribution | None:
    """The attribution that leads into a quotation: `X said: “...”`, `said X, “...`."""
    doc = reader.doc
    first = reader.token_at(seg.open) - 1
    while first >= 0 and doc[first].is_space and "\n" not in doc[first].text:
        first -= 1
    if first < 0:
        return None
    lead = doc[first]
    if not (lead.text in {":", ","} or _cue_token(lead, direct=True) is not None):
        return None
    window: list[Token] = []
    i = first
    while i >= 0 and len(window) < _WINDOW:
        token = doc[i]
        if _ends_sentence(token) or reader.quoted[i] or (token.is_space and "\n" in token.text):
            break
        window.append(token)
        i -= 1
    window.reverse()
    for token in reversed(window):
        cue = _cue_token(token, direct=True)
        if cue is None:
            if token.pos_ == "VERB":
                return None  # the nearest verb is not a speech verb ("a crowd that chanted:")
            continue
        if lead.text != ":" and cue.lemma_.lower() not in direct_cues():
            return None  # "the report found, however, “no evidence” that ...": its object
        speaker = (
            _speaker_head(reader, cue, window)
            if cue.lower_ != "according"
            else _according_object(cue)
        )
        if speaker is None:
            return None
        return _Attribution(cue, speaker, _cue_text(reader, cue))
    return None


def _joins(
    reader: _Reader, segments: list[Segment], i: int, attribution: _Attribution | None
) -> bool:
    """Whether segment ``i + 1`` goes on with the quotation of segment ``i``."""
    seg, nxt = segments[i], segments[i + 1]
    if seg.continues:
        return True
    gap = reader.text[seg.close + 1 : nxt.open]
    if "\n" in gap or attribution is None:
        return False  # a new paragraph is a new quote (it may inherit the speaker)
    # the gap holds only the attribution: it reaches up to the next opening mark
    window = _window_after(reader, seg.close, nxt.open)
    if not window or window[-1].idx + len(window[-1].text) < len(gap.rstrip()) + seg.close + 1:
        return False
    if window[-1].text not in {",", "."}:
        # "..., that chanted: “...”": the colon opens someone else's words;
        # "..., adding that ... to “plan ...": the next quotation is inside reported speech
        return False
    return _after(reader, segments, i + 1) is None


def _opens_quote(reader: _Reader, seg: Segment) -> bool:
    """True when the opening mark starts a sentence or follows a colon or an attribution."""
    before = reader.text[max(0, seg.open - _LOOK_BACK) : seg.open].rstrip(" \t\u00a0")
    if not before and seg.open > _LOOK_BACK:
        return False  # only white space for a long stretch: treat as mid-text
    if not before or before.endswith("\n"):
        return True
    last = before[-1]
    if last in _SENTENCE_END or last in '…:”"’)':
        return True
    return (last == "," and _before(reader, seg) is not None) or _cue_before(reader, seg)


def _cue_before(reader: _Reader, seg: Segment) -> bool:
    """`X said “...”` with nothing between the verb and the mark."""
    i = reader.token_at(seg.open) - 1
    return i >= 0 and _cue_token(reader.doc[i], direct=True) is not None


# -- pass 1b: quotes under a speaker header ("Instant View") -------------------------------


def _header_quotes(reader: _Reader, pending: list[list[Segment]]) -> list[_Found]:
    """The wire's "Instant View" layout: each voice is introduced by a line in capitals,
    "JANE DOE, PORTFOLIO MANAGER, ACME CAPITAL, NEW YORK" (a name and at least two more
    parts: a headline in capitals is not a header), and its words follow in
    paragraphs without a speech verb. Quoted paragraphs under a header (or, when a section
    has no quotation marks at all, its paragraphs) are direct quotes of the header's person.
    Takes the quoted groups it uses out of ``pending``."""
    text = reader.text
    headers = [
        m for m in _HEADER.finditer(text) if _header_name(m.group("name")) and "," in m["rest"]
    ]
    result: list[_Found] = []
    for k, header in enumerate(headers):
        end = headers[k + 1].start() if k + 1 < len(headers) else len(text)
        speaker = _header_speaker(header)
        groups = [g for g in pending if header.end() <= g[0].open < end]
        if groups:
            for group in groups:
                pending.remove(group)
                spans = [(seg.start, seg.end) for seg in group]
                result.append(_Found("direct", spans, "", None, segments=group, speaker=speaker))
            continue
        if '"' in text[header.end() : end] or "“" in text[header.end() : end]:
            continue  # quoted words that already have their own attribution
        for para in _PARAGRAPH_TEXT.finditer(text, header.end(), end):
            words = para.group().strip()
            if len(words.split()) >= _MIN_UNATTRIBUTED_WORDS and not words.isupper():
                start = para.start() + len(para.group()) - len(para.group().lstrip())
                result.append(
                    _Found("direct", [(start, start + len(words))], "", None, speaker=speaker)
                )
    return result


def _header_name(name: str) -> bool:
    """A person's name in capitals: two to five words, no digits."""
    words = name.split()
    return 2 <= len(words) <= 5 and all(re.fullmatch(r"[A-Z][A-Z.'’-]*", w) for w in words)


def _header_speaker(header: re.Match[str]) -> Speaker:
    name = header.group("name").strip()
    rest = [part.strip() for part in header.group("rest").split(",") if part.strip()]
    return Speaker(
        name=name.title().replace("’S", "’s"),
        text=name,
        role=rest[0].lower() if rest else "",
        affiliation=rest[1].title() if len(rest) > 1 else "",
        kind="person",
        start=header.start("name"),
        end=header.start("name") + len(name),
    )


# -- pass 2: indirect and mixed quotes ------------------------------------------------------


def _indirect_quotes(
    reader: _Reader, used_cues: set[int], direct: list[_Found], pending: list[list[Segment]]
) -> list[_Found]:
    """Reported speech: speech verbs with a content clause, and "according to X"."""
    taken = [(f.start, f.end) for f in direct]
    result: list[_Found] = []
    for sent in reader.sents:
        candidates: list[tuple[int, int, _Found]] = []
        for token in sent:
            if token.i in used_cues or reader.quoted[token.i]:
                continue
            found = _verb_quote(reader, token) if token.lower_ != "according" else None
            if found is None and token.pos_ == "NOUN":
                found = _noun_quote(reader, token)
            if found is None and token.lower_ == "according":
                found = _according_quote(reader, token, sent)
            if found is not None:
                candidates.append((found.end - found.start, token.i, found))
        candidates = _without_relays(reader, candidates)
        # the widest report first: "X said Y told him Z" is one quote from X
        accepted: list[_Found] = []
        for _, cue_i, found in sorted(candidates, key=lambda c: -c[0]):
            cue_char = reader.doc[cue_i].idx
            outer = next((f for f in accepted if f.start <= cue_char < f.end), None)
            if outer is not None and not _second_report(reader, outer, reader.doc[cue_i], found):
                continue
            if any(_overlaps(found.start, found.end, a, b) for a, b in taken):
                continue
            if found.cue == "according to" and accepted:
                continue
            accepted.append(found)
        for found in accepted:
            _absorb_segments(reader, found, pending)
            result.append(found)
    return result


def _second_report(reader: _Reader, outer: _Found, cue: Token, inner: _Found) -> bool:
    """In "Xi smiled when Trump said A and also when Trump said B" the second report sits
    inside the first one's clause. When the same named speaker reports again, cut the outer
    content before the second report's clause (and its "and also") and keep both."""
    doc = reader.doc
    first, second = outer.speaker_head, inner.speaker_head
    if (
        first is None
        or second is None
        or first.pos_ == "PRON"
        or second.pos_ == "PRON"
        or first.i == second.i
        or first.lower_ != second.lower_
        or len(outer.spans) != 1
    ):
        return False
    cut = cue.left_edge.i
    while cut > 0 and (
        doc[cut - 1].dep_ in {"cc", "punct"} or doc[cut - 1].lower_ in {"also", "then"}
    ):
        cut -= 1
    start = reader.token_at(outer.start)
    span = _trim(reader, start, cut) if cut > start else None
    if span is None or doc[cut].idx >= outer.end:
        return False
    outer.spans = [span]
    return True


def _without_relays(
    reader: _Reader, candidates: list[tuple[int, int, _Found]]
) -> list[tuple[int, int, _Found]]:
    """Drop a relay around someone else's reported speech: in "The embassy said the trip
    will ..., RIA reported" or "..., the ministry said, according to Tass" the words are the
    embassy's and the ministry's; the agency only passes them on."""
    cue_chars = [reader.doc[cue_i].idx for _, cue_i, _ in candidates]
    kept = []
    for candidate in candidates:
        _, cue_i, found = candidate
        cue = reader.doc[cue_i]
        relay = found.cue.lower() == "according to" or cue.lemma_.lower() in _RELAY_CUES
        if relay and any(
            char != cue.idx and any(a <= char < b for a, b in found.spans) for char in cue_chars
        ):
            continue
        kept.append(candidate)
    return kept


def _verb_quote(reader: _Reader, cue: Token) -> _Found | None:
    document = _document_cue(cue)
    if not document and (
        cue.lemma_.lower() not in indirect_cues() or cue.pos_ not in {"VERB", "AUX"}
    ):
        return None
    if cue.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "compound"}:
        return None  # a noun the tagger took for a verb ("claims", "reports")
    if _not_said(cue) or _said_by_no_one(cue):
        return None
    content = [
        c for c in cue.children if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and cue.dep_ == "relcl")
    ]
    speaker = _passive_agent(cue) or _speaker_head(reader, cue, None)
    if speaker is None:
        return None
    if _possessive(speaker) and (cue.lemma_.lower() not in noun_cues() or not content):
        return None  # "officials’ claims": a noun the parser took for a verb, without a clause
    if not content and document:
        return _finding(reader, cue, speaker)
    if not content:
        return (
            _that_clause(reader, cue, speaker)
            or _clause_before(reader, cue, speaker)
            or _clause_after(reader, cue, speaker)
        )
    after = [c for c in content if c.i > cue.i]
    clause = after[0] if after else content[0]
    left, right = clause.left_edge.i, clause.right_edge.i + 1
    if cue.dep_ == "relcl":
        relativizer = next(
            (c.i for c in cue.head.rights if c.i < cue.i and c.tag_ in {"WDT", "WP"}), -1
        )
        relativizer = (
            relativizer
            if relativizer >= 0
            else next((t.i for t in cue.subtree if t.i < cue.i and t.tag_ in {"WDT", "WP"}), -1)
        )
        # "a woman who said he ...": the relativizer is the cue's only subject, the one
        # who speaks; "profits, which Unicredit said brought ...": another subject speaks
        subjects = [c.i for c in cue.children if c.dep_ in _SUBJECT_DEPS]
        relativizer_speaks = subjects == [relativizer]
        if relativizer >= 0 and not relativizer_speaks:
            # "changes that they say would boost ...", not "a woman who said he ..."
            return _relative_clause(reader, cue, speaker, relativizer, right)
    if clause.i < cue.i:
        # "..., analysts say": the clause before the verb, up to the speaker
        right = min(right, _phrase_start(speaker), cue.i)
    elif left <= cue.i:
        return None  # "a “politics of division” that he said was ...": no clause of its own
    else:
        left = _lost_subject(cue, clause, left)
        left = _skip_time_phrase(reader.doc, left, right)
        right = min(right, _speakers_own_verb(clause, cue))
    span = _trim(reader, left, right)
    if span is None:
        return None
    return _Found("indirect", [span], _cue_text(reader, cue), speaker)


def _passive_agent(cue: Token) -> Token | None:
    """Who speaks in a passive: "it was announced by the ministry that ...", "senators were
    told by the director that ..."."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    for agent in cue.children:
        if agent.dep_ == "agent":
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _said_by_no_one(cue: Token) -> bool:
    """ "It has been disclosed that ...", "it was reported that ...": a passive with an
    empty "it" and no "by" phrase names no one who said it."""
    return (
        any(c.dep_ == "auxpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in cue.children)
    )


def _lost_subject(cue: Token, clause: Token, left: int) -> int:
    """Where a reported clause starts when the parser made its subject the speech verb's
    object: "prosecutors said Flynn and Kislyak, then ambassador, last December discussed
    sanctions" ("say" and "estimate" have no object of their own in a report)."""
    if cue.lemma_.lower() not in _OBJECTLESS_CUES or any(
        c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children
    ):
        return left
    lost = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    return lost.left_edge.i if lost is not None and lost.left_edge.i < left else left


def _finding(reader: _Reader, cue: Token, speaker: Token) -> _Found | None:
    """ "The report found no evidence that ...": what a document found, when it is an object
    with a "that" clause of its own (a bare object, "found a body", reports nothing)."""
    for obj in cue.rights:
        if obj.dep_ != "dobj":
            continue
        clause = any(
            c.dep_ in {"acl", "relcl", "ccomp"}
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in obj.rights
        )
        if not clause:
            return None
        span = _trim(reader, obj.left_edge.i, obj.right_edge.i + 1)
        return None if span is None else _Found("indirect", [span], _cue_text(reader, cue), speaker)
    return None


def _speakers_own_verb(clause: Token, cue: Token) -> int:
    """Where the reported clause ends when a verb conjoined to it belongs to the speaker:
    "X said the economy would open further and welcomed U.S. companies": "welcomed" has no
    subject of its own and the tense of "said", not of the reported verb, so X welcomed them.
    Returns the index of the "and" (or comma) before that verb, or past the clause."""
    end = clause.right_edge.i + 1
    if cue.tag_ != "VBD" or clause.tag_ == "VBD":
        return end
    for conj in clause.rights:
        if conj.dep_ != "conj" or conj.tag_ != "VBD":
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in conj.children):
            continue
        cut = conj.left_edge.i
        doc = clause.doc
        while cut - 1 > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
        return cut
    return end


def _noun_quote(reader: _Reader, noun: Token) -> _Found | None:
    """ "the ministry's warning that ...", "a claim by officials that ...", "the ministry
    made the claim that ...": a speech noun with a "that" clause, when its source is named."""
    if noun.lemma_.lower() not in noun_cues():
        return None
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp"}
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    source = _noun_source(noun)
    if source is None:
        return None
    span = _trim(reader, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    return _Found("indirect", [span], noun.text, source)


def _noun_source(noun: Token) -> Token | None:
    """Who made the claim or warning: a possessor, a "by"/"from" phrase, or the subject of a
    verb that issues it ("made the claim", "repeated his warning")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ not in {"WP", "WDT"}:
            return subject
    return None


def _not_said(cue: Token) -> bool:
    """Speech the article says did not happen: "did not say", "declined to say",
    "stopped short of saying whether ...", or an open question ("said whether")."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    if any(c.dep_ in _SUBJECT_DEPS and _no_one(c) for c in cue.children):
        return True  # "Neither the police nor the FBI would confirm ...", "No one said ..."
    if cue.head.lemma_.lower() in _NOT_SAYING or cue.head.head.lemma_.lower() in _NOT_SAYING:
        return True
    return any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
        for c in cue.children
    )


def _no_one(subject: Token) -> bool:
    """Whether a subject denies that anyone did it: "neither X nor Y", "no official",
    "none of them", "nobody"."""
    if subject.lower_ in {"none", "nobody", "noone"} or (
        subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
    ):
        return True
    return any(
        (c.dep_ == "preconj" and c.lower_ == "neither") or (c.dep_ == "det" and c.lower_ == "no")
        for c in subject.children
    )


def _relative_clause(
    reader: _Reader, cue: Token, speaker: Token, relativizer: int, right: int
) -> _Found | None:
    """ "changes that they say would boost the economy": they say the changes would boost
    it. The content is the noun the clause hangs on and the predicate after the verb."""
    antecedent = cue.head
    if speaker.pos_ == "PRON" and speaker.lower_ in {"they", "it"}:
        # "colleges, which they say ...": "they" are the main clause's subject
        main = antecedent
        for _ in range(6):
            subject = next(
                (
                    c
                    for c in main.children
                    if c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" and c.i < antecedent.i
                ),
                None,
            )
            if subject is not None or main.head.i == main.i:
                break
            main = main.head
        speaker = subject if subject is not None else speaker
    noun = _trim(reader, antecedent.left_edge.i, relativizer, least=1)
    predicate = _trim(reader, cue.i + 1, right)
    if noun is None or predicate is None or antecedent.i >= relativizer:
        return None
    return _Found("indirect", [noun, predicate], _cue_text(reader, cue), speaker)


def _that_clause(reader: _Reader, cue: Token, speaker: Token) -> _Found | None:
    """ "X said in a statement at the time that ...", where the parser lost the clause: the
    words after "that", when only prepositional phrases and an object stand before it."""
    doc = reader.doc
    end = reader.sents[reader.sentence_at(cue.idx)].end
    for i in range(cue.i + 1, min(end, cue.i + _THAT_REACH)):
        token = doc[i]
        if token.lower_ == "that":
            if token.dep_ in _SUBJECT_DEPS:
                return None  # "added a case on an issue that could ...": a relative clause
            span = _trim(reader, i + 1, end)
            if span is None:
                return None
            return _Found("indirect", [span], _cue_text(reader, cue), speaker)
        if token.pos_ not in _BEFORE_THAT or reader.quoted[i]:
            return None
    return None


def _clause_before(reader: _Reader, cue: Token, speaker: Token) -> _Found | None:
    """ "The two sides are close to a deal, a diplomat said, ...": the parser hung the speech
    verb on the clause (parataxis); the content is what precedes ", <speaker> said"."""
    if speaker.i > cue.i or cue.dep_ not in {"parataxis", "advcl", "conj", "ROOT"}:
        return None
    first = _phrase_start(speaker)
    if first < 1 or reader.doc[first - 1].text != ",":
        return None
    if any(
        c.dep_ == "prep"
        and c.i > cue.i
        and not any(reader.doc[i].text == "," for i in range(cue.i + 1, c.i))
        and (
            c.lower_ == "with"
            or any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
        )
        for c in cue.children
    ):
        # "..., the island was contending with debt", "..., they insist on raising
        # spending": the verb has its own complement and reports nothing before it ("...,
        # analysts said, with UBS pointing to ..." still reports)
        return None
    sent = reader.sents[reader.sentence_at(cue.idx)]
    span = _trim(reader, sent.start, first - 1)
    if span is None or first - 1 - sent.start < _MIN_UNATTRIBUTED_WORDS:
        return None
    spans = [span]
    rest = _split_rest(reader, cue, sent)
    if rest is not None:
        spans.append(rest)
    return _Found("indirect", spans, _cue_text(reader, cue), speaker)


def _split_rest(reader: _Reader, cue: Token, sent: Span) -> tuple[int, int] | None:
    """ "Another issue to be raised, Yildirim had said, was the fate of ...": an attribution
    set inside the reported clause, whose verb comes after it. The words after the closing
    comma are the rest of the content, as in a split direct quote."""
    doc = reader.doc
    after = cue.right_edge.i if doc[cue.right_edge.i].text == "," else cue.right_edge.i + 1
    if (
        cue.dep_ != "parataxis"
        or cue.head.i <= cue.i
        or after >= sent.end
        or doc[after].text != ","
        or any(reader.quoted[i] for i in range(after, sent.end))
    ):
        return None
    return _trim(reader, after + 1, sent.end)


def _clause_after(reader: _Reader, cue: Token, speaker: Token) -> _Found | None:
    """ "Many Democrats have said Cordray, with his reputation ..., is their best hope": the
    parser made the reported clause's verb the root and hung "said" on it; the content is
    everything after the speech verb."""
    if not (cue.dep_ == "ccomp" and cue.head.i > cue.i and speaker.i < cue.i):
        return None
    sent = reader.sents[reader.sentence_at(cue.idx)]
    span = _trim(reader, cue.i + 1, sent.end)
    if span is None or sent.end - cue.i - 1 < _MIN_UNATTRIBUTED_WORDS:
        return None
    return _Found("indirect", [span], _cue_text(reader, cue), speaker)


def _according_quote(reader: _Reader, token: Token, sent: Span) -> _Found | None:
    """ "..., according to X." -> X said the rest of the sentence."""
    if token.i + 1 >= len(reader.doc) or reader.doc[token.i + 1].lower_ != "to":
        return None
    source = _according_object(token)
    if source is None or source_kind(source.lower_, source.lemma_) == "not_source":
        return None
    phrase = sorted(t.i for t in token.subtree)
    lo, hi = phrase[0], phrase[-1] + 1
    before = _trim(reader, sent.start, lo)
    after = _trim(reader, hi, sent.end)
    spans = [s for s in (before, after) if s is not None]
    if not spans:
        return None
    return _Found(
        "indirect", spans, reader.text[token.idx : reader.doc[token.i + 1].idx + 2], source
    )


def _according_object(token: Token) -> Token | None:
    """X in "according to X"."""
    for child in token.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
        if child.dep_ == "pobj":
            return child
    doc = token.doc
    for i in range(token.i + 2, min(len(doc), token.i + 8)):
        if doc[i].pos_ in {"PROPN", "NOUN", "PRON"}:
            head = doc[i]
            while head.dep_ in {"compound", "amod", "flat"} and head.head.i > head.i:
                head = head.head
            return head
    return None


def _absorb_segments(reader: _Reader, found: _Found, pending: list[list[Segment]]) -> None:
    """Quoted words inside reported speech make it a mixed quote; take them out of ``pending``."""
    start, end = found.start, found.end
    inside = [g for g in pending if any(start <= s.start < end or start < s.end <= end for s in g)]
    if not inside:
        return
    for group in inside:
        pending.remove(group)
    quoted = [g for g in inside if _is_quotation(reader, g)]
    if not quoted:
        return  # scare quotes inside reported speech ("a “capital element”") stay as written
    for group in quoted:
        for seg in group:
            start, end = min(start, seg.start), max(end, seg.end)
        found.segments.extend(group)
    inside = quoted
    in_quotes = all(
        any(seg.start <= a and b <= seg.end for g in inside for seg in g) for a, b in found.spans
    )
    found.type = "direct" if in_quotes else "mixed"
    marks = sorted(m for g in inside for s in g for m in (s.open, s.close) if m >= 0)
    spans: list[tuple[int, int]] = []
    for a, b in found.spans:
        pieces = [a]
        for m in marks:
            if a <= m < b:
                pieces += [m, m + 1]
        pieces.append(b)
        for lo, hi in zip(pieces[::2], pieces[1::2], strict=True):
            stripped = _strip(reader.text, lo, hi)
            if stripped is not None:
                spans.append(stripped)
    # a segment running past the clause (its closing mark after the full stop)
    if spans and end > spans[-1][1]:
        tail = _strip(reader.text, spans[-1][1], end)
        if tail is not None and all(m < spans[-1][1] or m >= end for m in marks):
            spans[-1] = (spans[-1][0], tail[1])
    found.spans = spans or found.spans


# -- pass 3: quotes without an attribution --------------------------------------------------


def _unattributed(
    reader: _Reader, pending: list[list[Segment]], found: list[_Found]
) -> list[_Found]:
    """A quoted clause opening a sentence right after another quote takes its speaker."""
    result: list[_Found] = []
    ends = [f.end for f in found]
    for group in pending:
        first = group[0]
        if not _opens_quote(reader, first) or not _is_clause(reader, group):
            continue
        spans = [(s.start, s.end) for s in group]
        k = bisect.bisect_right(ends, first.open) - 1
        if k >= 0:
            previous = found[k]
            gap = reader.sentence_at(first.start) - reader.sentence_at(previous.end - 1)
            if gap <= 1:
                result.append(_Found("direct", spans, "", None, inherited=True, segments=group))
                continue
        following = found[k + 1] if k + 1 < len(found) else None
        last = group[-1]
        if (
            following is not None
            and following.type == "direct"
            and following.segments
            and last.close >= 0
            and not reader.text[last.close + 1 : following.segments[0].open].strip()
        ):
            # "“A.” “B,” X said.": the next paragraph's attribution covers this one too
            result.append(
                _Found("direct", spans, "", following.speaker_head, inherited=True, segments=group)
            )
    return result


def _is_quotation(reader: _Reader, group: list[Segment]) -> bool:
    """Quoted words that someone said, not a scare quote ("pass-throughs"): three words or more."""
    return sum(len(reader.text[s.start : s.end].split()) for s in group) >= _MIN_QUOTED_WORDS


def _is_clause(reader: _Reader, group: list[Segment]) -> bool:
    words = sum(len(reader.text[s.start : s.end].split()) for s in group)
    if words < _MIN_UNATTRIBUTED_WORDS:
        return False
    doc = reader.doc
    for seg in group:
        for i in range(reader.token_at(seg.start), reader.token_at(seg.end - 1) + 1):
            if doc[i].pos_ in {"VERB", "AUX"}:
                return True
    return False


# -- helpers ------------------------------------------------------------------------------


def _cue_token(token: Token, *, direct: bool) -> Token | None:
    """``token`` when it is a speech verb (or the "according" of "according to")."""
    if token.lower_ == "according":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return token if nxt is not None and nxt.lower_ == "to" else None
    lemmas = direct_cues() if direct else indirect_cues()
    if token.lemma_.lower() in lemmas and token.pos_ in {"VERB", "AUX"}:
        return token
    return token if _document_cue(token) else None


def _document_cue(verb: Token) -> bool:
    """ "The report found that ...", "the filing reads: ...": a verb that reports words only
    when a document is its subject (a person who "found a body" says nothing)."""
    if verb.lemma_.lower() not in document_cues() or verb.pos_ not in {"VERB", "AUX"}:
        return False
    for child in verb.children:
        if child.dep_ not in _SUBJECT_DEPS:
            continue
        subject = verb.head if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else child
        return source_kind(subject.lower_, subject.lemma_) == "document"
    return False


def _cue_text(reader: _Reader, cue: Token) -> str:
    """The cue as written: "said", "pointed out", "according to"."""
    end = cue.idx + len(cue.text)
    if cue.lower_ == "according":
        nxt = cue.nbor(1)
        end = nxt.idx + len(nxt.text)
    for child in cue.rights:
        if child.dep_ == "prt" and child.i == cue.i + 1:
            end = child.idx + len(child.text)
    return reader.text[cue.idx : end]


def _speaker_head(reader: _Reader, cue: Token, window: list[Token] | None) -> Token | None:
    """The subject of a speech verb, climbing to the verb it depends on when it has none."""
    if (
        cue.dep_ == "acl"
        and source_kind(cue.head.lower_, cue.head.lemma_) == "document"
        and not _after_comma(cue)
    ):
        return cue.head  # "a statement saying ...": the statement's issuer speaks
    if cue.tag_ == "VBG" and _comma_before(cue):
        own = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i - 1]
        subject = _sentence_subject(reader, cue) if own else None
        if subject is not None:
            # "Trump criticized Corker, ..., saying": the parser gave the participle the
            # nearest noun as subject; a participle clause speaks for the sentence's subject
            return subject
    aside = _aside_before(reader, cue) if cue.tag_ not in _NONFINITE else None
    verb: Token | None = cue
    for _ in range(3):
        if verb is None:
            break
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not reader.quoted[c.i]]
        if verb == cue and aside is not None:
            # "The committee - one of several panels ... - said", "MacArthur, asked if ...,
            # told": words set off between the subject and the verb do not speak
            subjects = [c for c in subjects if not aside < c.i < cue.i]
            if not subjects:
                return _np_head(reader.doc[aside - 1])
        # "colleges, which they say force ...": the speaker is "they", not the relative pronoun
        # "The talks stalled in March, they said": of two subjects, the one next to the verb
        here = verb
        subjects.sort(key=lambda c: (c.tag_ in {"WP", "WDT"}, abs(here.i - c.i)))
        subjects = [_not_a_date(reader, c, here) for c in subjects]
        if subjects and verb.lemma_.lower() in _QUOTING_VERBS and verb != cue:
            # "Moore quoted Trump as saying ...", "aides recalled him as saying": he speaks
            quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        for child in subjects:
            if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                return verb.head  # "officials, who said ..." -> officials
            if child.idx >= reader.dateline_end:
                return child
        if subjects:
            return _out_of_dateline(reader, subjects[0])
        # participles ("..., saying that") share the subject of the verb they hang on; a
        # finite verb ("said") without a subject is a parse error: do not borrow one
        climbs = verb.dep_ == "conj" or (
            verb.dep_ in _CLIMB_DEPS and (verb.tag_ in _NONFINITE or verb.pos_ == "ADP")
        )
        nxt = verb.head if climbs and verb.head.i != verb.i else None
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and _after_comma(verb):
            # "slammed his opponent, Doug Jones, ..., saying that ...": the parser hung the
            # participle on the nearest noun; it belongs to the clause's verb
            nxt = _verb_above(nxt)
        verb = nxt
    if cue.tag_ not in _NONFINITE:
        named = _named_before(reader, cue)
        if named is not None:
            return named
    if window is None:
        return None
    # the parser lost the subject (quotes confuse it): take the noun next to the verb
    after = [t for t in window if t.i > cue.i]
    before = [t for t in window if t.i < cue.i]
    for token in after[:4] if cue.i == window[0].i else []:
        if token.pos_ in {"PROPN", "NOUN", "PRON"}:
            return _title_then_name(_np_head(token))
    for token in reversed(before):
        if token.pos_ in {"PROPN", "NOUN", "PRON"} or (token.is_title and token.pos_ != "DET"):
            return _np_head(token)  # also a name the tagger missed ("O’Reilly" as ADV)
    for token in after[:4]:
        if token.pos_ in {"PROPN", "NOUN", "PRON"}:
            return _np_head(token)
    return None


def _comma_before(verb: Token) -> bool:
    """ "..., saying": a comma (past any adverbs, "..., again saying") right before ``verb``."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i > 0 and doc[i].text == ","


def _sentence_subject(reader: _Reader, cue: Token) -> Token | None:
    """The subject of the sentence that holds ``cue``: the first subject before it that is not
    in a subordinate or relative clause ("After the court ruled, ..."), in quotation marks,
    in the dateline or a relative pronoun."""
    doc = reader.doc
    sent = reader.sents[reader.sentence_at(cue.idx)]
    for token in doc[sent.start : cue.i]:
        if (
            token.dep_ not in _SUBJECT_DEPS
            or reader.quoted[token.i]
            or token.idx < reader.dateline_end
            or token.tag_ in {"WP", "WDT"}
            or token.head.dep_ in {"relcl", "acl"}
            or any(c.dep_ == "mark" for c in token.head.children)
        ):
            continue
        return token
    return None


def _is_dash(token: Token) -> bool:
    """A dash that sets words off: "—", "–", "--" or a hyphen standing between spaces."""
    if token.text in {"—", "–", "--"}:
        return True
    return (
        token.text == "-"
        and token.i > 0
        and bool(token.whitespace_)
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _aside_before(reader: _Reader, cue: Token) -> int | None:
    """Where words set off between a subject and its speech verb open: "The committee - one
    of several panels investigating - said" (between dashes), "MacArthur, asked if ...,
    told" (a participle or "when"/"while" clause between commas). Returns the index of the
    opening dash or comma when a noun stands before it, else None."""
    doc = reader.doc
    floor = max(reader.sents[reader.sentence_at(cue.idx)].start, cue.i - _ASIDE_REACH)
    close = cue.i - 1
    while close > floor and doc[close].pos_ == "ADV":
        close -= 1
    if close <= floor or not (_is_dash(doc[close]) or doc[close].text == ","):
        return None
    dash = _is_dash(doc[close])
    for i in range(close - 1, floor, -1):
        if reader.quoted[i]:
            return None
        if dash and not _is_dash(doc[i]):
            continue
        if not dash and doc[i].text != ",":
            continue
        opener = doc[i + 1]
        aside = dash or opener.lower_ in _ASIDE_OPENERS or opener.tag_ in {"VBN", "VBG"}
        before = doc[i - 1]
        if aside and before.pos_ in {"NOUN", "PROPN", "PRON"} and not reader.quoted[i - 1]:
            return i
        return None
    return None


def _not_a_date(reader: _Reader, subject: Token, verb: Token) -> Token:
    """A date is never a speaker: when the parser made "August" the subject ("a source
    familiar with the testimony in August said"), the speaker is the first noun of the
    stretch before the verb."""
    if subject.ent_type_ not in {"DATE", "TIME"}:
        return subject
    doc = reader.doc
    floor = reader.sents[reader.sentence_at(verb.idx)].start
    i = subject.i
    while i - 1 >= floor and not (
        doc[i - 1].is_punct or doc[i - 1].pos_ in {"VERB", "AUX"} or reader.quoted[i - 1]
    ):
        i -= 1
    for token in doc[i : subject.i]:
        if token.pos_ in {"NOUN", "PROPN", "PRON"} and token.ent_type_ not in {"DATE", "TIME"}:
            return _np_head(token)
    return subject


def _title_then_name(token: Token) -> Token:
    """ "said draftee Keith Soukkala": a role noun the parser split from the name that
    follows it is a title; the person is the name."""
    doc = token.doc
    nxt = token.i + 1
    if token.ent_type_ == "PERSON" or nxt >= len(doc) or doc[nxt].ent_type_ != "PERSON":
        return token
    end = nxt
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _after_comma(participle: Token) -> bool:
    """ ", saying ...": a participle clause set off by a comma (or "and" after one)."""
    first = participle.left_edge.i
    doc = participle.doc
    return first > 0 and (doc[first - 1].text == "," or doc[first].text == ",")


def _verb_above(token: Token) -> Token | None:
    """The nearest verb that ``token`` depends on, or None."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return None


def _named_before(reader: _Reader, cue: Token) -> Token | None:
    """ "..., John Cornyn, the No. 2 Republican in the Senate, said": the name right before
    the verb, or before the apposition that stands before it."""
    doc = cue.doc
    sent_start = reader.sents[reader.sentence_at(cue.idx)].start
    prev = cue.i - 1
    while prev >= sent_start and doc[prev].pos_ == "ADV":
        prev -= 1
    if prev < sent_start or reader.quoted[prev]:
        return None
    if doc[prev].pos_ in {"PROPN", "NOUN"} and doc[prev].text != ",":
        return _np_head(doc[prev])
    if doc[prev].text != ",":
        return None
    # a PERSON or ORG name standing between two commas, within reach of the verb
    floor = max(sent_start, cue.i - _APPOSITION_REACH)
    i = prev - 1
    while i > floor:
        if (
            doc[i].ent_type_ in {"PERSON", "ORG"}
            and doc[i].ent_iob_ != "O"
            and doc[i + 1].text == ","
        ):
            end = i
            while i > floor and doc[i].ent_iob_ == "I":
                i -= 1
            if doc[i - 1].text == ",":
                return doc[end] if doc[end].pos_ == "PROPN" else doc[i]
        i -= 1
    return None


def _out_of_dateline(reader: _Reader, head: Token) -> Token | None:
    """The real subject when the parser made the dateline's place the subject."""
    for token in head.subtree:
        if token.idx >= reader.dateline_end and token.dep_ == "appos":
            return token
    return None


def _possessive(token: Token) -> bool:
    """ "officials’", "Russia's": a possessive, not a subject."""
    nxt = token.i + 1
    if nxt >= len(token.doc):
        return False
    after = token.doc[nxt]
    return after.tag_ == "POS" or (after.text in {"’", "'"} and token.lower_.endswith("s"))


def _np_head(token: Token) -> Token:
    while token.dep_ in {"compound", "amod", "flat", "det", "poss"} and token.head.i > token.i:
        token = token.head
    return token


def _skip_time_phrase(doc: Doc, left: int, right: int) -> int:
    """ "said on Friday Republicans had ...": the date belongs to the verb, not the content."""
    first = doc[left]
    if first.dep_ != "prep" or first.lower_ not in {"on", "in", "at", "last", "this"}:
        return left
    phrase = sorted(t.i for t in first.subtree)
    if phrase[-1] + 1 >= right or not all(
        doc[i].ent_type_ in {"DATE", "TIME"} or i == left for i in phrase
    ):
        return left
    return phrase[-1] + 1


def _phrase_start(head: Token) -> int:
    return min(t.i for t in head.subtree)


def _trim(reader: _Reader, left: int, right: int, *, least: int = 2) -> tuple[int, int] | None:
    """Character span of tokens ``[left, right)`` without leading "that"/conjunctions and
    outer punctuation; None when nothing worth a quote is left."""
    doc = reader.doc
    if left >= min(right, len(doc)):
        return None  # "..., according to a survey" ending the text: nothing after it
    if doc[left].idx < reader.dateline_end:
        left = max(left, reader.token_at(reader.dateline_end))
        if left < len(doc) and doc[left].idx < reader.dateline_end:
            left += 1
    while left < right:
        token = doc[left]
        if token.text == "(" or _url(token):
            left = _past_parenthesis(doc, left, right) if token.text == "(" else left + 1
            continue
        if (
            token.lower_ in _LEADING_JUNK
            or token.is_space
            or (token.is_punct and token.text not in '“"')
        ):
            left += 1
            continue
        # "here) its profits rose": a stray end of a parenthesis the clause began inside
        paren = next(
            (k for k in range(left, min(right, left + _PAREN_REACH)) if doc[k].text in "()"), -1
        )
        if paren >= 0 and doc[paren].text == ")":
            left = paren + 1
            continue
        break
    right = _before_according(doc, left, right)
    while right > left and (
        doc[right - 1].is_space
        or (doc[right - 1].is_punct and doc[right - 1].text not in '”"')
        or (doc[right - 1].dep_ == "cc" and doc[right - 1].lower_ in {"and", "but", "or"})
    ):
        right -= 1
    if right - left < least:
        return None
    return doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)


def _before_according(doc: Doc, left: int, right: int) -> int:
    """ "X told him that ..., according to court documents.": the reported words end before
    a closing "according to" phrase, which names where the report comes from."""
    for k in range(left + 1, right - 1):
        if doc[k].lower_ != "according" or doc[k + 1].lower_ != "to" or doc[k - 1].text != ",":
            continue
        if all(t.text != "," or t.i == right - 1 for t in doc[k:right]):
            return k - 1
    return right


def _url(token: Token) -> bool:
    """A web address ("http://reut.rs/2xYz", "www.example.gov", "bit.ly/2xYz")."""
    return bool(token.like_url or _URL.match(token.text))


def _past_parenthesis(doc: Doc, left: int, right: int) -> int:
    """The token after the ")" that closes the "(" at ``left`` (within a few words), else the
    token after the "(": "said (in Russian) that ..." and "said (http://...) ..." lose it."""
    for k in range(left + 1, min(right, left + _PAREN_REACH)):
        if doc[k].text == ")":
            return k + 1
    return left + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in '“”"'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '“”"'):
        end -= 1
    return (start, end) if end > start else None


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


# -- records --------------------------------------------------------------------------------


def _unknown_first_person(speaker: Speaker) -> bool:
    """Whether the speaker is "I" or "we" that no one of the story stands for: the words
    of a text in its author's own voice (a column, a list of posts) are not a quote."""
    return speaker.kind == "anonymous" and speaker.name.lower() in ("i", "we", "me", "us")


def _records(
    reader: _Reader, article: Article, actors: ArticleActors, found: list[_Found]
) -> tuple[Quote, ...]:
    resolver = SpeakerResolver(reader.doc, actors)
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for item in found:
        if (item.start, item.end) in seen:
            continue
        seen.add((item.start, item.end))
        sentence = reader.sentence_at(item.start)
        speaker: Speaker | None
        if item.speaker is not None:
            speaker = item.speaker
        elif item.speaker_head is not None:
            speaker = resolver.resolve(item.speaker_head, reader.sentence_at(item.speaker_head.idx))
            if item.inherited:  # no words of this sentence point to the speaker
                speaker = replace(speaker, text="", start=-1, end=-1)
        else:
            previous = resolver.last()
            speaker = (
                Speaker(
                    name=previous.name,
                    text="",
                    role=previous.role,
                    affiliation=previous.affiliation,
                    country=previous.country,
                    sector=previous.sector,
                    kind=previous.kind,
                )
                if previous
                else None
            )
        if speaker is None or _unknown_first_person(speaker):
            continue
        resolver.remember(speaker, reader.sentence_at(item.end - 1))
        spans = (*item.spans[:-1], _trim_end(reader.text, *item.spans[-1]))
        content = " ".join(reader.text[a:b] for a, b in spans)
        quotes.append(
            Quote(
                id=record_id(article.id, CODER, item.type, item.start, item.end),
                type=item.type,
                content=content,
                cue=item.cue,
                speaker=speaker,
                provenance=Provenance(
                    article.id, sentence, item.start, spans[-1][1], CODER, VERSION
                ),
                content_spans=spans,
            )
        )
    log.debug("%s: %d quotes", article.id, len(quotes))
    return tuple(quotes)


def _trim_end(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote's last span without the comma that closes a quotation before its
    attribution (“It’s a win-win situation,” he said): the words, not the punctuation
    of the attribution. Commas inside a split quote are kept."""
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end
