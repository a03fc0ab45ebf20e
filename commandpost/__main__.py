"""`python -m commandpost` is the `commandpost` command."""

import sys

from commandpost.cli import main

sys.exit(main())
