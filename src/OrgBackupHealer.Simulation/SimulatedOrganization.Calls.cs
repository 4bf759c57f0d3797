using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation;

/// <summary>Call accounting, fault injection and hooks: everything that happens around a port call.</summary>
public sealed partial class SimulatedOrganization
{
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly List<WriteCall> _writes = [];
    private readonly Dictionary<string, List<InjectedFault>> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OperationHook>> _hooks = new(StringComparer.Ordinal);

    /// <summary>Calls per operation wire name (one per page for the list operations), including failed ones.</summary>
    public IReadOnlyDictionary<string, int> CallCounts
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_calls, StringComparer.Ordinal);
            }
        }
    }

    public int TotalCalls
    {
        get
        {
            lock (_gate)
            {
                return _calls.Values.Sum();
            }
        }
    }

    /// <summary>Every write call that reached the organization through the port, in order, failed ones included.</summary>
    public IReadOnlyList<WriteCall> Writes
    {
        get
        {
            lock (_gate)
            {
                return [.. _writes];
            }
        }
    }

    /// <summary>Write calls through the port that changed (or tried to change) something, failed ones included.</summary>
    public int TotalWrites
    {
        get
        {
            lock (_gate)
            {
                return _writes.Count;
            }
        }
    }

    public int CallsOf(string operation)
    {
        lock (_gate)
        {
            return _calls.GetValueOrDefault(operation);
        }
    }

    /// <summary>Forgets counted calls and recorded writes (faults and hooks stay armed).</summary>
    public void ResetCounters()
    {
        lock (_gate)
        {
            _calls.Clear();
            _writes.Clear();
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="operation"/> (wire name, e.g. "AttachPolicy") fail
    /// with <paramref name="errorCode"/> before doing anything. HTTP status 400 unless given (ServiceException: 500).
    /// </summary>
    public void InjectFault(string operation, string errorCode, int count = 1, int? httpStatus = null, string? message = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(errorCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var status = httpStatus ?? (errorCode == OrganizationsErrorCodes.ServiceException ? 500 : 400);
        lock (_gate)
        {
            Add(_faults, operation, new InjectedFault(errorCode, count, status, message ?? $"Injected {errorCode} for {operation}."));
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> just before each of the next <paramref name="times"/> calls of
    /// <paramref name="operation"/> executes, e.g. another writer acting between the healer's observe and apply.
    /// The action may use the set-up API; it is not counted as a port call.
    /// </summary>
    public void BeforeOperation(string operation, Action action, int times = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            Add(_hooks, operation, new OperationHook(action, times));
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(item);
    }

    private Task<T> Read<T>(string operation, Func<(T Result, int Pages)> body, CancellationToken cancellationToken) =>
        Call(
            operation,
            () =>
            {
                var (result, pages) = body();
                Count(operation, pages - 1);
                return result;
            },
            onError: null,
            cancellationToken);

    private Task<T> Write<T>(string operation, string arguments, Func<T> body, CancellationToken cancellationToken) =>
        Call(
            operation,
            () =>
            {
                var result = body();
                _writes.Add(new WriteCall(operation, arguments));
                return result;
            },
            onError: e => _writes.Add(new WriteCall(operation, arguments, e.ErrorCode)),
            cancellationToken);

    /// <summary>
    /// One call as the service sees it: hooks first (they may change the organization), then under the lock the
    /// pending states settle, the call is counted, an injected fault or the body's own error is answered the way
    /// the real client answers it.
    /// </summary>
    private Task<T> Call<T>(string operation, Func<T> body, Action<OrganizationsException>? onError, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        RunHooks(operation);
        lock (_gate)
        {
            try
            {
                SettlePendingLocked();
                Count(operation, 1);
                ThrowIfFaulted(operation);
                return Task.FromResult(body());
            }
            catch (OrganizationsException e)
            {
                onError?.Invoke(e);
                return Task.FromException<T>(Named(e, operation));
            }
        }
    }

    /// <summary>The real client names the failed operation on every error; so does the simulation (its errors are made without one).</summary>
    private static OrganizationsException Named(OrganizationsException e, string operation) =>
        new(e.ErrorCode, e.Message, e.HttpStatus, e.InnerException)
        {
            Operation = operation,
            Reason = e.Reason,
            ExceptionType = e.ExceptionType,
        };

    private void Count(string operation, int calls) => _calls[operation] = _calls.GetValueOrDefault(operation) + calls;

    private void ThrowIfFaulted(string operation)
    {
        if (!_faults.TryGetValue(operation, out var faults) || faults.Count == 0)
        {
            return;
        }

        var fault = faults[0];
        if (--fault.Remaining == 0)
        {
            faults.RemoveAt(0);
        }

        throw new OrganizationsException(fault.ErrorCode, fault.Message, fault.HttpStatus);
    }

    /// <summary>Hooks run outside the lock so they can use the set-up API like any other writer.</summary>
    private void RunHooks(string operation)
    {
        Action? action = null;
        lock (_gate)
        {
            if (_hooks.TryGetValue(operation, out var hooks) && hooks.Count > 0)
            {
                var hook = hooks[0];
                action = hook.Action;
                if (--hook.Remaining == 0)
                {
                    hooks.RemoveAt(0);
                }
            }
        }

        action?.Invoke();
    }
}
