"""Search language processing: terms for the index and for queries, in ru, kk and en.

`theme/assets/javascripts/qorgau/analysis.js` implements the same functions for the browser;
tests/vectors/ holds the cases both must pass.
"""
from .analysis import LANGUAGES, citation, fold_query, normalise, stem, tokenise, tokens

__all__ = ["LANGUAGES", "citation", "fold_query", "normalise", "stem", "tokenise", "tokens"]
