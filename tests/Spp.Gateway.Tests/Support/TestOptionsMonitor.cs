using Microsoft.Extensions.Options;

namespace Spp.Gateway.Tests.Support;

/// <summary>An options monitor whose value the test changes, as a configuration reload would.</summary>
internal sealed class TestOptionsMonitor<T>(T initial) : IOptionsMonitor<T>
{
    private readonly List<Action<T, string?>> _listeners = [];

    public T CurrentValue { get; private set; } = initial;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener)
    {
        _listeners.Add(listener);
        return null;
    }

    public void Set(T value)
    {
        CurrentValue = value;
        foreach (var listener in _listeners)
        {
            listener(value, Options.DefaultName);
        }
    }
}
