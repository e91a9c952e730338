"""JSONL and CSV corpora: columns, aliases, record ids, and bad records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from realpolitik.config import Settings
from realpolitik.errors import UnreadableInput
from realpolitik.ingest import read_input, read_inputs
from realpolitik.models import Article, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

STORY = (
    "Kenya sent the first 400 police officers to Haiti on Tuesday to lead a "
    "multinational force against armed gangs, the government said."
)


def test_jsonl_fixture_articles_and_failures() -> None:
    path = FIXTURES / "articles.jsonl"
    records = list(read_input(path))
    assert len(records) == 4
    kenya, broken, eu, spanish = records
    assert isinstance(kenya, Article)
    assert (kenya.source_id, kenya.title, kenya.published) == (
        "wire-1",
        "Kenya Sends Police to Haiti",
        dt.date(2024, 6, 25),
    )
    assert (kenya.outlet, kenya.dateline, kenya.url) == (
        "Reuters",
        "NAIROBI",
        "https://wire.example/kenya-haiti",
    )
    assert isinstance(broken, Failure) and broken.input == f"{path}:2"
    assert broken.error.startswith(f"{path}:2: not valid JSON (")
    assert broken.error.endswith("fix or remove the line")
    # An invalid date keeps the article, with a warning and no date.
    assert isinstance(eu, Article)
    assert eu.published is None and eu.warnings == ("invalid date 'sometime soon'",)
    assert eu.outlet == "Euro Wire"  # {"source": {"name": ...}} as NewsAPI writes it
    assert isinstance(spanish, Failure) and spanish.stage == "language" and spanish.skipped


def test_jsonl_ids_default_to_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"text": STORY}), "", json.dumps({"text": STORY.replace("Kenya", "Chad")})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [r.source_id for r in read_input(path) if isinstance(r, Article)] == [
        f"{path}:1",
        f"{path}:3",
    ]


def test_jsonl_records_that_are_no_article(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        "[1, 2]\n"
        + json.dumps({"body_text": STORY})
        + "\n"
        + json.dumps({"text": "   "})
        + "\n"
        + json.dumps({"text": "x" * 300})
        + "\n",
        encoding="utf-8",
    )
    not_object, no_text, empty, too_long = read_input(path, Settings(max_bytes=200))
    assert isinstance(not_object, Failure) and "a JSON list, not an object" in not_object.error
    assert isinstance(no_text, Failure)
    assert "no 'text' column" in no_text.error and "'body_text'" in no_text.error
    assert isinstance(empty, Failure) and "field is empty" in empty.error
    assert isinstance(too_long, Failure) and "over the 0.0 MB limit" in too_long.error


def test_jsonl_wrong_encoding_at_the_start_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        json.dumps({"text": "Caf\u00e9 " + STORY}, ensure_ascii=False).encode("latin-1")
    )
    with pytest.raises(UnreadableInput, match=r"not utf-8 text \(byte 0xe9 at offset 13, line 1\)"):
        read_input(path)


def test_jsonl_undecodable_line_past_the_start_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    good = json.dumps({"text": STORY}).encode() + b"\n"
    bad = json.dumps({"text": STORY.replace("Kenya", "Kenia café")}, ensure_ascii=False)
    count = 70_000 // len(good) + 1  # past the head that is checked before reading
    path.write_bytes(good * count + bad.encode("latin-1") + b"\n" + good)
    records = list(read_input(path))
    assert len(records) == count + 2
    failure = records[count]
    assert isinstance(failure, Failure) and failure.input == f"{path}:{count + 1}"
    assert "not utf-8 text (byte 0xe9" in failure.error
    assert all(isinstance(r, Article) for i, r in enumerate(records) if i != count)


def test_csv_fixture_with_language_column() -> None:
    kept, german, short = read_input(FIXTURES / "articles.csv")
    assert isinstance(kept, Article)
    assert (kept.source_id, kept.outlet, kept.dateline, kept.language) == (
        "c-1",
        "AP",
        "CAIRO",
        "en",
    )
    assert kept.text.endswith("officials said.\n\nThe talks ended without a deal.")
    assert isinstance(german, Failure) and german.stage == "language"
    assert "language 'de' is not among the coded languages (en)" in german.error
    assert isinstance(short, Failure) and short.skipped and "under the 15-character" in short.error


def test_csv_reuters_layout_uses_date_column_and_row_lines(tmp_path: Path) -> None:
    path = tmp_path / "reuters.csv"
    path.write_text(
        "title,text,subject,date\n"
        f'"Kenya sends police","WASHINGTON (Reuters) - {STORY}",worldnews,"December 31, 2017 "\n'
        f'"Multi-line","First paragraph of the story, about {STORY}\n\nSecond paragraph.",'
        'worldnews,"not a date"\n'
        f'"Third","LONDON (Reuters) - {STORY}",worldnews,2017-12-30\n',
        encoding="utf-8",
    )
    first, second, third = read_input(path)
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.published == dt.date(2017, 12, 31) and first.outlet == "Reuters"
    assert first.source_id == f"{path}:2"
    assert second.warnings == ("invalid date 'not a date'",) and second.published is None
    assert third.source_id == f"{path}:6"  # the second row spans lines 3 to 5


def test_csv_aliases_and_settings_columns(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(f'Headline;Body;Link\n"A headline";"{STORY}";https://x.example/1\n')
    (article,) = read_input(path)
    assert isinstance(article, Article)
    assert (article.title, article.url) == ("A headline", "https://x.example/1")
    # A column named by a setting must exist: no alias stands in for it.
    with pytest.raises(UnreadableInput, match="no 'story' column"):
        read_input(path, Settings(text_column="story"))
    named = tmp_path / "named.csv"
    named.write_text(f'story,when\n"{STORY}",2020-05-01\n')
    (found,) = read_input(named, Settings(text_column="story", date_column="when"))
    assert isinstance(found, Article) and found.published == dt.date(2020, 5, 1)


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "ag.csv"
    path.write_text('"3","Fears for pension after talks","Unions representing workers"\n')
    with pytest.raises(UnreadableInput) as caught:
        read_input(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: no 'text' column with the article text (columns found: ")
    assert "'Fears for pension after talks'" in message and "--text-column" in message
    (failure,) = read_inputs([path])
    assert isinstance(failure, Failure) and failure.stage == "read" and failure.error == message


def test_csv_long_field(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_text = " ".join([STORY] * 2000)  # about 260,000 characters, over csv's default limit
    path.write_text(f'id,text\nlong,"{long_text}"\n', encoding="utf-8")
    (article,) = read_input(path)
    assert isinstance(article, Article) and len(article.text) == len(long_text)


def test_csv_bad_bytes_mid_file_end_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    rows = "".join(f'r{i},"{STORY}"\n' for i in range(2000))  # past the sniffed head
    path.write_bytes(b"id,text\n" + rows.encode() + b'bad,"caf\xe9 talks"\n')
    records = list(read_input(path))
    assert len(articles := [r for r in records if isinstance(r, Article)]) == 2000
    assert articles[-1].source_id == "r1999"
    (failure,) = [r for r in records if isinstance(r, Failure)]
    assert failure.input == f"{path}:2002"
    assert failure.error.startswith(
        f"{path}:2002: not utf-8 text (byte 0xe9); pass --encoding latin-1"
    )
