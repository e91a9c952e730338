"""Clause analysis for the event coder: is a trigger reported as fact, and who is its subject?

Everything here reads spaCy's dependency parse of one sentence. The main
question, :func:`fate`, climbs from a trigger verb to the root of its sentence
and says whether the text reports the event as having happened (CONVENTIONS
A1): not negated, not hypothetical or conditional, not a plan, not a wish, not
an embedded verb whose meaning the matrix verb changes ("agreed to withdraw"
is a commitment, handled apart). The walk visits each token at most once per
trigger, so a sentence costs time linear in its length times its depth.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .event_lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CONTROL_KINDS = ("commit", "refuse", "request", "threaten")


# Verbs of accusing whose "of"/"for" phrase names the deed charged.
ACCUSING_VERBS = frozenset(
    {"accuse", "charge", "blame", "suspect", "indict", "condemn", "criticize", "criticise"}
)
# Verbs that praise or fault someone "for" a deed the text takes as done: "commended
# Conyers for stepping down", "criticized the U.S. for selling arms to Taiwan". Blame is
# left out: "blamed rebels for the killing" alleges the doer.
JUDGED_FOR_VERBS = frozenset(
    {
        "praise",
        "commend",
        "thank",
        "congratulate",
        "hail",
        "applaud",
        "laud",
        "criticize",
        "criticise",
        "condemn",
        "rebuke",
        "chide",
        "denounce",
        "slam",
    }
)

# Verbs of an appositive belief about a participant ("believed to be civilians").
BELIEF_VERBS = frozenset({"believe", "think", "say", "report"})
# Conjunctions of contrast: their clause keeps its own tense under a future main clause.
CONTRAST_MARKS = frozenset({"while", "whilst", "although", "though", "whereas"})
# Events done in words: a comma participle of one after what a speaker said is the
# speaker's own act (:func:`speakers_participle`).
SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})


@dataclass(frozen=True, slots=True)
class Fate:
    """What the grammar says about a trigger's clause.

    ``coded`` is False when the event must not be coded; ``reason`` says why
    (negated, future, modal, deontic, conditional, embedded, unasserted,
    purpose). ``reported`` is True when the event is the content of a speech
    verb ("X said Y attacked Z"); ``speech`` is that verb. When only the
    clause's mood blocks it (``reason`` future, modal or deontic, with every
    clause above it asserted), ``would`` and ``negated`` tell whether the
    auxiliary was "would" and whether it was negated ("would not meet"), so
    that an announced commitment or refusal can still be read out of it.
    """

    coded: bool
    reason: str = ""
    reported: bool = False
    speech: Token | None = None
    relative: bool = False
    would: bool = False
    negated: bool = False

    @property
    def mood_only(self) -> bool:
        """Blocked only by a future or modal auxiliary in an asserted clause."""
        return self.reason in ("future", "modal")


def control_kind(matrix: Token, lex: Lexicon) -> str:
    """How a matrix verb or adjective treats its infinitive: commit, refuse, request,
    threaten, transparent, or "" (a plan, wish or other: the infinitive is not coded)."""
    lemma = matrix.lemma_.lower()
    g = lex.grammar
    if lemma in g["commit_verbs"] or (matrix.pos_ == "ADJ" and lemma in g["commit_adjectives"]):
        return "commit"
    if lemma in g["refuse_verbs"]:
        return "refuse"
    if lemma in g["request_verbs"]:
        return "request"
    if lemma == "threaten":
        return "threaten"
    if lemma in g["transparent_verbs"] or _transparent_phrasal(matrix, lex):
        return "transparent"
    if lemma in g["raising_passives"] and any(c.dep_ == "auxpass" for c in matrix.children):
        return "transparent"  # "are reported to have been killed"
    return ""


def _transparent_phrasal(verb: Token, lex: Lexicon) -> bool:
    """A verb and particle that pass their infinitive on as done: "went on to accuse
    Clinton of lying" made the accusation."""
    return any(
        f"{verb.lemma_.lower()} {c.lower_}" in lex.grammar["transparent_phrasals"]
        for c in verb.children
        if c.dep_ == "prt"
    )


@dataclass(frozen=True, slots=True)
class Markers:
    """The mood a verb's own dependents give its clause."""

    negated: bool = False
    future: bool = False
    modal: bool = False
    would: bool = False
    deontic: bool = False
    conditional: bool = False


# Verbs by which a doer owns a deed: with "no group" as subject the deed stands.
RESPONSIBILITY_VERBS = frozenset({"claim", "take", "accept", "admit", "acknowledge"})


def _neither(child: Token) -> bool:
    """Whether a verb's subject, object or prepositional object is "neither ... nor"."""
    if child.dep_ == "prep":
        return any(_neither(p) for p in child.children if p.dep_ == "pobj")
    return child.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        d.dep_ in ("preconj", "det") and d.lower_ == "neither" for d in child.children
    )


