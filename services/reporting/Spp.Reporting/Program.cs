using Spp.Reporting;
using Spp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ReportingExtensions.ServiceName);
builder.AddReportingService();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAuthentication();
app.UseRequestTelemetry();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReportingEndpoints();
await app.RunAsync();
