#!/usr/bin/env python3
"""Deploy a template into moto's CloudFormation the way `sam deploy` or `aws cloudformation deploy` would hand it over.

A SAM template is first given what `sam package` gives it: every AWS::Serverless::Function with a local CodeUri gets
an s3:// CodeUri of a zip uploaded to moto's S3. The SAM translator then turns it into plain CloudFormation, which is
created as a stack. moto creates the resource types it supports and skips the others with a warning.

Prints one JSON object:
  status, reason       the stack's final status and its reason
  outputs              {key: value}
  templateOutputs      the output keys the template declares
  created              [{logicalId, type, status}] as describe_stack_resources reports them
  notCreated           [{logicalId, type, motoSupportsType, condition}] resources of the template moto did not create
  rules                [{logicalId, bus, name, expected, deployed}] every AWS::Events::Rule of the template: its
                       state, pattern and targets with every intrinsic resolved against the deployed stack (expected)
                       and as moto's EventBridge reports them (deployed, null when moto has no such rule)
  queues               {logicalId: attributes} every AWS::SQS::Queue created, as moto's SQS reports its attributes
  eventSourceMappings  [{logicalId, ...}] every AWS::Lambda::EventSourceMapping created, as moto's Lambda reports it
  documents            {logicalId: {...}} every AWS::SSM::Document created, as moto's SSM describes it, with its
                       content (parsed) under "content"
Usage: deploy_rehearsal.py --endpoint URL --template PATH --stack-name NAME [--parameter KEY=VALUE ...]
"""
import argparse
import io
import json
import os
import re
import sys
import time
import zipfile

import boto3
from moto.cloudformation.parsing import NULL_MODELS, get_model_map
from samtranslator.translator.transform import transform

from template_to_json import load_template

REGION = "us-east-1"
ARTIFACT_BUCKET = "rehearsal-artifacts"
SAM_TRANSFORM = "AWS::Serverless-2016-10-31"


class NoManagedPolicies:
    """The SAM translator asks IAM for AWS managed policy ARNs only when a function names one by name; none does."""

    def load(self):
        return {}


def client(name, endpoint):
    return boto3.client(
        name, endpoint_url=endpoint, region_name=REGION, aws_access_key_id="testing", aws_secret_access_key="testing"
    )


def dummy_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("bootstrap", "#!/bin/sh\n")
    return buffer.getvalue()


def package(template, s3):
    """What `sam package` does to a function's local CodeUri: upload it, point CodeUri at the object."""
    s3.create_bucket(Bucket=ARTIFACT_BUCKET)
    for logical_id, resource in template.get("Resources", {}).items():
        properties = resource.get("Properties", {})
        code_uri = properties.get("CodeUri")
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(code_uri, str) and not code_uri.startswith("s3://"):
            key = "%s.zip" % logical_id
            s3.put_object(Bucket=ARTIFACT_BUCKET, Key=key, Body=dummy_zip())
            properties["CodeUri"] = "s3://%s/%s" % (ARTIFACT_BUCKET, key)
    return template


def is_sam(template):
    transforms = template.get("Transform", [])
    return SAM_TRANSFORM in (transforms if isinstance(transforms, list) else [transforms])


def wait_for_stack(cloudformation, stack_name):
    deadline = time.monotonic() + 300
    while True:
        stack = cloudformation.describe_stacks(StackName=stack_name)["Stacks"][0]
        if not stack["StackStatus"].endswith("_IN_PROGRESS") or time.monotonic() > deadline:
            return stack
        time.sleep(0.5)