def markers(verb: Token, lex: Lexicon) -> Markers:
    """Negation, future, modal, deontic and conditional marks among a verb's dependents."""
    g = lex.grammar
    negated = future = modal = would = deontic = conditional = False
    for child in verb.children:
        dep = child.dep_
        lemma = child.lemma_.lower()
        if dep == "neg" or (dep == "advmod" and lemma in ("never", "no")):
            negated = True
        elif (
            dep in ("nsubj", "nsubjpass", "dobj")
            and verb.lemma_.lower() not in RESPONSIBILITY_VERBS
            and (
                lemma in ("nobody", "none")
                or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
            )
        ):
            # "no Republicans voted against her", "no agreement was reached", "reached no
            # deal": nothing was done; but "no group has claimed the bombing" leaves the
            # bombing, with its doer unknown
            negated = True
        elif _neither(child):
            # "voted for neither Trump nor his challenger", "neither side attacked"
            negated = True
        elif dep == "advmod" and lemma in g["hedges"]:
            modal = True
        elif dep in ("aux", "auxpass"):
            text = child.lower_
            if lemma in g["future_aux"] or text in g["future_aux"]:
                future = True
            elif lemma in g["modal_aux"] or text in g["modal_aux"]:
                modal = True
                would = would or text in ("would", "'d")
            elif lemma in g["deontic_aux"] or text in g["deontic_aux"]:
                deontic = True
        elif (
            dep == "mark" and (lemma in g["conditional_marks"] or lemma in g["background_marks"])
        ) or (dep == "advmod" and lemma in ("if", "unless")):
            conditional = True
    return Markers(negated, future, modal, would, deontic, conditional)


def used_occasion(verb: Token, lex: Lexicon) -> bool:
    """An infinitive after "used his speech", "used a visit": what the speaker did on
    that occasion ("used his National Day speech to urge China to ..."); so is a word
    said at a meeting held ("met with Pence to voice concerns over NAFTA") or by a letter
    sent ("sent a message to Sihamoni to congratulate him")."""
    head = verb.head
    g = lex.grammar
    if (
        is_purpose(verb)
        and head.tag_ == "VBD"
        and verb.lemma_.lower() in g["occasion_speech"]
        and (
            head.lemma_.lower() in g["meeting_occasions"]
            or _called_up(head)
            or (
                head.lemma_.lower() in g["letter_verbs"]
                and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in g["letters"] for c in head.children
                )
            )
        )
    ):
        return True  # "met with Vice President Mike Pence to voice deep concerns": voiced
    if is_purpose(verb) and inquiry_set_up(verb, lex):
        return True  # "formed a panel to investigate": the panel investigates
    return (
        is_purpose(verb)
        and head.lemma_.lower() == "use"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.grammar["occasion_nouns"]
            for c in head.children
        )
    )


def _called_up(head: Token) -> bool:
    """Whether ``head`` is "called" with a named person or state as its object: a phone
    call ("Putin called Trump on Sunday to thank him"), not "called a strike"."""
    return head.lemma_.lower() == "call" and any(
        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "GPE", "NORP"))
        for c in head.children
    )


def inquiry_set_up(verb: Token, lex: Lexicon) -> bool:
    """An inquiry a body or people were set up or sent out for: "India formed a panel of
    officials to investigate cases", "the United Nations sent experts to Bosnia to probe
    ...". Whether the setting up happened is the clause above's to say."""
    g = lex.grammar
    head = verb.head
    return (
        verb.lemma_.lower() in g["inquiry_verbs"]
        and head.lemma_.lower() in g["inquiry_setups"]
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in g["inquiry_bodies"]
            for c in head.children
        )
    )


def verbless_main_verb(verb: Token) -> bool:
    """The main verb of a sentence the parser left with none, read as a participle deep
    in the subject ("A commission set up by the government to study the killings accused
    on Monday the police of torture": "accused" an "acl" of "killings", the noun
    "commission" the root): no finite verb in the sentence, and the participle carries
    the news's day."""
    root = verb.sent.root
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and root.pos_ in ("NOUN", "PROPN")
        and root.i < verb.i
        # deep in the subject: "a lawmaker arrested on Monday" is a headline's participle
        and verb.head != root
        and not any(t.tag_ in FINITE_TAGS for t in verb.sent)
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
        and any(
            c.ent_type_ == "DATE"
            or (c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children))
            for c in verb.children
        )
    )


def misparsed_main_verb(verb: Token) -> bool:
    """A finite verb the parser read as a participle on the sentence's noun root ("A
    rocket attack killed four people": "killed" an "acl" of "attack"): a participle
    cannot take a direct object, so the noun is the subject."""
    head = verb.head
    if verbless_main_verb(verb):
        return True
    if (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for c in verb.children)
        and not any(c.tag_ in ("WDT", "WP", "WP$") for c in verb.subtree)
    ):
        # "Alabama Democrat Doug Jones, who won ..., on Thursday called on ...": a past
        # verb with no subject read as a relative clause on the noun root
        return True
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
        and not any(
            t.tag_ in FINITE_TAGS and not _in_relative_clause(t) for t in verb.sent if t.i != verb.i
        )
    ):
        # "A group of moderate Republicans called on President Bush to come back": a
        # sentence with no other finite verb (one describing a noun, "senators who were
        # angry", is none), whose participle takes a clause, has it as its main verb
        return True
    return (
        (
            (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"))
            # "Israeli soldiers on Saturday shot and killed a militant", "shot" read as a
            # noun and "killed" as a verb coordinated with "soldiers"
            or (verb.dep_ == "conj" and verb.tag_ == "VBD")
        )
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
    )


def _in_relative_clause(token: Token) -> bool:
    """Whether ``token`` stands in a relative clause ("senators who were angry")."""
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))


