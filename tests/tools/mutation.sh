#!/usr/bin/env bash
# Mutation testing of every src project, one Stryker.NET configuration after the other (docs/testing.md).
#
#   tests/tools/mutation.sh                      every project, in the order below
#   tests/tools/mutation.sh function             one project (core, aws, storage, function, observability, cli,
#                                                simulation; the OrgBackupHealer. prefix and case do not matter)
#   tests/tools/mutation.sh core -- -m "**/Policies/**/*.cs" --concurrency 1
#                                                anything after -- goes to each `dotnet stryker` as it is
#   tests/tools/mutation.sh cli-local            the CLI in two parts that together cover it in about an hour
#   tests/tools/mutation.sh cli-state            (the whole configuration starts a moto_server for most mutants, ~3 h):
#                                                cli-local mutates every file but the state-table commands' without the
#                                                moto tests, cli-state those files with them (reports in
#                                                StrykerOutput/Cli-local, StrykerOutput/Cli-state)
#
# Each configuration is tests/OrgBackupHealer.<Name>.Tests/stryker-config.json and runs from that folder (from the
# repository root Stryker would see OrgBackupHealer.sln, switch to solution mode and refuse the configuration's
# test-projects). Reports go to StrykerOutput/<Name>/reports/. Stryker exits non-zero when a project's score is below
# its configuration's thresholds.break (Core 95, the others 85); the script stops at the first such project and
# exits with that code. Also `make mutation` (PROJECT=<name>, STRYKER_ARGS="...").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
all=(Core Aws Storage Function Observability Cli Simulation)

usage() {
    sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# The files only the moto tests reach: the state table's commands and report, the incident publisher, S3 snapshots.
state_files=("**/State/*.cs" "**/Commands/ApproveCommand.cs" "**/Commands/RejectCommand.cs" "**/Commands/ProposalsCommand.cs"
    "**/Commands/StateCommand.cs" "**/Commands/StateResetFlapGuardCommand.cs" "**/Commands/StateShowCommand.cs"
    "**/Commands/StateTableOptions.cs" "**/Commands/IncidentPublisher.cs" "**/Snapshots/SnapshotSource.cs"
    "**/Organization/SdkClientSettings.cs")
part=""
extra=()
case "${1:-}" in
    cli-local)
        part="-local"
        extra=(--test-case-filter "Needs!=moto&Needs!=dotnet-pack" -m "**/*.cs" -m "!**/Program.cs")
        for file in "${state_files[@]}"; do extra+=(-m "!$file"); done
        shift
        set -- cli "$@"
        ;;
    cli-state)
        part="-state"
        for file in "${state_files[@]}"; do extra+=(-m "$file"); done
        shift
        set -- cli "$@"
        ;;
esac

selected=("${all[@]}")
if [[ $# -gt 0 && "$1" != "--" ]]; then
    case "$1" in -h | --help) usage ;; esac
    wanted="${1#OrgBackupHealer.}"
    shift
    selected=()
    for name in "${all[@]}"; do
        if [[ "${name,,}" == "${wanted,,}" ]]; then
            selected=("$name")
        fi
    done
    if [[ ${#selected[@]} -eq 0 ]]; then
        echo "unknown project '$wanted'; one of: ${all[*]}" >&2
        exit 2
    fi
fi
if [[ $# -gt 0 ]]; then
    [[ "$1" == "--" ]] || usage
    shift
fi

cd "$root"
dotnet tool restore >/dev/null

for name in "${selected[@]}"; do
    dir="$root/tests/OrgBackupHealer.$name.Tests"
    echo "== mutation testing OrgBackupHealer.$name ($(date -u +%H:%M:%S) UTC)"
    status=0
    (cd "$dir" && dotnet stryker --config-file stryker-config.json --output "$root/StrykerOutput/$name$part" "${extra[@]}" "$@") || status=$?
    if [[ $status -ne 0 ]]; then
        echo "== OrgBackupHealer.$name: dotnet stryker exited with $status (score below thresholds.break, or a failed run); stopping" >&2
        exit "$status"
    fi
done
echo "== mutation testing done: ${selected[*]} ($(date -u +%H:%M:%S) UTC)"
