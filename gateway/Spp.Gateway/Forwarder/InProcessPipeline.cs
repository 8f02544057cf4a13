namespace Spp.Gateway.Forwarder;

/// <summary>
/// The part of this process's pipeline after the gateway (routing, the services' authentication,
/// their endpoints), captured when <c>UseGateway</c> builds it, so the gateway's own calls to
/// in-process services (tenant lookups) run where the services are mapped.
/// </summary>
internal sealed class InProcessPipeline
{
    private RequestDelegate? _pipeline;

    public RequestDelegate Pipeline =>
        _pipeline ?? throw new InvalidOperationException("In-process destinations need the pipeline built by UseGateway().");

    public void Capture(RequestDelegate pipeline) => _pipeline = pipeline;
}
