namespace Spp.Contracts.Actions;

/// <summary>Which school started a support arrangement.</summary>
public enum SupportDirection
{
    /// <summary>A partner school offers support to the school whose plan it is.</summary>
    Offer,

    /// <summary>The school whose plan it is asks a partner school for support.</summary>
    Request,
}
