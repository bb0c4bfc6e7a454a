"""Offline and safe by construction.

``translate``, ``check``, ``build``, ``status`` and ``eval`` run end to end (with the copy model
where one is needed) without a single connection attempt or name lookup; ``check`` and
``--help`` never import the translation stack; no shell is ever started with user data; and
paths found in PO references (``#:`` lines) are never opened.
"""
from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

from reltrans.cli import cli
from reltrans.errors import EXIT_FINDINGS, EXIT_OK

SRC = Path(__file__).resolve().parents[1] / "src"
SOURCE_TEXT = "L'OIM aide les migrants.\n\nLe HCR protège les réfugiés à Genève.\n"


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record every connection attempt and name lookup (and refuse them)."""
    seen: list[str] = []

    def refuse(what: str) -> Any:
        seen.append(what)
        raise OSError(f"network attempt recorded: {what}")

    monkeypatch.setattr(socket.socket, "connect", lambda self, address: refuse(f"connect {address!r}"))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: refuse(f"connect_ex {address!r}"))
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(f"create_connection {address!r}"))
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: refuse(f"getaddrinfo {host!r}"))
    monkeypatch.setattr(socket, "gethostbyname", lambda host: refuse(f"gethostbyname {host!r}"))
    yield seen


def _workflow(folder: Path) -> dict[str, list[str]]:
    source = folder / "release.fr.txt"
    po = folder / "release.fr.en.po"
    return {
        "translate": ["translate", str(source), "-q"],
        "check": ["check", str(po)],
        "status": ["status", str(po)],
        "build": ["build", str(source), str(po), "--allow-fuzzy", "-o", str(folder / "release.en.txt")],
        "eval": ["eval", "--source", str(source), "--reference", str(folder / "reference.en.txt")],
        "eval-po": ["eval", "--po", str(po)],
    }


def test_whole_workflow_makes_no_network_attempt(tmp_path: Path, argos_dir: Path, attempts: list[str]) -> None:
    (tmp_path / "release.fr.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (tmp_path / "reference.en.txt").write_text("IOM helps migrants.\n\nUNHCR protects refugees in Geneva.\n", encoding="utf-8")
    runner = CliRunner()
    codes = {}
    for name, args in _workflow(tmp_path).items():
        result = runner.invoke(cli, args)
        codes[name] = result.exit_code
        assert "Traceback" not in result.output, (name, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (name, result.exception)
    assert codes["translate"] == EXIT_OK and codes["build"] == EXIT_OK and codes["status"] == EXIT_OK
    assert codes["check"] in (EXIT_OK, EXIT_FINDINGS) and codes["eval"] == EXIT_OK, codes
    assert (tmp_path / "release.en.txt").exists()
    assert attempts == []


def test_the_recorder_does_see_an_attempt(attempts: list[str]) -> None:
    """The guard of the test above is live: a lookup is recorded."""
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    assert attempts == ["getaddrinfo 'example.org'"]


def _modules_after(args: list[str]) -> set[str]:
    script = (
        "import sys\n"
        "from reltrans.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('ctranslate2', 'argostranslate', 'sentencepiece', 'torch', 'stanza')\n"
        "sys.__stdout__.write('MODULES ' + ' '.join(m for m in sys.modules if m.split('.')[0] in heavy) + '\\n')\n"
    )
    env = {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES"))
    return set(line.split()[1:])


@pytest.mark.parametrize(
    "args",
    [["--help"], ["check", "--help"], ["check", "{po}"], ["check", "{po}", "--format", "sarif"], ["status", "{po}"], ["build", "{src}", "{po}", "--fallback-source"]],
    ids=["help", "check-help", "check", "check-sarif", "status", "build"],
)
def test_commands_without_a_model_do_not_import_the_translation_stack(tmp_path: Path, args: list[str]) -> None:
    source = tmp_path / "release.fr.txt"
    source.write_text(SOURCE_TEXT, encoding="utf-8")
    assert CliRunner().invoke(cli, ["translate", str(source), "--no-mt", "-q"]).exit_code == EXIT_OK
    po = tmp_path / "release.fr.en.po"
    filled = [a.format(po=po, src=source) for a in args]
    assert _modules_after(filled) == set()


def test_no_shell_invocation_in_the_package() -> None:
    pattern = re.compile(r"shell\s*=\s*True|os\.system\s*\(|os\.popen\s*\(|subprocess\.getoutput|subprocess\.getstatusoutput|pty\.spawn")
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted((SRC / "reltrans").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_no_eval_or_pickle_of_data_in_the_package() -> None:
    pattern = re.compile(r"(?<![\w.])(?<!def )(eval|exec)\s*\(|pickle\.loads?\s*\(|yaml\.load\s*\(")
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted((SRC / "reltrans").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []


_opened: list[str] = []
_recording = [False]


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _recording[0] and event == "open" and args and isinstance(args[0], (str, bytes, Path)):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # sees every open(), from Python code and C extensions alike


HOSTILE_PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n'
    '"X-Source-Language: fr\\n"\n\n'
    "#: /etc/passwd:1 ../../x:3 {secret}:1\n"
    "msgid \"L'OIM aide les migrants.\"\nmsgstr \"IOM helps migrants.\"\n\n"
    "#: ../../../../../../../etc/shadow:2\n"
    'msgid "Le HCR protège les réfugiés à Genève."\nmsgstr "UNHCR protects refugees in Geneva."\n'
)


@pytest.mark.parametrize("command", ["build", "check", "status"])
def test_paths_in_po_references_are_never_opened(tmp_path: Path, command: str) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    secret = tmp_path / "x"
    secret.write_text("do not read\n", encoding="utf-8")
    source = work / "release.fr.txt"
    source.write_text(SOURCE_TEXT, encoding="utf-8")
    po = work / "release.fr.en.po"
    po.write_text(HOSTILE_PO.format(secret=secret), encoding="utf-8")
    args = {
        "build": ["build", str(source), str(po), "-o", str(work / "out.txt")],
        "check": ["check", str(po), "--no-bundled-glossary"],
        "status": ["status", str(po)],
    }[command]
    _opened.clear()
    _recording[0] = True
    try:
        result = CliRunner().invoke(cli, args)
    finally:
        _recording[0] = False
    assert result.exit_code in (EXIT_OK, EXIT_FINDINGS), result.output
    forbidden = {"/etc/passwd", "/etc/shadow", str(secret)}
    touched = [p for p in _opened if str(Path(work, p).resolve()) in forbidden or p in forbidden or "passwd" in p or "shadow" in p]
    assert touched == []
    assert str(po) in _opened  # the recorder is live: it saw the PO being read
    if command == "build":
        assert (work / "out.txt").read_text(encoding="utf-8").startswith("IOM helps migrants.")
