using System.Text;

namespace Spp.Testing.Telemetry;

/// <summary>Decodes an OTLP <c>ExportTraceServiceRequest</c> into spans, with the exporting service's name.</summary>
internal static class OtlpTraceDecoder
{
    /// <summary>The spans of one request body (protobuf).</summary>
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
        string traceId = string.Empty, spanId = string.Empty, parent = string.Empty, name = string.Empty, status = string.Empty;
        var kind = 0;
        var attributes = new List<KeyValuePair<string, string?>>();
        var events = new List<ExportedSpanEvent>();
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
                case (9, 2): attributes.Add(Attribute(reader.ReadBytes())); break;
                case (11, 2): events.Add(Event(reader.ReadBytes())); break;
                case (15, 2): status = StatusMessage(reader.ReadBytes()); break;
                default: reader.Skip(wire); break;
            }
        }

        return new ExportedSpan(service, scope, traceId, spanId, parent, name, kind) { Attributes = attributes, Events = events, StatusMessage = status };
    }

    private static KeyValuePair<string, string?> Attribute(ReadOnlySpan<byte> data)
    {
        var (key, value) = KeyValue(data);
        return new(key, value);
    }

    // Span.Event: time_unix_nano = 1, name = 2, attributes = 3.
    private static ExportedSpanEvent Event(ReadOnlySpan<byte> data)
    {
        var name = string.Empty;
        var attributes = new List<KeyValuePair<string, string?>>();
        var reader = new ProtoReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            switch ((field, wire))
            {
                case (2, 2): name = Encoding.UTF8.GetString(reader.ReadBytes()); break;
                case (3, 2): attributes.Add(Attribute(reader.ReadBytes())); break;
                default: reader.Skip(wire); break;
            }
        }

        return new ExportedSpanEvent(name, attributes);
    }

    // Status: message = 2, code = 3.
    private static string StatusMessage(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 2 && wire == 2)
            {
                return Encoding.UTF8.GetString(reader.ReadBytes());
            }

            reader.Skip(wire);
        }

        return string.Empty;
    }
}
