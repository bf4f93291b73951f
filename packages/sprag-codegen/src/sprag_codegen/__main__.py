"""`python -m sprag_codegen FILE.py ...`"""

import sys

from .cli import main

sys.exit(main())
