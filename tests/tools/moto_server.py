#!/usr/bin/env python3
"""Start moto's server for the tests, with one gap of moto 5.2.1 patched.

Usage: python3 tests/tools/moto_server.py [--host 127.0.0.1] --port PORT [--parent-pid PID]

moto 5.2.1 lists BACKUP_POLICY among the supported policy types but has no ARN format for it, so
CreatePolicy with Type=BACKUP_POLICY raises NotImplementedError (HTTP 500). The patch below creates
such a policy the way moto creates a TAG_POLICY and then gives it its own type and the ARN format AWS
uses (arn:aws:organizations::<management account>:policy/<org id>/backup_policy/<policy id>).
moto 5.2.1 does not model ListAccountsWithInvalidEffectivePolicy and ListEffectivePolicyValidationErrors (2025
APIs). The second patch answers them as an organization with no invalid effective policy does, with exactly the
members the service model gives their outputs, so the coverage check can run against moto. The tests that need an
invalid account use stub answers or the simulated organization.
Nothing else in moto is changed.
"""
import argparse
import os
import sys
import threading
import time

try:
    from moto.organizations import models, utils
    from moto.server import main as moto_main
except ImportError as error:  # The .NET fixture prints this line when moto is missing.
    sys.stderr.write(f"moto is not installed for {sys.executable}: {error}. Install it with: pip install 'moto[server]==5.2.1'\n")
    sys.exit(3)

BACKUP_POLICY_ARN_FORMAT = "arn:{0}:organizations::{1}:policy/{2}/backup_policy/{3}"


def _patch_backup_policy() -> None:
    original_init = models.FakePolicy.__init__
    if getattr(original_init, "_backup_policy_patch", False):
        return

    def init(self, organization, **kwargs):
        if kwargs.get("Type") != "BACKUP_POLICY":
            original_init(self, organization, **kwargs)
            return
        original_init(self, organization, **{**kwargs, "Type": "TAG_POLICY"})
        self.type = "BACKUP_POLICY"
        self._arn_format = BACKUP_POLICY_ARN_FORMAT

    init._backup_policy_patch = True
    models.FakePolicy.__init__ = init
    utils.BACKUP_POLICY_ARN_FORMAT = BACKUP_POLICY_ARN_FORMAT


def _patch_effective_policy_validation() -> None:
    import json

    from moto.organizations.responses import OrganizationsResponse

    if getattr(OrganizationsResponse, "list_accounts_with_invalid_effective_policy", None):
        return

    def list_accounts_with_invalid_effective_policy(self) -> str:
        return json.dumps({"Accounts": [], "PolicyType": self._get_param("PolicyType")})

    def list_effective_policy_validation_errors(self) -> str:
        account_id = self._get_param("AccountId")
        return json.dumps({
            "AccountId": account_id,
            "PolicyType": self._get_param("PolicyType"),
            "EffectivePolicyValidationErrors": [],
        })

    OrganizationsResponse.list_accounts_with_invalid_effective_policy = list_accounts_with_invalid_effective_policy
    OrganizationsResponse.list_effective_policy_validation_errors = list_effective_policy_validation_errors


def _patch_cloudformation_ssm_document() -> None:
    """CloudFormation takes an AWS::SSM::Document's Content as an object and hands the service its text; moto 5.2.1
    stores the object itself, and DescribeDocument then fails hashing it. Serialized here as CloudFormation would
    (JSON, which a YAML document format reads as well)."""
    import json

    from moto.ssm.models import Document

    original = Document.create_from_cloudformation_json.__func__
    if getattr(original, "_content_patch", False):
        return

    def create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs):
        properties = cloudformation_json.get("Properties", {})
        if isinstance(properties.get("Content"), (dict, list)):
            properties = {**properties, "Content": json.dumps(properties["Content"])}
            cloudformation_json = {**cloudformation_json, "Properties": properties}
        return original(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)

    create._content_patch = True
    Document.create_from_cloudformation_json = classmethod(create)


def _exit_when_parent_dies(parent_pid: int) -> None:
    """A test host that crashes cannot kill its server: the server notices and leaves by itself."""

    def watch() -> None:
        while True:
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:
                pass  # alive, owned by someone else
            time.sleep(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--parent-pid", type=int, help="exit when this process is gone")
    args = parser.parse_args()
    _patch_backup_policy()
    _patch_effective_policy_validation()
    _patch_cloudformation_ssm_document()
    if args.parent_pid:
        _exit_when_parent_dies(args.parent_pid)
    moto_main(["--host", args.host, "--port", str(args.port)])


if __name__ == "__main__":
    main()
