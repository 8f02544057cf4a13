namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>The people most recently signed in as, newest first, for the picker (this process only).</summary>
internal sealed class RecentPeople
{
    private const int Capacity = 12;

    private readonly Lock _lock = new();
    private readonly List<DevelopmentPerson> _people = [];

    public IReadOnlyList<DevelopmentPerson> Current
    {
        get
        {
            lock (_lock)
            {
                return [.. _people];
            }
        }
    }

    public void Remember(DevelopmentPerson person)
    {
        lock (_lock)
        {
            _people.RemoveAll(p => string.Equals(p.Email, person.Email, StringComparison.OrdinalIgnoreCase));
            _people.Insert(0, person);
            if (_people.Count > Capacity)
            {
                _people.RemoveAt(_people.Count - 1);
            }
        }
    }
}
