"""The ``realpolitik`` command: a thin shell over the library.

Each command parses its options, calls one library function and prints. A
:class:`~realpolitik.errors.RealpolitikError` becomes one line on stderr and
an exit code; ``--traceback`` shows the full trace.

Exit codes: 0 success; 1 some inputs of a batch failed (the rest was coded);
2 usage error; 65 bad input (nothing could be read or coded); 70 internal
error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .config import Settings
from .errors import RealpolitikError
from .models import CodedArticle, Failure

DEFAULTS = Settings()

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 65
EXIT_INTERNAL = 70

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    traceback = False


def _fail(message: str, code: int) -> None:
    click.echo(f"realpolitik: {message}", err=True)
    sys.exit(code)


def _run(func: Callable[[], int | None]) -> None:
    """Run a command body, turning errors into one line and an exit code."""
    try:
        code = func()
    except RealpolitikError as exc:
        if _State.traceback:
            raise
        _fail(str(exc), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        _fail("interrupted; everything committed before the interruption is kept", 130)
    except (click.ClickException, click.exceptions.Exit):
        raise
    except Exception as exc:
        if _State.traceback:
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} (rerun with --traceback and report it)",
            EXIT_INTERNAL,
        )
    else:
        sys.exit(code or EXIT_OK)


def settings_options(func: F) -> F:
    """Options shared by the commands that read and code articles."""
    options = [
        click.option(
            "--model",
            default=DEFAULTS.model,
            show_default=True,
            help="Installed spaCy pipeline to use.",
        ),
        click.option(
            "--processes",
            "n_process",
            type=click.IntRange(1),
            default=1,
            show_default=True,
            help="Processes for spaCy's nlp.pipe.",
        ),
        click.option(
            "--batch-size",
            type=click.IntRange(1),
            default=DEFAULTS.batch_size,
            show_default=True,
            help="Articles per batch.",
        ),
        click.option(
            "--encoding",
            default="utf-8",
            show_default=True,
            help="Encoding of text, CSV and JSONL inputs.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(1),
            default=DEFAULTS.max_bytes,
            show_default=True,
            help="Largest input file or page.",
        ),
        click.option(
            "--text-column",
            default="text",
            show_default=True,
            help="JSONL/CSV column holding the article text.",
        ),
        click.option(
            "--id-column",
            default="id",
            show_default=True,
            help="JSONL/CSV column holding the record id.",
        ),
        click.option(
            "--date-column",
            default="published",
            show_default=True,
            help="JSONL/CSV column holding the publication date.",
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            default=DEFAULTS.min_confidence,
            show_default=True,
            help="Drop events below this confidence.",
        ),
        click.option(
            "--min-chars",
            type=click.IntRange(1),
            default=DEFAULTS.min_chars,
            show_default=True,
            help="Skip texts shorter than this many characters.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _settings(kwargs: dict[str, Any]) -> Settings:
    names = (
        "min_chars",
        "model",
        "n_process",
        "batch_size",
        "encoding",
        "max_bytes",
        "text_column",
        "id_column",
        "date_column",
        "min_confidence",
    )
    return Settings(**{name: kwargs.pop(name) for name in names})


def filter_options(func: F) -> F:
    """Filters shared by the query and export commands."""
    options = [
        click.option("--actor", help="Actor code or name (PRK, 'Kim Jong-un')."),
        click.option("--recipient", help="Recipient code or name."),
        click.option("--type", "types", multiple=True, help="PLOVER event type; repeatable."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="From this date."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Up to this date."),
        click.option("--speaker", help="Quote speaker name (substring)."),
        click.option("--country", help="Quote speaker country code."),
        click.option("--text", help="Text in the sentence, quote or title."),
        click.option("--article", "article_id", help="Only this article id."),
        click.option("--limit", type=click.IntRange(1), default=None, help="At most N rows."),
        click.option(
            "--all-mentions", is_flag=True, help="Show every mention instead of merged events."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(kwargs: dict[str, Any]) -> Any:
    from .store import Filters

    since = kwargs.pop("since")
    until = kwargs.pop("until")
    return Filters(
        actor=kwargs.pop("actor"),
        recipient=kwargs.pop("recipient"),
        type=tuple(t.upper() for t in kwargs.pop("types")),
        since=since.date() if since else None,
        until=until.date() if until else None,
        speaker=kwargs.pop("speaker"),
        country=kwargs.pop("country"),
        text=kwargs.pop("text"),
        article_id=kwargs.pop("article_id"),
        limit=kwargs.pop("limit"),
        merged=not kwargs.pop("all_mentions"),
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="realpolitik")
@click.option("-v", "--verbose", count=True, help="-v for info, -vv for debug logging.")
@click.option("--traceback", is_flag=True, help="Show the full trace of an error.")
def cli(verbose: int, traceback: bool) -> None:
    """realpolitik: international news in, sourced PLOVER event data out.

    Example:

        realpolitik code article.txt --format table
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if verbose < 2:
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    _State.traceback = traceback


