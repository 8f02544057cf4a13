using System.Text;

namespace Spp.Platform.Tests.Telemetry;

/// <summary>Decodes an OTLP <c>ExportTraceServiceRequest</c> into spans, with the exporting service's name.</summary>
internal static class OtlpTraceDecoder
{
    public static List<ExportedSpan> Decode(ReadOnlySpan<byte> request)
    {
        var spans = new List<ExportedSpan>();
        var reader = new ProtoReader(request);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                ReadResourceSpans(reader.ReadBytes(), spans);
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return spans;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> data, List<ExportedSpan> spans)
    {
        var service = string.Empty;
        var scopes = new List<byte[]>();
        var reader = new ProtoReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            switch ((field, wire))
            {
                case (1, 2): service = ServiceName(reader.ReadBytes()) ?? service; break;
                case (2, 2): scopes.Add(reader.ReadBytes().ToArray()); break;
                default: reader.Skip(wire); break;
            }
        }

        foreach (var scope in scopes)
        {
            ReadScopeSpans(scope, service, spans);
        }
    }

    private static string? ServiceName(ReadOnlySpan<byte> resource)
    {
        var reader = new ProtoReader(resource);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field != 1 || wire != 2)
            {
                reader.Skip(wire);
                continue;
            }

            var (key, value) = KeyValue(reader.ReadBytes());
            if (key == "service.name")
            {
                return value;
            }
        }

        return null;
    }

    private static (string Key, string? Value) KeyValue(ReadOnlySpan<byte> data)
    {
        string key = string.Empty;
        string? value = null;
        var reader = new ProtoReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                key = Encoding.UTF8.GetString(reader.ReadBytes());
            }
            else if (field == 2 && wire == 2)
            {
                var any = new ProtoReader(reader.ReadBytes());
                while (any.TryReadField(out var f, out var w))
                {
                    if (f == 1 && w == 2)
                    {
                        value = Encoding.UTF8.GetString(any.ReadBytes());
                    }
                    else
                    {
                        any.Skip(w);
                    }
                }
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return (key, value);
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> data, string service, List<ExportedSpan> spans)
    {
        var scopeName = string.Empty;
        var reader = new ProtoReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            switch ((field, wire))
            {
                case (1, 2): scopeName = ScopeName(reader.ReadBytes()); break;
                case (2, 2): spans.Add(Span(reader.ReadBytes(), service, scopeName)); break;
                default: reader.Skip(wire); break;
            }
        }
    }

    private static string ScopeName(ReadOnlySpan<byte> scope)
    {
        var reader = new ProtoReader(scope);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                return Encoding.UTF8.GetString(reader.ReadBytes());
            }

            reader.Skip(wire);
        }

        return string.Empty;
    }

    private static ExportedSpan Span(ReadOnlySpan<byte> data, string service, string scope)
    {
        string traceId = string.Empty, spanId = string.Empty, parent = string.Empty, name = string.Empty;
        var kind = 0;
        var reader = new ProtoReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            switch ((field, wire))
            {
                case (1, 2): traceId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (2, 2): spanId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (4, 2): parent = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (5, 2): name = Encoding.UTF8.GetString(reader.ReadBytes()); break;
                case (6, 0): kind = (int)reader.ReadVarint(); break;
                default: reader.Skip(wire); break;
            }
        }

        return new ExportedSpan(service, scope, traceId, spanId, parent, name, kind);
    }
}
