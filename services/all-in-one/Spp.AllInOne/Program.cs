using Spp.AllInOne;
using Spp.Gateway;
using Spp.Gateway.DevelopmentIssuer;
using Spp.ServiceDefaults;
using Spp.ServiceDefaults.OpenApi;

// --dev-sign-in turns on the development issuer (refused in Production).
args = DevelopmentSignIn.WithoutFlag(args, out var devSignIn);
var builder = WebApplication.CreateBuilder(args);
AllInOneDefaults.AddTo(builder.Configuration, args);
DevelopmentSignIn.Apply(builder.Configuration, devSignIn);
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
