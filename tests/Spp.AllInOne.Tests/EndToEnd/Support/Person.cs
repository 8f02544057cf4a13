namespace Spp.AllInOne.Tests.EndToEnd.Support;

/// <summary>Someone signed in at the development issuer: their address, bearer token and person id.</summary>
internal sealed record Person(string Email, string Token, Guid Id);

/// <summary>The people of one member school: its headteacher, a senior leader and a member of staff.</summary>
internal sealed record SchoolStaff(int Urn, Person Headteacher, Person SeniorLeader, Person Staff);
