using Spp.Improvement;
using Spp.Improvement.Admin;
using Spp.ServiceDefaults;

if (AdminCommand.IsAdmin(args))
{
    return await AdminCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ImprovementExtensions.ServiceName);
builder.AddImprovementService();

var app = builder.Build();
app.UseServicePipeline();
app.MapImprovementEndpoints();
await app.RunAsync();
return 0;
