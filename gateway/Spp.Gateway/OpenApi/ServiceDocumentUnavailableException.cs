namespace Spp.Gateway.OpenApi;

/// <summary>A service's document could not be fetched and no earlier copy is at hand.</summary>
public sealed class ServiceDocumentUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServiceDocumentUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ServiceDocumentUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ServiceDocumentUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
