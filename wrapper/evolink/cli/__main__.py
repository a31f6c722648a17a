"""``python -m evolink.cli``: the ``evolink`` command without the console script."""

from .app import main

if __name__ == "__main__":
    main()
