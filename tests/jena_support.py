"""Apache Jena from Debian's libapache-jena-java, run the way a Jena or Fuseki user would.

Debian ships the jars in /usr/share/java without a launcher that works out of
the box: the classpath must name the Jena jars and their dependencies but
only one SLF4J binding, and Debian's repackaged Xerces looks for its message
bundles under `xerces/` while jena-core.jar keeps them under
`org/apache/jena/ext/xerces/`; without them Jena fails while starting. So a
small jar with the bundles at the expected place is made under a temporary
folder (never committed).

JSON-LD is read with Jena's JSON-LD 1.0 reader (jsonld-java, `--syntax=jsonld10`):
the 1.1 reader (Titanium) needs a Jakarta JSON implementation that Debian does
not package. The files are plain expanded JSON-LD, the same in 1.0 and 1.1.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from rdflib import BNode, Literal, URIRef

JAVA_DIR = Path("/usr/share/java")
JAR_NAMES = (
    "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
    "jackson-annotations", "jackson-core", "jackson-databind", "httpclient", "httpclient-cache", "httpcore",
    "guava", "gson",
    "dexx.collection", "jsonld-java", "titanium-json-ld", "jakarta.json-api", "protobuf", "thrift",
    "slf4j-api", "slf4j-simple",
)
_MESSAGES_FROM = "org/apache/jena/ext/"
_COUNT = re.compile(r"(Triples|Quads) = ([\d,]+)")  # "3,584": the JVM runs in an English locale


def missing_reason() -> str | None:
    """Why Jena cannot run here, or None."""
    if shutil.which("java") is None:
        return "java is not installed (apt-get install libapache-jena-java)"
    if not (JAVA_DIR / "jena-core.jar").is_file():
        return "Apache Jena is not installed (apt-get install libapache-jena-java)"
    return None


def classpath(workdir: Path) -> str:
    """The Jena classpath, with the Xerces message bundles repackaged into workdir."""
    jars = sorted(JAVA_DIR.glob("jena-*.jar"))
    jars = [j for j in jars if not re.search(r"-\d[\w.]*\.jar$", j.name)]  # unversioned links only
    jars += [JAVA_DIR / f"{name}.jar" for name in JAR_NAMES]
    absent = [str(j) for j in jars if not j.is_file()]
    if absent:
        raise FileNotFoundError(f"Jena dependencies missing: {', '.join(absent)}")
    messages = workdir / "jena-xerces-messages.jar"
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as source, zipfile.ZipFile(messages, "w") as target:
        for name in source.namelist():
            if name.startswith(_MESSAGES_FROM + "xerces/") and name.endswith(".properties"):
                target.writestr(name[len(_MESSAGES_FROM):], source.read(name))
    return ":".join(str(j) for j in [*jars, messages])


def java(cp: str, main: str, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run one Jena command; an AssertionError with its stderr if it fails."""
    done = subprocess.run(
        ["java", "-Duser.language=en", "-Duser.country=US", "-cp", cp, main, *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"{main} {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done


def riot_count(cp: str, path: Path) -> int:
    """Triples (or quads, for dataset syntaxes) that `riot --count` reads from a file."""
    syntax = ["--syntax=jsonld10"] if path.suffix == ".jsonld" else []
    done = java(cp, "riotcmd.riot", *syntax, "--count", str(path))
    output = done.stdout + done.stderr  # the count goes to one or the other, by Jena version
    found = _COUNT.search(output)
    if not found:
        raise AssertionError(f"riot --count printed no count for {path}: {output!r}")
    return int(found[2].replace(",", ""))


def tdb2_load(cp: str, location: Path, *files: Path) -> None:
    """Load files into a TDB2 database, as `tdb2.tdbloader` (and so Fuseki's loader) does."""
    java(cp, "tdb2.tdbloader", "--loc", str(location), *map(str, files))


def tdb2_query(cp: str, location: Path, query_file: Path, *, union: bool = True) -> str:
    """Run a query file with ARQ over a TDB2 database; the default graph is the union of the named graphs."""
    args = ["--loc", str(location), "--query", str(query_file)]
    if union:
        args += ["--set", "tdb:unionDefaultGraph=true"]
    return java(cp, "tdb2.tdbquery", *args, "--results=nt" if returns_graph(query_file) else "--results=json").stdout


def returns_graph(query_file: Path) -> bool:
    """A CONSTRUCT or DESCRIBE query (comments ignored)."""
    body = re.sub(r"#.*", "", query_file.read_text(encoding="utf-8"))
    return re.search(r"\b(CONSTRUCT|DESCRIBE)\b", body, re.IGNORECASE) is not None


def parse_json_results(text: str) -> tuple[tuple[str, ...], list[tuple[object, ...]]] | bool:
    """SPARQL JSON results as (variables, rows of rdflib terms), or the ASK boolean."""
    data = json.loads(text)
    if "boolean" in data:
        return bool(data["boolean"])
    variables = tuple(data["head"]["vars"])
    rows = [tuple(_term(binding.get(v)) for v in variables) for binding in data["results"]["bindings"]]
    return variables, rows


def _term(value: dict | None) -> object:
    if value is None:
        return None
    if value["type"] == "uri":
        return URIRef(value["value"])
    if value["type"] == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    return Literal(value["value"], datatype=URIRef(value["datatype"]) if "datatype" in value else None)
