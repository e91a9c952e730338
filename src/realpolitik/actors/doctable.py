"""A flat, read-only view of a parsed doc: one list per token attribute.

Creating spaCy ``Token`` objects dominates the cost of walking a doc in Python, so the resolver
reads every attribute it needs once, with ``Doc.to_array``, and works on plain lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, SENT_START
from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class DocTable:
    """Token attributes of one doc, by token index."""

    text: str
    orth: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    idx: list[int]
    ent_type: list[str]
    ent_iob: list[int]  # 3 begin, 1 inside, 2 outside, 0 unset
    sent: list[int]  # sentence index of each token
    sent_starts: list[int]  # first token of each sentence
    kid_list: list[int]  # syntactic children of all tokens, grouped by head, in order
    kid_start: list[int]  # children of token i are kid_list[kid_start[i]:kid_start[i + 1]]
    entities: dict[str, list[tuple[int, int]]]  # label -> token ranges of named entities

    def __len__(self) -> int:
        return len(self.orth)

    def end(self, i: int) -> int:
        """Character offset just after token ``i``."""
        return self.idx[i] + len(self.orth[i])

    def span_text(self, start: int, end: int) -> str:
        """Exact article text of tokens [start, end)."""
        return self.text[self.idx[start] : self.end(end - 1)] if end > start else ""

    def children(self, i: int) -> list[int]:
        """Syntactic children of token ``i``, left to right."""
        return self.kid_list[self.kid_start[i] : self.kid_start[i + 1]]

    def subtree(self, i: int) -> list[int]:
        """Token indexes of the subtree of ``i``, sorted."""
        out = [i]
        kid_list, kid_start = self.kid_list, self.kid_start
        stack = kid_list[kid_start[i] : kid_start[i + 1]]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(kid_list[kid_start[j] : kid_start[j + 1]])
        out.sort()
        return out

    def is_ancestor(self, a: int, j: int) -> bool:
        """Whether token ``a`` dominates token ``j``."""
        steps = 0
        while j != a and self.head[j] != j and steps < 64:
            j, steps = self.head[j], steps + 1
        return j == a

    def ents(self, label: str) -> list[tuple[int, int]]:
        """Token ranges [start, end) of the named entities labelled ``label``."""
        return self.entities.get(label, [])


def doc_table(doc: Doc, text: str | None = None) -> DocTable:
    """Read ``doc`` into a :class:`DocTable`; ``text`` is ``doc.text`` when the caller has it
    (building it again from the tokens is slow)."""
    arr = doc.to_array([ORTH, ORTH, LEMMA, POS, DEP, HEAD, IDX, ENT_TYPE, ENT_IOB, SENT_START])
    strings = doc.vocab.strings
    cols = arr.T.tolist()
    heads = arr[:, 5].astype("int64").tolist()  # relative offsets, stored unsigned

    def names(col: list[int]) -> list[str]:
        lookup = {h: strings[h] for h in set(col)}
        return [lookup[h] for h in col]

    sent: list[int] = []
    starts: list[int] = []
    s = -1
    for i, flag in enumerate(cols[9]):
        if i == 0 or flag == 1:
            s += 1
            starts.append(i)
        sent.append(s)
    orth = names(cols[0])
    head = [i + h for i, h in enumerate(heads)]
    # children as one flat list grouped by head (one list per token would be 20,000 objects
    # on a long article, and their allocation triggers full garbage collections)
    n = len(orth)
    kid_start = [0] * (n + 1)
    for i, h in enumerate(head):
        if h != i:
            kid_start[h + 1] += 1
    for i in range(n):
        kid_start[i + 1] += kid_start[i]
    fill = kid_start[:-1]
    kid_list = [0] * kid_start[n]
    for i, h in enumerate(head):
        if h != i:
            kid_list[fill[h]] = i
            fill[h] += 1
    ent_type, ent_iob = names(cols[7]), cols[8]
    entities: dict[str, list[tuple[int, int]]] = {}
    open_at = -1
    for i, iob in enumerate([*ent_iob, 3]):
        if open_at >= 0 and iob != 1:
            entities.setdefault(ent_type[open_at], []).append((open_at, i))
            open_at = -1
        if iob == 3 and i < len(ent_iob):
            open_at = i
    return DocTable(
        text=doc.text if text is None else text,
        orth=orth,
        lower=[w.lower() for w in orth],
        lemma=names(cols[2]),
        pos=names(cols[3]),
        dep=names(cols[4]),
        head=head,
        idx=cols[6],
        ent_type=ent_type,
        ent_iob=ent_iob,
        sent=sent,
        sent_starts=starts,
        kid_list=kid_list,
        kid_start=kid_start,
        entities=entities,
    )
