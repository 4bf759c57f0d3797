# SAM calls `make build-HealerFunction` (BuildMethod: makefile) with ARTIFACTS_DIR set to the directory it zips.
# The function ships as a Native AOT executable named bootstrap plus the policy documents and sets beside it;
# nothing else (no .dbg symbols, no managed assemblies) goes into the deployment package.

FUNCTION_PROJECT := src/OrgBackupHealer.Function/OrgBackupHealer.Function.csproj
# Its own bin/obj tree, so the publish never races a developer's or CI's build of the same projects.
BUILD_ROOT := $(CURDIR)/artifacts/sam-build
PUBLISH_DIR := $(BUILD_ROOT)/publish-HealerFunction

.PHONY: build-HealerFunction mutation

build-HealerFunction:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (sam build sets it)" >&2; exit 2; }
	rm -rf "$(PUBLISH_DIR)"
	dotnet publish "$(FUNCTION_PROJECT)" -c Release -r linux-x64 -p:PublishAot=true --artifacts-path "$(BUILD_ROOT)" -o "$(PUBLISH_DIR)"
	@# A managed bootstrap.dll next to bootstrap means a framework-dependent publish, which dotnet10 cannot run
	@# as "Handler: bootstrap" without the rest of the publish folder: refuse it instead of shipping it.
	@test ! -e "$(PUBLISH_DIR)/bootstrap.dll" || { echo "bootstrap was not published as Native AOT (PublishAot)" >&2; exit 1; }
	mkdir -p "$(ARTIFACTS_DIR)"
	install -m 0755 "$(PUBLISH_DIR)/bootstrap" "$(ARTIFACTS_DIR)/bootstrap"
	@# The policy documents and policy sets under policies/ travel beside bootstrap; a set names its content files
	@# relative to itself, so they stay together in one folder.
	install -m 0644 policies/*.json "$(ARTIFACTS_DIR)/"

# Mutation testing (docs/testing.md): every src project's Stryker.NET configuration, one after the other; fails when a
# project's score is below its break threshold. PROJECT=<name> runs one (core, aws, storage, function, observability,
# cli, simulation); STRYKER_ARGS="..." goes to dotnet stryker, e.g. STRYKER_ARGS='-m "**/Policies/**/*.cs" --concurrency 1'.
mutation:
	bash tests/tools/mutation.sh $(PROJECT) $(if $(STRYKER_ARGS),-- $(STRYKER_ARGS))
