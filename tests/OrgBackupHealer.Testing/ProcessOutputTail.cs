namespace OrgBackupHealer.Testing;

/// <summary>The last lines a child process printed, kept for error messages; older lines are dropped.</summary>
internal sealed class ProcessOutputTail
{
    private const int MaxLines = 40;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    public bool Contains(string text) => ToString().Contains(text, StringComparison.Ordinal);

    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }
}
