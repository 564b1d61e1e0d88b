from __future__ import annotations

import sys

from tools.codegen.main import main

sys.exit(main())
