#!/usr/bin/env python3
"""Match every events/*.json file against the EventBridge patterns declared in a SAM template.

The matcher is moto's EventPattern, the engine moto's EventBridge rules use (its TestEventPattern API is a stub).
The pattern references the healer's role ARN with !GetAtt; it is replaced by ROLE_ARN, any other intrinsic is an
error. Prints {"patterns": {rule: pattern}, "results": {file: {rule: matched}}} as JSON.
Usage: match_event_patterns.py TEMPLATE EVENTS_DIR ROLE_ARN
"""
import json
import os
import sys

from moto.events.models import EventPattern

from template_to_json import load_template


def rule_patterns(template):
    """EventBridgeRule events of serverless functions, keyed by event name, with the role each function uses."""
    found = {}
    for resource in template.get("Resources", {}).values():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        properties = resource.get("Properties", {})
        role = properties.get("Role")
        for name, event in properties.get("Events", {}).items():
            if event.get("Type") == "EventBridgeRule":
                found[name] = (event["Properties"]["Pattern"], role)
    return found


def role_logical_id(role):
    """The logical id behind `Role: !GetAtt X.Arn`."""
    if isinstance(role, dict) and "Fn::GetAtt" in role:
        target = role["Fn::GetAtt"]
        parts = target.split(".", 1) if isinstance(target, str) else list(target)
        if len(parts) == 2 and parts[1] == "Arn":
            return parts[0]
    raise SystemExit("the function's Role must be !GetAtt <Role>.Arn, found %r" % (role,))


def is_intrinsic(node):
    return len(node) == 1 and (next(iter(node)) == "Ref" or next(iter(node)).startswith("Fn::"))


def resolve(node, role_id, role_arn):
    if isinstance(node, dict):
        if is_intrinsic(node):
            if "Fn::GetAtt" in node and role_logical_id(node) == role_id:
                return role_arn
            raise SystemExit("unsupported intrinsic in an event pattern: %r" % (node,))
        return {key: resolve(value, role_id, role_arn) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(item, role_id, role_arn) for item in node]
    return node


def main(argv):
    if len(argv) != 4:
        raise SystemExit("usage: match_event_patterns.py TEMPLATE EVENTS_DIR ROLE_ARN")
    template_path, events_dir, role_arn = argv[1:]
    patterns = {}
    for name, (pattern, role) in rule_patterns(load_template(template_path)).items():
        patterns[name] = json.loads(json.dumps(resolve(pattern, role_logical_id(role), role_arn)))
    matchers = {name: EventPattern.load(json.dumps(pattern)) for name, pattern in patterns.items()}
    results = {}
    for file_name in sorted(os.listdir(events_dir)):
        if not file_name.endswith(".json"):
            continue
        with open(os.path.join(events_dir, file_name), encoding="utf-8") as handle:
            event = json.load(handle)
        results[file_name] = {name: matcher.matches_event(event) for name, matcher in matchers.items()}
    json.dump({"patterns": patterns, "results": results}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
