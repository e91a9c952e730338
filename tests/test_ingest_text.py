"""Reading metadata and body out of raw texts: dates, bylines, bios, datelines,
boilerplate, language, and the text reader as a whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.errors import UnreadableInput
from realpolitik.ids import article_id
from realpolitik.ingest import read_text_article
from realpolitik.ingest.boilerplate import is_boilerplate, is_section_end, source_outlet
from realpolitik.ingest.dates import parse_date
from realpolitik.ingest.html import html_fragment_text
from realpolitik.ingest.language import guess_english
from realpolitik.ingest.metadata import author_bio, byline, credit_line, dateline, lead
from realpolitik.ingest.records import split_paragraphs, tidy_text
from realpolitik.ingest.text import parse_page
from realpolitik.models import DatePrecision

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Wednesday, 17 Jul 2024", dt.date(2024, 7, 17), DatePrecision.DAY),
        ("December 31, 2017 ", dt.date(2017, 12, 31), DatePrecision.DAY),
        ("2024-07-17T08:00:00Z", dt.date(2024, 7, 17), DatePrecision.DAY),
        ("Wed, 17 Jul 2024 10:00:00 +0000", dt.date(2024, 7, 17), DatePrecision.DAY),
        ("Published: July 17, 2024 10:32 AM EST", dt.date(2024, 7, 17), DatePrecision.DAY),
        ("Updated 17 July 2024 10:32 BST", dt.date(2024, 7, 17), DatePrecision.DAY),
        ("Sunday, December 31st 2017", dt.date(2017, 12, 31), DatePrecision.DAY),
        ("17.07.2024", dt.date(2024, 7, 17), DatePrecision.DAY),
        ("31/03/2024", dt.date(2024, 3, 31), DatePrecision.DAY),
        ("03/04/2024", dt.date(2024, 3, 4), DatePrecision.DAY),
        ("Jul 2024", dt.date(2024, 7, 1), DatePrecision.MONTH),
        ("2024-07", dt.date(2024, 7, 1), DatePrecision.MONTH),
        ("1999", dt.date(1999, 1, 1), DatePrecision.YEAR),
    ],
)
def test_parse_date_reads_whole_date_strings(
    text: str, expected: dt.date, precision: DatePrecision
) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.date, parsed.precision) == (expected, precision)


@pytest.mark.parametrize(
    "text",
    ["", "xyz", "May Day Rallies Draw Thousands", "12 people died", "2024-02-30", "3024-01-01"],
)
def test_parse_date_refuses_what_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_parse_date_round_trips_common_formats(day: dt.date) -> None:
    for text in (
        day.isoformat(),
        day.strftime("%A, %d %b %Y"),
        day.strftime("%B %d, %Y"),
        day.strftime("%a, %d %b %Y 10:00:00 +0000"),
        f"{day.day}.{day.month}.{day.year}",
    ):
        parsed = parse_date(text)
        assert parsed is not None, text
        assert parsed.date == day and parsed.precision is DatePrecision.DAY, text


# ---------------------------------------------------------------- lines


def test_byline_names_authors_and_outlet() -> None:
    found = byline("By Jane Roe and John Doe, Reuters")
    assert found is not None
    assert (found.author, found.outlet) == ("Jane Roe and John Doe", "Reuters")
    staff = byline("By Jane Roe, Staff Writer")
    assert staff is not None and (staff.author, staff.outlet) == ("Jane Roe", "")
    assert byline("By the end of the year, prices had doubled.") is None


def test_author_bio_needs_a_name_and_journalism_work() -> None:
    bio = author_bio(
        "Sam Okafor is the West Africa correspondent for the Guardian, based in Lagos."
    )
    assert bio is not None and (bio.author, bio.outlet) == ("Sam Okafor", "Guardian")
    # A closing news sentence of the same shape is not a bio.
    assert author_bio("North Korea is a close partner for Russia in the war.") is None


def test_credit_line_gives_reporters_and_where_it_starts() -> None:
    text = "Talks resume next week. (Reporting by Ana Ruiz in Lima; Editing by Tom Hall)"
    found = credit_line(text)
    assert found is not None
    by, start = found
    assert by.author == "Ana Ruiz" and text[:start].strip() == "Talks resume next week."
    assert credit_line("The paper cited reporting by local media.") is None


@pytest.mark.parametrize(
    ("text", "place", "outlet"),
    [
        ("WASHINGTON (Reuters) - The head of", "WASHINGTON", "Reuters"),
        ("BIRMINGHAM, Ala. (Reuters) - A judge", "BIRMINGHAM, Ala.", "Reuters"),
        ("WASHINGTON/NEW YORK (Reuters) - Banks", "WASHINGTON/NEW YORK", "Reuters"),
        ("SEOUL, South Korea — North Korea fired", "SEOUL, South Korea", ""),
        ("(Reuters) - Alabama officials", "", "Reuters"),
        ("AP - A company founded by", "", "AP"),
        ("LONDON, (Reuters) - Two influential", "LONDON", "Reuters"),
        ("NEW DELHI, 9 October 2004 - India and", "NEW DELHI, 9 October 2004", ""),
        ("MOSUL, Iraq, Dec 4 (AFP) - Iraqi police", "MOSUL, Iraq, Dec 4", "AFP"),
        # a wire service or an outlet named before the dateline
        ("AP - BAGHDAD, Iraq - Militants said", "BAGHDAD, Iraq", "AP"),
        ("Los Angeles Times - BAGHDAD — Militants said", "BAGHDAD", "Los Angeles Times"),
        ("Canadian Press - OTTAWA (CP) - The prime", "OTTAWA", "CP"),
        # a place alone ended by a colon
        ("ISLAMABAD: Seven people were", "ISLAMABAD", ""),
        ("BANGKOK : Thai Prime Minister", "BANGKOK", ""),
    ],
)
def test_dateline(text: str, place: str, outlet: str) -> None:
    found = dateline(text)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile - officials said",
        "The NATO summit opened on Monday.",
        "Tony Blair - the prime minister - said on Monday",
    ],
)
def test_no_dateline_in_ordinary_openings(text: str) -> None:
    assert dateline(text) is None


def test_lead_cuts_editor_note_and_inline_byline_before_the_dateline() -> None:
    text = (
        "(Corrects paragraph 3 to fix a name) By Ana Ruiz and Tom Hall "
        "LIMA (Reuters) - Peru's president met"
    )
    found = lead(text)
    assert found.note == "Corrects paragraph 3 to fix a name"
    assert found.author == "Ana Ruiz and Tom Hall"
    assert found.dateline is not None and found.dateline.place == "LIMA"
    assert text[found.start :].startswith("LIMA (Reuters) - ")
    # A parenthesis with no dateline after it is left alone.
    assert lead("(Corrects a typo) The president met").start == 0


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Share this article",
        "Facebook Twitter Email",
        "Read more: Chile raises royalties",
        "Source: Read Full Article",
        "© 2024 The Daily Planet. All rights reserved.",
        "Tags: Brazil, Argentina, trade",
        "5 min read",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday after the announcement.",
        "Read the statement carefully, the minister told lawmakers on Tuesday.",
        "Advertisements for the rally were banned by the city council.",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_section_ends_and_source_lines() -> None:
    assert is_section_end("Related Posts")
    assert is_section_end("You may also like")
    assert not is_section_end("More in the coming days, officials said.")
    assert source_outlet("Source: Read Full Article") == ""
    assert source_outlet("Source: The New York Times") == "The New York Times"
    assert source_outlet("The source said the talks had failed.") is None


# ---------------------------------------------------------------- language


def test_english_and_other_languages() -> None:
    english = guess_english(
        "The government said on Tuesday that it would send more troops to the border "
        "after a series of attacks by armed groups, which it blamed on its neighbour."
    )
    spanish = guess_english(
        "El gobierno de Corea del Norte anunció el martes que su líder viajará a Rusia para "
        "reunirse con el presidente ruso. Según la agencia oficial, los dos países firmarán "
        "varios acuerdos de cooperación militar y económica."
    )
    assert english.english and english.ratio > 0.3
    assert not spanish.english and spanish.ratio < 0.1
    assert spanish.reason().startswith("not English (English stopword ratio 0.0")
    assert guess_english("Kim Jong-un Putin Moscou").english  # too few words to judge


def test_a_short_lead_dense_with_names_is_english() -> None:
    # few function words, but none of another language's
    lead = guess_english(
        "SEOUL -- North Korea test-fired a Hwasong-15 ballistic missile Tuesday off its east "
        "coast, South Korean Joint Chiefs of Staff spokesman Kim Jun-rak told Yonhap News "
        "Agency, citing U.S. and Japanese radar data."
    )
    assert 0.05 <= lead.ratio < 0.15 and lead.english
    for text in (
        "Die Bundesregierung hat am Dienstag angekündigt, dass sie weitere Soldaten an die "
        "Grenze schicken wird. Nach Angaben des Ministeriums soll die Entscheidung noch in "
        "dieser Woche im Bundestag beraten werden, sagte ein Sprecher in Berlin.",
        "De regering heeft dinsdag aangekondigd dat zij meer soldaten naar de grens stuurt. "
        "Volgens het ministerie van Defensie wordt het besluit deze week in de Kamer "
        "besproken, zei een woordvoerder in Den Haag.",
    ):
        guess = guess_english(text)
        assert guess.ratio >= 0.05 and not guess.english, text


# ---------------------------------------------------------------- paragraphs and pages


def test_paragraphs_blank_lines_hard_wraps_and_long_lines() -> None:
    wrapped = "The bank raised rates\non Thursday.\n\n\n  Officials   said more\nmay come.  "
    assert (
        tidy_text(wrapped) == "The bank raised rates on Thursday.\n\nOfficials said more may come."
    )
    long_lines = "A" * 120 + "\n" + "B" * 120
    assert split_paragraphs(long_lines) == [["A" * 120], ["B" * 120]]
    assert tidy_text("one\r\ntwo\r\n\r\nthree") == "one two\n\nthree"


def test_html_escapes_left_in_plain_text_are_decoded() -> None:
    said = tidy_text("Sudan&#39;s government said &quot;no&quot;.")
    assert said == 'Sudan\'s government said "no".'
    # escapes that lost their ampersand, as in scraped feeds
    assert tidy_text("Sudan #39;s envoy said quot;no quot;.") == 'Sudan\'s envoy said "no ".'
    assert tidy_text("&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.") == "First.\n\nSecond."
    # ordinary ampersands and words stay
    assert tidy_text("AT&T and Q&A; the squat; #39 ran") == "AT&T and Q&A; the squat; #39 ran"


def test_aggregator_page_metadata_and_boilerplate() -> None:
    page = parse_page((FIXTURES / "aggregator.txt").read_text(encoding="utf-8"))
    assert page.title == "Brazil and Argentina Agree to Expand Trade in Grain"
    assert page.published is not None and page.published.date == dt.date(2024, 3, 5)
    assert (page.author, page.outlet) == ("Maria Lopez", "The Daily Planet")
    for gone in ("Advertisement", "Share this", "Source:", "Related Posts", "Chile", "More about"):
        assert gone not in page.text
    paragraphs = page.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("BUENOS AIRES — Brazil and Argentina agreed")
    assert paragraphs[-1].startswith("Critics in Brazil's farm lobby")
    assert any("repost" in w for w in page.warnings)


def test_byline_and_credit_page() -> None:
    page = parse_page((FIXTURES / "byline.txt").read_text(encoding="utf-8"))
    assert page.title == "Poland and Ukraine Settle Dispute Over Grain Transit"
    assert page.author == "Piotr Nowak and Anna Kowalska"
    assert page.published is not None and page.published.date == dt.date(2021, 3, 3)
    assert "Reporting by" not in page.text and "Editing" not in page.text
    assert page.text.startswith("WARSAW (Reuters) - Poland and Ukraine settled")
    assert page.warnings == ()  # no aggregator lines: no repost warning


def test_combined_byline_outlet_and_date_line() -> None:
    page = parse_page(
        "Talks Stall in Geneva\nBy Jane Roe | The Guardian | 3 March 2021\n\n"
        "Talks between the two sides stalled on Monday in Geneva, officials said."
    )
    assert (page.title, page.author, page.outlet) == (
        "Talks Stall in Geneva",
        "Jane Roe",
        "The Guardian",
    )
    assert page.published is not None and page.published.date == dt.date(2021, 3, 3)
    assert page.text == "Talks between the two sides stalled on Monday in Geneva, officials said."


def test_plain_text_without_metadata_is_kept_whole() -> None:
    raw = (FIXTURES / "plain.txt").read_text(encoding="utf-8")
    page = parse_page(raw)
    assert (page.title, page.published, page.author, page.outlet) == ("", None, "", "")
    assert page.text == tidy_text(raw)
    assert page.text.count("\n\n") == 1


def test_headline_only_when_short_unpunctuated_and_followed_by_text() -> None:
    page = parse_page("Officials Meet in Geneva\n\nThe officials met on Monday in Geneva.")
    assert page.title == "Officials Meet in Geneva"
    assert page.text == "The officials met on Monday in Geneva."
    sentence_first = parse_page("The officials met.\n\nThey talked for hours about trade.")
    assert sentence_first.title == ""
    alone = parse_page("Officials Meet in Geneva")
    assert alone.title == "" and alone.text == "Officials Meet in Geneva"
    quote_first = parse_page("“We will never give up”\n\nThe minister spoke in Kyiv on Monday.")
    assert quote_first.title == "" and quote_first.text.startswith("“We will never give up”")
    question = parse_page("Will the Ceasefire Hold?\n\nThe truce began at dawn on Sunday.")
    assert question.title == "Will the Ceasefire Hold?"


def test_read_text_article_arguments_override_the_text() -> None:
    raw = (FIXTURES / "byline.txt").read_text(encoding="utf-8")
    article = read_text_article(
        raw, source_id="x", title="Given Title", published="2020-01-02", url="https://x.example/a"
    )
    assert article.title == "Given Title"
    assert article.published == dt.date(2020, 1, 2)
    assert article.url == "https://x.example/a"
    assert (article.dateline, article.outlet) == ("WARSAW", "Reuters")
    assert article.id == article_id(article.text)


def test_read_text_article_refuses_blank_text() -> None:
    with pytest.raises(UnreadableInput, match="the text is empty"):
        read_text_article("  \n ")
    with pytest.raises(UnreadableInput, match="only a headline, dates or page boilerplate"):
        read_text_article("Advertisement\n\nShare this article")


def test_html_fragment_text_paragraphs() -> None:
    fragment = "<p>Hello <b>world</b> &amp; all</p><script>var x;</script><p>Two<br>three</p>"
    assert html_fragment_text(fragment) == "Hello world & all\n\nTwo\n\nthree"


# ---------------------------------------------------------------- the seed article


@pytest.mark.shared
def test_seed_article_metadata_and_clean_text(shared_dir: Path) -> None:
    raw = (shared_dir / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    article = read_text_article(raw, source_id="seed-article.txt")
    assert article.title == "North Korea Finds New Leverage in the Ukraine War"
    assert article.published == dt.date(2024, 7, 17)
    assert article.date_precision is DatePrecision.DAY
    assert (article.author, article.outlet) == ("Choe Sang-Hun", "The Times")
    for gone in ("Source: Read Full Article", "Related Posts", "bureau chief", "More about"):
        assert gone not in article.text
    assert article.text.startswith("For Kim Jong-un, the leader of North Korea")
    assert article.text.endswith("all based on original Russian technology.”")
    assert "\n\n" in article.text and "\n\n\n" not in article.text
    assert any("repost" in w for w in article.warnings)


def test_feed_archive_marks_are_repaired() -> None:
    # an archive's line-break backslashes and escapes that lost their ampersand
    text = "Reuters - Foreign Minister\\Jack Straw pledged #36;10 million #151; at once."
    assert tidy_text(text) == (
        "Reuters - Foreign Minister Jack Straw pledged $10 million \u2014 at once."
    )