def speakers_participle(verb: Token, lex: Lexicon) -> Token | None:
    """The speech verb whose speaker does a comma participle the parser hung on what was
    said: "Trump said China can fix this problem quickly, urging Beijing to cut links"
    ("urging" hung on "fix"). Only a participle of an act done in words (urge, accuse,
    call on ...) counts, after a saying that comes first; "a car bomb exploded, killing
    three, police said" tells what was said."""
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or head.dep_ != "ccomp"
        or verb.i < head.i
        # "..., urging Beijing to ... and also calling on Russia to help"
        or verb.doc[verb.left_edge.i - 1].lower_ not in (",", "and")
    ):
        return None
    speech = head.head
    if (
        speech.i > head.i
        or speech.pos_ != "VERB"
        or speech.lemma_.lower() not in lex.grammar["assert_verbs"]
    ):
        return None
    triggers = lex.verbs.get(verb.lemma_.lower(), ())
    return speech if any(t.event in SPOKEN_TYPES for t in triggers) else None


def misparsed_clause(verb: Token) -> bool:
    """A clause parsed as the complement of a later, non-speech verb across a dash or
    colon ("X sent officials — Y came from Russia ..."): it stands on its own."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.i > head.i or not has_subject(verb):
        return False
    return any(t.text in ("—", "–", "-", ":", ";", "--") for t in verb.doc[verb.i + 1 : head.i])


def is_subjunctive(verb: Token) -> bool:
    """A bare verb with its own subject and no auxiliary: the mandative subjunctive of
    "demanded that Israel ease restrictions", which asks for the event, not reports it."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ccomp", "advcl", "acl"):
        return False
    children = list(verb.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and not any(
        c.dep_ in ("aux", "auxpass") for c in children
    )


def letter_sender(verb: Token, lex: Lexicon) -> Token | None:
    """The verb that sends or issues the letter or statement a participle hangs on ("sent
    a letter urging them to ...", "issued a statement condemning ..."; the parser may hang
    it on the addressee: "sent a letter to every senator urging them"): the participle
    is the sender's own act. None for other participles."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.dep_ in ("dative", "prep") and head.head.lower_ == "to":
        sender = head.head.head
    elif head.dep_ == "dobj":
        sender = head.head
    else:
        return None
    documents = lex.grammar["documents"]
    if sender.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in documents for c in sender.children
    ):
        return None
    if sender.lemma_.lower() not in lex.grammar["issuing_verbs"]:
        # "Sudan condemned a UN resolution calling on Khartoum to ...": the resolution
        # calls, not the one who condemns it
        return None
    return sender


def document_clause(verb: Token, lex: Lexicon) -> Token | None:
    """The clause that tells of the document a participle hangs on ("Sudan condemned a
    UN resolution calling on Khartoum to ..."): the participle says what the document
    does, as asserted as that clause. None for other participles."""
    head = verb.head
    if head.lemma_.lower() not in lex.grammar["documents"]:
        return letter_sender(verb, lex) or _signer(verb, lex)
    clause = head
    for _ in range(8):
        if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
            break
        clause = clause.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


def _signer(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of signing a law or order a participle hangs on ("signed legislation
    imposing sanctions on Russia": signed, the law acts), or None."""
    head = verb.head
    if (
        head.lemma_.lower() in lex.grammar["enacted_documents"]
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in lex.grammar["enacting_verbs"]
    ):
        return head.head
    return None


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose or plan: "to" before a base-form verb."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def cannot(verb: Token) -> bool:
    """A present inability that refuses: "cannot accept", "can't support" ("can" or
    "ca" with "not" or "n't" on the verb itself)."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in children) and any(
        c.dep_ == "neg" for c in children
    )


def clause_verb(token: Token) -> Token:
    """The verb (or auxiliary) of the clause ``token`` stands in: itself or its nearest
    verbal head; the root when there is none."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def subjunctive(verb: Token) -> bool:
    """A bare verb with no auxiliary ("that Ukraine withdraw", "that it consider"): tagged
    VB, or VBP after a third-person singular subject that would take "-s" in the indicative."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VB":
        return True
    if verb.tag_ != "VBP":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (
        subject.lower_ in ("it", "he", "she") or subject.tag_ in ("NN", "NNP")
    )


def perfect(verb: Token) -> bool:
    """A past participle with a "have" auxiliary: "has beheaded", "had sent"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


@dataclass(slots=True)
class _Climb:
    """The state of :func:`fate` as it climbs from a trigger towards the root: the
    clause it is on, whether that clause's own auxiliaries count, and what it has read
    so far (a speech verb above, a relative clause, a blocking mood)."""

    trigger: Token
    lex: Lexicon
    own_negation: bool
    cur: Token
    check_own: bool
    reported: bool = False
    speech: Token | None = None
    relative: bool = False
    mood: Fate | None = None
    unnegated: Token | None = None  # a clause whose "not" does not reach the participle


# What a climbing step returns besides a final Fate: go on from ``cur``, or stop here.
_UP = "up"
_STOP = "stop"


def fate(trigger: Token, lex: Lexicon, own_negation: bool = True, own_mood: bool = True) -> Fate:
    """Climb from ``trigger`` (a verb) to the sentence root and judge its clause.

    With ``own_negation`` False a "not" on the trigger itself is passed over (the
    caller reads "did not accept the demands" as a refusal); negation above it counts.
    With ``own_mood`` False the trigger's own auxiliaries are passed over too ("cannot
    accept the demands", a refusal now). Each step up is read by the function for the
    dependency it climbs (:func:`_up_conj`, :func:`_up_xcomp` ...).
    """
    climb = _Climb(trigger, lex, own_negation, trigger, own_mood)
    for _ in range(64):  # parse trees are shallow; the bound guards against cycles
        if climb.check_own:
            judged = _own_markers(climb)
            if judged is not None:
                return judged
        climb.check_own = True
        step = _step_up(climb)
        if isinstance(step, Fate):
            return step
        if step == _STOP:
            break
    mood = climb.mood
    if mood is not None:
        return Fate(
            False,
            mood.reason,
            climb.reported,
            climb.speech,
            climb.relative,
            mood.would,
            mood.negated,
        )
    return Fate(True, "", climb.reported, climb.speech, climb.relative)


def _own_markers(climb: _Climb) -> Fate | None:
    """The clause's own auxiliaries and "not": a condition or a subjunctive ends the
    climb, a first future or modal is kept as the mood, a negation ends it."""
    cur = climb.cur
    m = markers(cur, climb.lex)
    if m.conditional:
        return Fate(False, "conditional")
    if is_subjunctive(cur):
        return Fate(False, "subjunctive")  # "demanded that Israel ease ..."
    if climb.mood is None and (m.future or m.modal or m.deontic):
        reason = "future" if m.future else "modal" if m.modal else "deontic"
        climb.mood = Fate(
            False,
            reason,
            would=m.would or (m.future and climb.reported),
            negated=m.negated and cur != climb.unnegated,
        )
    elif m.negated and (climb.own_negation or cur != climb.trigger) and cur != climb.unnegated:
        return Fate(False, "negated")
    return None


def _step_up(climb: _Climb) -> Fate | str:
    """One step from the clause ``climb.cur`` to the one above it, by the dependency
    that joins them."""
    cur, lex = climb.cur, climb.lex
    dep, head = cur.dep_, cur.head
    if dep == "ROOT" or head == cur:
        if climb.mood is None and is_purpose(cur):
            # a headline's bare infinitive: "Israel to free 500 Palestinian prisoners"
            climb.mood = Fate(False, "future")
        return _STOP
    if dep == "conj":
        return _up_conj(climb)
    if dep in ("xcomp", "advcl") and used_occasion(cur, lex):
        climb.cur = head  # "used his speech to urge China ...": done in the speech
        return _UP
    if dep == "xcomp":
        return _up_xcomp(climb)
    if dep == "ccomp":
        return _up_ccomp(climb)
    if dep == "advcl":
        return _up_advcl(climb)
    if dep == "relcl":
        return _up_relcl(climb)
    if dep == "acl":
        return _up_acl(climb)
    if dep == "parataxis":
        return _STOP
    holder = gerund_holder(cur)
    if holder is not None and _charged_means(cur, holder):
        # "accused Iran of aggression by supplying missiles": the accused's alleged
        # means, parsed as the accuser's
        return Fate(False, "alleged")
    if holder is not None:
        climb.cur = holder  # "retaliated by expelling diplomats": as told as the retaliation
        return _UP
    return Fate(False, "embedded")


def _up_conj(climb: _Climb) -> Fate | str:
    """A verb with its own tense keeps its own auxiliaries; a bare one shares them."""
    cur, head = climb.cur, coordinated_head(climb.cur)
    climb.check_own = cur.tag_ not in FINITE_TAGS and cur.tag_ not in ("VBN", "VBG")
    if head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
        return _STOP
    if not climb.check_own and markers(head, climb.lex).conditional:
        # "if Trump knew ... and then pressured Comey": the "if" governs both
        return Fate(False, "conditional")
    if (
        not has_subject(cur)
        and not any(c.dep_ in ("aux", "auxpass") for c in cur.children)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)
        and markers(head, climb.lex).negated
    ):
        return Fate(False, "negated")  # "had never met or spoken to Trump": both denied
    climb.cur = head
    return _UP


def _up_xcomp(climb: _Climb) -> Fate | str:
    """An infinitive or complement: a claim reports it, a transparent verb passes it
    up, a control verb codes it apart, "is to" makes it a plan; else it is embedded."""
    cur, head, lex = climb.cur, climb.cur.head, climb.lex
    if head.lemma_.lower() == "claim" and _perfect_infinitive(cur):
        # "the US military claimed to have killed 100 militiamen": a deed its doer
        # reports, told as the claim is
        climb.reported = True
        climb.speech = head
        climb.cur = head
        return _UP
    kind = control_kind(head, lex)
    if kind == "transparent":
        climb.cur = head
        return _UP
    if kind in CONTROL_KINDS:
        return Fate(False, f"embedded:{kind}")
    if head.pos_ == "VERB" and head.lemma_.lower() in lex.grammar["plan_verbs"]:
        # "Poland said it plans to reduce its troops in Iraq": a plan its doer tells is a
        # future deed, coded as announced ones are (a decision, a commitment) or not at all
        if climb.mood is None:
            climb.mood = Fate(False, "future")
        climb.cur = head
        return _UP
    if head.lemma_.lower() == "be" or head.pos_ == "AUX":
        if is_purpose(cur) and climb.mood is None:  # "Karzai is to visit Pakistan"
            climb.mood = Fate(False, "future")
        climb.cur = head
        return _UP
    return Fate(False, "embedded")


def _up_ccomp(climb: _Climb) -> Fate | str:
    """A clause of content: asserted under a speech verb, else unasserted."""
    cur, head = climb.cur, climb.cur.head
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in climb.lex.grammar["assert_verbs"]:
        climb.reported = True
        climb.speech = head
        climb.cur = head
        return _UP
    if misparsed_clause(cur):
        return _STOP
    return Fate(False, "unasserted")


def _up_advcl(climb: _Climb) -> Fate | str:
    """An adverbial clause: a purpose is not coded, "before"/"until" in the present is
    future, a finite clause stands on its own, a participle shares the main mood."""
    cur, head, lex = climb.cur, climb.cur.head, climb.lex
    if is_purpose(cur) and _transparent_phrasal(head, lex):
        climb.cur = head  # "went on to accuse", parsed as a purpose
        return _UP
    if is_purpose(cur):
        return Fate(False, "purpose")
    if _present(cur) and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in cur.children
    ):
        return Fate(False, "future")  # "before they demobilize", "until troops are
        # withdrawn"
    if has_subject(cur) or cur.tag_ in FINITE_TAGS:
        # A finite adverbial clause stands on its own, but a present-tense
        # "when"/"as" clause under a future one is future too ("will top the
        # agenda when Zapatero welcomes Chirac"); a contrast is not ("while the US
        # recognises the one-China policy, it will offer to assist Taiwan").
        marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
        if "since" in marks and cur.tag_ in ("VBD", "VBN") and perfect(head):
            # "Since Mueller's probe began, advisers have acknowledged ...": the deed a
            # span is counted from is background (CONVENTIONS A4, "since the 1994
            # bombing"); "the first since he made a visit in 2019" is not
            return Fate(False, "background")
        if (
            _present(cur)
            and climb.mood is None
            and not marks & CONTRAST_MARKS
            and (marks or any(c.dep_ == "advmod" and c.lower_ == "when" for c in cur.children))
        ):
            governor = clause_verb(head)  # "will flow as soon as ...": on "soon"
            hm = markers(governor, lex)
            if hm.future or hm.modal:
                climb.mood = Fate(False, "future" if hm.future else "modal")
        return _STOP
    if cur.tag_ == "VBG":
        # "would not accept the cut, opposing the proposal": the "not" stays in
        # its clause
        climb.unnegated = head
        speech = speakers_participle(cur, lex)
        if speech is not None:
            # "Trump said China can fix this problem, urging Beijing to ...": the urging is
            # as told as the saying, whatever the mood of what was said
            climb.cur = climb.unnegated = speech
            return _UP
        if head.dep_ == "xcomp" and cur.nbor(-1).text == ",":
            # "refused to return to the talks, blaming U.S. hostility": a comma
            # participle tells the refusal's reason, parsed under the infinitive
            climb.cur = head.head
            climb.unnegated = climb.cur
            return _UP
    climb.cur = head  # a participle shares the main clause's mood
    return _UP


