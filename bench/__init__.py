"""Benchmarks side by side with the tools users would pick instead; `make bench` writes BENCHMARKS.md."""

__all__: list[str] = []
