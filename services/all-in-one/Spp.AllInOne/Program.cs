using Spp.AllInOne;
using Spp.Gateway;
using Spp.ServiceDefaults;
using Spp.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
AllInOneDefaults.AddTo(builder.Configuration, args);
builder.AddServiceDefaults("spp-platform");
builder.AddWholePlatform(args);

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.UseGateway();
app.UseRequestTelemetry();
app.MapWholePlatform();
app.MapPlatformOpenApi();
await app.RunAsync();
