"""Index installs on hostile servers (all on the loopback interface, served by the test itself).

Plain http needs ``allow_http``; redirects to another host need ``allow_redirects``; a checksum
in the index entry is verified; the whole download has a deadline; hostile indexes (deep
nesting, oversize, a broken HTTP reply) and hostile archives give one-line errors and write
nothing outside the package.
"""
from __future__ import annotations

import hashlib
import http.server
import json
import threading
import time
import zipfile
from pathlib import Path
from typing import Callable, Iterator

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.engine.packages import fetch_index, install_from_index, list_installed
from reltrans.errors import EXIT_NETWORK, EXIT_OK, NetworkError, PackageArchiveError

pytestmark = pytest.mark.network_loopback

TOP = "translate-fr_en-1_0"
Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class HostileServer:
    """An HTTP server on 127.0.0.1 whose routes are plain bodies or handler functions."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes | Handler] = {}
        self.requests: list[str] = []
        self.stop = threading.Event()
        server = self

        class RequestHandler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                elif callable(route):
                    route(self)
                else:
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(route)))
                    self.end_headers()
                    self.wfile.write(route)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, client_address: None  # clients hanging up early is the point
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HostileServer]:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    instance = HostileServer()
    try:
        yield instance
    finally:
        instance.close()


def index(links: list[str], **extra: object) -> bytes:
    return json.dumps([{"from_code": "fr", "to_code": "en", "package_version": "1.0", "links": links, **extra}]).encode()


def redirect_to(location: str) -> Handler:
    def handle(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(302)
        request.send_header("Location", location)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return handle


def trickle(stop: threading.Event) -> Handler:
    """Promises 10,000 bytes and sends one byte every 0.2 s (gives up after 20 s)."""

    def handle(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", "10000")
        request.end_headers()
        end = time.monotonic() + 20
        try:
            while not stop.is_set() and time.monotonic() < end:
                request.wfile.write(b"x")
                request.wfile.flush()
                stop.wait(0.2)
        except OSError:
            pass

    return handle


def garbage(request: http.server.BaseHTTPRequestHandler) -> None:
    request.wfile.write(b"THIS IS NOT HTTP\r\n\r\n")


# --------------------------------------------------------------------------- plain http, redirects
def test_plain_http_index_is_refused_without_allow_http(server: HostileServer, copy_package: Path) -> None:
    server.routes["/index.json"] = index([f"{server.url}/p.argosmodel"])
    server.routes["/p.argosmodel"] = copy_package.read_bytes()
    with pytest.raises(NetworkError, match="plain-http") as info:
        install_from_index("fr", "en", index_url=server.url)
    assert "--allow-http" in str(info.value)
    assert server.requests == []
    with pytest.raises(NetworkError, match="plain-http"):
        fetch_index(server.url)
    assert install_from_index("fr", "en", index_url=server.url, allow_http=True).name == TOP


def test_redirect_to_another_host_is_refused_unless_allowed(server: HostileServer, copy_package: Path) -> None:
    server.routes["/index.json"] = index([f"{server.url}/moved.argosmodel"])
    server.routes["/moved.argosmodel"] = redirect_to(f"http://localhost:{server.port}/p.argosmodel")
    server.routes["/p.argosmodel"] = copy_package.read_bytes()
    with pytest.raises(NetworkError, match="refusing redirect from 127.0.0.1 to localhost"):
        install_from_index("fr", "en", index_url=server.url, allow_http=True)
    assert "/p.argosmodel" not in server.requests and list_installed() == []
    installed = install_from_index("fr", "en", index_url=server.url, allow_http=True, allow_redirects=True)
    assert installed.name == TOP


def test_redirect_on_the_same_host_is_followed(server: HostileServer, copy_package: Path) -> None:
    server.routes["/index.json"] = index([f"{server.url}/moved.argosmodel"])
    server.routes["/moved.argosmodel"] = redirect_to(f"{server.url}/p.argosmodel")
    server.routes["/p.argosmodel"] = copy_package.read_bytes()
    assert install_from_index("fr", "en", index_url=server.url, allow_http=True).name == TOP


# --------------------------------------------------------------------------- checksum
def test_checksum_in_the_index_is_verified(server: HostileServer, copy_package: Path) -> None:
    data = copy_package.read_bytes()
    server.routes["/p.argosmodel"] = data
    server.routes["/index.json"] = index([f"{server.url}/p.argosmodel"], sha256="0" * 64)
    with pytest.raises(NetworkError, match="checksum mismatch"):
        install_from_index("fr", "en", index_url=server.url, allow_http=True)
    assert list_installed() == []
    server.routes["/index.json"] = index([f"{server.url}/p.argosmodel"], checksum="sha256:" + hashlib.sha256(data).hexdigest().upper())
    assert install_from_index("fr", "en", index_url=server.url, allow_http=True).name == TOP


def test_malformed_checksum_is_refused(server: HostileServer) -> None:
    server.routes["/index.json"] = index([f"{server.url}/p.argosmodel"], sha256="abc")
    with pytest.raises(NetworkError, match="invalid sha256"):
        install_from_index("fr", "en", index_url=server.url, allow_http=True)


# --------------------------------------------------------------------------- deadline, hostile indexes
def test_trickling_server_hits_the_whole_download_deadline(server: HostileServer) -> None:
    server.routes["/index.json"] = index([f"{server.url}/slow.argosmodel"])
    server.routes["/slow.argosmodel"] = trickle(server.stop)
    with pytest.raises(NetworkError, match="deadline"):
        install_from_index("fr", "en", index_url=server.url, allow_http=True, deadline=1.0)
    assert list_installed() == []


def test_trickling_index_hits_the_deadline(server: HostileServer) -> None:
    server.routes["/index.json"] = trickle(server.stop)
    with pytest.raises(NetworkError, match="deadline"):
        fetch_index(server.url, allow_http=True, deadline=1.0)


def test_deeply_nested_index_is_a_network_error(server: HostileServer) -> None:
    server.routes["/index.json"] = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(NetworkError, match="nested too deeply"):
        fetch_index(server.url, allow_http=True)


def test_index_over_the_size_cap(server: HostileServer) -> None:
    server.routes["/index.json"] = b"[" + b" " * 5000 + b"]"
    with pytest.raises(NetworkError, match="too large"):
        fetch_index(server.url, allow_http=True, max_index_bytes=1000)


def test_broken_http_reply_is_a_network_error(server: HostileServer) -> None:
    server.routes["/index.json"] = garbage
    with pytest.raises(NetworkError, match="download failed"):
        fetch_index(server.url, allow_http=True)


@pytest.mark.parametrize(
    "body",
    [b"[" * 200_000 + b"]" * 200_000, b"[" + b" " * (17 * 1024 * 1024) + b"]"],
    ids=["deep-json", "over-size-cap"],
)
def test_cli_hostile_index_is_one_line_exit_6(server: HostileServer, body: bytes) -> None:
    server.routes["/index.json"] = body
    for args in (["list", "--available"], ["install", "fr", "en"]):
        result = CliRunner().invoke(cli, ["models", *args, "--index-url", server.url, "--allow-http"])
        assert result.exit_code == EXIT_NETWORK, (result.output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "E-NETWORK" in lines[0], result.stderr


def test_cli_refuses_plain_http_and_documents_the_flags(server: HostileServer, copy_package: Path) -> None:
    server.routes["/index.json"] = index([f"{server.url}/p.argosmodel"])
    server.routes["/p.argosmodel"] = copy_package.read_bytes()
    refused = CliRunner().invoke(cli, ["models", "install", "fr", "en", "--index-url", server.url])
    assert refused.exit_code == EXIT_NETWORK and "--allow-http" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    done = CliRunner().invoke(cli, ["models", "install", "fr", "en", "--index-url", server.url, "--allow-http", "--deadline", "60"])
    assert done.exit_code == EXIT_OK, done.output
    helptext = CliRunner().invoke(cli, ["models", "install", "--help"]).output
    for flag in ("--allow-http", "--allow-redirects", "--deadline"):
        assert flag in helptext


# --------------------------------------------------------------------------- hostile archives via the index
@pytest.mark.parametrize("kind", ["double-slash", "absolute", "dotdot"])
def test_hostile_member_names_from_the_index_write_nothing_outside(
    server: HostileServer, copy_package: Path, tmp_path: Path, kind: str
) -> None:
    sentinel = tmp_path / "sentinel"
    sentinel.mkdir()
    name = {"double-slash": f"{TOP}/{sentinel}/x", "absolute": f"{sentinel}/x", "dotdot": f"{TOP}/../../sentinel/x"}[kind]
    archive = tmp_path / "hostile.argosmodel"
    with zipfile.ZipFile(copy_package) as src, zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr(name, b"pwned")
    server.routes["/h.argosmodel"] = archive.read_bytes()
    server.routes["/index.json"] = index([f"{server.url}/h.argosmodel"])
    with pytest.raises(PackageArchiveError, match="unsafe member path"):
        install_from_index("fr", "en", index_url=server.url, allow_http=True)
    assert list(sentinel.iterdir()) == []
    assert list_installed() == []
