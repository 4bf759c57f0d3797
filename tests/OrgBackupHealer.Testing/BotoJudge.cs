using System.Diagnostics;
using System.Text.Json;

namespace OrgBackupHealer.Testing;

/// <summary>
/// What an organization in moto holds, read with boto3 through tests/tools/org_picture.py: an independent client
/// judges what the healer did, so a bug shared by the healer's client and its tests cannot hide.
/// </summary>
public static class BotoJudge
{
    public static async Task<OrganizationJudgement> PictureAsync(MotoServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var start = new ProcessStartInfo(MotoServer.Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.FindAbove(Path.Combine("tests", "tools", "org_picture.py")));
        start.ArgumentList.Add("--endpoint");
        start.ArgumentList.Add(server.Endpoint.ToString());
        foreach (var (name, value) in server.ClientEnvironment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"org_picture.py failed ({process.ExitCode}): {await stderr}");
        }

        return new OrganizationJudgement(text.Trim());
    }
}

/// <summary>The picture boto3 read: compare two of them as text, or look at one policy.</summary>
public sealed record OrganizationJudgement(string Json)
{
    public JsonElement Root => JsonDocument.Parse(Json).RootElement;

    public IReadOnlyList<JsonElement> Policies => [.. Root.GetProperty("policies").EnumerateArray()];

    public JsonElement Policy(string id) => Policies.Single(p => p.GetProperty("id").GetString() == id);

    public JsonElement PolicyNamed(string name) => Policies.Single(p => p.GetProperty("name").GetString() == name);

    /// <summary>One policy exactly as boto3 read it: name, description, content, tags, targets.</summary>
    public string PolicyText(string id) => Policy(id).GetRawText();
}
