#!/usr/bin/env python3
"""Print an organization's backup-policy state as one JSON document, read with boto3 (an independent client).

Usage: python3 tests/tools/org_picture.py --endpoint http://127.0.0.1:PORT/

The tests judge what the healer did with this picture rather than with the healer's own client: every
BACKUP_POLICY with its name, description, content (byte for byte), tags and targets, and the root's policy types.
Credentials and region come from the environment (moto accepts any).
"""
import argparse
import json

import boto3


def picture(endpoint: str) -> dict:
    client = boto3.client("organizations", endpoint_url=endpoint, region_name="us-east-1")
    roots = client.list_roots()["Roots"]
    policies = []
    for summary in client.list_policies(Filter="BACKUP_POLICY")["Policies"]:
        policy = client.describe_policy(PolicyId=summary["Id"])["Policy"]
        tags = client.list_tags_for_resource(ResourceId=summary["Id"])["Tags"]
        targets = client.list_targets_for_policy(PolicyId=summary["Id"])["Targets"]
        policies.append({
            "id": summary["Id"],
            "name": policy["PolicySummary"]["Name"],
            "description": policy["PolicySummary"].get("Description", ""),
            "content": policy["Content"],
            "tags": {t["Key"]: t["Value"] for t in tags},
            "targets": sorted(t["TargetId"] for t in targets),
        })
    return {
        "rootPolicyTypes": sorted(f"{t['Type']}={t['Status']}" for t in roots[0].get("PolicyTypes", [])),
        "policies": sorted(policies, key=lambda p: p["id"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", required=True)
    print(json.dumps(picture(parser.parse_args().endpoint), sort_keys=True))


if __name__ == "__main__":
    main()
