"""Fill German translations into a Qt .ts file from tab-separated files.

Each line of a TSV file is ``context<TAB>source<TAB>translation`` (``\\n`` for a line
break; for a message with plural forms, ``"1 Termin || %n Termine"``). Messages lupdate
left unfinished get the translation and lose the ``type="unfinished"`` mark. Used after
``make translations`` when several people add strings at once::

    python scripts/fill_translations.py resources/i18n/quartierstreff_de.ts i18n-pending/*.tsv

The English file needs no table: its source texts are English, so every unfinished
message there gets its source text (``--source-is-translation``)::

    python scripts/fill_translations.py --source-is-translation resources/i18n/quartierstreff_en.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def read_tsv(paths: list[Path]) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{number}: expected 3 tab-separated fields, got {len(parts)}")
            context, source, translation = (p.replace("\\n", "\n") for p in parts)
            table[(context, source)] = translation
    return table


def fill(
    ts_file: Path, table: dict[tuple[str, str], str], *, source_is_translation: bool = False
) -> list[tuple[str, str]]:
    tree = ET.parse(ts_file)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            key = (name, source)
            if key in table or source_is_translation:
                text = table.get(key, source)
                if message.get("numerus") == "yes":
                    _fill_plural(translation, text)
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                missing.append(key)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )
    return missing


def _fill_plural(translation: ET.Element, text: str) -> None:
    """A message with ``%n`` in plural forms: ``"1 Termin || %n Termine"`` gives
    German's two forms, one text without ``||`` stands for every form."""
    forms = [form.strip() for form in text.split("||")]
    slots = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
    translation.text = None
    for index, slot in enumerate(slots):
        slot.text = forms[min(index, len(forms) - 1)]


def main() -> int:
    arguments = sys.argv[1:]
    identity = "--source-is-translation" in arguments
    ts_file, *tsv = (Path(arg) for arg in arguments if arg != "--source-is-translation")
    missing = fill(ts_file, read_tsv(tsv), source_is_translation=identity)
    for context, source in missing:
        print(f"untranslated: {context}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
