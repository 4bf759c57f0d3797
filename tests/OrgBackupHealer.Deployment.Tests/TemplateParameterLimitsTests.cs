using System.Text.Json.Nodes;
using OrgBackupHealer.Function.Configuration;

namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// Every template parameter the function reads accepts exactly what the function accepts, so a stack never deploys a
/// value that then fails every cold start (CoverageShare=0.95 did). Two checks: the declarations carry the function's
/// own patterns, values and lengths (<see cref="ConfigurationLimits"/>); and a corpus of values at and around every
/// bound, plus each default, is judged by the declaration as CloudFormation would and by
/// <see cref="HealerConfiguration.Load"/>, and the verdicts must agree. An empty value is the function's "unset" (its
/// default), and the function forgives whitespace around non-id values: the corpus leaves both out, since the template
/// never passes them.
/// </summary>
public sealed class TemplateParameterLimitsTests
{
    /// <summary>Values to try for each variable the template fills from a parameter: bounds, one past them, look-alikes.</summary>
    private static readonly Dictionary<string, string[]> s_probes = new(StringComparer.Ordinal)
    {
        [EnvironmentVariables.PolicyName] = ["a", new string('p', 128), new string('p', 129), "org backup (prod)", "名前"],
        [EnvironmentVariables.TargetIds] =
        [
            "root", "r-ab12", "ou-ab12-cdef3456", "123456789012", "root,123456789012,ou-ab12-cdef3456", "root,root", "root, 123456789012",
            "root,", ",root", "１２３４５６７８９０１２", "123456789012\n", "12345678901", "1234567890123", "ou-AB12-cdef3456", "Root", "r-ab1",
        ],
        [EnvironmentVariables.AdoptPolicyId] =
            ["", "p-abcd1234", "p-ABCD_1234", "p-abc", "p-abcd1234\n", "p-abcd１２３４", "P-abcd1234", "p-" + new string('a', 128), "p-" + new string('a', 129)],
        [EnvironmentVariables.Mode] = ["enforce", "report", "approve", "Enforce", "REPORT", "Approve", "enforce,report"],
        [EnvironmentVariables.ProposalHours] = ["0", "1", "9", "10", "24", "99", "100", "159", "160", "168", "169", "200", "024", "+24", "1.5", "-1", "２４"],
        [EnvironmentVariables.IncidentBus] = ["default", "org-incidents", "a.b_c-d", new string('b', 256), new string('b', 257), "bus/name", "arn:aws:events:us-east-1:111122223333:event-bus/x", "bus name", "büs"],
        [EnvironmentVariables.CoalesceSeconds] = ["-1", "0", "1", "60", "999", "1000", "3599", "3600", "3601", "10000", "1.5", "060", "+60", "1e3", "６０"],
        [EnvironmentVariables.MaxHealingRunsPerHour] = ["0", "1", "6", "999", "1000", "1001", "6.0", "06", "+6", "-1"],
        [EnvironmentVariables.CoverageShare] = ["0", "0.0", "0.5", ".5", "0.9", "0.90", "0.9000000000000000001", "0.91", "0.95", "1", "0.", "00.5", "-0.1", "5e-1"],
        [EnvironmentVariables.MetricsNamespace] = ["OrgBackupHealer", "Org Backup", "a/b#c:d-e_f.g", new string('n', 255), new string('n', 256), "Überwachung"],
    };

    /// <summary>Variables whose value is not a range but is checked against something else at start-up, and where.</summary>
    private static readonly Dictionary<string, string> s_judgedElsewhere = new(StringComparer.Ordinal)
    {
        [EnvironmentVariables.Owner] = "must equal the policy set's owner: a consistency check of HealerConfiguration.Load",
        [EnvironmentVariables.PolicySet] = "a file shipped beside the function, read and checked whole by PolicySetLoader",
    };

    [Fact]
    public async Task EveryParameterTheFunctionReadsIsProbedHere()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();

        // Act
        var read = ParametersTheFunctionReads(template).Keys.ToList();

