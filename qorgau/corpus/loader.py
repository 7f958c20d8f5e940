"""Load the whole corpus folder: find every file, check it, and fail once with every problem."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .messages import schema_problems
from .model import Corpus, build_act, build_article, number_key
from .problems import CorpusError, Problem, quote
from .registry import Registry, load_registry
from .schemas import compile_schema
from .validate import check_act, check_article, check_content, check_links
from .yamlsource import Source, read_source

ACT_FILE = "_act.yml"
WHAT_ARTICLE = "an article's fields: id, act, number, text, edition, provenance, verification"
WHAT_ACT = "the act's fields: id, jurisdiction, kind, title, status"
Namer = Callable[[Path], str]


def load_corpus(root: Path, registry: Registry | None = None) -> Corpus:
    """Load and validate every file under `root`; raise CorpusError listing all problems."""
    root = Path(root)
    if registry is None:
        registry = load_registry(root / "registry.yml", display(root / "registry.yml", root))
    if not root.is_dir():
        raise CorpusError([Problem(display(root, root), 1, "folder is missing, expected the corpus folder")])
    prefix = root.resolve().name

    def name(path: Path) -> str:  # files found by walking root are named without touching the disk
        return f"{prefix}/{path.relative_to(root).as_posix()}"

    article_schema, act_schema = compile_schema("article", registry), compile_schema("act", registry)
    problems: list[Problem] = []
    acts: dict[str, Source] = {}
    articles: list[Source] = []
    known: set[str] = set()
    for act, folder in _act_folders(root, name, problems):
        act_file = folder / ACT_FILE
        source = _read(act_file, name, WHAT_ACT, problems) if act_file.is_file() else None
        if source is not None:
            problems += schema_problems(act_schema, source) + check_act(source, act) + check_content(source)
            acts[act] = source
        elif not act_file.is_file():
            problems.append(Problem(name(act_file), 1, f"file is missing, expected {WHAT_ACT}"))
        if act not in registry.acts:
            line = source.line(("id",)) if source else 1
            listed = ", ".join(registry.acts)
            problems.append(Problem(name(act_file), line, f"act '{act}' is not listed in {registry.path}, expected it listed under acts there (listed now: {listed})"))
        for file in _article_files(folder, name, problems):
            known.add(f"{act}/{file.stem}")
            source = _read(file, name, WHAT_ARTICLE, problems)
            if source is not None:
                problems += schema_problems(article_schema, source)
                problems += check_article(source, act, file.stem, registry) + check_content(source)
                articles.append(source)
    problems += check_links(articles, known)
    if problems:
        raise CorpusError(problems)
    return _build(registry, acts, articles)


def display(path: Path, root: Path) -> str:
    """Name `path` as editors see it: relative to the folder holding the corpus, e.g. corpus/registry.yml."""
    try:
        return path.resolve().relative_to(root.resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()


def _read(file: Path, name: Namer, what: str, problems: list[Problem]) -> Source | None:
    try:
        source, found = read_source(file, name(file), what)
    except OSError as error:
        source, found = None, [Problem(name(file), 1, f"file cannot be read ({error.strerror}), expected a readable file")]
    problems += found
    return source


def _act_folders(root: Path, name: Namer, problems: list[Problem]) -> list[tuple[str, Path]]:
    """Return (act id, folder) for every corpus/<jurisdiction>/<act>/ folder, reporting stray files."""
    folders = []
    for jurisdiction in _visible(root):
        if not jurisdiction.is_dir():
            if jurisdiction.suffix in (".yml", ".yaml") and jurisdiction.name != "registry.yml":
                problems.append(Problem(name(jurisdiction), 1, "file is outside an act folder, expected articles in corpus/<jurisdiction>/<act>/"))
            continue
        for folder in _visible(jurisdiction):
            if folder.is_dir():
                folders.append((f"{jurisdiction.name}/{folder.name}", folder))
            else:
                problems.append(Problem(name(folder), 1, "file is outside an act folder, expected it inside an act folder such as corpus/kz/uk/"))
    return folders


def _article_files(folder: Path, name: Namer, problems: list[Problem]) -> list[Path]:
    """Return the article files of an act folder, reporting anything else found there."""
    files = []
    for file in _visible(folder):
        if file.name == ACT_FILE:
            continue
        if file.is_dir():
            problems.append(Problem(name(file), 1, "folder inside an act folder, expected only <number>.yml files and _act.yml"))
        elif file.suffix != ".yml":
            problems.append(Problem(name(file), 1, f"file {quote(file.name)} is not a .yml file, expected only <number>.yml files and _act.yml"))
        else:
            files.append(file)
    return files


def _visible(folder: Path) -> list[Path]:
    # dot-files are editor and OS litter (.DS_Store, .gitkeep), never corpus data
    return sorted(path for path in folder.iterdir() if not path.name.startswith("."))


def _build(registry: Registry, acts: dict[str, Source], articles: list[Source]) -> Corpus:
    codes = registry.codes
    order = {act: index for index, act in enumerate(registry.acts)}
    built_acts = {act: build_act(acts[act].data, acts[act].path, codes) for act in registry.acts if act in acts}
    built = sorted(
        (build_article(source.data, source.path, codes) for source in articles),
        key=lambda article: (order[article.act], number_key(article.number)),
    )
    return Corpus(registry, built_acts, {article.id: article for article in built})
