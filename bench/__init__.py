"""`python -m bench`: Qorgau's search and build benchmark on synthetic corpora (see bench/__main__.py)."""
