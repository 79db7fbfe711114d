#!/usr/bin/env python3
"""Small helper for Qt Linguist .ts files (the translators' part of the workflow).

  ts-tool.py unfinished FILE.ts            list messages without a finished translation, as JSON
                                           {"Context": {"source": ""}} ready to be filled in
  ts-tool.py apply FILE.ts TRANSLATIONS.json
                                           write the translations of a filled-in JSON into FILE.ts
  ts-tool.py identity FILE.ts              mark every message translated as itself (the English file);
                                           plurals get English's two forms from "(s)" in the source
  ts-tool.py check FILE.ts                 exit 1 and list what is unfinished or empty

Plural messages (numerus="yes") take a list of forms in the JSON; Korean has one form.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(body)
        handle.write("\n")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()


def set_translation(message, value):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for text in value if isinstance(value, list) else [value]:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = value


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    command, path = argv[1], argv[2]
    tree, root = load(path)
    if command == "unfinished":
        out = {}
        for context, message in messages(root):
            if is_unfinished(message) and message.find("translation").get("type") != "vanished":
                out.setdefault(context, {})[message.findtext("source")] = ""
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if command == "apply":
        with open(argv[3], encoding="utf-8") as handle:
            wanted = json.load(handle)
        applied = 0
        for context, message in messages(root):
            value = wanted.get(context, {}).get(message.findtext("source"))
            if value:
                set_translation(message, value)
                applied += 1
        save(tree, path)
        print(f"applied {applied} translations to {path}")
        return 0
    if command == "identity":
        for _, message in messages(root):
            source = message.findtext("source")
            if message.get("numerus") == "yes":
                # English has two forms: "%n contact(s)" is "%n contact" and "%n contacts".
                set_translation(message, [source.replace("(s)", ""), source.replace("(s)", "s")])
            else:
                set_translation(message, source)
        save(tree, path)
        return 0
    if command == "check":
        missing = [(c, m.findtext("source")) for c, m in messages(root)
                   if is_unfinished(m) and m.find("translation").get("type") != "vanished"]
        for context, source in missing:
            print(f"{path}: untranslated in {context}: {source!r}")
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
