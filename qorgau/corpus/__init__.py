"""The legal corpus: load corpus/ into frozen data, or report every problem in it at once."""
from .loader import load_corpus
from .model import Act, Article, Corpus, Edition, PastEdition, Provenance, Verification, in_language
from .problems import CorpusError, Problem
from .registry import Language, Registry, load_registry

__all__ = [
    "Act",
    "Article",
    "Corpus",
    "CorpusError",
    "Edition",
    "Language",
    "PastEdition",
    "Problem",
    "Provenance",
    "Registry",
    "Verification",
    "in_language",
    "load_corpus",
    "load_registry",
]
