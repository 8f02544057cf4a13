namespace Spp.Grains.Hosting.Runtime;

/// <summary>Hands out grain references for the grains this process hosts.</summary>
internal sealed class GrainFactory(GrainRuntime runtime, GrainCatalog catalog) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(Guid key)
        where TGrainInterface : IGrainWithGuidKey =>
        GrainProxy.Create<TGrainInterface>(runtime, catalog.Get(typeof(TGrainInterface)), key.ToString("D"));

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return GrainProxy.Create<TGrainInterface>(runtime, catalog.Get(typeof(TGrainInterface)), key);
    }
}
