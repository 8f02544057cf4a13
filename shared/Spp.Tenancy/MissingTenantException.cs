namespace Spp.Tenancy;

/// <summary>Raised when tenant-owned data is touched by a request that carries no tenant.</summary>
public sealed class MissingTenantException : InvalidOperationException
{
    /// <summary>Creates the exception with the standard message.</summary>
    public MissingTenantException()
        : base("This operation needs a tenant, and the request carries none.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public MissingTenantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public MissingTenantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
