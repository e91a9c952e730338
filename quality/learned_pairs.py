"""Would a learned model add events the rules miss? A cross-validated measurement.

    python quality/learned_pairs.py GOLD.jsonl [GOLD.jsonl ...] [--folds 4]

Needs scikit-learn, which realpolitik does not depend on (``pip install
scikit-learn``). With several gold files each file is one fold (leave one file
out); with one file its rows are dealt into ``--folds`` folds.

For every text, each ordered pair of country codes that the actor resolver finds in
one sentence (and each code with an empty other side) is a candidate. Its features
are the lemmas on the dependency path between the two mentions, their dependency
labels, their lowest common ancestor and the sentence's verbs and nouns. One
logistic regression per event type, trained on the other folds, scores the
candidates of the held-out fold. The script prints, at several probability
thresholds, the country-level triple scores of the rules alone, of the model
alone, and of the rules with the model's triples added, and how many of the added
triples are right. It never changes the coder; it answers whether such a model is
worth shipping (docs/quality.md gives the answer measured on the project's sets).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TYPES = (
    *("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"),
    *("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
)
THRESHOLDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
Triple = tuple[str, frozenset[str], frozenset[str]]


def _up(token: Any, stop: Any) -> list[Any]:
    path = []
    while token.i != stop.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _ancestor(a: Any, b: Any) -> Any:
    seen = {a.i, *(t.i for t in a.ancestors)}
    for t in [b, *b.ancestors]:
        if t.i in seen:
            return t
    return a.sent.root


def pair_features(actor: Any, recipient: Any) -> set[str]:
    """Path features between two mention heads; one may be None (an empty side)."""
    if actor is None or recipient is None:
        side, head = ("a", actor) if recipient is None else ("r", recipient)
        feats = {f"root{side}:{head.sent.root.lemma_.lower()}"}
        for step, t in enumerate([head, *head.ancestors]):
            if step == 4 or t.head.i == t.i:
                break
            feats.add(f"up{side}:{t.dep_}|{t.head.lemma_.lower()}")
        return feats
    top = _ancestor(actor, recipient)
    up_a, up_r = _up(actor, top), _up(recipient, top)
    dep_a = up_a[-1].dep_ if up_a else "self"
    dep_r = up_r[-1].dep_ if up_r else "self"
    lemma = top.lemma_.lower()
    feats = {f"lca:{lemma}", f"da:{dep_a}", f"dr:{dep_r}", f"lda:{lemma}|{dep_a}|{dep_r}"}
    feats |= {f"pa:{t.lemma_.lower()}" for t in up_a[1:]}
    feats |= {f"pr:{t.lemma_.lower()}" for t in up_r[1:]}
    feats |= {f"prep:{t.head.lemma_.lower()}" for t in up_r if t.dep_ == "pobj"}
    feats.add(f"len:{min(len(up_a) + len(up_r), 6)}")
    return feats


def read_texts(paths: list[Path], folds: int) -> list[dict[str, Any]]:
    """Parse and code every gold row; keep its gold and rule triples and candidates."""
    from realpolitik.actors import ActorResolver
    from realpolitik.coders.events import code_events
    from realpolitik.coders.places import code_places
    from realpolitik.config import Settings
    from realpolitik.evaluate import event_triple, gold_triples, read_gold
    from realpolitik.ingest.records import make_article
    from realpolitik.nlp import parse

    threshold = Settings().min_confidence
    resolver = ActorResolver()
    data: list[dict[str, Any]] = []
    for number, path in enumerate(paths):
        rows = read_gold(path)
        articles = [make_article(str(r["text"]), source_id=str(r.get("id", ""))) for r in rows]
        for index, (row, article, doc) in enumerate(
            zip(rows, articles, parse([a.text for a in articles]), strict=True)
        ):
            actors = resolver.resolve(doc, article)
            events = code_events(doc, article, actors, (), code_places(doc, article, actors))
            candidates: dict[tuple[str, str], set[str]] = {}
            for sent in doc.sents:
                heads = []
                for m in actors.mentions:
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if m.code and span is not None and sent.start <= span.root.i < sent.end:
                        heads.append((m.code, span.root))
                words = {f"w:{t.lemma_.lower()}" for t in sent if t.pos_ in ("VERB", "NOUN")}
                for code_a, head_a in heads:
                    for code_r, head_r in heads:
                        if head_a.i != head_r.i:
                            feats = pair_features(head_a, head_r) | words
                            if code_a == code_r:
                                feats.add("same")
                            candidates.setdefault((code_a, code_r), set()).update(feats)
                    candidates.setdefault((code_a, ""), set()).update(
                        pair_features(head_a, None) | words
                    )
                    candidates.setdefault(("", code_a), set()).update(
                        pair_features(None, head_a) | words
                    )
            data.append(
                {
                    "fold": number if len(paths) > 1 else index % folds,
                    "gold": gold_triples(row),
                    "rules": [event_triple(e) for e in events if e.confidence >= threshold],
                    "candidates": candidates,
                }
            )
    return data


def _triple(event: str, actor: str, recipient: str) -> Triple:
    return (event, frozenset([actor] if actor else []), frozenset([recipient] if recipient else []))


def cross_validate(data: list[dict[str, Any]]) -> tuple[list[tuple[int, str, str]], Any]:
    """Out-of-fold probabilities of every candidate for every type."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels, folds, keys = [], [], [], []
    for number, item in enumerate(data):
        gold = set(item["gold"])
        for (actor, recipient), feats in item["candidates"].items():
            rows.append(dict.fromkeys(feats, 1))
            labels.append([int(_triple(t, actor, recipient) in gold) for t in TYPES])
            folds.append(item["fold"])
            keys.append((number, actor, recipient))
    x = DictVectorizer().fit_transform(rows)
    y, fold = np.array(labels), np.array(folds)
    probs = np.zeros(y.shape)
    for held in sorted(set(folds)):
        train, test = fold != held, fold == held
        for j in range(len(TYPES)):
            if y[train, j].sum() >= 3 and test.any():
                model = LogisticRegression(max_iter=2000).fit(x[train], y[train, j])
                probs[test, j] = model.predict_proba(x[test])[:, 1]
    return keys, probs