def _up_relcl(climb: _Climb) -> Fate | str:
    """A relative clause: a perfect is background, a simple present a description, a
    deed counted as hypothetical is modal; else the clause describes a participant."""
    cur, head, lex = climb.cur, climb.cur.head, climb.lex
    if misparsed_main_verb(cur):
        return _STOP  # "Doug Jones, who won ..., on Thursday called on ...": the main clause
    if perfect(cur):
        # "whose group has already beheaded two Americans": a past deed that
        # describes a participant is background (CONVENTIONS A4).
        return Fate(False, "background")
    if cur.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
        # "a U.S. law which imposes sanctions on Russian officials": a simple present
        # in a relative clause tells what something is, not what happened
        return Fate(False, "description")
    if head.lemma_.lower() == "time" and climb.mood is None:
        hm = markers(head.head, lex)
        if hm.future or hm.modal:
            # "It would be the second time the US charged Russians": the deed is
            # as hypothetical as the count it would add to
            return Fate(False, "modal")
    climb.relative = True
    return _STOP


def _up_acl(climb: _Climb) -> Fate | str:
    """A clause on a noun: a decision taken, a document's words or a letter's are told
    as their noun is; a participle or infinitive describing the noun is not coded."""
    cur, lex = climb.cur, climb.lex
    if misparsed_main_verb(cur):
        return _STOP  # "A rocket attack killed four people": the main clause
    if decision_owner(cur, lex) is not None:
        return _STOP  # "Russia's decision to expel 35 diplomats": a decision taken
    announcer = announced_plan(cur, lex)
    if announcer is not None:
        # "announced plans to cut his country's forces": a future deed of the announcer
        if climb.mood is None:
            climb.mood = Fate(False, "future")
        climb.speech = announcer
        climb.cur = announcer
        return _UP
    told = document_clause(cur, lex) if cur.tag_ == "VBG" else None
    if (
        told is not None
        and cur.head.dep_ in ("nsubj", "nsubjpass")
        and cur.head.lemma_.lower() in lex.grammar["documents"]
    ):
        # "A UN resolution threatening oil sanctions will only make it harder": the
        # document says what it says whatever its clause tells of its effect
        return _STOP
    if told is not None:
        climb.cur = told  # "sent a letter urging ...": as told as the sending
        return _UP
    if is_purpose(cur) or cur.tag_ in ("VBG", "VBN"):
        return Fate(False, "modifier")  # "inspectors probing sites": a description
    if has_subject(cur) and any(c.dep_ == "mark" for c in cur.children):
        return Fate(False, "unasserted")  # "its demand that Israel ease ..."
    return _STOP


