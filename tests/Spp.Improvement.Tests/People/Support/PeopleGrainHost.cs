using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Spp.Contracts.Identity;
using Spp.Improvement.People;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.People.Support;

/// <summary>The improvement domain over SQLite with a clock the tests move, for people, invitations and hosts.</summary>
public sealed class PeopleGrainHost() : DomainGrainHost("improvement-people")
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public SignInResolver SignIn => Services.GetRequiredService<SignInResolver>();

    public IPersonGrain Person(Guid id) => Grains.GetGrain<IPersonGrain>(id);

    protected override TimeProvider? TimeSource => Clock;

    /// <summary>Signs a new identity in, with <paramref name="email"/> when given.</summary>
    public Task<SignInResolution> SignInAsync(string? email, string? subject = null, string issuer = "https://id.example") =>
        SignIn.ResolveAsync(new SignInRequest(issuer, subject ?? Guid.NewGuid().ToString("N"), email, "Sam Example"));

    /// <summary>The types of the events one grain raised, in order.</summary>
    public async Task<IReadOnlyList<string>> EventTypesOfAsync(string grainType, Guid id) =>
        [.. (await EventsOfAsync(grainType, id)).Select(e => e.Type)];
}
