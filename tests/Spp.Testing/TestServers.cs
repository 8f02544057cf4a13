namespace Spp.Testing;

/// <summary>
/// The shared test servers that <c>tests/run</c> starts on loopback, found through environment
/// variables. Reading a server that is not configured skips the test locally and fails it in CI
/// (see <see cref="ServerRequirement"/>).
/// </summary>
public static class TestServers
{
    /// <summary>Connection string (without a database) of the shared PostgreSQL test server.</summary>
    public const string PostgresVariable = "SPP_TEST_POSTGRES";

    /// <summary>AMQP URI of the shared RabbitMQ test node.</summary>
    public const string RabbitMqVariable = "SPP_TEST_RABBITMQ";

    /// <summary>Folder under which fixtures keep the data of the servers they start themselves.</summary>
    public const string ServersDirectoryVariable = "SPP_TEST_SERVERS_DIR";

    /// <summary>Connection string of the shared PostgreSQL server, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>.</summary>
    public static string Postgres => ServerRequirement.Variable(PostgresVariable, "PostgreSQL");

    /// <summary>AMQP URI of the shared RabbitMQ node, e.g. <c>amqp://guest:guest@127.0.0.1:55672/</c>.</summary>
    public static Uri RabbitMq => new(ServerRequirement.Variable(RabbitMqVariable, "RabbitMQ"));

    /// <summary>Whether <see cref="PostgresVariable"/> is set.</summary>
    public static bool HasPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>Whether <see cref="RabbitMqVariable"/> is set.</summary>
    public static bool HasRabbitMq => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RabbitMqVariable));

    /// <summary>True when running in CI (<c>CI=true</c>), where a missing server fails a test instead of skipping it.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Folder for the data of privately started servers (<see cref="ServersDirectoryVariable"/>, else a temp folder).</summary>
    public static string ServersDirectory =>
        Environment.GetEnvironmentVariable(ServersDirectoryVariable) is { Length: > 0 } directory
            ? directory
            : Path.Combine(Path.GetTempPath(), "spp-test-servers");
}
