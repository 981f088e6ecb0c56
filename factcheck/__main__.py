"""`python -m factcheck` behaves the same as the `factcheck` console script."""

import sys

from factcheck.cli import main

sys.exit(main())
