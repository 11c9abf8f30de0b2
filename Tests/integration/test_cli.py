"""The export command's contract: standard output when no -o, deterministic bytes, one-line
errors with a non-zero exit, and nothing written on failure."""

from conftest import FIXTURE, run


def test_stdout_equals_file_and_is_deterministic(export):
    for fmt in ["graphml", "gexf", "json", "cytoscape", "cypher", "turtle", "mermaid"]:
        first = run("export", str(FIXTURE), "--format", fmt).stdout
        assert first == run("export", str(FIXTURE), "--format", fmt).stdout
        assert first == export(fmt).read_bytes()


def test_errors_are_one_line_and_non_zero(tmp_path):
    cases = [
        (["export", str(FIXTURE), "--format", "pdf"], "unknown format “pdf”"),
        (["export", str(tmp_path / "none.json"), "--format", "graphml"], "no such file"),
        (["export", str(FIXTURE), "--format", "neo4j-csv"], "give the folder with -o"),
        (["export", str(FIXTURE), "--format", "json", "--gexf-version", "1.2"], "--gexf-version applies to --format gexf only"),
    ]
    for args, expected in cases:
        result = run(*args, check=False)
        assert result.returncode != 0
        first_line = result.stderr.decode().splitlines()[0]
        assert first_line.startswith("Error: ") and expected in first_line, first_line


def test_bad_input_leaves_no_output(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"nodes": [{"id": "a", "kind": "planet"}]}')
    out = tmp_path / "out.graphml"
    assert run("export", str(bad), "--format", "graphml", "-o", str(out), check=False).returncode != 0
    assert not out.exists()
