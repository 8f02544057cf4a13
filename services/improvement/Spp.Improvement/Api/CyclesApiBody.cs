using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spp.Improvement.Api;

/// <summary>
/// A JSON request body read strictly: a field the request type does not have (a "grade", say: SPP
/// grades nothing) or a malformed value is a 400 naming the field, never silently dropped.
/// </summary>
/// <typeparam name="T">The request record; nullable members so that missing fields are reported per field.</typeparam>
public sealed class JsonBody<T>
    where T : class
{
    private JsonBody(T? value, Dictionary<string, string[]>? errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The body when it was read, otherwise null.</summary>
    public T? Value { get; }

    /// <summary>Field errors when the body could not be read, otherwise null.</summary>
    public Dictionary<string, string[]>? Errors { get; }

    /// <summary>Minimal API binding.</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Minimal APIs bind a parameter through a static BindAsync on its own type.")]
    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasJsonContentType())
        {
            return Failed("body", "Send a JSON body (Content-Type: application/json).");
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, StrictJson.Options, context.RequestAborted);
            return value is null ? Failed("body", "A JSON object is required.") : new JsonBody<T>(value, null);
        }
        catch (JsonException e)
        {
            // The path names the field; the message is ours, never the value sent (it may mention pupils).
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return Failed(field, "This field is unknown or its value is not valid here.");
        }
    }

    private static JsonBody<T> Failed(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The API's JSON conventions (web names, enums as strings) with unknown members refused.</summary>
internal static class StrictJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
