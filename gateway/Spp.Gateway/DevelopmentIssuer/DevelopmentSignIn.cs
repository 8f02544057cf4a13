namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>The <c>--dev-sign-in</c> command-line flag of the gateway and the all-in-one host.</summary>
public static class DevelopmentSignIn
{
    /// <summary>The flag.</summary>
    public const string Flag = "--dev-sign-in";

    /// <summary>
    /// The arguments without the flag, which the configuration's command-line reader must not see:
    /// it would take the next argument (<c>--urls …</c>) as the flag's value.
    /// </summary>
    public static string[] WithoutFlag(string[] args, out bool requested)
    {
        ArgumentNullException.ThrowIfNull(args);
        requested = args.Contains(Flag, StringComparer.Ordinal);
        return [.. args.Where(a => !string.Equals(a, Flag, StringComparison.Ordinal))];
    }

    /// <summary>Turns the development issuer on, above every other configuration source, when the flag was given.</summary>
    public static void Apply(IConfigurationBuilder configuration, bool requested)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (requested)
        {
            configuration.AddInMemoryCollection([new(DevelopmentIssuerOptions.EnabledKey, "true")]);
        }
    }
}
