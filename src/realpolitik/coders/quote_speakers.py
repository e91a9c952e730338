"""Who said it: turn the words that point to a quote's source into a :class:`Speaker`.

The quote coder finds the head token of the speaker phrase (the subject of
"said", the object of "according to"); this module takes the phrase around
it and resolves it (CONVENTIONS.md B2):

- a named person or a reference to one ("Mr. Lee", "he", "the senator") ->
  the fullest name the article gives, with role, affiliation, country and
  sector, through :meth:`ArticleActors.person`;
- an organisation or office ("the White House", "state media", "Russia") ->
  kind ``organisation``, country and sector from the actor resolver;
- a document ("a statement from the ministry") -> whoever issued it, else the
  document itself (kind ``document``);
- several people who speak together ("Senate leader Chuck Schumer and House
  leader Nancy Pelosi said in a joint statement") -> the first one named as
  ``speaker``, the whole coordinated phrase as ``speaker_text`` (a quote has
  one speaker record; the text keeps the others);
- anyone else ("a senior official", "analysts", "South Korean lawmakers") ->
  kind ``anonymous``, named by the words of the article, with the country and
  sector the phrase gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..models import Actor, Speaker
from .quote_lexicon import media_word, source_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors import ArticleActors, PersonInfo

__all__ = ["SpeakerResolver", "phrase_bounds"]

_NAME_LABELS = frozenset({"PERSON"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_RIGHT_DEPS = frozenset({"compound", "flat", "nummod", "prep", "amod", "nmod", "case"})
_RIGHT_PREPS = frozenset({"for", "of", "at", "from", "in", "with", "to"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_QUOTE_CHARS = frozenset('"“”‘’«»„')
_MAX_PHRASE = 16
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "put", "send", "make", "give"})
_MEDIA_NOUNS = frozenset(
    {
        "newspaper",
        "paper",
        "daily",
        "agency",
        "broadcaster",
        "magazine",
        "outlet",
        "network",
        "channel",
        "tabloid",
        "weekly",
        "publication",
        "station",
        "website",
    }
)
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_DOCUMENT_REACH = 400  # tokens looked back for the document "the statement" refers to
_PRONOUN_REACH = 2  # sentences after a quote in which "he" is still its speaker
_PLURAL_PRONOUNS = frozenset({"they", "them"})


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token indices ``[i, j)`` of the noun phrase headed by ``head``.

    The phrase keeps determiners, modifiers and compounds on the left and
    short prepositional modifiers on the right ("a spokesman for the
    ministry"); it stops at commas, quotation marks, relative clauses and
    appositions ("Lee Byong-chul, a North Korea expert" -> "Lee Byong-chul").
    """
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    doc = head.doc
    subtree = {t.i for t in head.subtree}
    left = head.i
    while (
        left - 1 >= head.left_edge.i
        and left - 1 in subtree
        and head.i - (left - 1) < _MAX_PHRASE
        and not _stops(doc[left - 1])
    ):
        left -= 1
    right = head.i + 1
    for child in head.rights:
        if child.dep_ not in _RIGHT_DEPS or child.i != right:
            break
        if child.dep_ == "prep" and (child.lower_ not in _RIGHT_PREPS or _is_time(child)):
            break
        end = child.right_edge.i + 1
        stop = next((k for k in range(child.i, end) if _stops(doc[k])), end)
        if (
            child.dep_ == "amod"
            and stop < end
            and (doc[stop].ent_type_ in {"DATE", "TIME"} or doc[stop].dep_ == "acl")
        ):
            # "a source familiar with the testimony (given) in August": ends before the date
            stop -= 1 if stop - 1 > child.i and doc[stop - 1].pos_ == "ADP" else 0
            if stop - child.i >= 2 and stop - left <= _MAX_PHRASE:
                right = stop
            break
        if end - left > _MAX_PHRASE or stop < end:
            break
        right = end
    # the rest of a name the parser split off ("William O’Reilly" with "O’Reilly" as ADV)
    while (
        right < len(doc)
        and doc[right].ent_iob_ == "I"
        and doc[right - 1].ent_type_
        and right - left < _MAX_PHRASE
    ):
        right += 1
    # "Trump's" -> "Trump": a trailing possessive marker is not part of the speaker, nor a
    # preposition or conjunction the tagger put inside a name ("by the ministry on Monday")
    while right - 1 > left and (
        doc[right - 1].tag_ == "POS" or doc[right - 1].pos_ in ("ADP", "CCONJ", "DET")
    ):
        right -= 1
    return left, right


