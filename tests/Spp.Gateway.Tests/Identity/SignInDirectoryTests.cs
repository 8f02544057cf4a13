using Microsoft.Extensions.Options;
using Spp.Contracts.Identity;
using Spp.Gateway.Identity;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Identity;

public sealed class SignInDirectoryTests
{
    private static readonly SignInRequest Ada = new("https://id.test", "ada", "ada@school.test", "Ada");
    private static readonly Guid Acme = Guid.NewGuid();

    private readonly FakeTimeProvider _time = new();
    private readonly RecordedLookup _lookup = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SignInDirectory Directory() =>
        new(_lookup, Options.Create(new SignInOptions { CacheDuration = TimeSpan.FromSeconds(30) }), _time);

    [Fact]
    public async Task A_removed_membership_is_seen_once_the_cache_duration_has_passed()
    {
        var directory = Directory();
        _lookup.Answer = new SignInResolution(Guid.NewGuid(), [], [new TenantMembershipGrant(Acme, [PlatformRoles.Facilitator])]);
        Assert.True((await directory.ResolveAsync(Ada, Ct)).IsMemberOf(Acme));

        _lookup.Answer = _lookup.Answer with { Memberships = [] };
        _time.Advance(TimeSpan.FromSeconds(29));
        var cached = await directory.ResolveAsync(Ada, Ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        var fresh = await directory.ResolveAsync(Ada, Ct);

        Assert.True(cached.IsMemberOf(Acme));
        Assert.False(fresh.IsMemberOf(Acme));
        Assert.Equal(2, _lookup.Calls.Count);
    }

    [Fact]
    public async Task Answers_are_kept_per_issuer_and_subject()
    {
        var directory = Directory();

        await directory.ResolveAsync(Ada, Ct);
        await directory.ResolveAsync(Ada with { Email = "other@school.test" }, Ct);
        await directory.ResolveAsync(Ada with { Issuer = "https://other.test" }, Ct);
        await directory.ResolveAsync(Ada with { Subject = "bob" }, Ct);

        Assert.Equal(3, _lookup.Calls.Count);
    }

    [Fact]
    public async Task A_failed_resolution_is_not_cached()
    {
        var directory = Directory();
        _lookup.Failure = new SignInUnavailableException("down");
        await Assert.ThrowsAsync<SignInUnavailableException>(() => directory.ResolveAsync(Ada, Ct));

        _lookup.Failure = null;
        var caller = await directory.ResolveAsync(Ada, Ct);

        Assert.Equal(_lookup.Answer.PersonId.ToString(), caller.Subject);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void A_cache_duration_beyond_a_minute_or_of_nothing_fails_start_up(int seconds)
    {
        var result = new SignInOptionsValidator().Validate(null, new SignInOptions { CacheDuration = TimeSpan.FromSeconds(seconds) });

        Assert.True(result.Failed);
        Assert.Contains("Gateway:SignIn:CacheDuration", result.FailureMessage, StringComparison.Ordinal);
    }

    private sealed class RecordedLookup : ISignInLookup
    {
        public List<SignInRequest> Calls { get; } = [];

        public SignInResolution Answer { get; set; } = new(Guid.NewGuid(), [], []);

        public Exception? Failure { get; set; }

        public Task<SignInResolution> ResolveAsync(SignInRequest request, CancellationToken cancellationToken)
        {
            Calls.Add(request);
            return Failure is null ? Task.FromResult(Answer) : Task.FromException<SignInResolution>(Failure);
        }
    }
}