def score(data: list[dict[str, Any]], added: dict[int, list[Triple]], rules: bool) -> str:
    tp = fp = fn = new_tp = new_fp = 0
    for number, item in enumerate(data):
        base = list(item["rules"]) if rules else []
        predicted = base + [t for t in added.get(number, []) if t not in base]
        left = Counter(item["gold"])
        for t in predicted:
            right = left[t] > 0
            if right:
                left[t] -= 1
            tp, fp = tp + right, fp + (not right)
            if t not in base:
                new_tp, new_fp = new_tp + right, new_fp + (not right)
        fn += sum(left.values())
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    return f"P {p:.3f} R {r:.3f} F1 {f1:.3f} | model's triples right {new_tp} wrong {new_fp}"


def report(
    data: list[dict[str, Any]], keys: list[tuple[int, str, str]], probs: Any
) -> Iterable[str]:
    yield f"texts {len(data)}, gold triples {sum(len(d['gold']) for d in data)}"
    yield f"rules alone            {score(data, {}, rules=True)}"
    for threshold in THRESHOLDS:
        added: dict[int, list[Triple]] = {}
        for (number, actor, recipient), row in zip(keys, probs, strict=True):
            for j, event in enumerate(TYPES):
                if row[j] >= threshold:
                    added.setdefault(number, []).append(_triple(event, actor, recipient))
        yield f"p >= {threshold:.1f} model alone  {score(data, added, rules=False)}"
        yield f"p >= {threshold:.1f} rules + model {score(data, added, rules=True)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--folds", type=int, default=4)
    args = parser.parse_args()
    missing = [p for p in args.gold if not p.exists()]
    if missing:
        sys.exit(f"{missing[0]}: not found; pass gold JSONL files")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("scikit-learn is not installed; run: pip install scikit-learn")
    data = read_texts(args.gold, args.folds)
    keys, probs = cross_validate(data)
    for line in report(data, keys, probs):
        print(line)


if __name__ == "__main__":
    main()
