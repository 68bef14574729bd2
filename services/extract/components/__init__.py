"""Extraction components: each a small module with one job, run in order by `pipeline.py`."""
