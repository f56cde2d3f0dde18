"""Side-by-side benchmarks of socialscope against reference libraries (``python -m benchmarks``)."""
