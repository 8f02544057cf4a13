using Spp.Notifications;
using Spp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationsExtensions.ServiceName);
builder.AddNotificationsService();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAuthentication();
app.UseRequestTelemetry();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapNotificationsEndpoints();
await app.RunAsync();
