#!/usr/bin/env python3
"""Print a CloudFormation/SAM template as JSON, short-form tags (!Ref, !GetAtt, !Sub) in their long form.

Uses cfn-lint's own loader, so the template is read exactly as `cfn-lint` reads it.
Usage: template_to_json.py TEMPLATE
"""
import json
import sys

from cfnlint.decode import decode


def load_template(path):
    template, problems = decode(path)
    if problems:
        raise SystemExit("cannot parse %s: %s" % (path, "; ".join(str(p) for p in problems)))
    return template


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: template_to_json.py TEMPLATE")
    json.dump(load_template(argv[1]), sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
