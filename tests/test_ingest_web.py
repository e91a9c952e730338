"""URLs and feeds, against a local HTTP server on 127.0.0.1 (never the network)."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from realpolitik.config import Settings
from realpolitik.errors import FetchError, UnreadableInput
from realpolitik.ingest import read_input, read_inputs
from realpolitik.ingest.web import FULL_CONTENT_CHARS, fetch
from realpolitik.models import Article, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (FIXTURES / "article.html").read_bytes()
PLAIN = (FIXTURES / "byline.txt").read_bytes()

FULL_TEXT = " ".join(
    [
        "<p>CANBERRA — Australia and Indonesia signed a defence cooperation agreement on",
        "Thursday, allowing their forces to train in each other's territory.</p>",
    ]
    + [
        "<p>The agreement, signed in Canberra by the two defence ministers, follows two years",
        "of negotiations and sets out rules for joint exercises and port visits.</p>",
    ]
    * 4
)

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Harbour Wire</title>
<link>{base}/</link>
<description>Test feed</description>
<item>
  <title>Japan and South Korea Resume Security Talks</title>
  <link>{base}/article.html</link>
  <description>Short teaser.</description>
  <pubDate>Mon, 20 Nov 2023 06:30:00 +0900</pubDate>
</item>
<item>
  <title>Australia and Indonesia Sign Defence Pact</title>
  <link>{base}/article.html?full=1</link>
  <pubDate>Thu, 23 Nov 2023 08:00:00 +0000</pubDate>
  <content:encoded><![CDATA[{full}]]></content:encoded>
</item>
<item>
  <title>Gone</title>
  <link>{base}/missing</link>
</item>
</channel>
</rss>
"""


class _Server(http.server.ThreadingHTTPServer):
    requests: list[tuple[str, str]]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.server.requests.append((self.path, self.headers.get("User-Agent", "")))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        try:
            self._route(base)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client stopped reading, as it should past the size limit

    def _route(self, base: str) -> None:
        path = self.path
        if path.startswith("/article.html"):
            self._send(200, ARTICLE, "text/html; charset=utf-8")
        elif path == "/plain.txt":
            self._send(200, PLAIN, "text/plain; charset=utf-8")
        elif path in ("/feed.xml", "/feed-as-text-xml"):
            body = FEED.format(base=base, full=FULL_TEXT).encode()
            kind = "application/rss+xml" if path == "/feed.xml" else "text/xml"
            self._send(200, body, kind)
        elif path == "/redirect":
            self._redirect("/article.html")
        elif path == "/loop":
            self._redirect("/loop2")
        elif path == "/loop2":
            self._redirect(f"{base}/loop")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file")
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the client must count
            for _ in range(100):
                self.wfile.write(b"<p>" + b"word " * 2000 + b"</p>")
        elif path == "/big-declared":
            self._send(200, b"<p>tiny</p>", "text/html", length="10000000")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, ARTICLE, "text/html")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def base(server: _Server, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    server.requests.clear()
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_html_page(base: str, server: _Server) -> None:
    (article,) = list(read_input(f"{base}/article.html"))
    assert isinstance(article, Article)
    assert article.title == "Japan and South Korea Resume Security Talks"
    assert article.source_id == f"{base}/article.html"
    assert article.url == "https://harbour.example/asia/japan-korea-talks"  # canonical link
    assert article.dateline == "TOKYO"
    (path, agent), *_ = server.requests
    assert path == "/article.html" and agent.startswith("realpolitik/")


def test_plain_text_page(base: str) -> None:
    (article,) = list(read_input(f"{base}/plain.txt"))
    assert isinstance(article, Article)
    assert article.author == "Piotr Nowak and Anna Kowalska" and article.url == f"{base}/plain.txt"


def test_redirect_is_followed(base: str) -> None:
    page = fetch(f"{base}/redirect", Settings())
    assert page.url == f"{base}/article.html" and page.body == ARTICLE


@pytest.mark.parametrize("path", ["/feed.xml", "/feed-as-text-xml"])
def test_feed_entries(base: str, server: _Server, path: str) -> None:
    records = list(read_input(f"{base}{path}"))
    assert len(records) == 3
    fetched, full, gone = records
    assert isinstance(fetched, Article)
    assert fetched.title == "Japan and South Korea Resume Security Talks"
    assert fetched.outlet == "The Harbour Times"  # the page's own site name wins
    assert isinstance(full, Article)
    assert len(full.text) >= FULL_CONTENT_CHARS
    assert full.text.startswith("CANBERRA — Australia and Indonesia signed")
    assert full.text.count("\n\n") == 4
    assert (full.title, full.outlet, full.dateline) == (
        "Australia and Indonesia Sign Defence Pact",
        "Harbour Wire",
        "CANBERRA",
    )
    assert full.published is not None and full.published.isoformat() == "2023-11-23"
    assert full.url == f"{base}/article.html?full=1"
    assert isinstance(gone, Failure) and gone.stage == "fetch" and gone.input == f"{base}/missing"
    assert "HTTP 404" in gone.error
    paths = [p for p, _ in server.requests]
    assert "/article.html?full=1" not in paths  # full content is used without fetching
    assert paths.count("/article.html") == 1


def test_redirect_loop(base: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"{base}/loop", Settings(max_redirects=3))
    assert str(caught.value) == (
        f"{base}/loop: more than 3 redirects (a redirect loop?); "
        "check the address or raise --max-redirects"
    )


def test_redirect_to_another_scheme(base: str) -> None:
    with pytest.raises(FetchError, match="which is not an http"):
        fetch(f"{base}/to-ftp", Settings())


def test_oversized_page_stops_reading(base: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"{base}/big", Settings(max_bytes=50_000))
    assert str(caught.value) == (
        f"{base}/big: the page is more than 0.1 MB, over the 0.1 MB limit; "
        "raise --max-bytes to fetch it"
    )
    with pytest.raises(FetchError, match=r"the page is 10\.0 MB, over the 5\.0 MB limit"):
        fetch(f"{base}/big-declared", Settings())


def test_not_found(base: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_input(f"{base}/nothing-here")
    assert str(caught.value) == (
        f"{base}/nothing-here: the server answered HTTP 404 Not Found; check the address"
    )


def test_unsupported_content_type(base: str) -> None:
    with pytest.raises(UnreadableInput, match="the page is image/png, not HTML, text or a feed"):
        read_input(f"{base}/image.png")


def test_timeout(base: str) -> None:
    with pytest.raises(FetchError, match=r"no answer within 0\.3 s; try again later"):
        fetch(f"{base}/slow", Settings(timeout=0.3))


def test_unreachable_url() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    with pytest.raises(FetchError) as caught:
        read_input(url)
    message = str(caught.value)
    assert message.startswith(f"{url}: could not connect (")
    assert message.endswith("); check the address or your network")
    (failure,) = list(read_inputs([url]))
    assert isinstance(failure, Failure) and failure.stage == "fetch" and failure.error == message


def test_other_schemes_are_refused() -> None:
    with pytest.raises(UnreadableInput, match="only http and https URLs can be fetched"):
        read_input("ftp://example.org/news.txt")
