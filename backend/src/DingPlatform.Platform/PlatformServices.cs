using System.Text.Json;
using System.Text.Json.Serialization;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Identity;
using DingPlatform.Platform.Jobs;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DingPlatform.Platform;

public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    public bool IsPostgres => Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static DatabaseSettings From(IConfiguration configuration) => new(
        configuration["Database:Provider"] ?? "Sqlite",
        configuration.GetConnectionString("Default") ?? "Data Source=.data/dingplatform.db");
}

public static class PlatformServices
{
    public const string HangfireCookie = "ding_hangfire";

    /// <summary>Registers the platform (data, identity, tokens, tenancy, permissions, errors, jobs) and
    /// every module of the catalog.</summary>
    public static IServiceCollection AddDingPlatform(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<IDataFilter, DataFilter>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<Sequences>();
        services.AddScoped<Events.IEventPublisher, Events.EventPublisher>();
        services.AddSingleton<Storage.IFileStorage>(Storage.FileSystemFileStorage.From(configuration));
        services.Configure<ProviderProfile>(configuration.GetSection("Provider"));

        var db = DatabaseSettings.From(configuration);
        services.AddSingleton(db);
        services.AddDbContext<PlatformDbContext>(o => ConfigureDatabase(o, db));

        services.AddIdentityCore<PlatformUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<PlatformRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager();

        var keys = TokenKeys.Load(configuration["Auth:KeyFile"]);
        var issuer = new Uri(configuration["Auth:Issuer"] ?? "http://dingplatform.local/");
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                o.AllowPasswordFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                // The SPA is a public client using the password grant; integrators are confidential clients.
                o.AcceptAnonymousClients();
                o.RegisterScopes(TokenEndpoint.ApiScope, Scopes.OfflineAccess);
                o.SetIssuer(issuer);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(int.TryParse(configuration["Auth:AccessTokenMinutes"], out var m) ? m : 30));
                o.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                o.AddSigningKey(keys.Signing);
                o.AddEncryptionKey(keys.Encryption);
                // Access tokens are plain signed JWTs so the API validates them with JwtBearer.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters {
                    ValidIssuer = issuer.AbsoluteUri,
                    ValidAudience = TokenEndpoint.ApiResource,
                    IssuerSigningKey = keys.Signing,
                    NameClaimType = Claims.Name,
                    RoleClaimType = Claims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                o.Events = new JwtBearerEvents {
                    // The jobs dashboard is opened by browser navigation, which carries no bearer header.
                    OnMessageReceived = ctx =>
                    {
                        if (ctx.Request.Path.StartsWithSegments("/hangfire"))
                            ctx.Token = ctx.Request.Query["access_token"].FirstOrDefault() ?? ctx.Request.Cookies[HangfireCookie];
                        return Task.CompletedTask;
                    },
                };
            });

        // Token lifetimes are judged on the platform clock, the same one OpenIddict issues them on.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, clock) =>
        {
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, p) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                // A token without an expiry is refused: every token this platform issues has one.
                return expires is not null && (notBefore is null || notBefore.Value <= now + p.ClockSkew)
                    && expires.Value >= now - p.ClockSkew;
            };
            o.TokenHandlers.Clear();
            o.TokenHandlers.Add(new CachingTokenHandler(clock));
        });

        var permissions = new PermissionDefinitionContext();
        permissions.Add(PlatformPermissions.JobsDashboard, PermissionSide.Host, PlatformRoles.ProviderAdmin);
        permissions.Add(PlatformPermissions.AuditView, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing,
            PlatformRoles.Support);
        foreach (var module in catalog.Modules) module.DefinePermissions(permissions);
        services.AddSingleton(new PermissionRegistry(permissions.Definitions));
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            // Enums by name only: an integer such as 12345 would otherwise bind to an undefined value.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        });

        services.AddPlatformJobs(configuration, db);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        ModuleStartup.AddModuleParts(services, catalog);
        var context = new ModuleContext(services, configuration);
        foreach (var module in catalog.Modules) module.ConfigureServices(context);
        return services;
    }

    public static void ConfigureDatabase(DbContextOptionsBuilder options, DatabaseSettings db)
    {
        if (db.IsPostgres)
            options.UseNpgsql(db.ConnectionString, o => o.MigrationsAssembly("DingPlatform.Migrations.PostgreSql"));
        else
            options.UseSqlite(db.ConnectionString, o => o.MigrationsAssembly("DingPlatform.Migrations.Sqlite"));
        options.UseOpenIddict();
    }
}
