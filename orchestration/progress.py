"""Show a long build's progress on the terminal while its logs go to a file.

The run's own output (Dagster's event log and dbt's lines, which dagster-dbt
writes to stdout) is copied to ``build.log``; the lines that say where the
build is (a step starting, 'N of M' from dbt) move a rich progress display.
rich is the library the terminal tooling of this stack already uses.
"""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

_STEP = re.compile(r'STEP_START - Started execution of step "([^"]+)"')
_DBT_NODE = re.compile(r"\b(\d+) of (\d+) (?:OK|PASS|FAIL|ERROR|WARN|SKIP)\b")
_PARSED = re.compile(r"\bparsed (\d+) of (\d+) documents\b")
# step keys of the build job (the asset function's name, or the asset key for single assets)
_STAGES = {"raw_documents": "reading the documents", "extracted_facts.plan_shards": "planning the parse",
           "extracted_facts.parse_shard": "extracting facts", "extracted_facts.load_facts": "loading the facts",
           "zonescope_dbt_models": "dbt models and tests", "warehouse__published": "publishing the warehouse",
           "report__index_html": "writing the report",
           "raw__rejected_documents_every_file_accounted_for": "checking every file is accounted for",
           "raw__metric_mentions_few_documents_without_facts": "checking documents without facts",
           "mart_document_ledger_ledger_has_one_row_per_file": "checking the ledger"}


class ProgressLog(io.TextIOBase):
    """A text stream that writes to the log file and moves the progress display."""

    def __init__(self, log, progress: Progress):
        self.log = log
        self.progress = progress
        self.task = progress.add_task("starting", total=None)
        self.buffer = ""

    def write(self, text: str) -> int:
        self.log.write(text)
        self.buffer += text
        *lines, self.buffer = self.buffer.split("\n")
        for line in lines:
            self._read(line)
        return len(text)

    def flush(self) -> None:
        self.log.flush()

    def _read(self, line: str) -> None:
        step = _STEP.search(line)
        if step:
            key, _, shard = step.group(1).partition("[")  # a parse step per shard: parse_shard[shard_003]
            stage = _STAGES.get(key, key) + (f" ({shard.rstrip(']')})" if shard else "")
            self.progress.update(self.task, description=stage,
                                 total=None, completed=0)
            return
        node = _DBT_NODE.search(line) or _PARSED.search(line)
        if node:
            self.progress.update(self.task, completed=int(node.group(1)), total=int(node.group(2)))


def progress_display() -> Progress:
    """A progress display on stderr, silent when stderr is not a terminal (CI, pipes)."""
    console = Console(stderr=True)
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal)
