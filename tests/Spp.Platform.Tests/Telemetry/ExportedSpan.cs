namespace Spp.Platform.Tests.Telemetry;

/// <summary>A span as a process exported it over OTLP.</summary>
internal sealed record ExportedSpan(string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind)
{
    public override string ToString() => $"{Service} [{Scope}] {Name} kind={Kind} span={SpanId} parent={ParentSpanId}";
}
