using OrgBackupHealer.Cli.Input;
using OrgBackupHealer.Cli.Output;
using OrgBackupHealer.Core.Desired;
using OrgBackupHealer.Core.Policies;

namespace OrgBackupHealer.Cli.Policies;

/// <summary>
/// A desired policy document read from disk and validated. <see cref="Origin"/> (a <see cref="PolicyOrigins"/> value)
/// says how it was chosen, so the report can say that a file in the working directory won over the shipped one.
/// </summary>
internal sealed record PolicyFile(string Path, PolicyDocument Document, string Origin)
{
    public const string DefaultRelativePath = "policies/" + HealerDefaults.PolicyFileName;

    /// <summary>
    /// Reads <paramref name="requestedPath"/>, or when none was given, policies/backup-policy.json in the working
    /// directory and then the copy shipped beside the binary.
    /// </summary>
    /// <exception cref="CliException">Missing, a directory, too large, not UTF-8, or invalid; the message names the file and each error's JSON path.</exception>
    public static PolicyFile Load(CliHost host, string? requestedPath)
    {
        ArgumentNullException.ThrowIfNull(host);
        var (path, origin) = requestedPath is not null ? (host.ResolvePath(requestedPath), PolicyOrigins.Option) : FindDefault(host);
        var content = InputFile.ReadText(path, "policy file", TextFiles.MaxPolicyFileBytes);
        try
        {
            return new PolicyFile(path, PolicyDocument.Parse(content), origin);
        }
        catch (PolicyDocumentException e)
        {
            throw new CliException($"{path} is not a valid backup policy: {string.Join("; ", e.Errors)}", e);
        }
    }

    private static (string Path, string Origin) FindDefault(CliHost host)
    {
        var inWorkingDirectory = host.ResolvePath(DefaultRelativePath);
        return File.Exists(inWorkingDirectory)
            ? (inWorkingDirectory, PolicyOrigins.WorkingDirectory)
            : (System.IO.Path.Combine(host.AppDirectory, "policies", HealerDefaults.PolicyFileName), PolicyOrigins.Shipped);
    }
}