def _present(verb: Token) -> bool:
    """A present-tense verb, or a participle with a present auxiliary ("are withdrawn",
    "has met")."""
    return verb.tag_ in ("VBP", "VBZ", "VB") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def _absolute_participle(verb: Token) -> bool:
    """Whether ``verb`` is the bare participle of a "with" clause ("with five Iraqis
    killed in a bombing and three drivers kidnapped"): a passive, its subject the one
    it is done to."""
    first = verb.head if verb.dep_ == "conj" else verb
    return (
        verb.tag_ in ("VBN", "VBD")
        and first.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in (*verb.children, *first.children))
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in first.children)
    )


def subject_of(verb: Token, lex: Lexicon, depth: int = 0) -> tuple[Token | None, bool]:
    """The token that heads the subject of ``verb`` and whether the verb is passive.

    Follows control and coordination when the verb has no subject of its own:
    an infinitive takes its matrix's subject (or object, after "urge", "ask",
    "allow" ...), a coordinated verb its first conjunct's, a participle the
    main clause's, and a participle modifying a noun that noun. A relative
    pronoun stands for the noun its clause modifies.
    """
    if depth > 12:
        return None, False
    own = _own_subject(verb)
    if own is not None:
        return own
    if verb.head == verb:
        return None, False
    return _borrowed_subject(verb, lex, depth)


