namespace Spp.Gateway.Tenancy;

/// <summary>The service that owns tenants did not answer a lookup; the request gets 503, not 404.</summary>
internal sealed class TenantStoreUnavailableException : Exception
{
    public TenantStoreUnavailableException(string message)
        : base(message)
    {
    }

    public TenantStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
