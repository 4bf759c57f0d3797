namespace OrgBackupHealer.Deployment.Tests;

/// <summary>The checkout the tests run from: the first parent of the test binaries holding the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "OrgBackupHealer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No OrgBackupHealer.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
