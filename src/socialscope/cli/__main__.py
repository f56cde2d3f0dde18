"""``python -m socialscope.cli``: the same CLI as the ``socialscope`` command."""

from socialscope.cli.main import main

main()
