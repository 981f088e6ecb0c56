"""Engines: the same pure stages, mapped onto this machine's cores (local.py) or onto a
distributed scheduler (dask_engine.py). The Dask engine is imported only when a run asks for
it, so the core install never imports its optional dependencies.
"""


class EngineError(Exception):
    """The engine cannot run (not installed, scheduler unreachable): a usage error."""
