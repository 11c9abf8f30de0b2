"""Every example command of README.md and of each command's --help runs, against a copy of the
committed output/graph.json, seeds/ and examples/, and prints what the text shows where it shows
printed output. Help examples fit an 80-column terminal (ArgumentParser's default width when
output is not a terminal), so none is wrapped mid-command."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, binary

# Placeholders of the README's command table, as a reader would fill them in.
PLACEHOLDERS = {
    "FILE...": "examples/seeds.yaml", "DIR": "output/drawn",
    "GOLD.jsonl": "Tests/Fixtures/seeds-gold.jsonl", "ALIASES.tsv": "Tests/Fixtures/seeds-aliases.tsv",
}


def help_text(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    return subprocess.run([str(binary()), *args, "--help"], capture_output=True, text=True, check=True, env=env).stdout


def subcommands() -> list[str]:
    text = help_text()
    section = text.split("SUBCOMMANDS:", 1)[1].strip("\n").split("\n\n", 1)[0]
    return [m.group(1) for m in re.finditer(r"^  (\w+)\s", section, re.M) if m.group(1) != "help"]


def help_examples(command: str):
    """(command line, expected output lines, wrapped?) of each example in `command --help`."""
    lines = help_text(command).splitlines()
    start = next((i for i, l in enumerate(lines) if l in ("Examples:", "Example:")), None)
    if start is None:
        return []
    examples = []
    for line in lines[start + 1:]:
        if not line.strip() or line.startswith("USAGE:"):
            break
        if line.startswith("  actorgraph "):
            examples.append([line.strip(), [], False])
        elif line.startswith("    ") and examples:
            examples[-1][1].append(line[4:])
        elif examples:
            # A line that starts at column 0 is the rest of a wrapped example.
            examples[-1][0] += " " + line.strip()
            examples[-1][2] = True
    return [tuple(e) for e in examples]


def readme_examples():
    """(command line, expected first line or None) of each example in README.md: the commands of
    the command table (with the output its second cell shows in code, if any) and the lines of
    fenced code blocks that start with `actorgraph`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    in_block = False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            in_block = not in_block
            continue
        if in_block and line.strip().startswith("actorgraph "):
            found.append((line.strip(), None))
        elif not in_block and line.startswith("| `actorgraph "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            command = re.match(r"`([^`]+)`", cells[0]).group(1)
            shown = re.match(r"`([^`]+)`", cells[1]) if len(cells) > 1 else None
            expected = shown.group(1) if shown and not shown.group(1).startswith("actorgraph") else None
            for placeholder, value in PLACEHOLDERS.items():
                command = command.replace(placeholder, value)
            found.append((command, expected))
    return found


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """A folder with what the examples name: output/graph.json, seeds/ (also as news/),
    examples/, the seeds' gold and aliases (also as gold.jsonl and aliases.tsv), a lexicon and a
    rule file, actors.yaml + edges.csv, and the completion folders; `actorgraph` first on PATH."""
    root = tmp_path_factory.mktemp("examples")
    (root / "output").mkdir()
    shutil.copy(ROOT / "output" / "graph.json", root / "output" / "graph.json")
    for folder in ["seeds", "examples"]:
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copytree(ROOT / "seeds", root / "news")
    fixtures = root / "Tests" / "Fixtures"
    fixtures.mkdir(parents=True)
    for name in ["seeds-gold.jsonl", "seeds-aliases.tsv"]:
        shutil.copy(ROOT / "Tests" / "Fixtures" / name, fixtures / name)
    shutil.copy(fixtures / "seeds-gold.jsonl", root / "gold.jsonl")
    shutil.copy(fixtures / "seeds-aliases.tsv", root / "aliases.tsv")
    shutil.copy(ROOT / "examples" / "seeds.yaml", root / "actors.yaml")
    shutil.copy(ROOT / "examples" / "syria-talks.csv", root / "edges.csv")
    (root / "my-actors.tsv").write_text(
        "kind\tname\tcode\taliases\tdemonyms\tmetonyms\tcountry\narmed_group\tArakan Army\t\tAA\t\t\tMMR\n")
    (root / "my.rules").write_text("# no rules of my own yet\n")
    for folder in [".zfunc", ".config/fish/completions"]:
        (root / folder).mkdir(parents=True)
    bin_dir = root / ".bin"
    bin_dir.mkdir()
    (bin_dir / "actorgraph").symlink_to(binary())
    return root


def run_example(sandbox: Path, command: str) -> subprocess.CompletedProcess:
    # HOME is the sandbox: the completion examples write into ~.
    env = dict(os.environ, HOME=str(sandbox), PATH=f"{sandbox / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("COLUMNS", None)
    return subprocess.run(["bash", "-c", command], cwd=sandbox, env=env, capture_output=True, text=True, timeout=300)


HELP_EXAMPLES = [(cmd, line, expected, wrapped) for cmd in subcommands() for line, expected, wrapped in help_examples(cmd)]


def test_every_command_has_examples():
    with_examples = {cmd for cmd, *_ in HELP_EXAMPLES}
    assert with_examples == set(subcommands())


@pytest.mark.parametrize("command,line,expected,wrapped", HELP_EXAMPLES, ids=[e[1] for e in HELP_EXAMPLES])
def test_help_example_runs(sandbox, command, line, expected, wrapped):
    result = run_example(sandbox, line)
    assert result.returncode == 0, f"{line}\n{result.stderr}"
    if expected:
        assert result.stdout.splitlines()[:len(expected)] == expected


@pytest.mark.parametrize("command,line", [(c, l) for c, l, _, _ in HELP_EXAMPLES], ids=[e[1] for e in HELP_EXAMPLES])
def test_help_example_is_not_wrapped(command, line):
    assert len(line) + 2 <= 80, f"{line!r} is wrapped by an 80-column help"


README_EXAMPLES = readme_examples()


def test_readme_has_examples():
    assert len(README_EXAMPLES) >= 10


@pytest.mark.parametrize("line,expected", README_EXAMPLES, ids=[e[0] for e in README_EXAMPLES])
def test_readme_example_runs(sandbox, line, expected):
    result = run_example(sandbox, line)
    assert result.returncode == 0, f"{line}\n{result.stderr}"
    if expected:
        assert result.stdout.splitlines()[0] == expected