# --------------------------------------------------------------------------- code


@cli.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@settings_options
def code_cmd(inputs: tuple[str, ...], fmt: str, out: Path | None, **kwargs: Any) -> None:
    """Code articles without storing them and print what was found.

    INPUT is a file (.txt, .html, .jsonl, .csv), a folder, a URL or - for
    stdin. For JSONL input the output has one JSON line per input line with
    the input's id and the article, events, quotes and amounts found.

    Example:

        realpolitik code article.txt --format json
    """
    settings = _settings(kwargs)

    def body() -> int:
        from .ingest import read_inputs
        from .pipeline import Pipeline

        results = Pipeline(settings=settings).code_stream(read_inputs(inputs, settings))
        with _output(out) as stream:
            coded, failed = _write_coded(results, fmt, stream)
        return _batch_exit(coded, failed, single=_single_input(inputs))

    _run(body)


def _single_input(inputs: tuple[str, ...]) -> bool:
    if len(inputs) != 1:
        return False
    path = Path(inputs[0])
    return not path.is_dir() and path.suffix.lower() not in {".jsonl", ".ndjson", ".csv"}


def _batch_exit(coded: int, failed: list[Failure], *, single: bool) -> int:
    for failure in failed:
        click.echo(f"realpolitik: {failure.error}", err=True)
    real = [f for f in failed if not f.skipped]
    if coded == 0 and (failed or single):
        return EXIT_BAD_INPUT  # nothing could be coded
    return EXIT_PARTIAL if real else EXIT_OK


def _write_coded(
    results: Iterable[CodedArticle | Failure], fmt: str, stream: Any
) -> tuple[int, list[Failure]]:
    from .serialize import coded_record

    coded = 0
    failed: list[Failure] = []
    collected: list[dict[str, Any]] = []
    for result in results:
        if isinstance(result, Failure):
            failed.append(result)
            if fmt == "jsonl":
                record = {
                    "id": result.input,
                    "error": result.error,
                    "skipped": result.skipped,
                    "article": None,
                    "events": [],
                    "quotes": [],
                    "amounts": [],
                }
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        coded += 1
        if fmt == "jsonl":
            stream.write(json.dumps(coded_record(result), ensure_ascii=False) + "\n")
        elif fmt == "json":
            collected.append(coded_record(result))
        else:
            stream.write(_coded_table(result))
    if fmt == "json":
        payload: Any = collected[0] if len(collected) == 1 else collected
        stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return coded, failed


def _coded_table(coded: CodedArticle) -> str:
    from .serialize import event_record

    art = coded.article
    lines = [
        f"== {art.title or '(no title)'}",
        f"   id {art.id}  published {art.published or '?'}  outlet {art.outlet or '?'}"
        f"  author {art.author or '?'}",
    ]
    lines += [f"   warning: {w}" for w in coded.warnings]
    lines.append(f"-- events ({len(coded.events)})")
    for event in coded.events:
        rec = event_record(event)
        lines.append(
            f"   {','.join(rec['actor']) or '-':<9} {event.event:<9} "
            f"{','.join(rec['recipient']) or '-':<9} {event.mode or '':<10} "
            f"{rec['date'] or '':<10} trigger={event.trigger!r} rule={event.rule}"
        )
        lines.append(f"      \u2514 {_clip(event.sentence_text, 110)}")
    lines.append(f"-- quotes ({len(coded.quotes)})")
    for quote in coded.quotes:
        lines.append(
            f"   [{quote.type}] {quote.speaker.name} ({quote.cue}): {_clip(quote.content, 90)}"
        )
    lines.append(f"-- amounts ({len(coded.amounts)})")
    for amount in coded.amounts:
        lines.append(
            f"   {amount.text!r} = {amount.value:g} {amount.unit} of {amount.object!r}"
            f" actors={','.join(amount.actors)} partners={','.join(amount.partners)}"
        )
    return "\n".join(lines) + "\n\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