def _entities(span: Span) -> list[tuple[Span, str]]:
    """The named entities inside ``span``, read from its tokens (``Span.ents`` walks the
    whole document, which makes a long article quadratic)."""
    doc = span.doc
    found: list[tuple[Span, str]] = []
    i = span.start
    while i < span.end:
        token = doc[i]
        if token.ent_iob_ == "B" or (token.ent_iob_ == "I" and i == span.start):
            j = i + 1
            while j < span.end and doc[j].ent_iob_ == "I":
                j += 1
            found.append((doc[i:j], token.ent_type_))
            i = j
        else:
            i += 1
    return found


def right_of(head: Token, span: Span) -> int:
    """How many words of ``span`` stand after its head."""
    return span.end - head.i - 1


def _is_time(prep: Token) -> bool:
    """ "on Thursday", "in 2017": a date the parser hung on the noun."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.children)


def _with_conjuncts(head: Token, right: int) -> int:
    """Extend a group speaker over its conjuncts: "Democrats and some tax experts"."""
    conjuncts = [c for c in head.rights if c.dep_ == "conj"]
    if not conjuncts:
        return right
    last = conjuncts[-1]
    end = max(right, max(t.i for t in last.subtree) + 1)
    doc = head.doc
    if any(_stops(doc[k]) and doc[k].text != "," for k in range(right, end)):
        return right
    return end if end - head.i <= _MAX_PHRASE else right


def _people_conjuncts(head: Token, right: int) -> int:
    """One past the last person named in a coordination headed by ``head`` ("Burns, a former
    official, and Crocker, an ambassador"), or ``right`` when there is none."""
    if head.ent_type_ not in _NAME_LABELS and head.pos_ != "PROPN":
        return right
    people = [c for c in head.rights if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if not people:
        return right
    end = max(t.i for t in people[-1].subtree) + 1
    doc = head.doc
    while end > right and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end if end - head.i <= 2 * _MAX_PHRASE else right


def _stops(token: Token) -> bool:
    """Where a speaker phrase ends: punctuation, a quotation mark, a clause, a date."""
    if token.text in _QUOTE_CHARS:
        # a mark, not the apostrophe inside a name ("O’Reilly")
        before = token.doc[token.i - 1] if token.i > 0 else None
        return bool(token.whitespace_) or before is None or bool(before.whitespace_)
    return (
        token.text in {",", "(", ")", ";", ":", "—", "–"}
        or _spaced_dash(token)
        or token.like_url
        or token.is_space
        or token.dep_ in {"relcl", "appos", "acl"}
        or token.ent_type_ in {"DATE", "TIME"}
    )


def _spaced_dash(token: Token) -> bool:
    """ "a different quarter - etiquette experts": a hyphen standing alone between spaces is a
    dash that ends a clause (a hyphen inside a word, "Jong-un", is not)."""
    if token.text not in {"-", "--"} or token.i == 0:
        return False
    return bool(token.whitespace_) and bool(token.doc[token.i - 1].whitespace_)


def _clean_name(text: str) -> str:
    """An organisation's name: the words without a leading "the" or a possessive ending."""
    for article in ("the ", "The "):
        if text.startswith(article):
            text = text[len(article) :]
    for ending in ("’s", "'s", "’", "'"):
        if text.endswith(ending):
            text = text[: -len(ending)]
    return text.strip()


@dataclass
class SpeakerResolver:
    """Resolves speaker phrases within one article, remembering earlier speakers.

    Earlier speakers serve pronouns the actor resolver cannot place ("he"
    after a quote from Mr. Lee) and definite references to an earlier
    anonymous source ("the official" after "a Justice Department official").
    """

    doc: Doc
    actors: ArticleActors
    _previous: list[Speaker] = field(default_factory=list)
    _plural: list[bool] = field(default_factory=list)  # whether each earlier speaker is a group
    _last_sentence: int = -10
    _anonymous: list[tuple[str, Speaker]] = field(default_factory=list)  # (head lemma, speaker)
    _organisations: list[tuple[str, Speaker]] = field(default_factory=list)

    def remember(self, speaker: Speaker, sentence: int) -> None:
        """Note ``speaker`` as the latest one (quoted in ``sentence``), for pronouns that follow."""
        self._plural.append(self._is_plural(speaker))
        self._previous.append(speaker)
        self._last_sentence = sentence

    def _is_plural(self, speaker: Speaker) -> bool:
        """Whether ``speaker`` is a group that "they" can stand for ("officials", "lawmakers",
        "people familiar with the talks", "Graham and Schumer"), not one person or body."""
        if speaker.start < 0:  # a quote without words of its own for the speaker: as before
            return bool(self._plural) and self._plural[-1]
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return False
        if any(t.lower_ in {"they", "we"} for t in span):
            return True
        if any(t.lower_ == "and" for t in span):
            return True
        return speaker.kind != "person" and span.root.tag_ in {"NNS", "NNPS"}

    def last(self) -> Speaker | None:
        """The latest speaker noted, or None."""
        return self._previous[-1] if self._previous else None

    def resolve(self, head: Token, sentence: int) -> Speaker:
        """The speaker the phrase headed by ``head``, in sentence number ``sentence``, stands for.

        A pronoun right after a quote ("he said" within two sentences) is the
        previous speaker: the people named inside a quotation are not its
        speakers. Otherwise the article's actor resolver places it.
        """
        left, right = phrase_bounds(head)
        span = self.doc[left:right]
        text, start, end = span.text, span.start_char, span.end_char
        if head.pos_ == "PRON":
            antecedent = self._antecedent(head)
            if antecedent is not None:
                return replace(self.resolve(antecedent, sentence), text=text, start=start, end=end)
            previous = self._previous_for(head.lower_)
            if previous is not None and sentence - self._last_sentence <= _PRONOUN_REACH:
                return replace(previous, text=text, start=start, end=end)
            if head.lower_ in _PLURAL_PRONOUNS:
                # "..., they said": a group named a little earlier, never one person
                antecedent = self._antecedent(head, reach=_PRONOUN_REACH + 1)
                if antecedent is not None:
                    own = self.resolve(antecedent, sentence)
                    return replace(own, text=text, start=start, end=end)
                return self._with_actor(
                    Speaker(name=text, text=text, kind="anonymous", start=start, end=end),
                    head,
                    start,
                    end,
                )
            return self._pronoun(head, text, start, end)
        named = _apposed_person(head) or _dashed_person(head, left)
        if named is not None:  # "Ivanov's mother, Elena Ivanova, said": the one named speaks
            own = self.resolve(named, sentence)
            lo, hi = phrase_bounds(named)
            while lo > 0 and self.doc[lo].ent_iob_ == "I":  # the whole name ("Jason Miller")
                lo -= 1
            whole = self.doc[min(left, lo) : max(right, hi)]
            return replace(own, text=whole.text, start=whole.start_char, end=whole.end_char)
        group_end = _people_conjuncts(head, right)
        if group_end > right:  # "Nicholas Burns and Ryan Crocker": the first one named speaks
            span = self.doc[left:group_end]
        person = self._named_person(span, head)
        if person is not None:
            return person
        span = self.doc[left:right]
        if head.pos_ == "PROPN" or head.is_title:  # "Hermitage Capital’s Browder", "O’Reilly"
            info = self.actors.person(head.text, head.idx)
            if info is not None:
                return self._person(info, span)
        right = _with_conjuncts(head, right)
        span = self.doc[left:right]
        text, start, end = span.text, span.start_char, span.end_char
        kind = source_kind(head.lower_, head.lemma_)
        bare = all(t.dep_ == "det" for t in head.lefts) and right_of(head, span) == 0
        definite = bare and any(t.lower_ in _DEFINITE for t in head.lefts)
        # "the newspaper" refers back to one outlet; "the agencies" to no outlet named
        if definite and head.lemma_.lower() in _MEDIA_NOUNS and head.tag_ != "NNS":
            paper = head.tag_ == "NN" and media_word(head.lemma_, "noun")
            media = self._newspaper_before(start, by_name=paper)
            if media is not None:  # "the newspaper" after "The Orinoco Times"
                return replace(media, text=text, start=start, end=end)
        if kind == "document":
            issuer = self._issuer(head)
            if issuer is None and definite:
                earlier = self._source_before(head, sentence)
                if earlier is not None:  # "The statement said" after "Sibur said in a statement"
                    return replace(earlier, text=text, start=start, end=end)
            if issuer is not None:
                return replace(self.resolve(issuer, sentence), text=text, start=start, end=end)
            return self._with_actor(
                Speaker(name=text, text=text, kind="document", start=start, end=end),
                head,
                start,
                end,
            )
        if kind == "organisation" or self._is_named_org(span, head) or head.pos_ == "PROPN":
            return self._organisation(head, span)
        return self._common_noun(head, span)

    def _antecedent(self, pronoun: Token, reach: int = 1) -> Token | None:
        """What "it" or "they" opening a report stands for when the sentence before has an
        organisation, a document or a group of people as its subject ("The ministry issued
        a statement. It said ..."; "Officials described the plan. ..., they said"). None when
        that subject is a person, a pronoun or something that does not speak. With ``reach``
        above one, "they" looks that many sentences back for a group."""
        low = pronoun.lower_
        if low not in {"it", "they"}:
            return None
        sent = pronoun.sent
        for _ in range(reach):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            found = self._subject_for(low, sent)
            if found is not None:
                return found
        return None

    def _subject_for(self, low: str, previous: Span) -> Token | None:
        """The subject of sentence ``previous`` that "it" or "they" (``low``) can stand for."""
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        kind = source_kind(subject.lower_, subject.lemma_)
        if kind == "not_source" or subject.ent_type_ in _NAME_LABELS | {"DATE", "TIME"}:
            return None
        plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
        if low == "they":
            return subject if plural and not kind else None
        if plural:
            return None
        named_org = subject.ent_type_ in _ORG_LABELS and subject.ent_type_ != "NORP"
        return subject if kind in {"organisation", "document"} or named_org else None

    def _organisation(self, head: Token, span: Span) -> Speaker:
        """An organisation; "the ministry" after "the Russian Defence Ministry" is the same one."""
        text, start, end = span.text, span.start_char, span.end_char
        lemma = head.lemma_.lower()
        bare = all(t.dep_ == "det" for t in head.lefts) and right_of(head, span) == 0
        if bare and any(t.lower_ in _DEFINITE for t in head.lefts):
            earlier = self._earlier(self._organisations, lemma)
            if earlier is not None:
                return replace(earlier, text=text, start=start, end=end)
        speaker = self._with_actor(
            Speaker(name=_clean_name(text), text=text, kind="organisation", start=start, end=end),
            head,
            start,
            end,
        )
        if not bare:
            self._organisations.append((lemma, speaker))
        return speaker

    def _newspaper_before(self, position: int, *, by_name: bool) -> Speaker | None:
        """The news organisation "the newspaper" (the paper, the daily) stands for: the latest
        one named before ``position``, known to the actor tables (sector MED) or shown to be
        a paper by its name ("The Orinoco Times", "Zorbania Herald") or by the noun next to
        it ("the daily Nordposten", "Nordposten newspaper"), when ``by_name``."""
        known: Actor | None = None
        for actor in self.actors.mentions:
            if actor.start >= position:
                break
            if actor.sector == "MED" and actor.kind != "person":
                known = actor
        named = self._paper_name_before(position) if by_name else None
        if named is not None and (known is None or named.start_char >= known.end):
            place = self.actors.at(named.start_char, named.end_char)
            return Speaker(
                name=_clean_name(named.text),
                text=named.text,
                country=place.code if place and len(place.code) == 3 else "",
                sector="MED",
                kind="organisation",
                start=named.start_char,
                end=named.end_char,
            )
        if known is None:
            return None
        return Speaker(
            name=_clean_name(known.text),
            text=known.text,
            country=known.code if len(known.code) == 3 else "",
            sector=known.sector,
            kind="organisation",
            start=known.start,
            end=known.end,
        )

    def _paper_name_before(self, position: int) -> Span | None:
        """The latest named entity before ``position`` that a media word marks as a paper."""
        doc = self.doc
        found: Span | None = None
        for ent in doc.ents:
            if ent.end_char > position:
                break
            if ent.label_ in _NOT_NAMES:
                continue
            words = [t for t in ent if t.lower_ not in _DEFINITE]
            inside = any(t.is_title and media_word(t.lower_, "name") for t in words)
            before = doc[ent.start - 1] if ent.start > 0 else None
            after = doc[ent.end] if ent.end < len(doc) else None
            beside = any(
                t is not None and t.is_lower and media_word(t.lower_, "noun")
                for t in (before, after)
            )
            if words and (inside or beside):
                first = ent.start  # "New York" (GPE) + "Times" (ORG): one name
                while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                    first -= 1
                span = doc[first : ent.end]
                fuller = found is not None and _clean_name(found.text).endswith(
                    " " + _clean_name(span.text)
                )
                found = found if fuller else span  # "the Times" after "the New York Times"
        return found

    def _source_before(self, head: Token, sentence: int) -> Speaker | None:
        """Who issued "the statement": the source of the latest earlier document of the same
        noun, its issuer ("a statement from Sibur", "Sibur issued a statement") or the speaker
        who spoke through it ("Sibur said in a statement ... The statement said ...")."""
        lemma = head.lemma_.lower()
        floor = max(0, head.i - _DOCUMENT_REACH)
        for i in range(head.i - 1, floor - 1, -1):
            token = self.doc[i]
            if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
                continue
            issuer = self._issuer(token)
            if issuer is not None:
                return self.resolve(issuer, sentence)
            verb = _speech_through(token)
            if verb is None:
                continue
            sent = verb.sent
            for previous in reversed(self._previous):  # already resolved: take it as it was
                if sent.start_char <= previous.start < verb.idx and previous.kind != "document":
                    return previous
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return self.resolve(subject, sentence)
        return None

    # -- the kinds of speaker -------------------------------------------------

    def _pronoun(self, head: Token, text: str, start: int, end: int) -> Speaker:
        info = self.actors.person(text, start)
        if info is not None:
            return Speaker(
                name=info.name,
                text=text,
                role=info.role,
                affiliation=info.affiliation,
                country=info.country,
                sector=info.sector,
                kind="person",
                start=start,
                end=end,
            )
        previous = self._previous_for(head.lower_)
        if previous is not None:
            return replace(previous, text=text, start=start, end=end)
        return self._with_actor(
            Speaker(name=text, text=text, kind="anonymous", start=start, end=end), head, start, end
        )

    def _previous_for(self, pronoun: str) -> Speaker | None:
        """The latest speaker a pronoun can stand for: he/she a person, it/they anyone."""
        if not self._previous:
            return None
        if pronoun in {"he", "she", "him", "her", "i"}:
            last = self._previous[-1]
            return last if last.kind == "person" else None
        if pronoun in _PLURAL_PRONOUNS:  # a group, or a body of people ("the industry")
            last = self._previous[-1]
            return last if self._plural[-1] or last.kind == "organisation" else None
        return self._previous[-1]

    def _named_person(self, span: Span, head: Token) -> Speaker | None:
        """A person named by the phrase itself: its head is (in) a PERSON name, or the
        resolver knows the proper noun as a person ("Harp" -> Caren Harp)."""
        names = [
            e
            for e, label in _entities(span)
            if label in _NAME_LABELS
            and (e.start <= head.i < e.end or (e.end == span.end and not _governed(head, e)))
        ]
        # "Director of National Intelligence Dan Coats": a title, then the name at the end
        if not names and head.pos_ == "PROPN" and not self._is_named_org(span, head):
            names = [span[head.i - span.start : head.i - span.start + 1]]
            if self.actors.person(names[0].text, names[0].start_char) is None:
                return None
        if not names:
            return None
        name_span = names[-1]
        people = [e for e, label in _entities(span) if label in _NAME_LABELS]
        if len(people) > 1 and any(
            t.lower_ == "and" for t in span if people[0].end <= t.i < people[-1].start
        ):
            name_span = people[0]  # several people speak together: the first one named
        name_text = (
            _clean_name(name_span.text)
            if name_span.text.startswith(("the", "The"))
            else name_span.text.removesuffix("’s").removesuffix("'s")
        )
        info = self.actors.person(name_text, name_span.start_char)
        if info is not None:
            return Speaker(
                name=info.name,
                text=span.text,
                role=info.role,
                affiliation=info.affiliation,
                country=info.country,
                sector=info.sector,
                kind="person",
                start=span.start_char,
                end=span.end_char,
            )
        actor = self.actors.at(name_span.start_char, name_span.end_char)
        role = _role_words(span, name_span) or _apposition(name_span.root)
        return Speaker(
            name=name_text,
            text=span.text,
            role=role,
            country=actor.code if actor and len(actor.code) == 3 else "",
            sector=actor.sector if actor else "",
            kind="person",
            start=span.start_char,
            end=span.end_char,
        )

    def _person(self, info: PersonInfo, span: Span) -> Speaker:
        return Speaker(
            name=info.name,
            text=span.text,
            role=info.role,
            affiliation=info.affiliation,
            country=info.country,
            sector=info.sector,
            kind="person",
            start=span.start_char,
            end=span.end_char,
        )

    def _is_named_org(self, span: Span, head: Token) -> bool:
        if any(label in _ORG_LABELS and e.start <= head.i < e.end for e, label in _entities(span)):
            return True
        return head.pos_ == "PROPN" and head.ent_type_ in _ORG_LABELS

    def _issuer(self, head: Token) -> Token | None:
        """The source of a document: "a statement from/by/of the ministry" -> ministry."""
        for preposition in ("by", "from", "of"):
            for child in head.children:
                if child.dep_ != "prep" or child.lower_ != preposition:
                    continue
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and (
                        preposition != "of"
                        or source_kind(grandchild.lower_, grandchild.lemma_) == "organisation"
                        or grandchild.ent_type_ in _ORG_LABELS | _NAME_LABELS
                    ):
                        return grandchild
        for child in head.children:
            if child.dep_ == "poss":
                return child
        for child in head.children:  # "a database compiled by the Washington Post"
            if child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in child.children:
                    if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
        issuing = head.head
        if head.dep_ == "dobj" and issuing.lemma_.lower() in _ISSUING_VERBS:
            # "The ministry issued a statement saying ...": who issued it
            return next((c for c in issuing.children if c.dep_ == "nsubj"), None)
        return None

    def _common_noun(self, head: Token, span: Span) -> Speaker:
        text, start, end = span.text, span.start_char, span.end_char
        definite = any(t.lower_ in _DEFINITE or t.dep_ == "poss" for t in head.lefts)
        if definite:
            earlier = self._earlier(self._anonymous, head.lemma_.lower())
            if earlier is not None:  # "the official" after "an official": the same source
                return replace(earlier, text=text, start=start, end=end)
            info = self.actors.person(text, head.idx)
            if info is not None:  # "the senator" -> Lindsey Graham
                return self._person(info, span)
        speaker = self._with_actor(
            Speaker(name=text, text=text, kind="anonymous", start=start, end=end), head, start, end
        )
        if not definite:
            self._anonymous.append((head.lemma_.lower(), speaker))
        return speaker

    @staticmethod
    def _earlier(seen: list[tuple[str, Speaker]], lemma: str) -> Speaker | None:
        """ "the spokesman" after "a spokesman for the European Commission": the same source."""
        for earlier_lemma, speaker in reversed(seen):
            if earlier_lemma == lemma:
                return speaker
        return None

    def _with_actor(self, speaker: Speaker, head: Token, start: int, end: int) -> Speaker:
        actor: Actor | None = self.actors.for_token(head) or self.actors.at(start, end)
        if actor is None:
            return speaker
        country = actor.code if len(actor.code) == 3 and actor.code.isalpha() else ""
        return replace(
            speaker, country=speaker.country or country, sector=speaker.sector or actor.sector
        )


def _speech_through(document: Token) -> Token | None:
    """ "Sibur said in a statement": the verb whose words the document carries, or None."""
    prep = document.head
    if document.dep_ != "pobj" or prep.lower_ not in {"in", "through", "via"}:
        return None
    verb = prep.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _governed(head: Token, name: Span) -> bool:
    """ "Supporters of Ivanov", "a spokesman for Ivanov": the name stands in a prepositional
    phrase of a common noun; the noun's people speak, not the one named."""
    doc = head.doc
    return head.pos_ == "NOUN" and any(doc[k].pos_ == "ADP" for k in range(head.i + 1, name.start))


def _apposed_person(head: Token) -> Token | None:
    """ "Ivanov's mother, Elena Ivanova," / "a spokesman, Jan Kowalski,": the person's name in
    apposition to a common noun that heads the speaker phrase, or None."""
    if head.pos_ != "NOUN":
        return None
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ in _NAME_LABELS and child.pos_ == "PROPN":
            # set off by a comma: "Officials for Senators Chuck Grassley" is no apposition
            before = head.doc[child.left_edge.i - 1]
            return child if before.text == "," or _spaced_dash(before) else None
    return None


def _dashed_person(head: Token, left: int) -> Token | None:
    """ "Jason Miller - communications director for the team, ... said": a role noun set off
    by a dash from the person's name before it (the layout of a list); the name's last token."""
    doc = head.doc
    if head.pos_ != "NOUN" or left < 2 or not _spaced_dash(doc[left - 1]):
        return None
    name = doc[left - 2]
    return name if name.ent_type_ in _NAME_LABELS and name.pos_ == "PROPN" else None


def _role_words(span: Span, name: Span) -> str:
    """Title words before a name in the phrase: "Pentagon spokeswoman Heather Babb" -> role."""
    words: Iterable[Token] = (
        t for t in span if t.i < name.start and t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "det"
    )
    role = " ".join(t.text for t in words)
    return role


def _apposition(head: Token) -> str:
    """ "X, a professor of international studies at ..." -> "professor of international studies"."""
    for child in head.rights:
        if child.dep_ == "appos":
            words = [t for t in child.subtree if t.dep_ != "det" and not t.is_punct]
            cut = [t for t in words if t.i <= child.i or t.i in {x.i for x in _pp(child)}]
            return " ".join(t.text for t in cut)
    return ""


def _pp(head: Token) -> list[Token]:
    """The first "of" phrase to the right of a role noun ("professor of international studies")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return list(child.subtree)
    return []
