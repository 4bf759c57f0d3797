namespace OrgBackupHealer.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The nearest ancestor of the test's base directory that contains <paramref name="relativePath"/>.</summary>
    public static string FindAbove(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No '{relativePath}' in any folder above {AppContext.BaseDirectory}.");
    }

    /// <summary>tests/tools/moto_server.py of this repository.</summary>
    public static string MotoLauncher => FindAbove(Path.Combine("tests", "tools", "moto_server.py"));

    /// <summary>The official Organizations service model kept in the repository (tests/models, source in its README).</summary>
    public static string OrganizationsModel =>
        FindAbove(Path.Combine("tests", "models", "organizations-2016-11-28.service-2.json"));
}