class _output:
    """stdout or a file, as a context manager."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.handle: Any = None

    def __enter__(self) -> Any:
        if self.path is None:
            return sys.stdout
        self.handle = self.path.open("w", encoding="utf-8")
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


# --------------------------------------------------------------------------- ingest


@cli.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", required=True, help="SQLite file or postgresql:// URL.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal).",
)
@settings_options
def ingest_cmd(inputs: tuple[str, ...], db: str, progress: bool | None, **kwargs: Any) -> None:
    """Code articles and store them; a rerun skips what is already stored.

    Example:

        realpolitik ingest news/ reuters.csv --db news.db
    """
    settings = _settings(kwargs)

    def body() -> int:
        from .batch import ingest
        from .store import Store

        show = sys.stderr.isatty() if progress is None else progress
        with Store.open(db) as store, _ProgressBar(_count_records(inputs), show) as bar:
            report = ingest(inputs, store, settings=settings, progress=bar.update)
        click.echo(
            f"{report.articles} articles coded ({report.already_stored} already stored), "
            f"{report.events} events, {report.quotes} quotes, {report.amounts} amounts; "
            f"{report.skipped} skipped, {report.failed} failed; "
            f"{report.duplicates} reprints joined a story, "
            f"{report.merged_events} event mentions merged",
            err=True,
        )
        _echo_failures(report.failures, report.failed + report.skipped, report.reasons)
        if report.articles == 0 and report.already_stored == 0 and report.failed:
            return EXIT_BAD_INPUT
        return EXIT_PARTIAL if report.failed else EXIT_OK

    _run(body)


#: Failures an ingest run lists one per line, each naming its input and the fix; past
#: this many the rest are counted by reason.
FAILURES_LISTED = 20


def _echo_failures(failures: Sequence[Failure], total: int, reasons: Counter[str]) -> None:
    for failure in failures[:FAILURES_LISTED]:
        click.echo(f"  {failure.error}", err=True)
    if total > FAILURES_LISTED:
        click.echo(f"  ... and {total - FAILURES_LISTED} more; all, by reason:", err=True)
        for reason, count in reasons.most_common(10):
            click.echo(f"  {count:>7} x {reason}", err=True)


def _count_records(inputs: Iterable[str]) -> int | None:
    """A quick count of the records in the inputs, for the progress bar's ETA."""
    from .batch import count_records

    try:
        return count_records(inputs)
    except (OSError, RealpolitikError):
        return None


