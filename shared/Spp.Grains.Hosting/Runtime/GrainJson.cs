using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>
/// How grain state and outbox payloads are written. Unknown members are ignored and missing ones
/// keep their defaults, which is what makes additive state changes load old rows.
/// </summary>
public static class GrainJson
{
    /// <summary>The serializer options for state and events.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
