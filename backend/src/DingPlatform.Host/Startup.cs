using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.OpenApi;

namespace DingPlatform.Host;

internal static class Startup
{
    /// <summary>Applies migrations (unless switched off) and lets each module seed what it needs.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app, ModuleCatalog catalog)
    {
        if (app.Configuration.GetValue("Database:Migrate", true))
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (!db.Database.IsNpgsql())
            {
                var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
                if (!string.IsNullOrEmpty(file)
                    && file != ":memory:") Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            }
            await db.Database.MigrateAsync();
        }
        await ModuleStartup.InitializeAsync(app.Services, catalog, CancellationToken.None);
    }

    public static void PrintWelcome(WebApplication app, bool spa)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault()?.Replace("0.0.0.0", "localhost").Replace("[::]", "localhost") ?? "http://localhost:5080";
        var db = app.Services.GetRequiredService<DatabaseSettings>();
        Console.WriteLine();
        Console.WriteLine("  DingPlatform is running");
        Console.WriteLine($"  App:        {url}/{(spa ? "" : "  (SPA not built: run etc/run.sh)")}");
        Console.WriteLine($"  API docs:   {url}/scalar/v1");
        Console.WriteLine($"  Jobs:       {url}/hangfire (provider admins)");
        Console.WriteLine($"  Database:   {db.Provider}");
        if (app.Configuration.GetValue("Seed:Demo", false))
        {
            Console.WriteLine("  Demo sign-ins (password Passw0rd! for all):");
            Console.WriteLine("    provider admin   admin@dingplatform.local");
            Console.WriteLine("    billing          billing@dingplatform.local");
            Console.WriteLine("    support          support@dingplatform.local");
            Console.WriteLine("    tenant admin     admin@chuanglian.cn  (北京创联致信科技有限公司, verified)");
        }
        Console.WriteLine();
    }
}

/// <summary>Serves the built Angular SPA from the same origin as the API.</summary>
internal static class SpaFiles
{
    public static IFileProvider? Resolve(IConfiguration configuration, IWebHostEnvironment env)
    {
        var configured = configuration["Spa:Path"];
        var candidates = configured is not null
            ? [Path.GetFullPath(configured, env.ContentRootPath)]
            : new[] { Path.Combine(env.ContentRootPath, "wwwroot"),
                Path.GetFullPath(Path.Combine(env.ContentRootPath, "../../../frontend-angular/dist/frontend-angular/browser")) };
        var dir = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "index.html")));
        return dir is null ? null : new PhysicalFileProvider(dir);
    }
}

/// <summary>Declares bearer authentication in the OpenAPI document so the reference page can send tokens.</summary>
internal sealed class BearerSecurityTransformer : Microsoft.AspNetCore.OpenApi.IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, Microsoft.AspNetCore.OpenApi.OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token from POST /connect/token (password or client_credentials grant).",
        };
        document.Info.Title = "DingPlatform API";
        // Tags in name order: the document must not depend on the order modules' features are discovered.
        if (document.Tags is { Count: > 0 } tags)
            document.Tags = new HashSet<OpenApiTag>(tags.OrderBy(t => t.Name, StringComparer.Ordinal));
        return Task.CompletedTask;
    }
}