class _ProgressBar:
    """A tqdm bar on stderr fed by IngestReport counters (rate and ETA)."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.bar: Any = None
        self.done = 0

    def __enter__(self) -> _ProgressBar:
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="art", file=sys.stderr, dynamic_ncols=True)
        return self

    def update(self, report: Any) -> None:
        if self.bar is None:
            return
        done = report.articles + report.already_stored + report.skipped + report.failed
        self.bar.update(done - self.done)
        self.done = done
        self.bar.set_postfix(events=report.events, failed=report.failed, refresh=False)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------- queries


def _query_command(kind: str) -> Callable[..., None]:
    @click.option("--db", required=True, help="SQLite file or postgresql:// URL.")
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output format.",
    )
    @filter_options
    def command(db: str, fmt: str, **kwargs: Any) -> None:
        filters = _filters(kwargs)

        def body() -> int:
            from .store import Store

            with Store.open(db, readonly=True) as store:
                rows = list(_query_rows(store, kind, filters))
            _print_rows(rows, fmt, kind)
            return EXIT_OK

        _run(body)

    return command


def _query_rows(store: Any, kind: str, filters: Any) -> Iterator[dict[str, Any]]:
    from .models import to_dict
    from .serialize import event_record

    if kind == "events":
        for event in store.events(filters):
            rec = event_record(event)
            yield {
                "id": event.id,
                "date": rec["date"],
                "actor": ";".join(rec["actor"]),
                "event": event.event,
                "recipient": ";".join(rec["recipient"]),
                "mode": event.mode,
                "trigger": event.trigger,
                "mentions": event.mentions,
                "rule": event.rule,
                "article_id": event.provenance.article_id,
                "sentence": event.sentence_text,
            }
    elif kind == "amounts":
        from .export import amount_row

        yield from (amount_row(a) for a in store.amounts(filters))
    elif kind == "quotes":
        for quote in store.quotes(filters):
            yield {
                "id": quote.id,
                "type": quote.type,
                "speaker": quote.speaker.name,
                "role": quote.speaker.role,
                "country": quote.speaker.country,
                "cue": quote.cue,
                "content": quote.content,
                "article_id": quote.provenance.article_id,
            }
    else:
        for article in store.articles(filters):
            rec = to_dict(article)
            yield {key: rec[key] for key in ("id", "published", "title", "outlet", "author", "url")}


def _print_rows(rows: list[dict[str, Any]], fmt: str, kind: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        click.echo(_table(rows))
        click.echo(f"({len(rows)} {kind})", err=True)


def _table(rows: list[dict[str, Any]], width: int = 60) -> str:
    if not rows:
        return ""
    keys = list(rows[0])
    cells = [
        [_clip(str(row[k] if row[k] is not None else ""), width) for k in keys] for row in rows
    ]
    widths = [max(len(k), *(len(c[i]) for c in cells)) for i, k in enumerate(keys)]
    lines = ["  ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


for _kind, _example in (
    ("events", "realpolitik events --db news.db --actor PRK --type AID --format table"),
    ("quotes", "realpolitik quotes --db news.db --speaker Easley"),
    ("amounts", "realpolitik amounts --db news.db --actor PRK --format csv"),
    ("articles", "realpolitik articles --db news.db --since 2017-12-01 --format csv"),
):
    cli.command(
        _kind,
        help=f"List stored {_kind}, filtered.\n\nExample:\n\n    {_example}",
    )(_query_command(_kind))


# --------------------------------------------------------------------------- export


@cli.command("export")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "gdelt"]),
    required=True,
    help="jsonl: PLOVER JSON; gdelt: the 61-column GDELT 2.0 layout.",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write."
)
@click.option(
    "--what",
    type=click.Choice(["events", "quotes", "amounts"]),
    default="events",
    show_default=True,
    help="Which records; quotes and amounts export as jsonl, csv or parquet rows.",
)
@filter_options
def export_cmd(db: str, fmt: str, out: Path, what: str, **kwargs: Any) -> None:
    """Export stored events (or quotes, or amounts).

    Example:

        realpolitik export --db news.db --format gdelt --out events.tsv
    """
    filters = _filters(kwargs)

    def body() -> int:
        from .export import export, export_records
        from .store import Store

        with Store.open(db, readonly=True) as store:
            if what == "events":
                rows = export(store, fmt, out, filters)
            else:
                rows = export_records(store, what, fmt, out, filters)
        click.echo(f"wrote {rows} {what} to {out}", err=True)
        return EXIT_OK

    _run(body)


# --------------------------------------------------------------------------- evaluate


@cli.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--errors",
    is_flag=True,
    help="After the table, list each text whose events differ from its gold: the gold "
    "events missed and the predictions matched by none, with their rules.",
)
@click.option("--model", default=DEFAULTS.model, show_default=True, help="spaCy pipeline.")
def evaluate_cmd(gold: Path, fmt: str, errors: bool, model: str) -> None:
    """Score the event coder on a gold JSONL file (CONVENTIONS.md A).

    Prints type-level and country-level triple precision, recall and F1, and
    a per-type table; --errors lists what was missed and what was extra, text
    by text. The JSON form always holds every text's gold, predictions (with
    their rules), misses and extras.

    Example:

        realpolitik evaluate ../shared/gold/plover-gsr-dev.jsonl --errors
    """

    def body() -> int:
        from .evaluate import evaluate_file, format_errors, format_report, report_dict

        report = evaluate_file(gold, Settings(model=model))
        if fmt == "json":
            click.echo(json.dumps(report_dict(report), indent=2))
        else:
            click.echo(format_report(report))
            if errors:
                click.echo("\nerrors (missed: gold not found; extra: found, not in gold):")
                click.echo(format_errors(report) or "none")
        return EXIT_OK

    _run(body)


# --------------------------------------------------------------------------- settings


@cli.command("settings")
def settings_cmd() -> None:
    """List every setting with its default and help.

    Example:

        realpolitik settings
    """
    from .config import describe_settings

    for info in describe_settings():
        click.echo(f"{info.name:<16} {info.default!s:<26} {info.help}")


def _register_analysis() -> None:
    from .cli_analysis import register

    register(cli)


_register_analysis()
for _command in cli.commands.values():
    # -h works on every command, also when a command is invoked on its own
    _command.context_settings.setdefault("help_option_names", ["-h", "--help"])


def main() -> None:
    """Console entry point."""
    cli(prog_name="realpolitik")