class Resolver:
    """Resolves Ref, Fn::GetAtt and Fn::Sub against the deployed stack (the few attribute kinds rules refer to)."""

    def __init__(self, endpoint, template, stack, parameters, physical_ids):
        self._endpoint = endpoint
        self._resources = template.get("Resources", {})
        self._physical = physical_ids
        account = stack["StackId"].split(":")[4]
        self._refs = {"AWS::StackName": stack["StackName"], "AWS::Region": REGION, "AWS::AccountId": account, "AWS::Partition": "aws"}
        for name, definition in template.get("Parameters", {}).items():
            if "Default" in definition:
                self._refs[name] = str(definition["Default"])
        self._refs.update(parameters)

    def __call__(self, node):
        if isinstance(node, list):
            return [self(item) for item in node]
        if not isinstance(node, dict):
            return node
        if len(node) == 1 and "Ref" in node:
            return self.ref(node["Ref"])
        if len(node) == 1 and "Fn::GetAtt" in node:
            target = node["Fn::GetAtt"]
            logical_id, attribute = target.split(".", 1) if isinstance(target, str) else target
            return self.get_att(logical_id, attribute)
        if len(node) == 1 and "Fn::Sub" in node:
            return self.sub(node["Fn::Sub"])
        if len(node) == 1 and next(iter(node)).startswith("Fn::"):
            raise SystemExit("deploy_rehearsal.py cannot resolve %r" % (node,))
        return {key: self(value) for key, value in node.items()}

    def ref(self, name):
        if name in self._refs:
            return self._refs[name]
        if name in self._resources:
            return self._physical[name]
        raise SystemExit("unknown Ref %s" % name)

    def sub(self, template):
        text, variables = (template, {}) if isinstance(template, str) else template
        def replace(match):
            name = match.group(1)
            if name in variables:
                return str(self(variables[name]))
            return str(self.get_att(*name.split(".", 1)) if "." in name else self.ref(name))
        return re.sub(r"\$\{([^!}][^}]*)\}", replace, text)

    def get_att(self, logical_id, attribute):
        kind = self._resources[logical_id]["Type"]
        physical = self._physical.get(logical_id)
        if kind == "AWS::IAM::Role" and attribute == "Arn":
            return client("iam", self._endpoint).get_role(RoleName=physical)["Role"]["Arn"]
        if kind == "AWS::Lambda::Function" and attribute == "Arn":
            return client("lambda", self._endpoint).get_function(FunctionName=physical)["Configuration"]["FunctionArn"]
        if kind == "AWS::SQS::Queue" and attribute == "Arn":
            attributes = client("sqs", self._endpoint).get_queue_attributes(QueueUrl=physical, AttributeNames=["QueueArn"])
            return attributes["Attributes"]["QueueArn"]
        if kind == "AWS::Events::EventBus" and attribute in ("Name", "Arn"):
            name = self(self._resources[logical_id]["Properties"]["Name"])
            return name if attribute == "Name" else client("events", self._endpoint).describe_event_bus(Name=name)["Arn"]
        raise SystemExit("deploy_rehearsal.py cannot resolve %s.%s of %s" % (logical_id, attribute, kind))


def expected_rule(resolve, properties):
    targets = []
    for target in properties.get("Targets", []):
        targets.append({key: resolve(value) for key, value in target.items()})
    expected = {"state": properties.get("State", "ENABLED"), "targets": targets}
    if "EventPattern" in properties:
        expected["pattern"] = resolve(properties["EventPattern"])
    if "ScheduleExpression" in properties:
        expected["schedule"] = resolve(properties["ScheduleExpression"])
    return expected


def deployed_rule(events, name, bus):
    try:
        rule = events.describe_rule(Name=name, EventBusName=bus)
    except events.exceptions.ResourceNotFoundException:
        return None
    deployed = {"state": rule["State"], "targets": events.list_targets_by_rule(Rule=name, EventBusName=bus)["Targets"]}
    if "EventPattern" in rule:
        deployed["pattern"] = json.loads(rule["EventPattern"])
    if "ScheduleExpression" in rule:
        deployed["schedule"] = rule["ScheduleExpression"]
    return deployed


