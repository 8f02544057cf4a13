namespace Spp.Testing.Telemetry;

/// <summary>A span as a process exported it over OTLP.</summary>
/// <param name="Service">The exporting process's <c>service.name</c>.</param>
/// <param name="Scope">The instrumentation scope (activity source) that made it.</param>
/// <param name="TraceId">The trace id, lower-case hex.</param>
/// <param name="SpanId">The span id, lower-case hex.</param>
/// <param name="ParentSpanId">The parent span id, lower-case hex; empty for a root.</param>
/// <param name="Name">The span's name.</param>
/// <param name="Kind">The OTLP span kind (1 internal, 2 server, 3 client, 4 producer, 5 consumer).</param>
public sealed record ExportedSpan(string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind)
{
    /// <summary>The span's attributes with string values (others have a null value).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Attributes { get; init; } = [];

    /// <summary>The span's events (exceptions among them), each with its attributes.</summary>
    public IReadOnlyList<ExportedSpanEvent> Events { get; init; } = [];

    /// <summary>The message of the span's status, empty when none was set.</summary>
    public string StatusMessage { get; init; } = string.Empty;

    /// <summary>Every text the span carries: its name, attribute keys and values, events and status message.</summary>
    public IEnumerable<string> Texts() =>
        new[] { Name, StatusMessage }
            .Concat(Attributes.SelectMany(a => new[] { a.Key, a.Value ?? string.Empty }))
            .Concat(Events.SelectMany(e => e.Attributes.SelectMany(a => new[] { a.Key, a.Value ?? string.Empty }).Prepend(e.Name)));

    /// <inheritdoc/>
    public override string ToString() => $"{Service} [{Scope}] {Name} kind={Kind} span={SpanId} parent={ParentSpanId}";
}

/// <summary>An event of an exported span.</summary>
/// <param name="Name">The event's name (<c>exception</c> for a recorded exception).</param>
/// <param name="Attributes">Its attributes with string values.</param>
public sealed record ExportedSpanEvent(string Name, IReadOnlyList<KeyValuePair<string, string?>> Attributes);
