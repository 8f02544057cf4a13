using Spp.Reporting;
using Spp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ReportingExtensions.ServiceName);
builder.AddReportingService();

var app = builder.Build();
app.UseServicePipeline();
app.MapReportingEndpoints();
await app.RunAsync();
