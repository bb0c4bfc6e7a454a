"""``python -m reltrans``."""
from __future__ import annotations

from reltrans.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