def _own_subject(verb: Token) -> tuple[Token, bool] | None:
    """The subject ``verb`` has itself: a passive's patient, its "nsubj" or "csubj",
    the noun its participle clause describes or the holder of a belief it reports;
    None for a verb with none."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return _relative_antecedent(child), True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i]
    if len(subjects) == 2 and any(
        t.text == "," for t in verb.doc[subjects[0].i : subjects[1].left_edge.i]
    ):
        # two subjects split by a comma are a misparse ("Romney, their party's nominee, a
        # day after aide Steve Bannon accused him"): the one nearer the verb is its own
        return _relative_antecedent(subjects[1]), _absolute_participle(verb)
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return _relative_antecedent(child), _absolute_participle(verb)
        if child.dep_ == "advcl":
            described = _described_noun(child)
            if described is not None:
                return described, False
            held = _belief_holder(child)
            if held is not None:
                return held, any(c.dep_ == "auxpass" for c in verb.children)
    return None


# Verbs whose object does what their infinitive says ("allowed Iran to enrich").
_OBJECT_CONTROL_VERBS = frozenset(
    {
        *("allow", "permit", "force", "help", "enable", "persuade", "order", "invite"),
        *("encourage", "lead", "prompt", "compel", "get"),
    }
)


def _borrowed_subject(verb: Token, lex: Lexicon, depth: int) -> tuple[Token | None, bool]:
    """The subject a verb with none of its own takes from the clause it hangs on: by
    control, coordination, a participle's main clause or noun, a gerund's holder or a
    decision's owner."""
    dep = verb.dep_
    head = verb.head
    if dep == "xcomp" and used_occasion(verb, lex):
        # "telephoned Trump to congratulate him": the caller congratulates, not the one
        # called (a word said on an occasion is the speaker's)
        return subject_of(head, lex, depth + 1)
    if dep == "xcomp":
        return _controller(verb, lex, depth)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        return _first_conjunct_subject(verb, lex, depth)
    if verbless_main_verb(verb):
        return verb.sent.root, False
    if misparsed_main_verb(verb):
        return head, False
    if dep == "advcl" and (
        not is_purpose(verb) or _transparent_phrasal(head, lex) or used_occasion(verb, lex)
    ):
        for mark in verb.children:
            if mark.dep_ in ("mark", "prep") and mark.i < verb.i:
                for noun in mark.children:
                    if noun.dep_ == "pobj" and noun.i < verb.i:
                        return noun, False  # "after Cuba threatened", parsed "after Cuba"
        speech = speakers_participle(verb, lex)
        return subject_of(head if speech is None else speech, lex, depth + 1)
    opener = _opened_clause_subject(verb)
    if opener is not None:
        return opener, False
    if dep == "acl" and verb.tag_ == "VBG":
        sender = letter_sender(verb, lex) or _signer(verb, lex)
        if sender is not None:
            # "sent a letter to every senator urging them to ...": the sender urges;
            # "signed legislation imposing sanctions": the signer imposes them
            return subject_of(sender, lex, depth + 1)
        return head, False
    holder = gerund_holder(verb)
    if holder is not None:
        return _gerund_subject(verb, holder, lex, depth)
    owner = decision_owner(verb, lex)
    if owner is not None:
        return owner, False
    announcer = announced_plan(verb, lex)
    if announcer is not None:
        return subject_of(announcer, lex, depth + 1)
    if dep == "acl" and verb.tag_ == "VBN":
        return None, True  # "the man accused of ...": a participle on its own patient
    return None, False


# Prepositions that also open clauses: "after Netanyahu called for a referendum".
CLAUSE_PREPS = frozenset({"after", "before", "since", "until"})


