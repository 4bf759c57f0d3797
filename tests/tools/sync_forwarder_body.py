#!/usr/bin/env python3
"""Copy templates/org-signal-forwarder.yaml into template.yaml as the forwarder StackSet's TemplateBody.

`sam package` uploads nested stacks' templates but not a StackSet's, so the StackSet carries the forwarder inline.
The copy must stay byte-identical to the file (OrgSignalForwarderStackSetTests checks it); run this after editing
the forwarder. Usage: python3 tests/tools/sync_forwarder_body.py [TEMPLATE [FORWARDER]]
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BODY_KEY = re.compile(r"^(?P<indent> *)TemplateBody: \|$")


def replace_body(template_lines, forwarder_text):
    starts = [i for i, line in enumerate(template_lines) if BODY_KEY.match(line)]
    if len(starts) != 1:
        raise SystemExit("expected exactly one 'TemplateBody: |' line, found %d" % len(starts))
    start = starts[0]
    inner = BODY_KEY.match(template_lines[start]).group("indent") + "  "
    end = start + 1
    while end < len(template_lines) and (template_lines[end].strip() == "" or template_lines[end].startswith(inner)):
        end += 1
    while end > start + 1 and template_lines[end - 1].strip() == "":
        end -= 1  # blank lines after the block separate it from the next key; they are not part of it
    body = [(inner + line) if line else "" for line in forwarder_text.rstrip("\n").split("\n")]
    return template_lines[: start + 1] + body + template_lines[end:]


def main(argv):
    template_path = argv[1] if len(argv) > 1 else os.path.join(ROOT, "template.yaml")
    forwarder_path = argv[2] if len(argv) > 2 else os.path.join(ROOT, "templates", "org-signal-forwarder.yaml")
    with open(forwarder_path, encoding="utf-8") as handle:
        forwarder = handle.read()
    with open(template_path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    with open(template_path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(replace_body(lines, forwarder)))


if __name__ == "__main__":
    main(sys.argv)
