namespace Spp.Gateway.Identity;

/// <summary>The service that owns people did not answer who a caller is; the request gets 503, never a guess.</summary>
internal sealed class SignInUnavailableException : Exception
{
    public SignInUnavailableException(string message)
        : base(message)
    {
    }

    public SignInUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
