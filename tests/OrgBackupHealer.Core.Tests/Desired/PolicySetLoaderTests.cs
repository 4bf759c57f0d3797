using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Tests.Support;

namespace OrgBackupHealer.Core.Tests.Desired;

/// <summary>
/// A policy set file is checked whole before anything runs: every problem reported at once with where it is, the
/// entries' contents through the grammar, and the merge at each target for completeness.
/// </summary>
public sealed class PolicySetLoaderTests
{
    private static readonly string s_production = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "policies", "prod.json"));

    [Fact]
    public void TheShippedExampleSetLoadsWithItsTwoTiersAndItsExemption()
    {
        // Act
        var set = PolicySetLoader.Load(Path.Combine(AppContext.BaseDirectory, "policies", "policy-set.json"));

        // Assert
        Assert.Equal("platform", set.Owner);
        Assert.Equal(["baseline", "prod"], set.Entries.Select(e => e.Key));
        Assert.Equal(HealerMode.Report, set.Find("prod")!.Mode);
        var exemption = Assert.Single(set.Find("baseline")!.Exemptions);
        Assert.Equal(("111122223333", "team-migration", new DateOnly(2027, 3, 31)), (exemption.Target, exemption.Owner, exemption.Expires));
        Assert.False(set.AdoptsLegacyTag);
    }

    [Fact]
    public void AnEntryTakesItsDefaultsForModeAndDescriptionAndCarriesTheOwnerAndKeyAsItsIdentity()
    {
        // Act
        var set = Parse("""{ "owner": "team-a", "policies": [ { "key": "base", "name": "n", "content": "base.json", "targets": ["root"] } ] }""");

        // Assert
        var entry = Assert.Single(set.Entries);
        Assert.Equal(HealerMode.Enforce, entry.Mode);
        Assert.Equal(HealerDefaults.PolicyDescription, entry.Description);
        Assert.Equal(new PolicyIdentity("team-a", "base"), entry.Identity);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnceWithWhereItIs()
    {
        // Arrange: a bad owner, an unknown key, duplicate keys and names, a bad target, a bad mode, a bad date,
        // a target both targeted and exempted, an adopt that is no policy id, a content file that does not exist.
        const string json = """
            { "owner": "team a", "colour": "blue",
              "policies": [
                { "key": "base", "name": "dup", "content": "base.json", "targets": ["root", "ou-bad"], "mode": "sometimes",
                  "exemptions": [ { "target": "111122223333", "reason": "r", "owner": "o", "expires": "31/03/2027" } ] },
                { "key": "base", "name": "DUP", "content": "missing.json", "targets": ["111122223333"], "adopt": "policy-1",
                  "exemptions": [ { "target": "111122223333", "reason": "r", "owner": "o", "expires": "2027-03-31" } ] } ] }
            """;

        // Act
        var errors = Assert.Throws<PolicySetException>(() => Parse(json)).Errors;

        // Assert
        Assert.Contains(errors, e => e.StartsWith("owner: 'team a' must be", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("colour: unknown key", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("policies[0] ('base').targets: \"ou-bad\" is not", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("policies[0] ('base').mode: must be 'enforce', 'report' or 'approve'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("policies[0] ('base').exemptions[0].expires: '31/03/2027' is not a date", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("policies[1] ('base'): 111122223333 is both a target and an exemption", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("policies[1] ('base').adopt: 'policy-1' is not a policy id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("policies[1] ('base').content:", StringComparison.Ordinal) && e.Contains("missing.json", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "policies: key 'base' appears in 2 entries; each entry needs its own");
        Assert.Contains(errors, e => e == "policies: name 'dup' appears in 2 entries; each entry needs its own");
    }

    [Fact]
    public void AContentAwsWouldRefuseIsReportedUnderItsEntryWithItsJsonPath()
    {
        // Act
        var errors = Assert.Throws<PolicySetException>(() => Parse(
            """{ "owner": "o", "policies": [ { "key": "bad", "name": "n", "content": "bad.json", "targets": ["root"] } ] }""",
            ("bad.json", """{"plans":{"p":{"regions":{"@@assign":["moon-1"]}}}}"""))).Errors;

        // Assert
        Assert.Contains(errors, e => e.StartsWith("policies[0] ('bad').content 'bad.json': $.plans.p.regions", StringComparison.Ordinal));
    }

    [Fact]
    public void AChildTierThatHoldsOnlyItsChangesIsAcceptedWhenTheMergeAtItsTargetIsComplete()
    {
        // Act
        var set = Parse(
            """{ "owner": "o", "policies": [ { "key": "base", "name": "b", "content": "base.json", "targets": ["root"] }, { "key": "prod", "name": "p", "content": "prod.json", "targets": ["ou-ab12-34cd56ef"] } ] }""",
            ("prod.json", s_production));

        // Assert
        Assert.Equal(2, set.Entries.Count);
    }

    [Fact]
    public void AMergeWithAnIncompletePlanIsReportedWithTheTargetAndTheEntriesMerged()
    {
        // Arrange: a tier on an OU that adds a plan without rules.
        const string partial = """{"plans":{"extra":{"regions":{"@@assign":["us-east-1"]}}}}""";

        // Act
        var errors = Assert.Throws<PolicySetException>(() => Parse(
            """{ "owner": "o", "policies": [ { "key": "base", "name": "b", "content": "base.json", "targets": ["root"] }, { "key": "extra", "name": "x", "content": "x.json", "targets": ["ou-ab12-34cd56ef"] } ] }""",
            ("x.json", partial))).Errors;

        // Assert
        Assert.Contains(errors, e => e.StartsWith("policies merged at ou-ab12-34cd56ef (base + extra): $.plans.extra", StringComparison.Ordinal));
    }

    [Fact]
    public void NotJsonIsOneErrorSayingSo()
    {
        var errors = Assert.Throws<PolicySetException>(() => Parse("{ \"owner\": ")).Errors;

        Assert.StartsWith("not valid JSON:", Assert.Single(errors), StringComparison.Ordinal);
    }

    private static PolicySet Parse(string json, params (string Name, string Content)[] files)
    {
        var contents = files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
        contents.TryAdd("base.json", SamplePolicies.Shipped);
        return PolicySetLoader.Parse(json, name => contents.TryGetValue(name, out var content) ? content : throw new FileNotFoundException($"'{name}' not found.", name));
    }
}
