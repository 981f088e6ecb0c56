"""The pre-commit hooks and the example CI workflow call factcheck with flags it accepts."""

from __future__ import annotations

import shlex
import subprocess
import sys

import yaml

from factcheck.cli import build_parser
from tests.conftest import REPO, SEEDS


def test_pre_commit_hooks_run_factcheck_with_valid_flags():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["factcheck", "factcheck-folder"]
    for hook in hooks:
        program, *flags = shlex.split(hook["entry"])
        assert program == "factcheck" and hook["language"] == "python"
        args = build_parser().parse_args([*flags, *hook.get("args", []), "news/"])
        assert args.quiet and args.bidi == "off" and args.fail_on == "conflict"
    assert hooks[1]["pass_filenames"] is False


def test_example_workflow_uploads_the_sarif_it_writes():
    workflow = yaml.safe_load((REPO / "docs" / "factcheck-ci.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["factcheck"]["steps"]
    check = next(step for step in steps if step.get("id") == "check")["run"]
    commands = [line.strip() for line in check.splitlines() if line.strip().startswith("factcheck")]
    for command in commands:
        argv = shlex.split(command.replace('"${baseline[@]}"', ""))[1:]
        args = build_parser().parse_args(argv)
        assert args.paths == ["$ARTICLES"]
    assert "--format sarif -o factcheck.sarif" in commands[0]
    upload = next(step for step in steps if "upload-sarif" in step.get("uses", ""))
    assert upload["with"]["sarif_file"] == "factcheck.sarif"
    assert workflow["permissions"]["security-events"] == "write"


def test_version_and_help_load_neither_rich_nor_jinja_nor_pydantic():
    probe = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "for flags in (['--version'], ['--help']):\n"
        "    try:\n"
        "        main(flags)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('rich', 'jinja2', 'pydantic', 'bidi', 'arabic_reshaper'))\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert "factcheck 0.1.0" in result.stdout
    assert "--fail-on {conflict,revision,any,never}" in result.stdout
    assert result.stdout.strip().endswith("HEAVY []")


def test_help_names_every_format_and_the_exit_statuses(cli):
    result = cli("--help")
    assert result.status == 0
    text = " ".join(result.stdout.split())
    for phrase in (
        "sarif: SARIF 2.1.0",
        "markdown: a pull-request comment",
        "--bidi {auto,on,off}",
        "exit status: 0 nothing at or above --fail-on",
        "-q, --quiet",
    ):
        assert phrase in text, phrase
    assert cli(SEEDS, "--bidi", "sideways").status == 2
