using Spp.Storage;

namespace Spp.Notifications;

/// <summary>The notifications service's own database (<c>ConnectionStrings__Notifications</c>).</summary>
public sealed class NotificationsDatabase(string serviceName, string? connectionString) : ServiceDatabase(serviceName, connectionString)
{
    /// <summary>The service name that also names the connection string.</summary>
    public const string Name = "Notifications";
}