def _opened_clause_subject(verb: Token) -> Token | None:
    """The subject of a past verb the parser hung as a participle on a noun, reading the
    clause's subject as the object of the preposition that opens it: "a challenge to his
    plan ... after Benjamin Netanyahu, his main rival, called for a referendum", parsed
    "after Benjamin Netanyahu" and "called" an "acl" of "plan"."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return None
    doc = verb.doc
    for token in doc[verb.sent.start : verb.i]:
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in CLAUSE_PREPS
            and token.pos_ in ("NOUN", "PROPN", "PRON")
            and token.right_edge.i < verb.i
            and all(t.is_punct for t in doc[token.right_edge.i + 1 : verb.i])
        ):
            return token
    return None


def _controller(verb: Token, lex: Lexicon, depth: int) -> tuple[Token | None, bool]:
    """Who does what an infinitive says: the object of a request or of "allow" and
    its kind, else the subject of the verb or adjective it completes."""
    head = verb.head
    if control_kind(head, lex) == "request" or head.lemma_.lower() in _OBJECT_CONTROL_VERBS:
        for child in head.children:
            if child.dep_ == "dobj":
                return child, False
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
        return subject_of(head.head, lex, depth + 1)
    return subject_of(head, lex, depth + 1)


def coordinated_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with. The parser may hang the conjunct on a
    verb higher up while its "and" stays on the nearer one: in "detained a man who they
    say murdered eight teenagers and injured four others", "injured" goes with
    "murdered", whose "and" it follows, not with "detained"."""
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ == "cc" for c in verb.children) or verb.i < 1:
        return head
    before = verb.doc[verb.i - 1]
    nearer = before.head
    if (
        before.dep_ == "cc"
        and nearer.pos_ in ("VERB", "AUX")
        and head.i < nearer.i < verb.i
        and head in nearer.ancestors
        and nearer.dep_ in ("ccomp", "relcl", "xcomp", "advcl", "conj")
    ):
        return nearer
    return head


def _first_conjunct_subject(verb: Token, lex: Lexicon, depth: int) -> tuple[Token | None, bool]:
    """The subject a coordinated verb shares with the first one, and its own voice."""
    shared, passive = subject_of(coordinated_head(verb), lex, depth + 1)
    # "Two women, thought to be aid workers, were kidnapped", parsed as "thought ...
    # and were kidnapped": a conjunct with its own passive auxiliary is passive
    if any(c.dep_ == "auxpass" for c in verb.children):
        return shared, True
    if passive and (
        verb.tag_ in ("VB", "VBZ", "VBP", "VBG") or any(c.dep_ == "aux" for c in verb.children)
    ):
        # "has been indicted by the court and will resign": a conjunct in the active
        # voice is done by the first one's patient
        return shared, False
    return shared, passive


def _gerund_subject(
    verb: Token, holder: Token, lex: Lexicon, depth: int
) -> tuple[Token | None, bool]:
    """Who does what a gerund after a preposition says: the one accused of a deed the
    gerund is the means of, the one judged for it, else its holder's subject."""
    accused = next((c for c in holder.children if c.dep_ == "dobj"), None)
    if accused is not None and _charged_means(verb, holder):
        # "accused North Korea of miscalculation by refusing to resume talks": the
        # accused did the deed charged
        return accused, False
    judged = judged_for(verb)
    if judged is not None:
        return judged, False  # "commended Conyers for stepping down": Conyers stepped
    return subject_of(holder, lex, depth + 1)


def _perfect_infinitive(verb: Token) -> bool:
    """ "to have killed": a past deed told in an infinitive."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and {"to", "have"} <= auxes


def decision_owner(verb: Token, lex: Lexicon) -> Token | None:
    """Who took the decision an infinitive tells: "Russia" in "Russia's decision to expel
    35 diplomats" (CONVENTIONS A1: a decision taken is coded); None for other verbs."""
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VB"
        or noun.lemma_.lower() not in ("decision", "move")
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    meetings = lex.grammar.classes["talks"]
    if verb.lemma_.lower() in ("meet", "visit") or any(
        c.dep_ == "dobj" and c.lemma_.lower() in meetings for c in verb.children
    ):
        return None  # "the EU's decision to hold entry talks": a meeting still ahead (A4)
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def announced_plan(verb: Token, lex: Lexicon) -> Token | None:
    """The verb that announces the plan an infinitive tells: "announced" in "has announced
    plans to cut his country's forces in Iraq" (a future deed of the announcer); None for
    other verbs."""
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VB"
        or noun.lemma_.lower() not in ("plan", "intention")
        or noun.dep_ != "dobj"
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        or any(c.dep_ == "poss" for c in noun.children)
    ):
        return None
    announcer = noun.head
    if announcer.pos_ != "VERB" or announcer.lemma_.lower() not in lex.grammar["announcing_verbs"]:
        return None
    return announcer


def _charged_means(gerund: Token, holder: Token) -> bool:
    """A "by ..." gerund on a verb of accusing that names its charge ("accused Iran of
    aggression by supplying missiles"): the means of the deed charged, not of the charge."""
    # the charge may hang on a word after the verb ("accused North Korea Tuesday of
    # miscalculation", "accused China on Monday of bad faith"), before the "by"
    by = gerund.head
    return (
        by.lower_ == "by"
        and holder.lemma_.lower() in ACCUSING_VERBS
        and any(
            t.dep_ == "prep" and t.lower_ in ("of", "for") and holder.i < t.i < by.i
            for t in holder.subtree
        )
    )


