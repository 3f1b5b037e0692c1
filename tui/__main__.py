"""``python -m tui`` does what the ``quotelens`` command does."""

import sys

from tui.cli import main

sys.exit(main())
