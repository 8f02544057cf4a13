using Microsoft.AspNetCore.Http;
using Spp.Gateway.Forwarder;

namespace Spp.Gateway.Tests.Forwarder;

public sealed class HopByHopHeadersTests
{
    [Theory]
    [InlineData("Connection")]
    [InlineData("keep-alive")]
    [InlineData("TE")]
    [InlineData("Trailer")]
    [InlineData("Transfer-Encoding")]
    [InlineData("Upgrade")]
    [InlineData("Proxy-Authorization")]
    [InlineData("Proxy-Connection")]
    [InlineData("Proxy-Anything")]
    public void Connection_level_headers_are_hop_by_hop(string name) => Assert.True(HopByHopHeaders.IsHopByHop(name));

    [Theory]
    [InlineData("Content-Type")]
    [InlineData("Accept")]
    [InlineData("X-Proxy-Id")]
    public void Message_headers_are_not(string name) => Assert.False(HopByHopHeaders.IsHopByHop(name));

    [Fact]
    public void Headers_named_by_connection_are_listed() =>
        Assert.Equal(["keep-alive", "x-a", "x-b"], HopByHopHeaders.ListedIn(new(["keep-alive, X-A", " x-b "])).Select(h => h.ToLowerInvariant()).Order());

    [Theory]
    [InlineData("http://127.0.0.1:8081/", "/api/v1/x", "?a=1", "http://127.0.0.1:8081/api/v1/x?a=1")]
    [InlineData("http://svc/base/", "/api/v1/x", "", "http://svc/base/api/v1/x")]
    [InlineData("http://svc/base", "/api/v1/a%20b", "", "http://svc/base/api/v1/a%20b")]
    public void Destination_uri_keeps_the_base_path_and_the_query(string address, string path, string query, string expected) =>
        Assert.Equal(expected, DestinationUris.Combine(new Uri(address), PathString.FromUriComponent(path), new QueryString(query.Length == 0 ? null : query)).AbsoluteUri);
}
