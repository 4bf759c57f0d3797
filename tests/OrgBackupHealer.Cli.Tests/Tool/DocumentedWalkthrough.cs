using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using OrgBackupHealer.Testing;

namespace OrgBackupHealer.Cli.Tests.Tool;

/// <summary>
/// The moto walkthrough of docs/cli.md, the shell block after the walkthrough:moto marker, made runnable: a free port
/// instead of 5000, the launcher's absolute path, and an exit trap that stops moto even if a step fails.
/// </summary>
public static partial class DocumentedWalkthrough
{
    public const string Marker = "<!-- walkthrough:moto -->";

    public static string Script(int port)
    {
        var cliDoc = File.ReadAllText(RepositoryPaths.FindAbove(Path.Combine("docs", "cli.md")));
        var block = FencedBlockAfterMarker().Match(cliDoc);
        Assert.True(block.Success, $"docs/cli.md has no ```bash block after {Marker}");
        return "trap 'kill \"$MOTO_PID\" 2>/dev/null' EXIT\n"
            + block.Groups["script"].Value
                .Replace("tests/tools/moto_server.py", RepositoryPaths.MotoLauncher, StringComparison.Ordinal)
                .Replace("5000", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True while something accepts connections on the port.</summary>
    public static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex("<!-- walkthrough:moto -->\\s*```bash\\n(?<script>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlockAfterMarker();
}
