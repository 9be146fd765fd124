"""``python -m normalizer``: the CLI, also when another package's ``normalizer`` script shadows ours."""
import sys

from .cli import main

sys.exit(main())
