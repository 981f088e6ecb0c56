"""Engines other than the local one: the same stages, mapped onto a distributed scheduler.

The local engine is factcheck/pipeline.py itself. An engine here is imported only when a run
asks for it, so the core install never imports its optional dependencies.
"""


class EngineError(Exception):
    """The engine cannot run (not installed, scheduler unreachable): a usage error."""
