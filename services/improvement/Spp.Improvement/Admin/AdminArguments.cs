namespace Spp.Improvement.Admin;

/// <summary>The parsed arguments of an admin command; anything after <c>--</c> goes to the host's configuration.</summary>
internal sealed record AdminArguments(string Verb, Guid? Id, Dictionary<string, string> Values, string[] HostArgs, string? Error)
{
    public const string Usage = """
        usage: Spp.Improvement admin tenant create --slug <slug> --name <name> [--id <guid>]
               Spp.Improvement admin tenant rename --id <guid> --name <name> [--if-match <etag>]
               Spp.Improvement admin tenant suspend --id <guid> --reason <text> [--if-match <etag>]
               Spp.Improvement admin tenant reinstate --id <guid> [--if-match <etag>]
               Spp.Improvement admin tenant show --id <guid>
               Spp.Improvement admin person grant-national-team <email>
               Spp.Improvement admin seed [--scale <0.0001..10, default 1>] [--seed <n, default 42>] [--parallelism <1..64, default 8>]
        settings as for the service (ConnectionStrings__Improvement, ConnectionStrings__RabbitMq), or after -- as --key=value
        """;

    /// <summary>The verb of <c>person grant-national-team</c>.</summary>
    public const string GrantNationalTeam = "grant-national-team";

    /// <summary>The verb of <c>seed</c>.</summary>
    public const string Seed = "seed";

    private static readonly string[] Verbs = ["create", "rename", "suspend", "reinstate", "show"];

    public string Get(string name) => Values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public static AdminArguments Parse(string[] args)
    {
        var split = Array.IndexOf(args, "--");
        var own = split < 0 ? args : args[..split];
        var hostArgs = split < 0 ? [] : args[(split + 1)..];
        if (own.Length > 0 && own[0] == "person")
        {
            return ParsePerson(own, hostArgs);
        }

        if (own.Length > 0 && own[0] == Seed)
        {
            return ParseSeed(own, hostArgs);
        }

        if (own.Length < 2 || own[0] != "tenant" || !Verbs.Contains(own[1]))
        {
            return new AdminArguments(string.Empty, null, [], hostArgs, "Unknown admin command.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < own.Length; i += 2)
        {
            if (!own[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= own.Length)
            {
                return new AdminArguments(own[1], null, values, hostArgs, $"Expected --option value at '{own[i]}'.");
            }

            values[own[i][2..]] = own[i + 1];
        }

        Guid? id = null;
        if (values.TryGetValue("id", out var raw))
        {
            if (!Guid.TryParse(raw, out var parsed))
            {
                return new AdminArguments(own[1], null, values, hostArgs, "--id must be a GUID.");
            }

            id = parsed;
        }

        var required = own[1] switch
        {
            "create" => new[] { "slug", "name" },
            "rename" => ["id", "name"],
            "suspend" => ["id", "reason"],
            _ => ["id"],
        };
        var missing = required.FirstOrDefault(r => !values.ContainsKey(r));
        return new AdminArguments(own[1], id, values, hostArgs, missing is null ? null : $"--{missing} is required.");
    }

    /// <summary><c>person grant-national-team &lt;email&gt;</c>: the one person command.</summary>
    private static AdminArguments ParsePerson(string[] own, string[] hostArgs)
    {
        if (own.Length != 3 || own[1] != GrantNationalTeam)
        {
            return new AdminArguments(string.Empty, null, [], hostArgs, "Unknown admin command.");
        }

        var problem = People.EmailAddress.Problem(own[2]);
        return new AdminArguments(GrantNationalTeam, null, new Dictionary<string, string>(StringComparer.Ordinal) { ["email"] = own[2] }, hostArgs, problem is null ? null : $"<email>: {problem}");
    }

    /// <summary>The options of <c>seed</c>, as <see cref="SeedOptions"/>.</summary>
    public Spp.Improvement.Seeding.SeedOptions SeedOptions() => new(
        Values.TryGetValue("scale", out var scale) ? double.Parse(scale, System.Globalization.CultureInfo.InvariantCulture) : 1,
        Values.TryGetValue("seed", out var seed) ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : 42,
        Values.TryGetValue("parallelism", out var parallelism) ? int.Parse(parallelism, System.Globalization.CultureInfo.InvariantCulture) : 8);

    /// <summary><c>seed [--scale x] [--seed n] [--parallelism p]</c>: every option has a default.</summary>
    private static AdminArguments ParseSeed(string[] own, string[] hostArgs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < own.Length; i += 2)
        {
            if (own[i] is not ("--scale" or "--seed" or "--parallelism") || i + 1 >= own.Length)
            {
                return new AdminArguments(Seed, null, values, hostArgs, $"Expected --scale, --seed or --parallelism with a value at '{own[i]}'.");
            }

            values[own[i][2..]] = own[i + 1];
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var error =
            values.TryGetValue("scale", out var scale) && !double.TryParse(scale, System.Globalization.NumberStyles.Float, invariant, out _) ? "--scale must be a number, e.g. 0.01."
            : values.TryGetValue("seed", out var seed) && !int.TryParse(seed, System.Globalization.NumberStyles.None, invariant, out _) ? "--seed must be a whole number, 0 or more."
            : values.TryGetValue("parallelism", out var parallelism) && !int.TryParse(parallelism, System.Globalization.NumberStyles.None, invariant, out _) ? "--parallelism must be a whole number."
            : null;
        var parsed = new AdminArguments(Seed, null, values, hostArgs, error);
        return error is null ? parsed with { Error = parsed.SeedOptions().Problem } : parsed;
    }
}
