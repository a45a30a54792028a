"""Derive `lexicons/first-names.json` from gender-guesser's nam_dict.txt.

Run: python ontology/lexicons/derivation/first_names.py [path/to/nam_dict.txt]

Keeps every first name that nam_dict.txt marks as used in Denmark, Norway,
Sweden, Finland or Iceland (any frequency), and names at least moderately
common (frequency >= 3 of 13) in Great Britain, Ireland or the U.S.A. Each
name keeps its highest Nordic and English frequency (0-13), so rules can ask
for common names only. Lines marked '+' in column 30 (duplicates sorted with
expanded umlauts) and names written with '+' (Asian compounds) are skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

COLUMNS = {"great_britain": 0, "ireland": 1, "usa": 2, "iceland": 15, "denmark": 16, "norway": 17,
           "sweden": 18, "finland": 19}
NORDIC = ("iceland", "denmark", "norway", "sweden", "finland")
ENGLISH = ("great_britain", "ireland", "usa")
ENGLISH_MINIMUM = 3
OUT = Path(__file__).resolve().parents[1] / "first-names.json"


def frequency(values: str, country: str) -> int:
    index = COLUMNS[country]
    char = values[index] if index < len(values) else " "
    return 0 if char == " " else int(char, 16)


def derive(nam_dict: Path) -> dict[str, list[int]]:
    names: dict[str, list[int]] = {}
    for raw in nam_dict.read_text(encoding="utf-8").splitlines():
        if not raw or raw[0] in "#=" or (len(raw) > 29 and raw[29] == "+"):
            continue
        line = raw.strip()
        name = line.split()[1]
        if "+" in name or len(name) < 2:
            continue
        values = line[30:-1]
        nordic = max(frequency(values, c) for c in NORDIC)
        english = max(frequency(values, c) for c in ENGLISH)
        if nordic or english >= ENGLISH_MINIMUM:
            old = names.get(name, [0, 0])
            names[name] = [max(old[0], nordic), max(old[1], english)]
    return dict(sorted(names.items()))


def main() -> None:
    if len(sys.argv) > 1:
        source = Path(sys.argv[1])
    else:
        import gender_guesser

        source = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    document = {
        "source": "gender-guesser 0.4.0 (GPL-3.0), data file nam_dict.txt by Jörg Michael "
                  "(c) 2007-2008, GNU Free Documentation License 1.2; derived by "
                  "ontology/lexicons/derivation/first_names.py",
        "columns": ["nordic frequency (max of IS, DK, NO, SE, FI; 0-13)",
                    "english frequency (max of GB, IE, US; 0-13)"],
        "names": derive(source),
    }
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(document['names'])} names")


if __name__ == "__main__":
    main()
