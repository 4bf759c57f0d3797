#!/usr/bin/env python3
"""Match every *.json event of a folder against the EventBridge rules declared in a CloudFormation or SAM template.

Every AWS::Events::Rule with an EventPattern is matched with moto's EventPattern, the engine moto's EventBridge rules
use (its TestEventPattern API is a stub). A pattern names the healer's role as !GetAtt <an IAM role>.Arn
(template.yaml) or as !Ref HealerRoleArn (the forwarder's parameter): both become ROLE_ARN; any other intrinsic in a
pattern is an error.

A result is what EventBridge would hand the rule's target: the pattern matches and the rule's state lets the event
through. A rule in state ENABLED receives no read-only Describe*/Get*/List* management event from CloudTrail; only
ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS does.

Prints {"rules": {logical id: {"bus": EventBusName, "state": State, "pattern": resolved pattern}},
        "results": {file: {logical id: delivered}}} as JSON.
Usage: match_event_patterns.py TEMPLATE EVENTS_DIR ROLE_ARN
"""
import json
import os
import sys

from moto.events.models import EventPattern

from template_to_json import load_template

ALL_MANAGEMENT_EVENTS = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"
READ_ONLY_PREFIXES = ("Describe", "Get", "List")
ROLE_PARAMETER = "HealerRoleArn"


def event_rules(template):
    """{logical id: properties} of the template's AWS::Events::Rule resources that have an EventPattern."""
    return {
        logical_id: resource.get("Properties", {})
        for logical_id, resource in template.get("Resources", {}).items()
        if resource.get("Type") == "AWS::Events::Rule" and "EventPattern" in resource.get("Properties", {})
    }


def role_logical_ids(template):
    return {logical_id for logical_id, resource in template.get("Resources", {}).items() if resource.get("Type") == "AWS::IAM::Role"}


def is_intrinsic(node):
    return len(node) == 1 and (next(iter(node)) == "Ref" or next(iter(node)).startswith("Fn::"))


def names_the_role(node, role_ids):
    if "Ref" in node:
        return node["Ref"] == ROLE_PARAMETER
    target = node.get("Fn::GetAtt")
    if target is None:
        return False
    parts = target.split(".", 1) if isinstance(target, str) else list(target)
    return len(parts) == 2 and parts[0] in role_ids and parts[1] == "Arn"


def resolve(node, role_ids, role_arn):
    if isinstance(node, dict):
        if is_intrinsic(node):
            if names_the_role(node, role_ids):
                return role_arn
            raise SystemExit("unsupported intrinsic in an event pattern: %r" % (node,))
        return {key: resolve(value, role_ids, role_arn) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(item, role_ids, role_arn) for item in node]
    return node


def delivered(matcher, state, event):
    """Whether EventBridge hands the event to the rule's target, the rule's state included."""
    if state not in ("ENABLED", ALL_MANAGEMENT_EVENTS) or not matcher.matches_event(event):
        return False
    detail = event.get("detail") if isinstance(event.get("detail"), dict) else {}
    read_only = detail.get("readOnly") is True and str(detail.get("eventName", "")).startswith(READ_ONLY_PREFIXES)
    return state == ALL_MANAGEMENT_EVENTS or not read_only


def main(argv):
    if len(argv) != 4:
        raise SystemExit("usage: match_event_patterns.py TEMPLATE EVENTS_DIR ROLE_ARN")
    template_path, events_dir, role_arn = argv[1:]
    template = json.loads(json.dumps(load_template(template_path)))
    role_ids = role_logical_ids(template)
    rules = {}
    for logical_id, properties in event_rules(template).items():
        rules[logical_id] = {
            "bus": properties.get("EventBusName", "default"),
            "state": properties.get("State", "ENABLED"),
            "pattern": resolve(properties["EventPattern"], role_ids, role_arn),
        }
    matchers = {logical_id: EventPattern.load(json.dumps(rule["pattern"])) for logical_id, rule in rules.items()}
    results = {}
    for file_name in sorted(os.listdir(events_dir)):
        if not file_name.endswith(".json"):
            continue
        with open(os.path.join(events_dir, file_name), encoding="utf-8") as handle:
            event = json.load(handle)
        results[file_name] = {
            logical_id: delivered(matcher, rules[logical_id]["state"], event) for logical_id, matcher in matchers.items()
        }
    json.dump({"rules": rules, "results": results}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
