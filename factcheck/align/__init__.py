"""Stage 3, align: claims of all documents -> agreements, conflicts, revisions, single sources."""

from factcheck.align.engine import align
from factcheck.align.rules import RuleFileError, RuleSet, load_rules

__all__ = ["RuleFileError", "RuleSet", "align", "load_rules"]
