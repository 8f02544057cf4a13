using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spp.AllInOne.Tests.Support;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>
/// The public API of a running all-in-one, called as a client would through its gateway: every
/// answer is checked against the status the scenario expects, and every problem+json body received
/// is kept (a test may search them for data that must never appear in one).
/// </summary>
internal sealed class GatewayApi(AllInOneProcess platform)
{
    public const string ProblemBase = "https://spp-platform.org/problems/";

    private readonly ConcurrentQueue<string> _problems = new();

    public AllInOneProcess Platform => platform;

    public RuleLedger Rules { get; } = new();

    /// <summary>Every problem+json body the API answered so far.</summary>
    public IReadOnlyCollection<string> ProblemBodies => _problems;

    /// <summary>Sends a request and returns the answer, whatever its status.</summary>
    public async Task<Answer> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body),
        };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await platform.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            _problems.Enqueue(text);
        }

        var json = text.Length > 0 && text.TrimStart()[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new Answer(response.StatusCode, json, response.Headers.ETag?.ToString());
    }

    /// <summary>Sends and requires <paramref name="expected"/>.</summary>
    public async Task<Answer> ExpectAsync(HttpStatusCode expected, HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        var answer = await SendAsync(method, path, token, body, ifMatch, idempotencyKey);
        Assert.True(answer.Status == expected, $"{method} {path}: expected {(int)expected}, got {(int)answer.Status} {answer.Body}");
        return answer;
    }

    public Task<Answer> OkAsync(HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null) =>
        ExpectAsync(HttpStatusCode.OK, method, path, token, body, ifMatch);

    public Task<Answer> CreatedAsync(string path, string? token, object? body, string? idempotencyKey = null) =>
        ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, token, body, idempotencyKey: idempotencyKey);

    /// <summary>
    /// Sends a call a rule must refuse: requires <paramref name="status"/> with problem type
    /// <c>{ProblemBase}{type}</c>, and notes the rule as shown refused.
    /// </summary>
    public async Task<JsonElement> RefusedAsync(string rule, HttpStatusCode status, string type, HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null)
    {
        var answer = await SendAsync(method, path, token, body, ifMatch);
        Assert.True(answer.Status == status, $"{rule}: {method} {path}: expected {(int)status}, got {(int)answer.Status} {answer.Body}");
        Assert.Equal(ProblemBase + type, answer.Body.GetProperty("type").GetString());
        if (status == HttpStatusCode.UnprocessableEntity)
        {
            Assert.Equal(rule, answer.Body.GetProperty("rule").GetString());
        }

        Rules.Refused(rule);
        return answer.Body;
    }

    /// <summary>Notes that a call the rule governs was allowed (its answer already checked by the caller).</summary>
    public T Allowed<T>(string rule, T answer)
    {
        Rules.Allowed(rule);
        return answer;
    }
}