def rehearse(endpoint, template_path, stack_name, parameters):
    os.environ.setdefault("AWS_DEFAULT_REGION", REGION)  # the SAM translator reads the region from boto's session
    template = json.loads(json.dumps(load_template(template_path)))
    if is_sam(template):
        template = transform(package(template, client("s3", endpoint)), dict(parameters), NoManagedPolicies())
    cloudformation = client("cloudformation", endpoint)
    cloudformation.create_stack(
        StackName=stack_name,
        TemplateBody=json.dumps(template),
        Parameters=[{"ParameterKey": key, "ParameterValue": value} for key, value in parameters],
        Capabilities=["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"],
    )
    stack = wait_for_stack(cloudformation, stack_name)
    reported = cloudformation.describe_stack_resources(StackName=stack_name)["StackResources"]
    # moto lists skipped resources without a logical id; only the named ones were created.
    created = [r for r in reported if "LogicalResourceId" in r]
    physical_ids = {r["LogicalResourceId"]: r.get("PhysicalResourceId") for r in created}
    supported = set(get_model_map()) | set(NULL_MODELS)
    resources = template.get("Resources", {})
    not_created = [
        {"logicalId": logical_id, "type": resource["Type"], "motoSupportsType": resource["Type"] in supported,
         "condition": resource.get("Condition")}
        for logical_id, resource in resources.items() if logical_id not in physical_ids
    ]
    resolve = Resolver(endpoint, template, stack, dict(parameters), physical_ids)
    events = client("events", endpoint)
    rules = []
    for logical_id, resource in resources.items():
        if resource["Type"] != "AWS::Events::Rule" or logical_id not in physical_ids:
            continue
        properties = resource.get("Properties", {})
        bus = resolve(properties.get("EventBusName", "default"))
        name = physical_ids[logical_id]
        rules.append({"logicalId": logical_id, "bus": bus, "name": name,
                      "expected": expected_rule(resolve, properties), "deployed": deployed_rule(events, name, bus)})
    sqs = client("sqs", endpoint)
    queues = {
        logical_id: sqs.get_queue_attributes(QueueUrl=physical_ids[logical_id], AttributeNames=["All"])["Attributes"]
        for logical_id, resource in resources.items()
        if resource["Type"] == "AWS::SQS::Queue" and logical_id in physical_ids
    }
    lambda_client = client("lambda", endpoint)
    mappings = []
    for logical_id, resource in resources.items():
        if resource["Type"] != "AWS::Lambda::EventSourceMapping" or logical_id not in physical_ids:
            continue
        mapping = lambda_client.get_event_source_mapping(UUID=physical_ids[logical_id])
        mapping.pop("ResponseMetadata", None)
        mappings.append({"logicalId": logical_id, **mapping})
    ssm = client("ssm", endpoint)
    documents = {}
    for logical_id, resource in resources.items():
        if resource["Type"] != "AWS::SSM::Document" or logical_id not in physical_ids:
            continue
        described = ssm.describe_document(Name=physical_ids[logical_id])["Document"]
        content = ssm.get_document(Name=physical_ids[logical_id], DocumentFormat="JSON")["Content"]
        documents[logical_id] = {**described, "content": json.loads(content)}
    return {
        "status": stack["StackStatus"],
        "reason": stack.get("StackStatusReason"),
        "outputs": {o["OutputKey"]: o.get("OutputValue") for o in stack.get("Outputs", [])},
        "templateOutputs": list(template.get("Outputs", {})),
        "created": [{"logicalId": r["LogicalResourceId"], "type": r["ResourceType"], "status": r["ResourceStatus"]} for r in created],
        "notCreated": not_created,
        "rules": rules,
        "queues": queues,
        "eventSourceMappings": mappings,
        "documents": documents,
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--template", required=True)
    parser.add_argument("--stack-name", required=True)
    parser.add_argument("--parameter", action="append", default=[], help="KEY=VALUE, repeatable")
    args = parser.parse_args(argv[1:])
    parameters = [tuple(p.split("=", 1)) for p in args.parameter]
    json.dump(rehearse(args.endpoint, args.template, args.stack_name, parameters), sys.stdout, indent=1, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
