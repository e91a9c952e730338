"""The ingest entry points: dispatch by kind, directories, standard input, and
every kind of bad input, each with the message a person acts on."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from pathlib import Path

import pytest

from realpolitik.config import Settings
from realpolitik.errors import ConfigError, UnreadableInput
from realpolitik.ingest import read_input, read_inputs
from realpolitik.models import Article, DatePrecision, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

ENGLISH = (
    "Kenya sent the first 400 police officers to Haiti on Tuesday to lead a "
    "multinational force against armed gangs, the government said."
)
SPANISH = (
    "El gobierno de Chile anunció el martes una serie de reformas económicas para "
    "reducir la inflación, según un comunicado oficial publicado en la capital."
)


def articles(records: list[Article | Failure]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def failures(records: list[Article | Failure]) -> list[Failure]:
    return [r for r in records if isinstance(r, Failure)]


# ---------------------------------------------------------------- dispatch


def test_text_file_gives_one_article_with_its_path_as_source_id() -> None:
    path = FIXTURES / "aggregator.txt"
    (article,) = list(read_input(path))
    assert isinstance(article, Article)
    assert article.source_id == str(path)
    assert article.title == "Brazil and Argentina Agree to Expand Trade in Grain"
    assert article.dateline == "BUENOS AIRES"


def test_html_file_metadata_from_the_markup() -> None:
    (article,) = list(read_input(FIXTURES / "article.html"))
    assert isinstance(article, Article)
    assert article.title == "Japan and South Korea Resume Security Talks"
    assert article.published == dt.date(2023, 11, 20)
    assert article.date_precision is DatePrecision.DAY
    assert (article.author, article.outlet) == ("Kenji Watanabe", "The Harbour Times")
    assert article.url == "https://harbour.example/asia/japan-korea-talks"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("TOKYO — Japan and South Korea held")
    for gone in ("Home", "Log in", "All rights reserved", "Resume Security Talks"):
        assert gone not in article.text


def test_read_inputs_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    records = list(
        read_inputs(
            [FIXTURES / "plain.txt", str(tmp_path / "missing.txt"), empty, FIXTURES / "byline.txt"]
        )
    )
    assert [type(r).__name__ for r in records] == ["Article", "Failure", "Failure", "Article"]
    missing, blank = failures(records)
    assert missing.stage == "read" and "no such file or directory; check the path" in missing.error
    assert blank.error == f"{empty}: the file is empty; nothing to code"
    assert not blank.skipped


def test_read_inputs_accepts_a_single_path() -> None:
    assert len(articles(list(read_inputs(str(FIXTURES / "plain.txt"))))) == 1


def test_unknown_encoding_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown encoding 'klingon'"):
        next(read_inputs([FIXTURES / "plain.txt"], Settings(encoding="klingon")))


def test_directory_recursive_by_extension(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "sub" / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": ENGLISH.replace("Kenya", "Chad")}) + "\n", encoding="utf-8"
    )
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4 not read")
    (tmp_path / ".hidden" / "e.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "z.txt").write_bytes(b"")
    records = list(read_inputs([tmp_path]))
    assert [r.source_id for r in articles(records)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sub" / "b.html"),
        "j1",
    ]
    (bad,) = failures(records)
    assert bad.input == str(tmp_path / "z.txt") and "the file is empty" in bad.error


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "story"
    path.write_text(ENGLISH, encoding="utf-8")
    (article,) = list(read_input(path))
    assert isinstance(article, Article) and article.text == ENGLISH


# ---------------------------------------------------------------- standard input


def test_stdin_jsonl_is_streamed_with_line_ids() -> None:
    data = f'  {{"text": "{ENGLISH}"}}\n\n{{"text": "{SPANISH}"}}\n{{broken\n'.encode()
    records = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [r.source_id for r in articles(records)] == ["<stdin>:1"]
    skipped, broken = failures(records)
    assert skipped.stage == "language" and skipped.input == "<stdin>:3"
    assert broken.input == "<stdin>:4" and "not valid JSON" in broken.error


def test_stdin_html_and_text() -> None:
    html = (FIXTURES / "article.html").read_bytes()
    (page,) = list(read_input("-", stdin=io.BytesIO(html)))
    assert isinstance(page, Article) and page.outlet == "The Harbour Times"
    text = (FIXTURES / "byline.txt").read_bytes()
    (story,) = list(read_input("-", stdin=io.BytesIO(text)))
    assert isinstance(story, Article) and story.author == "Piotr Nowak and Anna Kowalska"
    assert story.source_id == "<stdin>"


def test_stdin_over_the_limit() -> None:
    with pytest.raises(UnreadableInput, match=r"<stdin>: more than the 0\.0 MB limit"):
        read_input("-", Settings(max_bytes=1000), stdin=io.BytesIO(b"word " * 1000))


# ---------------------------------------------------------------- bad input, one by one


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value) == f"{path}: the file is empty; nothing to code"


def test_blank_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b" \n\n\t ")
    with pytest.raises(UnreadableInput, match="only white space; nothing to code"):
        read_input(path)


@pytest.mark.parametrize("name", ["x.bin", "x.txt"])
def test_binary_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value) == (
        f"{path}: binary file, not text; pass a .txt, .html, .jsonl or .csv file"
    )


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(b % 254 + 1 for b in range(4096)))
    with pytest.raises(UnreadableInput, match="binary file, not text"):
        read_input(path)


def test_latin1_text_names_the_byte_and_reads_with_the_encoding(tmp_path: Path) -> None:
    text = "Le café de la place.\nThe prime minister met the président of the senate on Monday."
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value) == (
        f"{path}: not utf-8 text (byte 0xe9 at offset 6, line 1); "
        "pass --encoding latin-1 if the file is Latin-1"
    )
    (article,) = list(read_input(path, Settings(encoding="latin-1")))
    assert isinstance(article, Article) and "président" in article.text


def test_big_file_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as sparse:
        sparse.truncate(50_000_000)  # sparse: no 50 MB written
    started = time.perf_counter()
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert time.perf_counter() - started < 0.5
    assert str(caught.value) == (
        f"{path}: 50.0 MB is over the 5.0 MB limit; split the file or raise --max-bytes"
    )


def test_html_with_no_article() -> None:
    path = FIXTURES / "navigation.html"
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    assert str(caught.value).startswith(f"{path}: no article text found in the HTML")


def test_text_shorter_than_min_chars_is_a_skip(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Talks resumed.", encoding="utf-8")
    (skip,) = list(read_input(path))
    assert isinstance(skip, Failure) and skip.skipped and skip.stage == "read"
    assert "the text is 14 characters, under the 15-character minimum" in skip.error
    (kept,) = list(read_input(path, Settings(min_chars=10)))
    assert isinstance(kept, Article)


def test_not_english_is_a_skip(tmp_path: Path) -> None:
    path = tmp_path / "es.txt"
    path.write_text(SPANISH, encoding="utf-8")
    (skip,) = list(read_input(path))
    assert isinstance(skip, Failure) and skip.skipped and skip.stage == "language"
    assert skip.error.startswith(f"{path}: not English (English stopword ratio 0.0")
    # With other languages wanted, the English-only test cannot decide: kept, flagged.
    (kept,) = list(read_input(path, Settings(languages=("en", "es"))))
    assert isinstance(kept, Article) and kept.language == "und"
