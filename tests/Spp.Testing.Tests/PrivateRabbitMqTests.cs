using System.Net.Sockets;
using System.Text;
using RabbitMQ.Client;

namespace Spp.Testing.Tests;

public sealed class PrivateRabbitMqTests
{
    private static readonly CreateChannelOptions Confirmed = new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Private_rabbitmq_node_answers_the_amqp_handshake()
    {
        await using var node = await PrivateRabbitMq.StartNewAsync(Cancellation);

        Assert.Equal(1, await AmqpFrameTypeAsync(node.AmqpPort));
    }

    [Fact]
    public async Task Private_rabbitmq_node_accepts_connections_again_after_restart_and_keeps_durable_queues()
    {
        await using var node = await PrivateRabbitMq.StartNewAsync(Cancellation);
        var factory = new ConnectionFactory { Uri = node.AmqpUri };
        await using (var connection = await factory.CreateConnectionAsync(Cancellation))
        await using (var channel = await connection.CreateChannelAsync(Confirmed, Cancellation))
        {
            await channel.QueueDeclareAsync("survivor", durable: true, exclusive: false, autoDelete: false, cancellationToken: Cancellation);
            // With confirmations on, this returns once the broker has taken the message.
            await channel.BasicPublishAsync("", "survivor", false, new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes("kept"), Cancellation);
        }

        await node.StopAsync(Cancellation);
        Assert.False(node.IsRunning);
        await Assert.ThrowsAnyAsync<SocketException>(() => AmqpFrameTypeAsync(node.AmqpPort));

        await node.StartAsync(Cancellation);
        await using var again = await factory.CreateConnectionAsync(Cancellation);
        await using var channelAgain = await again.CreateChannelAsync(cancellationToken: Cancellation);
        Assert.Equal(1u, (await channelAgain.QueueDeclarePassiveAsync("survivor", Cancellation)).MessageCount);
    }

    [Fact]
    public async Task Private_rabbitmq_node_starts_again_after_being_killed()
    {
        await using var node = await PrivateRabbitMq.StartNewAsync(Cancellation);

        node.Kill();
        await Assert.ThrowsAnyAsync<SocketException>(() => AmqpFrameTypeAsync(node.AmqpPort));
        await node.StartAsync(Cancellation);

        Assert.Equal(1, await AmqpFrameTypeAsync(node.AmqpPort));
    }

    // Sends the AMQP 0-9-1 protocol header; a broker answers with a method frame (type 1, Connection.Start).
    private static async Task<int> AmqpFrameTypeAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, Cancellation);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), Cancellation);
        var frame = new byte[1];
        await stream.ReadExactlyAsync(frame, Cancellation);
        return frame[0];
    }
}
