using OrgBackupHealer.Function.Runtime;

namespace OrgBackupHealer.Function.Tests;

/// <summary>Environment variables in a dictionary; records every value _X_AMZN_TRACE_ID was given.</summary>
internal sealed class DictionaryEnvironment : IRuntimeEnvironment
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public List<string?> TraceIdHistory { get; } = [];

    public string? this[string name]
    {
        get => GetVariable(name);
        set => SetVariable(name, value);
    }

    public string? GetVariable(string name)
    {
        lock (_gate)
        {
            return _values.TryGetValue(name, out var value) ? value : null;
        }
    }

    public void SetVariable(string name, string? value)
    {
        lock (_gate)
        {
            if (name == LambdaBootstrap.TraceIdVariable)
            {
                TraceIdHistory.Add(value);
            }

            if (value is null)
            {
                _values.Remove(name);
            }
            else
            {
                _values[name] = value;
            }
        }
    }
}
