using System.Globalization;

namespace Spp.Benchmarks;

/// <summary>A wrong command line; the message says what is wrong.</summary>
internal sealed class CommandLineException(string message) : Exception(message);

/// <summary><c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public CommandOptions(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"unexpected argument '{name}'");
            }

            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name] = hasValue ? list[++i] : null;
        }
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : throw new CommandLineException($"{name} is required");

    public string? Optional(string name) => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public bool Flag(string name) => values.ContainsKey(name);

    public int Int(string name, int fallback)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new CommandLineException($"{name} must be a positive whole number, not '{text}'");
    }

    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Optional(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new CommandLineException($"{name} must be one of {string.Join(", ", allowed)}, not '{value}'");
    }
}