def gerund_holder(verb: Token) -> Token | None:
    """The clause verb whose deed a gerund after a preposition is: "Russia retaliated by
    expelling 35 diplomats", "said after meeting Xi", "officials took the unusual step of
    accusing Tillerson"; None for other gerunds ("without consulting", "before meeting")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if prep.lower_ in ("by", "after") and holder.pos_ in ("VERB", "AUX"):
        return holder
    if prep.lower_ == "for" and judged_for(verb) is not None:
        return holder
    if prep.lower_ == "of" and holder.lemma_.lower() == "step" and holder.dep_ == "dobj":
        return holder.head
    if (
        prep.lower_ == "of"
        and holder.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "step" for c in holder.children)
    ):
        return holder  # "took the unusual step on Monday of asking", "of" hung on "took"
    return None


def judged_for(gerund: Token) -> Token | None:
    """The one praised or faulted "for" the deed ``gerund`` tells ("commended Conyers for
    stepping down" -> Conyers), who did it; None for other gerunds."""
    prep = gerund.head
    holder = prep.head
    if (
        gerund.dep_ != "pcomp"
        or gerund.tag_ != "VBG"
        or prep.lower_ != "for"
        or holder.pos_ != "VERB"
        or holder.lemma_.lower() not in JUDGED_FOR_VERBS
    ):
        return None
    return next((c for c in holder.children if c.dep_ == "dobj"), None)


def passive_patient(verb: Token) -> Token | None:
    """The noun a passive participle modifies ("rice imported from China" -> rice)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return _relative_antecedent(child)
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # "four soldiers are reported to have been killed": the raising verb's subject
        return _raised_subject(verb.head)
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBN"
        and verb.head.lemma_.lower() in BELIEF_VERBS | {"confirm", "fear", "presume"}
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    ):
        # "five US troops were reported killed", "were believed kidnapped": the raising
        # verb's subject
        return _raised_subject(verb.head)
    if any(c.dep_ == "auxpass" for c in verb.children):
        # the subject the parser hung on an appositive belief: "Two women, thought to be
        # aid workers, were kidnapped" (parsed "thought ... and were kidnapped") or "Three
        # Britons, believed to be civilians, were snatched" ("believed" a clause of its own)
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in BELIEF_VERBS:
            return _raised_subject(verb.head)
        return next(
            (h for c in verb.children if c.dep_ == "advcl" and (h := _belief_holder(c))), None
        )
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not has_subject(verb):
        # "has been sacked and placed under house arrest": the first conjunct's patient
        return passive_patient(verb.head)
    return None


def _raised_subject(matrix: Token) -> Token | None:
    """The subject of a raising verb ("four soldiers are reported to ..."), or None."""
    for child in matrix.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            return _relative_antecedent(child)
    return None


def agent_of(verb: Token) -> Token | None:
    """The object of a passive's "by" phrase, or of the one its last conjunct shares
    ("was acquitted and discharged by an appeals court"), or of the one a subjectless
    passive conjunct shares with the verb it follows ("was seized by militants and later
    released")."""
    own = _own_agent(verb)
    if own is not None:
        return own
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    ):
        first = _own_agent(verb.head)
        if first is not None:
            return first
    if verb.tag_ == "VBN":
        for conj in verb.children:
            if (
                conj.dep_ == "conj"
                and conj.tag_ == "VBN"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children)
            ):
                return agent_of(conj)
    return None


def _own_agent(verb: Token) -> Token | None:
    """The object of the verb's own "by" phrase, or None."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def relative_object(verb: Token) -> Token | None:
    """The noun a verb in a relative clause acts on when the clause leaves its object to
    the noun it describes: "a Turkish hostage, who they threatened to behead", "the
    hostage they had threatened to behead"; None when the verb has an object of its own,
    a clause of its own, or a preposition the gap belongs to ("the rebels they fought
    against")."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects:
        relative = all(c.tag_ in ("WP", "WDT") for c in objects)
        return clause.head if relative else None
    if verb.tag_ == "VBN" or any(
        c.dep_ in ("xcomp", "ccomp", "auxpass", "dative")
        or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children))
        or c.tag_ == "WRB"  # "the town where they fought"
        for c in verb.children
    ):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(s.tag_ in ("WP", "WDT") or s.lower_ == "that" for s in subjects):
        return None  # "the rebels who attacked": the noun does the deed
    return clause.head


def _relative_antecedent(token: Token) -> Token:
    """For "who"/"which"/"that" subjects of a relative clause, the noun they stand for."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return _described_noun(token) or token


def _belief_holder(token: Token) -> Token | None:
    """The subject the parser gave to an appositive belief instead of the main verb:
    "Three Britons, believed to be civilians, were snatched ...", parsed with "Britons"
    as the subject of "believed"."""
    if token.lemma_.lower() not in BELIEF_VERBS or not any(
        c.dep_ == "xcomp" for c in token.children
    ):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(
        c.dep_ == "punct" and c.i == token.i - 1 for c in subject.children
    ):
        return None  # the comma before "believed" closes the subject's phrase
    return subject


def _described_noun(token: Token) -> Token | None:
    """The noun an adjective opening the sentence describes, where the parser read the
    adjective as a participle taking the noun as its object: "Leading Republicans in the
    Senate(,) ... urged ..." parsed as "leading" (a subject clause, or an adverbial one
    that leaves the main verb without a subject) with the object "Republicans"."""
    if token.tag_ != "VBG" or token.i != token.sent.start:
        return None
    if token.dep_ != "csubj" and not (
        token.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
    ):
        return None
    noun = next((c for c in token.children if c.dep_ == "dobj"), None)
    return noun if noun is not None and noun.i == token.i + 1 else None
