using DingPlatform.Composition;
using DingPlatform.Host;
using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"));

var catalog = ModuleCatalog.Load<HostModule>();
builder.Services.AddDingPlatform(builder.Configuration, catalog);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());

var app = builder.Build();

app.UseSerilogRequestLogging(o => o.GetLevel = (http, _, ex) =>
    ex is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
    : http.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
    : Serilog.Events.LogEventLevel.Information);

var spa = SpaFiles.Resolve(app.Configuration, app.Environment);
if (spa is not null)
{
    app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spa });
    app.UseStaticFiles(new StaticFileOptions { FileProvider = spa });
}
app.UseDingPlatformPipeline();
app.MapDingPlatform();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(o => o.WithTitle("DingPlatform API")).AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
if (app.Configuration.GetValue("Bench:Enabled", false))
    BenchEndpoints.Map(app);
if (spa is not null)
    app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = spa });
app.AssertEveryEndpointIsSecured();

await Startup.PrepareDatabaseAsync(app, catalog);
app.Lifetime.ApplicationStarted.Register(() => Startup.PrintWelcome(app, spa is not null));
await app.RunAsync();

public partial class Program;
