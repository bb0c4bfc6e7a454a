"""Reliability matrix, glossaries: ``glossary validate``, ``translate --glossary``,
``check --glossary`` and ``glossary import`` on bad, conflicting and hostile glossaries.

Unreadable or unsafe glossaries: one line naming the file (and line), exit 3, nothing written.
Readable glossaries with errors in their content: ``glossary validate`` lists findings and
exits 1. Hostile TBX (external entities, entity expansion) is refused before anything is read:
the secret file is never opened and never appears in any output.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reltrans.cli import cli
from reltrans.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK

SECRET = "s3cr3t-Reltrans-XXE-canary"
HEADER = '[glossary]\nname = "test"\nlanguages = ["fr", "en"]\n\n'
CONCEPT = '[[concept]]\nid = "{id}"\nsource = "UNTERM"\nfr = ["{fr}"]\nen = ["{en}"]\n{extra}\n'
PO_TEXT = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n'
    '"X-Source-Language: fr\\n"\n\nmsgid "L\'OIM aide."\nmsgstr "IOM helps."\n'
)

_opened: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and args and isinstance(args[0], (str, bytes)) and SECRET.encode() in (
        args[0].encode() if isinstance(args[0], str) else args[0]
    ):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # records any open() of the secret file, from Python or C extensions


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def concept(cid: str, fr: str, en: str, extra: str = "") -> str:
    return CONCEPT.format(id=cid, fr=fr, en=en, extra=extra)


def tbx_with_doctype(doctype: str, term: str) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE martif [\n{doctype}\n]>\n'
        '<martif type="TBX"><text><body><termEntry id="a">'
        f'<langSet xml:lang="fr"><tig><term>{term}</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>x</term></tig></langSet>'
        "</termEntry></body></text></martif>\n"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "release.fr.txt").write_text("L'OIM aide.\n", encoding="utf-8")
    (tmp_path / "release.fr.en.po").write_text(PO_TEXT, encoding="utf-8")
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / SECRET).write_text(f"password={SECRET}\n", encoding="utf-8")
    return tmp_path


def _secret_path(folder: Path) -> Path:
    return folder / "secret" / SECRET


# name -> (file name, content, line of the defect or None, word in the message)
def unreadable_glossaries(folder: Path) -> dict[str, tuple[str, str, int | None, str]]:
    secret = _secret_path(folder).as_uri()
    laughs = "\n".join(
        ['<!ENTITY lol "lol">']
        + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10)]
    )
    return {
        "malformed-toml": ("bad.toml", HEADER + '[[concept]]\nid = "x"\nfr = ["a"\n', 7, "invalid TOML"),
        "duplicate-concept-id": ("dup.toml", HEADER + concept("iom", "OIM", "IOM") + concept("iom", "OIM", "IOM"), 11, "duplicate"),
        "bad-regex": ("regex.toml", HEADER + concept("t", "traite", "trafficking", 'context_before = { fr = "(unclosed" }'), None, "regex"),
        "malformed-tbx": ("bad.tbx", '<?xml version="1.0"?>\n<martif type="TBX">\n<text><body>\n<termEntry id="a"></langSet>\n</body></text></martif>\n', 4, "malformed XML"),
        "tbx-not-tbx": ("html.tbx", "<html><body>hi</body></html>\n", None, "not a TBX"),
        "tbx-xxe-file": ("xxe.tbx", tbx_with_doctype(f'<!ENTITY xxe SYSTEM "{secret}">', "&xxe;"), None, "unsafe XML"),
        "tbx-xxe-parameter-entity": ("pe.tbx", tbx_with_doctype(f'<!ENTITY % pe SYSTEM "{secret}"> %pe;', "x"), None, "unsafe XML"),
        "tbx-external-dtd": ("dtd.tbx", f'<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "{secret}">\n<martif type="TBX"><text><body/></text></martif>\n', None, "unsafe XML"),
        "tbx-billion-laughs": ("lol.tbx", tbx_with_doctype(laughs, "&lol9;"), None, "unsafe XML"),
        "csv-unterminated-quote": ("bad.csv", 'fr,en\nOIM,IOM\n"unterminated,IOM\n', 3, "malformed CSV"),
        "binary-toml": ("bin.toml", "\x00\x01\x02PK", None, ""),
        "utf16-toml": ("u16.toml", "", None, ""),  # content written as UTF-16 below
    }


def _write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    if name == "u16.toml":
        path.write_bytes((HEADER + concept("iom", "OIM", "IOM")).encode("utf-16-le"))
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _commands(folder: Path, glossary: Path) -> dict[str, list[str]]:
    return {
        "validate": ["glossary", "validate", str(glossary)],
        "import": ["glossary", "import", str(glossary), "-o", str(folder / "imported.toml")],
        "translate": ["translate", str(folder / "release.fr.txt"), "--no-mt", "-q", "--force", "--glossary", str(glossary)],
        "check": ["check", str(folder / "release.fr.en.po"), "--glossary", str(glossary)],
        "status": ["status", str(folder / "release.fr.en.po"), "--glossary", str(glossary)],
    }


def assert_glossary_error(result: Result, path: Path, line: int | None, word: str) -> None:
    assert result.exit_code == EXIT_INPUT, (result.exit_code, result.output, result.exception)
    lines = [x for x in result.stderr.strip().splitlines() if "E-GLOSSARY" in x]
    assert len(lines) == 1, result.stderr
    where = f"{path}:{line}:" if line else f"{path}:"
    assert lines[0].startswith(where), lines[0]
    assert word.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in result.output


CASES = [
    "malformed-toml", "duplicate-concept-id", "malformed-tbx", "tbx-not-tbx", "tbx-xxe-file",
    "tbx-xxe-parameter-entity", "tbx-external-dtd", "tbx-billion-laughs", "csv-unterminated-quote",
    "binary-toml", "utf16-toml",
]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["validate", "import", "translate", "check", "status"])
def test_unreadable_glossary_is_one_line_exit_3(folder: Path, case: str, command: str) -> None:
    name, content, line, word = unreadable_glossaries(folder)[case]
    glossary = _write(folder, name, content)
    before = snapshot(folder)
    _opened.clear()
    result = CliRunner().invoke(cli, _commands(folder, glossary)[command])
    if case == "duplicate-concept-id" and command == "validate":  # validate reports it as a finding
        assert result.exit_code == EXIT_FINDINGS and f"{glossary}:{line}: GL101" in result.stderr, result.stderr
        assert snapshot(folder) == before
        return
    assert _opened == [], f"the secret file was opened: {_opened}"
    assert_glossary_error(result, glossary, line, word)
    assert snapshot(folder) == before
    assert SECRET not in result.output.replace(str(_secret_path(folder)), "")


def test_validate_stderr_is_the_error_and_a_summary(folder: Path) -> None:
    name, content, line, word = unreadable_glossaries(folder)["malformed-toml"]
    glossary = _write(folder, name, content)
    result = CliRunner().invoke(cli, ["glossary", "validate", str(glossary)])
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == EXIT_INPUT
    assert len(lines) == 2 and lines[0].startswith(f"{glossary}:7: E-GLOSSARY")
    assert "1 unreadable" in lines[1]


@pytest.mark.parametrize("command", ["translate", "check", "status", "import"])
def test_bad_regex_refused_when_loading(folder: Path, command: str) -> None:
    name, content, _line, _word = unreadable_glossaries(folder)["bad-regex"]
    glossary = _write(folder, name, content)
    before = snapshot(folder)
    result = CliRunner().invoke(cli, _commands(folder, glossary)[command])
    assert_glossary_error(result, glossary, None, "regex")
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (concept("iom", "OIM", "IOM") + concept("iom", "OIM", "IOM"), "GL101"),
        (concept("t", "traite", "trafficking", 'context_before = { fr = "(unclosed" }'), "GL104"),
        (concept("hcr-a", "HCR", "UNHCR") + concept("hcr-b", "HCR", "HRC"), "GL105"),
    ],
    ids=["duplicate-id", "bad-regex", "conflicting-concepts"],
)
def test_validate_reports_content_errors(folder: Path, body: str, code: str) -> None:
    glossary = folder / "g.toml"
    glossary.write_text(HEADER + body, encoding="utf-8")
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["glossary", "validate", str(glossary)])
    assert result.exit_code == EXIT_FINDINGS, result.output
    findings = [x for x in result.stderr.splitlines() if f" {code} " in x]
    assert findings and all(x.startswith(f"{glossary}:") for x in findings), result.stderr
    assert snapshot(folder) == before


def test_conflicting_concepts_are_loadable_and_validate_flags_them(folder: Path) -> None:
    """Two concepts giving one source term different targets: a finding, not a crash."""
    glossary = folder / "g.toml"
    glossary.write_text(HEADER + concept("hcr-a", "HCR", "UNHCR") + concept("hcr-b", "HCR", "HRC"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(folder / "release.fr.en.po"), "--glossary", str(glossary)])
    assert result.exit_code in (EXIT_OK, EXIT_FINDINGS), result.output
    assert "Traceback" not in result.output


def test_xxe_in_real_subprocess_never_leaks(folder: Path) -> None:
    import subprocess

    name, content, _line, _word = unreadable_glossaries(folder)["tbx-xxe-file"]
    glossary = _write(folder, name, content)
    done = subprocess.run(
        [sys.executable, "-m", "reltrans", "glossary", "import", str(glossary)], capture_output=True, timeout=120
    )
    assert done.returncode == EXIT_INPUT
    assert SECRET.encode() not in done.stdout + done.stderr.replace(str(_secret_path(folder)).encode(), b"")
    assert b"unsafe XML" in done.stderr and done.stderr.count(b"\n") == 1


def test_import_refuses_to_overwrite_without_force(folder: Path) -> None:
    source = folder / "g.csv"
    source.write_text("fr,en\nOIM,IOM\n", encoding="utf-8")
    target = folder / "out.toml"
    target.write_text("# mine\n", encoding="utf-8")
    before = snapshot(folder)
    result = CliRunner().invoke(cli, ["glossary", "import", str(source), "-o", str(target)])
    assert result.exit_code == 5
    assert result.stderr.strip().startswith(f"{target}: E-OUTPUT")
    assert snapshot(folder) == before
