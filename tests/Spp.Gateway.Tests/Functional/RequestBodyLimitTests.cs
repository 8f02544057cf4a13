using System.Net;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Functional;

/// <summary>Per-route request body limits (route setting <c>MaxRequestBodySize</c>), with the gateway's default routes.</summary>
public sealed class RequestBodyLimitTests
{
    private const int OneMegabyte = 1024 * 1024;
    private const string AttachmentsPath = "t/acme/api/v1/cycles/0193c6a0-0000-7000-8000-000000000001/evidence/0193c6a0-0000-7000-8000-000000000002/attachments";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(FakeBackend Backend, GatewayHost Gateway)> StartAsync()
    {
        var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        return (backend, await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend)));
    }

    private static ByteArrayContent Body(long bytes) => new(new byte[bytes]);

    // Expect: 100-continue, as large uploads should: a refusal then arrives before the body is sent,
    // rather than while the client is still writing it.
    private static async Task<HttpResponseMessage> PostDeclaredAsync(GatewayHost gateway, string path, long bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(bytes) };
        request.Headers.ExpectContinue = true;
        return await gateway.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_on_an_ordinary_route_is_413_and_nothing_is_forwarded()
    {
        var (backend, gateway) = await StartAsync();
        await using (backend)
        await using (gateway)
        {
            using var response = await PostDeclaredAsync(gateway, "t/acme/api/v1/partnerships", OneMegabyte + 1);

            await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
            Assert.Empty(backend.Forwarded);
        }
    }

    [Fact]
    public async Task A_body_of_one_megabyte_on_an_ordinary_route_is_forwarded()
    {
        var (backend, gateway) = await StartAsync();
        await using (backend)
        await using (gateway)
        {
            using var response = await gateway.Client.PostAsync("api/v1/platform/tenants", Body(OneMegabyte), Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(OneMegabyte, Assert.Single(backend.Forwarded).Body.Length);
        }
    }

    [Fact]
    public async Task A_body_of_unknown_length_that_grows_past_the_limit_is_413()
    {
        var (backend, gateway) = await StartAsync();
        await using (backend)
        await using (gateway)
        {
            using var response = await gateway.Client.PostAsync("t/acme/api/v1/partnerships", new UnsizedContent(OneMegabyte + 1), Ct);

            await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        }
    }

    [Fact]
    public async Task Evidence_attachments_take_bodies_up_to_thirty_megabytes()
    {
        var (backend, gateway) = await StartAsync();
        await using (backend)
        await using (gateway)
        {
            using var accepted = await gateway.Client.PostAsync(AttachmentsPath, new UnsizedContent(2 * OneMegabyte), Ct);
            using var refused = await PostDeclaredAsync(gateway, AttachmentsPath, (30 * OneMegabyte) + 1);

            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal(2 * OneMegabyte, Assert.Single(backend.Forwarded).Body.Length);
            await Problems.AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        }
    }

    [Fact]
    public async Task School_imports_take_bodies_beyond_the_attachment_limit()
    {
        var (backend, gateway) = await StartAsync();
        await using (backend)
        await using (gateway)
        {
            using var accepted = await gateway.Client.PostAsync("api/v1/platform/school-imports", new UnsizedContent((30 * OneMegabyte) + 1), Ct);

            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal((30 * OneMegabyte) + 1, Assert.Single(backend.Forwarded).Body.Length);
        }
    }
}
