"""The NLP stage: paragraphs are parsed apart and joined back with exact offsets."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.errors import ModelNotAvailable
from realpolitik.nlp import load_nlp, parse, split_paragraphs


@given(st.text(alphabet=st.sampled_from(list("ab .\n\t")), max_size=80))
def test_paragraph_chunks_concatenate_to_the_text(text: str) -> None:
    assert "".join(split_paragraphs(text)) == text


def test_paragraphs_split_on_blank_lines_only() -> None:
    text = "Dateline\n\nTitle line\nstill title\n\n\nBody."
    assert split_paragraphs(text) == ["Dateline\n\n", "Title line\nstill title\n\n\n", "Body."]


def test_parsed_doc_text_is_the_article_text(nlp: Any) -> None:
    texts = [
        "Wednesday, 17 Jul 2024\n\nA Title Here\n\nRussia sent troops. China objected.",
        "One.",
    ]
    docs = list(parse(texts))
    assert [d.text for d in docs] == texts
    first_sentences = [s.text.strip() for s in docs[0].sents]
    # the date line and the title never merge into the body's first sentence
    assert first_sentences[:3] == ["Wednesday, 17 Jul 2024", "A Title Here", "Russia sent troops."]


def test_many_articles_come_back_in_order(nlp: Any) -> None:
    texts = [f"Article {i} says Japan met Korea.\n\nSecond paragraph {i}." for i in range(40)]
    assert [d.text for d in parse(texts, batch_size=3)] == texts


def test_missing_model_names_the_fix() -> None:
    with pytest.raises(ModelNotAvailable, match="not installed"):
        load_nlp("no_such_model_xyz")


def test_a_wire_dateline_is_parsed_apart_from_the_story(nlp: Any) -> None:
    text = "JEBALIYA REFUGEE CAMP, Gaza Strip - Israeli soldiers shot a militant on Saturday."
    doc = next(parse([text]))
    assert doc.text == text
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert soldiers.dep_ == "nsubj" and soldiers.head.text == "shot"
    assert next(t for t in doc if t.text == "Israeli").is_sent_start
