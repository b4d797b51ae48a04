"""Asked from inside a worker process: what it has loaded.

Imports nothing of the project, so that unpickling it in a worker loads nothing either.
"""

import os
import sys


def extractor_loaded(_: int) -> tuple[int, bool]:
    """The worker's pid, and whether it has imported the extractor (compiled its patterns)."""
    return os.getpid(), "orchestration.extract.pipeline" in sys.modules
