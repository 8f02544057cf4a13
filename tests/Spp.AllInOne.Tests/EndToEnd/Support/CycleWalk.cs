using System.Net;
using System.Text.Json;

namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>One school's review cycle as the scenario walks it: its path, people and current ETag.</summary>
internal sealed class CycleWalk(GatewayApi api, string path, SchoolStaff school)
{
    public string Path => path;

    public SchoolStaff School => school;

    /// <summary>The cycle's ETag as the last answer about it gave it.</summary>
    public string ETag { get; set; } = string.Empty;

    public Person LeadReviewer { get; set; } = null!;

    public Person? Reviewer { get; set; }

    /// <summary>Who records evidence: a reviewer when the team has one, else the lead reviewer.</summary>
    public Person Recorder => Reviewer ?? LeadReviewer;

    /// <summary>Reads the cycle as <paramref name="person"/>, keeping its ETag.</summary>
    public async Task<JsonElement> ReadAsync(Person person)
    {
        var answer = await api.OkAsync(HttpMethod.Get, path, person.Token);
        ETag = answer.CurrentETag;
        return answer.Body;
    }

    /// <summary>An update or transition with the current ETag that must succeed; keeps the new ETag.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string route, Person person, object? body = null)
    {
        var answer = await api.OkAsync(method, path + route, person.Token, body, ETag);
        ETag = answer.CurrentETag;
        return answer.Body;
    }

    /// <summary>A create on the cycle that must succeed; keeps the cycle's new ETag and returns the created id.</summary>
    public async Task<Guid> CreatedAsync(string route, Person person, object body)
    {
        var answer = await api.CreatedAsync(path + route, person.Token, body, Guid.NewGuid().ToString());
        if (answer.ETag is { } etag && route is "/self-review/long-list" or "/evidence" or "/findings")
        {
            ETag = etag;
        }

        return answer.Id;
    }

    /// <summary>A call the rule must refuse, with the current ETag.</summary>
    public Task<JsonElement> RefusedAsync(string rule, HttpStatusCode status, string type, HttpMethod method, string route, Person person, object? body = null) =>
        api.RefusedAsync(rule, status, type, method, path + route, person.Token, body, ETag);

    /// <summary>Notes <paramref name="rule"/> as allowed by the call just made.</summary>
    public void Allowed(string rule) => api.Rules.Allowed(rule);
}
