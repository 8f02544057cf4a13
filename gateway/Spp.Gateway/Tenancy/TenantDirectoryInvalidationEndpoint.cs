using MassTransit;

namespace Spp.Gateway.Tenancy;

/// <summary>
/// Registers <see cref="TenantDirectoryInvalidation"/> on a temporary endpoint of its own per
/// gateway instance (non-durable, auto-deleted): a shared queue would hand each event to one
/// instance only, leaving the others' caches stale.
/// </summary>
internal static class TenantDirectoryInvalidationEndpoint
{
    public static void Register(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<TenantDirectoryInvalidation>().Endpoint(e =>
        {
            e.Temporary = true;
            e.InstanceId = InstanceId();
        });

    // Machine name for whoever reads the broker's queue list, a random part so restarts and pods never share.
    private static string InstanceId()
    {
        var machine = new string([.. Environment.MachineName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40)]);
        return $"{(machine.Length > 0 ? machine : "gateway")}-{Guid.NewGuid().ToString("N")[..12]}";
    }
}
