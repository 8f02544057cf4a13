using Spp.Notifications;
using Spp.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(NotificationsExtensions.ServiceName);
builder.AddNotificationsService();

var app = builder.Build();
app.UseServicePipeline();
app.MapNotificationsEndpoints();
await app.RunAsync();
