"""Quotes and speakers (CONVENTIONS.md Part B) on small hand-written wire paragraphs.

End-to-end tests parse with the project's spaCy pipeline and resolve actors with
the real ActorResolver. A few tests of pure speaker logic use a tiny stand-in
for the resolver so that they say exactly what is being checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from realpolitik.coders import quotes as quotes_module
from realpolitik.coders.quotes import code_quotes
from realpolitik.ids import article_id
from realpolitik.models import Actor, Article, Quote

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def resolver() -> Any:
    from realpolitik.actors import ActorResolver

    return ActorResolver()


@pytest.fixture(scope="module")
def code(nlp: Any, resolver: Any) -> Any:
    from realpolitik.nlp import parse_one

    def run(text: str) -> tuple[Quote, ...]:
        doc = parse_one(text)
        article = Article(id=article_id(text), text=text)
        return code_quotes(doc, article, resolver.resolve(doc, article))

    return run


def only(quotes: tuple[Quote, ...]) -> Quote:
    assert len(quotes) == 1, [(q.type, q.content) for q in quotes]
    return quotes[0]


def test_split_quote_is_one_quote_with_two_spans(code: Any) -> None:
    text = (
        "“We are not going to negotiate under threat,” Foreign Minister Anna Lindqvist said, "
        "“and we will not be intimidated.” Sweden recalled its ambassador."
    )
    q = only(code(text))
    assert q.type == "direct" and q.cue == "said"
    assert (
        q.content == "We are not going to negotiate under threat, and we will not be intimidated."
    )
    assert [text[a:b] for a, b in q.content_spans] == [
        "We are not going to negotiate under threat,",
        "and we will not be intimidated.",
    ]
    assert q.speaker.name == "Anna Lindqvist"
    assert q.speaker.text == "Foreign Minister Anna Lindqvist"
    assert text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_quote_continued_after_its_attribution_sentence(code: Any) -> None:
    text = (
        "“It’s shocking news for the U.S.,” Mr. Lee said. “North Korean munitions can add fuel "
        "to the fire.”"
    )
    q = only(code(text))
    assert (
        q.content
        == "It’s shocking news for the U.S., North Korean munitions can add fuel to the fire."
    )
    assert len(q.content_spans) == 2


def test_quote_over_paragraphs_and_pronoun_speaker(code: Any) -> None:
    text = (
        "Opposition leader Mark Ojukwu said the election had been stolen.\n\n"
        "“The figures bear no relation to the votes cast.\n\n"
        "“We will take this to the Supreme Court,” he told supporters in Lagos."
    )
    indirect, direct = code(text)
    assert (indirect.type, indirect.content) == ("indirect", "the election had been stolen")
    assert direct.type == "direct"
    assert direct.content == (
        "The figures bear no relation to the votes cast. We will take this to the Supreme Court"
    )
    assert direct.speaker.name == "Mark Ojukwu" and direct.speaker.text == "he"


def test_scare_quotes_and_names_are_not_quotes(code: Any) -> None:
    text = (
        "The parade was celebrated in North Korea as “Victory Day.” He opposed the “unipolar” "
        'order and launched the "Clean Air" programme.'
    )
    assert code(text) == ()


def test_mixed_quote_in_reported_speech(code: Any) -> None:
    text = (
        "“Kim is looking for shortcuts,” said Leif-Eric Easley, a professor at Ewha Womans "
        "University in Seoul. He added that increased military exchanges between Russia and "
        "North Korea “would undermine peace and security in Europe and Asia.”"
    )
    direct, mixed = code(text)
    assert direct.speaker.name == mixed.speaker.name == "Leif-Eric Easley"
    assert mixed.type == "mixed" and mixed.cue == "added" and mixed.speaker.text == "He"
    assert mixed.content == (
        "increased military exchanges between Russia and North Korea would "
        "undermine peace and security in Europe and Asia."
    )
    assert "“" not in mixed.content


def test_nested_single_quotes_stay_in_the_content(code: Any) -> None:
    text = (
        "“Kim Jong-un is jumping on the ‘new Cold War’ bandwagon,” said Sung Ki-young, an "
        "analyst at the Institute for National Security Strategy."
    )
    q = only(code(text))
    assert q.content == "Kim Jong-un is jumping on the ‘new Cold War’ bandwagon"
    assert q.speaker.name == "Sung Ki-young"


def test_unbalanced_mark_does_not_hide_the_real_quote(code: Any) -> None:
    text = (
        "Critics called the measure a “power grab and vowed to fight it. “This law was written "
        "to silence journalists,” said Amira Haddad of the Press Freedom Coalition."
    )
    q = only(code(text))
    assert q.content == "This law was written to silence journalists"
    assert q.speaker.name == "Amira Haddad"


def test_according_to(code: Any) -> None:
    text = (
        "In recent weeks, Mr. Kim has visited a series of munitions factories, according to "
        "state media."
    )
    q = only(code(text))
    assert (q.type, q.cue, q.speaker.name) == ("indirect", "according to", "state media")
    assert q.content == "In recent weeks, Mr. Kim has visited a series of munitions factories"
    assert q.speaker.kind == "organisation"


def test_analysts_say_at_the_end_of_a_sentence(code: Any) -> None:
    text = (
        "A deal with Russia could also further raise tensions around the Korean Peninsula, "
        "analysts say."
    )
    q = only(code(text))
    assert (
        q.content
        == "A deal with Russia could also further raise tensions around the Korean Peninsula"
    )
    assert (q.speaker.name, q.speaker.kind, q.cue) == ("analysts", "anonymous", "say")


def test_organisation_and_anonymous_speakers(code: Any) -> None:
    text = (
        "The White House said in a statement that the president had spoken with Chancellor "
        "Helga Brandt. A senior official said the call lasted an hour. “It went well,” the "
        "official said."
    )
    white_house, official, again = code(text)
    assert (white_house.speaker.name, white_house.speaker.kind) == ("White House", "organisation")
    assert white_house.speaker.country == "USA"
    assert white_house.content == "the president had spoken with Chancellor Helga Brandt"
    assert (official.speaker.name, official.speaker.kind) == ("A senior official", "anonymous")
    assert again.speaker.name == "A senior official" and again.speaker.text == "the official"


def test_speaker_country_and_sector_from_the_phrase(code: Any) -> None:
    text = (
        "Mr. Shoigu suggested joint drills, according to South Korean lawmakers who were "
        "briefed on Monday."
    )
    q = only(code(text))
    assert q.speaker.name == "South Korean lawmakers"
    assert (q.speaker.country, q.speaker.sector) == ("KOR", "LEG")


def test_attribution_verb_is_not_also_an_indirect_quote(code: Any) -> None:
    text = "“It’s a win-win situation for both sides,” said Lee Byong-chul, a North Korea expert."
    q = only(code(text))
    assert q.type == "direct"


def test_paragraph_after_an_attributed_quote_inherits_its_speaker(code: Any) -> None:
    text = (
        "“There is no military solution,” said Ambassador Louise Carter.\n\n"
        "“Both parties must return to the table without preconditions.”\n\n"
        "The talks resume on Monday."
    )
    first, second = code(text)
    assert second.speaker.name == first.speaker.name == "Louise Carter"
    assert (second.speaker.text, second.cue) == ("", "")


def test_unattributed_quote_far_from_any_speaker_is_dropped(code: Any) -> None:
    text = (
        "The weather was cold. Markets were closed. “Nobody knows what will happen next in "
        "this city,” read a sign."
    )
    assert code(text) == ()


def test_dateline_is_not_the_speaker(code: Any) -> None:
    text = (
        "BRUSSELS (Reuters) - U.S. Secretary of State Rex Tillerson on Tuesday said the "
        "United States remains committed to Europe."
    )
    q = only(code(text))
    assert q.speaker.name == "Rex Tillerson"
    assert q.content == "the United States remains committed to Europe"


def test_relative_clause_report(code: Any) -> None:
    text = (
        "Republicans want to add $1.4 trillion to the debt to finance changes that they say "
        "would boost an already growing economy."
    )
    q = only(code(text))
    assert q.speaker.name == "Republicans"
    assert q.content == "changes would boost an already growing economy"


def test_a_relative_pronoun_that_speaks_is_no_part_of_the_content(code: Any) -> None:
    # "who" is the one who said it: the content is the clause said, without the antecedent
    text = (
        "Moore was accused by several women, including one woman who said he tried to "
        "kiss her when she was 14."
    )
    q = only(code(text))
    assert q.speaker.name == "one woman"
    assert q.content == "he tried to kiss her when she was 14"
    # another subject speaks: the antecedent is what is said of ("which X said brought")
    text = (
        "The plan differs from the last tax break on foreign profits, which the bank "
        "Unicredit said brought $300 billion to the United States."
    )
    q = only(code(text))
    assert q.speaker.name.endswith("Unicredit")
    assert q.content.startswith("the last tax break on foreign profits")
    assert q.content.endswith("brought $300 billion to the United States")


def test_no_one_who_would_confirm_is_no_quote(code: Any) -> None:
    for text in (
        "Neither the Secret Service nor the police, both of which investigated the "
        "incident, would confirm Strong was responsible.",
        "No official would confirm that the talks had failed.",
        "None of the diplomats said the talks had failed.",
    ):
        assert code(text) == (), text


def test_a_relative_that_after_a_verb_with_an_object_is_no_report(code: Any) -> None:
    # "added" with an object reports nothing; the "that" opens a relative clause
    text = (
        "The Supreme Court on Friday added a second case to its docket on an issue that "
        "could have major consequences for elections."
    )
    assert code(text) == ()
    # a "that" clause the parser hung on the noun before it is still the report
    q = only(code("Senator Jeff Flake said in a statement that McConnell had promised a vote."))
    assert q.content == "McConnell had promised a vote"


def test_a_verb_with_its_own_complement_reports_no_clause_before_it(code: Any) -> None:
    for text in (
        "Even before the storm struck the island, the government was contending with "
        "$72 billion in debt.",
        "While many Democrats also support a bigger army, they insist on raising other "
        "spending too.",
    ):
        assert code(text) == (), text
    # a "with" phrase after the attribution's comma leaves the report standing
    q = only(code("Airlines stand to gain from lower taxes, analysts said, with UBS agreeing."))
    assert q.content == "Airlines stand to gain from lower taxes"


def test_a_subject_the_parser_made_an_object_of_said_stays_in_the_content(code: Any) -> None:
    text = (
        "U.S. prosecutors said Flynn and Sergei Kislyak, then Russian ambassador to the U.S., "
        "last December discussed economic sanctions."
    )
    q = only(code(text))
    assert q.content.startswith("Flynn and Sergei Kislyak, then Russian ambassador")
    # the one told is no part of what was said
    q = only(code("The minister told reporters the talks would resume on Monday."))
    assert q.content == "the talks would resume on Monday"


def test_an_empty_it_passive_names_no_speaker(code: Any) -> None:
    text = (
        "Phares' assistant told Reuters that he was not making comments. The panel does not "
        "discuss its interviews, but it has been disclosed that Phares has come under scrutiny."
    )
    q = only(code(text))
    assert q.content == "he was not making comments"


def test_the_by_phrase_of_a_passive_cue_speaks(code: Any) -> None:
    q = only(code("It was announced by the ministry that the talks would resume."))
    assert q.speaker.name == "ministry" and q.content == "the talks would resume"
    # a preposition the tagger put inside the name is no part of it
    q = only(code("It was announced by the ministry on Monday that the talks would resume."))
    assert q.speaker.name == "ministry"
    q = only(code("Senators were told by the FBI director that the inquiry would continue."))
    assert q.speaker.name == "the FBI director"


def test_quoted_as_saying_gives_the_one_quoted(code: Any) -> None:
    text = "In a tweet, Moore quoted Trump as saying, “Go get them, Roy!”"
    q = only(code(text))
    assert (q.type, q.speaker.text, q.cue) == ("direct", "Trump", "saying")
    assert q.speaker.name.endswith("Trump")


def test_speech_that_did_not_happen_is_not_a_quote(code: Any) -> None:
    text = (
        "The minister did not say whether the plan would go ahead. He declined to say "
        "when the talks would resume."
    )
    assert code(text) == ()


def test_name_before_an_apposition_is_the_speaker(code: Any) -> None:
    text = (
        "Senator John McCain will be available next week to vote on the bill, John Cornyn, "
        "the No. 2 Republican in the U.S. Senate, said on Thursday."
    )
    q = only(code(text))
    assert q.speaker.name == "John Cornyn"
    assert q.content == "Senator John McCain will be available next week to vote on the bill"


def test_the_official_is_the_earlier_anonymous_official(code: Any) -> None:
    text = (
        "The committee will return to the race, an official said on Tuesday. “We stand "
        "with the president,” the official said, speaking on condition of anonymity."
    )
    first, second = code(text)
    assert first.speaker.name == second.speaker.name == "an official"
    assert second.speaker.kind == "anonymous" and second.speaker.text == "the official"


def test_records_are_ordered_with_provenance(code: Any) -> None:
    text = (
        "The ministry said talks would resume. Officials were cautious.\n\n"
        "“We expect nothing,” said Petra Novak, a diplomat."
    )
    quotes = code(text)
    assert [q.type for q in quotes] == ["indirect", "direct"]
    assert len({q.id for q in quotes}) == 2
    for q in quotes:
        assert q.provenance.coder == quotes_module.CODER
        assert q.provenance.coder_version == quotes_module.VERSION
        assert q.content == " ".join(text[a:b] for a, b in q.content_spans)
        assert (q.provenance.start, q.provenance.end) == (
            q.content_spans[0][0],
            q.content_spans[-1][1],
        )
    assert quotes[1].provenance.sentence == 2


def test_empty_and_quote_free_text(code: Any) -> None:
    assert code("") == ()
    assert code("Rain fell on the city all day.") == ()


# -- speaker logic with a stand-in resolver ----------------------------------------------------


@dataclass(frozen=True)
class _Person:
    name: str
    role: str = ""
    affiliation: str = ""
    country: str = ""
    sector: str = ""


class _Actors:
    """Knows one person ("Lee" -> Lee Byong-chul) and maps "Seoul" to KOR."""

    mentions: tuple[Actor, ...] = ()

    def person(self, text: str, position: int) -> _Person | None:
        if "Lee" in text:
            return _Person("Lee Byong-chul", "expert", "Kyungnam University", "KOR", "EDU")
        return None

    def for_token(self, token: Any) -> Actor | None:
        return (
            Actor("KOR", "South Korea", token.text, sector="GOV") if token.text == "Seoul" else None
        )

    def at(self, start: int, end: int) -> Actor | None:
        return None


def test_speaker_takes_the_resolvers_person(nlp: Any) -> None:
    text = "“It is a win-win,” Mr. Lee said. Seoul said it would respond."
    from realpolitik.nlp import parse_one

    doc = parse_one(text)
    lee, seoul = code_quotes(doc, Article(id="a", text=text), _Actors())  # type: ignore[arg-type]
    assert (lee.speaker.name, lee.speaker.role, lee.speaker.country, lee.speaker.kind) == (
        "Lee Byong-chul",
        "expert",
        "KOR",
        "person",
    )
    assert lee.speaker.text == "Mr. Lee"
    assert (seoul.speaker.name, seoul.speaker.country, seoul.speaker.kind) == (
        "Seoul",
        "KOR",
        "organisation",
    )


# -- the founding article ----------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.replace("’", "'")).strip().lower()


@pytest.mark.shared
def test_seed_article_quotes(shared_dir: Path, code: Any) -> None:
    """Every quote seed-article.expected.md lists, with its speaker and type."""
    text = (shared_dir / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    quotes = code(text)

    def find(speaker: str, begins: str, types: set[str]) -> Quote:
        for q in quotes:
            if _norm(q.content).startswith(_norm(begins)) and q.type in types:
                assert q.speaker.name == speaker, (q.speaker, begins)
                return q
        raise AssertionError(f"no {types} quote by {speaker} beginning {begins!r}")

    find("Lee Byong-chul", "It's a win-win situation for both sides", {"direct"})
    find("Lee Byong-chul", "the North may have a large surplus of ammunition", {"indirect"})
    two = find("Lee Byong-chul", "It's shocking news for the U.S.", {"direct"})
    assert _norm(two.content).endswith(_norm("North Korean munitions can add fuel to the fire."))
    find("analysts", "A deal with Russia could also further raise tensions", {"indirect"})
    find("Leif-Eric Easley", "Kim is looking for technological shortcuts", {"direct"})
    find(
        "Leif-Eric Easley",
        "increased military exchanges between Russia and North Korea would "
        "undermine peace and security",
        {"indirect", "mixed"},
    )
    sung = find(
        "Sung Ki-young", "Kim Jong-un is jumping on the 'new Cold War' bandwagon", {"direct"}
    )
    assert _norm(sung.content).endswith(_norm("aligning closely with Russia."))
    sung2 = find("Sung Ki-young", "I don't think that any economic assistance", {"direct"})
    assert _norm(sung2.content).endswith(_norm("original Russian technology."))
    white_house = find(
        "White House", "North Korea was starting to ship artillery shells", {"indirect"}
    )
    assert white_house.speaker.country == "USA"
    lawmakers = [q for q in quotes if q.speaker.name == "South Korean lawmakers"]
    assert lawmakers and lawmakers[0].cue == "according to"
    assert sum(q.speaker.name == "state media" for q in quotes) == 2
    assert any(q.speaker.name == "South Korean government economists" for q in quotes)
    # not quotes: "Victory Day", “unipolar”, “neo-Cold War”
    assert not any(
        q.content.strip("., ") in {"Victory Day", "unipolar", "neo-Cold War"} for q in quotes
    )
    assert [q.provenance.start for q in quotes] == sorted(q.provenance.start for q in quotes)


# -- round 2: noun cues, relays, several speakers, more reporting verbs ---------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "She dismissed the officials’ claims that the reform was working.",
            "the officials",
            "claims",
            "the reform was working",
        ),
        (
            "The ministry repeated its warning that foreign ships would be searched.",
            "ministry",
            "",
            "foreign ships would be searched",
        ),
        (
            "The agency issued a statement saying the port would stay closed.",
            "agency",
            "saying",
            "the port would stay closed",
        ),
        (
            "Protesters chanted that the cabinet must resign.",
            "Protesters",
            "chanted",
            "the cabinet must resign",
        ),
        (
            "Economists speculated that the central bank would cut rates in June.",
            "Economists",
            "speculated",
            "the central bank would cut rates in June",
        ),
        (
            "The governor vowed that every road would reopen by winter.",
            "The governor",
            "vowed",
            "every road would reopen by winter",
        ),
        (
            "The mayor wrote on Twitter that the bridge was safe.",
            "The mayor",
            "wrote",
            "the bridge was safe",
        ),
    ],
)
def test_speech_nouns_and_reporting_verbs(
    code: Any, text: str, speaker: str, cue: str, content: str
) -> None:
    quote = only(code(text))
    assert quote.speaker.name == speaker
    assert quote.content == content
    assert not cue or quote.cue == cue


def test_speech_noun_without_a_named_source_is_not_a_quote(code: Any) -> None:
    assert code("He rejected the claim that the vote was rigged.") == ()


def test_relay_passes_on_the_speakers_words(code: Any) -> None:
    for text in (
        "The ministry said the talks would resume next week, according to the agency Tass.",
        "The ministry said the talks would resume next week, Interfax reported.",
    ):
        quote = only(code(text))
        assert quote.speaker.text == "The ministry"
        assert quote.content == "the talks would resume next week"


def test_quoted_as_saying_attributes_a_direct_quote(code: Any) -> None:
    quote = only(code("“We will act soon,” the agency quoted the minister as saying."))
    assert (quote.type, quote.speaker.name, quote.content) == (
        "direct",
        "the minister",
        "We will act soon",
    )


def test_several_speakers_first_is_the_speaker_phrase_keeps_all(code: Any) -> None:
    quote = only(
        code(
            "“We will not back down,” Senate leader Jane Roe and House leader John Doe said "
            "in a joint statement."
        )
    )
    assert quote.speaker.name == "Jane Roe"
    assert quote.speaker.text == "Senate leader Jane Roe and House leader John Doe"


def test_long_attribution_with_appositions_and_an_abbreviation(code: Any) -> None:
    quote = only(
        code(
            "“This is not about money. It is about trust,” Smith, a former No. 3 official "
            "at the bank, and Jones, a six-time ambassador, added."
        )
    )
    assert quote.type == "direct" and quote.speaker.name == "Smith"
    assert quote.content == "This is not about money. It is about trust"
    assert quote.speaker.text.endswith("a six-time ambassador")


def test_document_speaker_is_its_compiler(code: Any) -> None:
    quote = only(code("According to a survey compiled by the World Bank, growth will slow."))
    assert quote.speaker.name == "World Bank"


def test_participle_on_a_noun_takes_the_clause_subject(code: Any) -> None:
    quote = only(
        code(
            "Smith has criticised his rival, John Park, a former judge, calling him weak and "
            "saying that Park would raise taxes."
        )
    )
    assert quote.speaker.name.endswith("Smith")
    assert quote.content == "Park would raise taxes"


# -- speakers: namesakes, documents, newspapers, groups, relayed speech ----------------------


def test_bare_surname_speaks_for_the_president_not_the_junior(code: Any) -> None:
    text = (
        "President Donald Trump defended his son on Monday. Donald Trump Jr. met a lawyer in "
        "June. “It was a very unimportant meeting,” Trump said. “I have nothing to hide,” "
        "Trump Jr. told reporters."
    )
    first, second = code(text)
    assert (first.speaker.name, first.speaker.text) == ("Donald Trump", "Trump")
    assert (second.speaker.name, second.speaker.text) == ("Donald Trump Jr.", "Trump Jr.")


def test_the_statement_speaks_for_whoever_issued_it(code: Any) -> None:
    text = (
        "MOSCOW (Reuters) - Sibur said in a statement on Monday it had agreed to sell a stake "
        "to Sinopec. The statement said the deal would close next year."
    )
    quotes = code(text)
    assert [q.speaker.name for q in quotes] == ["Sibur", "Sibur"]
    assert quotes[1].speaker.text == "The statement"


def test_it_said_in_a_statement_is_the_organisation_before(code: Any) -> None:
    text = (
        "The Orinoco Foundation issued a report on Tuesday. It said in a statement that the "
        "program had been cut."
    )
    assert only(code(text)).speaker.name == "Orinoco Foundation"


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "Officials spoke to the Zorbania Herald on Tuesday. The paper said the talks had "
            "collapsed.",
            "Zorbania Herald",
        ),
        (
            "The findings were published in the Kalvan daily Nordposten. The daily said the "
            "ministry had known of the risk.",
            "Nordposten",
        ),
        (
            "Papadopoulos met a diplomat, the New York Times reported on Saturday. The newspaper "
            "said the diplomat passed the information on.",
            "New York Times",
        ),
        (
            "Papadopoulos met a diplomat, the New York Times reported. The Times said he was "
            "Australian. The newspaper said the diplomat passed the information on.",
            "New York Times",
        ),
    ],
)
def test_the_newspaper_is_the_paper_named_before(code: Any, text: str, paper: str) -> None:
    q = code(text)[-1]
    assert q.speaker.name == paper and q.speaker.kind == "organisation"
    assert q.speaker.text.lower().startswith("the ")


def test_agencies_are_not_a_newspaper_named_before(code: Any) -> None:
    text = (
        "Hackers stole the emails, the Wall Street Journal reported. In their report, the "
        "agencies said the hackers had used Wikileaks."
    )
    assert code(text)[-1].speaker.name != "Wall Street Journal"


def test_a_dash_before_the_speaker_is_not_part_of_it(code: Any) -> None:
    text = (
        "Criticism came from a different quarter - etiquette experts said the dress was too "
        "short for the occasion."
    )
    q = only(code(text))
    assert (q.speaker.name, q.speaker.text) == ("etiquette experts", "etiquette experts")


def test_a_url_or_stray_parenthesis_never_opens_content(code: Any) -> None:
    q = only(code("Acme said in a filing (here) its profits had risen sharply in the quarter."))
    assert q.content == "its profits had risen sharply in the quarter"
    q = only(
        code(
            "The foreign ministry said (http://www.example.gov/en/news/123) the sanctions were "
            "illegal and would be challenged."
        )
    )
    assert q.content == "the sanctions were illegal and would be challenged"
    q = only(
        code("http://example.com/2tAvLrZ The minister said the sanctions were illegal and unjust.")
    )
    assert q.speaker.text == "The minister"


def test_supporters_of_someone_are_the_speakers(code: Any) -> None:
    q = only(code("Supporters of Ivanov say the charges are politically motivated."))
    assert q.speaker.name == "Supporters of Ivanov" and q.speaker.kind != "person"


def test_the_person_named_in_apposition_speaks(code: Any) -> None:
    q = only(code("“He was always kind to everyone,” Ivanov's mother, Elena Ivanova, said."))
    assert q.speaker.name == "Elena Ivanova" and q.speaker.kind == "person"
    assert q.speaker.text == "Ivanov's mother, Elena Ivanova"


@pytest.mark.parametrize("verb", ["recalled", "quoted", "cited"])
def test_the_one_recalled_as_saying_speaks(code: Any, verb: str) -> None:
    q = only(code(f"Colleagues {verb} Ivanov as saying: “I will never give up this fight.”"))
    assert q.type == "direct" and q.speaker.name == "Ivanov"
    assert q.content == "I will never give up this fight."
