namespace OrgBackupHealer.Core.Incidents;

/// <summary>The bus incidents go to, named as EventBridge names a bus: the one rule the function and the CLI both apply.</summary>
public static class IncidentBusName
{
    /// <summary>The name's pattern, as the template's IncidentBusName declares it.</summary>
    public const string Pattern = "^[A-Za-z0-9._-]{1,256}$";

    /// <summary><see cref="Pattern"/>, without the regex's tolerance of a trailing newline.</summary>
    public static bool IsValid(string bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        return bus.Length is >= 1 and <= 256 && bus.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
    }
}
