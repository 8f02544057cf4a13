using System.Globalization;

namespace Spp.Testing;

/// <summary>
/// Private servers live in <c>{servers dir}/private/spp-{kind}-{owner pid}-{port}</c>. A test
/// process that crashed cannot clean up after itself, so the first private server a process
/// starts removes those whose owning process is gone.
/// </summary>
internal static class LeftoverServers
{
    private static readonly Lazy<Task> Removal = new(RemoveAsync);

    public static string PrivateDirectory => Path.Combine(TestServers.ServersDirectory, "private");

    public static Task RemoveOnceAsync() => Removal.Value;

    private static async Task RemoveAsync()
    {
        foreach (var name in CandidateNames())
        {
            var directory = Path.Combine(PrivateDirectory, name);
            var parts = name.Split('-');
            if (parts is not ["spp", var kind, var owner, _]
                || !int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || pid == LocalProcess.CurrentId
                || LocalProcess.IsAlive(pid))
            {
                continue;
            }

            try
            {
                if (kind == "pg" && Environment.IsPrivilegedProcess)
                {
                    await PostgresCluster.DropAsync(name, CancellationToken.None);
                }
                else if (kind == "rabbit")
                {
                    RabbitMqNode.KillLeftover(directory);
                }

                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (Exception)
            {
                // Best effort: a leftover must not fail the test that happens to find it.
            }
        }
    }

    // Folders of private servers, and cluster configurations whose folder was deleted by hand.
    private static IEnumerable<string> CandidateNames()
    {
        var folders = Directory.Exists(PrivateDirectory) ? Directory.GetDirectories(PrivateDirectory) : [];
        var clusters = Directory.Exists("/etc/postgresql") ? Directory.GetDirectories("/etc/postgresql", "spp-pg-*", SearchOption.AllDirectories) : [];
        return folders.Concat(clusters).Select(path => Path.GetFileName(path)).Distinct(StringComparer.Ordinal);
    }
}
