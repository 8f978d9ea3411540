// Bare Kestrel: no logging, no middleware, one endpoint. The benchmark's upper bound for this machine.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello");
await app.RunAsync();
