using System.Text.Json.Nodes;
using OrgBackupHealer.Core.Inheritance;

namespace OrgBackupHealer.Core.Policies.Internal;

/// <summary>
/// A document's operators applied as if it were the only policy on the path: <c>@@assign</c> and <c>@@append</c> set
/// values, child control operators drop out, containers left empty disappear. An effective policy, already free of
/// operators, resolves to itself, so the checks that read resolved values work on either.
/// </summary>
internal static class PolicyResolution
{
    private const string Alone = "(checked alone)";

    public static JsonObject Resolve(JsonObject document) =>
        EffectivePolicyCalculator.Compute([new PathTarget(Alone, [new AttachedPolicy(Alone, Alone, document.ToJsonString())])]).Document;
}
