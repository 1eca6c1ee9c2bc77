using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>Keeps formatted log lines (never the exception objects, which could keep a plugin loaded) and echoes them to xunit.</summary>
internal sealed class TestLogger<T>(ITestOutputHelper? output) : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = $"{logLevel}: {formatter(state, exception)}";
        lock (_gate)
        {
            _lines.Add(line);
        }

        try
        {
            output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // Background work logging after its test ended; the line is kept above.
        }
    }
}
