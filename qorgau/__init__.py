"""Qorgau's logic as plain Python: corpus, importer, citations, search, pages.

MkDocs hooks in `hooks/` only adapt MkDocs objects to these functions, so a move
to another generator can reuse everything here.
"""