        // Assert: a new parameter passed to the function needs its limit in ConfigurationLimits and its probes above.
        Assert.Empty(read.Except(s_probes.Keys).Except(s_judgedElsewhere.Keys));
        Assert.Empty(s_probes.Keys.Except(read));
    }

    [Fact]
    public async Task TheDeclarationsCarryTheFunctionsOwnLimits()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        JsonNode Declared(string parameter, string property) =>
            template["Parameters"]?[parameter]?[property] ?? throw new InvalidOperationException($"{parameter} declares no {property}");

        // Act and assert
        Assert.Equal(ConfigurationLimits.CoalesceSecondsPattern, Declared("CoalesceSeconds", "AllowedPattern").GetValue<string>());
        Assert.Equal(ConfigurationLimits.HealingRunsPerHourPattern, Declared("MaxHealingRunsPerHour", "AllowedPattern").GetValue<string>());
        Assert.Equal(ConfigurationLimits.CoverageSharePattern, Declared("CoverageShare", "AllowedPattern").GetValue<string>());
        Assert.Equal(ConfigurationLimits.MetricsNamespacePattern, Declared("MetricsNamespace", "AllowedPattern").GetValue<string>());
        Assert.Equal(ConfigurationLimits.Modes, Declared("Mode", "AllowedValues").AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(ConfigurationLimits.ProposalHoursPattern, Declared("ProposalExpiryHours", "AllowedPattern").GetValue<string>());
        Assert.Equal(ConfigurationLimits.IncidentBusPattern, Declared("IncidentBusName", "AllowedPattern").GetValue<string>());
        Assert.Equal(ConfigurationLimits.MaxPolicyNameLength, Declared("PolicyName", "MaxLength").GetValue<int>());
    }

    [Fact]
    public async Task TheTemplateAndTheFunctionAcceptTheSameValues()
    {
        // Arrange
        var template = await SamTemplate.LoadAsync();
        var parameters = ParametersTheFunctionReads(template);

        // Act: each probe and each default, judged by both.
        var disagreements = new List<string>();
        foreach (var (variable, check) in parameters)
        {
            foreach (var value in s_probes.GetValueOrDefault(variable, []).Append(check.DefaultValue).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                var (byTemplate, byFunction) = (check.Accepts(value), FunctionAccepts(variable, value));
                if (byTemplate != byFunction)
                {
                    disagreements.Add($"{check.Name} = '{value}': the template {(byTemplate ? "accepts" : "refuses")} it, the function {(byFunction ? "accepts" : "refuses")} it");
                }
            }
        }

        // Assert
        Assert.Empty(disagreements);
    }

    /// <summary>
    /// Environment variable → the check of the parameter it is set from in HealerFunction: <c>!Ref Parameter</c>, also as
    /// a branch of <c>!If</c> (a variable only some configurations set).
    /// </summary>
    private static Dictionary<string, ParameterCheck> ParametersTheFunctionReads(JsonObject template)
    {
        var parameters = template["Parameters"]!.AsObject();
        var variables = SamTemplate.Resource(template, "HealerFunction")["Properties"]?["Environment"]?["Variables"]?.AsObject()
            ?? throw new InvalidOperationException("HealerFunction has no environment variables");
        return variables
            .Select(v => (Variable: v.Key, Parameter: ReferencedParameter(v.Value, parameters)))
            .Where(v => v.Parameter is not null)
            .ToDictionary(v => v.Variable, v => new ParameterCheck(v.Parameter!, parameters[v.Parameter!]!.AsObject()), StringComparer.Ordinal);
    }

    private static string? ReferencedParameter(JsonNode? value, JsonObject parameters) => value switch
    {
        JsonObject { Count: 1 } reference when reference["Ref"] is JsonValue name && parameters.ContainsKey(name.GetValue<string>()) => name.GetValue<string>(),
        JsonObject { Count: 1 } choice when choice["Fn::If"] is JsonArray { Count: 3 } branches =>
            ReferencedParameter(branches[1], parameters) ?? ReferencedParameter(branches[2], parameters),
        _ => null,
    };

    private static bool FunctionAccepts(string variable, string value)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EnvironmentVariables.PolicyFile] = RepositoryRoot.Combine("policies", "backup-policy.json"),

            // The template always sets the state table from its own resource (approve mode needs one).
            [EnvironmentVariables.StateTable] = "healer-state",
            [variable] = value,
        };
        try
        {
            HealerConfiguration.Load(name => environment.GetValueOrDefault(name), RepositoryRoot.Path);
            return true;
        }
        catch (ConfigurationException)
        {
            return false;
        }
    }
}
