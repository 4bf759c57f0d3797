using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Policies;

/// <summary>A desired policy document read from disk and validated.</summary>
internal sealed record PolicyFile(string Path, PolicyDocument Document)
{
    public const string DefaultRelativePath = "policies/" + HealerDefaults.PolicyFileName;

    /// <summary>
    /// Reads <paramref name="requestedPath"/>, or when none was given, policies/backup-policy.json in the working
    /// directory and then the copy shipped beside the binary.
    /// </summary>
    /// <exception cref="CliException">Missing or invalid; the message names the file and each error's JSON path.</exception>
    public static PolicyFile Load(CliHost host, string? requestedPath)
    {
        ArgumentNullException.ThrowIfNull(host);
        var path = requestedPath is not null ? host.ResolvePath(requestedPath) : FindDefault(host);
        if (!File.Exists(path))
        {
            throw new CliException($"policy file '{path}' not found.");
        }

        var content = File.ReadAllText(path);
        try
        {
            return new PolicyFile(path, PolicyDocument.Parse(content));
        }
        catch (PolicyDocumentException e)
        {
            throw new CliException($"{path} is not a valid backup policy: {string.Join("; ", e.Errors)}", e);
        }
    }

    private static string FindDefault(CliHost host)
    {
        var inWorkingDirectory = host.ResolvePath(DefaultRelativePath);
        return File.Exists(inWorkingDirectory)
            ? inWorkingDirectory
            : System.IO.Path.Combine(host.AppDirectory, "policies", HealerDefaults.PolicyFileName);
    }
}
