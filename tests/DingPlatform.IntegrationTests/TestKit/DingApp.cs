using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace DingPlatform.IntegrationTests.TestKit;

public enum Engine { PostgreSql, Sqlite }

/// <summary>The real host on Kestrel (real HTTP) over a database of its own: a fresh PostgreSQL database
/// per fixture, or a fresh SQLite file. Demo data is seeded; jobs do not run by themselves.</summary>
public class DingApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Passw0rd!";
    public const string ProviderAdmin = "admin@dingplatform.local";
    public const string DemoTenantAdmin = "admin@chuanglian.cn";

    private readonly Engine _engine;
    private readonly string _databaseName = "ding_test_" + Guid.NewGuid().ToString("N")[..12];
    private string _connectionString = "";
    private string? _sqliteFile;

    /// <summary>Starts at the real now: tokens are issued and validated on this clock too, so a test that
    /// moves it must move it forward only past what it means to test.</summary>
    public FakeTimeProvider Clock { get; }

    public DingApp() : this(Engine.PostgreSql) { }
    protected DingApp(Engine engine, DateTimeOffset? startAt = null)
    {
        _engine = engine;
        Clock = new FakeTimeProvider(startAt ?? DateTimeOffset.UtcNow);
    }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("DING_TEST_PG")
        ?? throw new InvalidOperationException("DING_TEST_PG is not set: etc/test.sh starts a private PostgreSQL and sets it.");

    public virtual async ValueTask InitializeAsync()
    {
        if (_engine == Engine.PostgreSql)
        {
            await using (var conn = new NpgsqlConnection(ServerConnectionString))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            _connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName, Pooling = true }
                .ConnectionString;
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), _databaseName + ".db");
            _connectionString = $"Data Source={_sqliteFile}";
        }
        var port = FreePort();
        UseKestrel(port);
        ClientOptions.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        ClientOptions.AllowAutoRedirect = false;
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _engine.ToString());
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Auth:KeyFile", "");
        builder.UseSetting("Spa:Path", "/nonexistent");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in ExtraSettings()) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Settings a derived fixture adds (e.g. the fake Stripe's address).</summary>
    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings() => [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_engine == Engine.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(ServerConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        else if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
        GC.SuppressFinalize(this);
    }

    public HttpClient Anonymous() => CreateClient();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public HttpClient WithToken(string accessToken)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<TokenResponse> PasswordTokenAsync(string email, string password = Password)
    {
        var response = await Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "password",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "api offline_access",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode) throw new TokenRefusedException(body);
        return TokenResponse.From(body);
    }

    public async Task<HttpClient> SignedInAsync(string email, string password = Password) =>
        WithToken((await PasswordTokenAsync(email, password)).AccessToken);

    public async Task<TokenResponse> ClientCredentialsTokenAsync(string clientId, string secret)
    {
        var response = await Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "api",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode) throw new TokenRefusedException(body);
        return TokenResponse.From(body);
    }

    /// <summary>Signs a new company up through the API and returns its admin, signed in.</summary>
    public async Task<TestTenant> NewTenantAsync(string? name = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"admin-{suffix}@example.com";
        var companyName = name ?? $"测试公司 {suffix}";
        var response = await Anonymous()
            .PostAsJsonAsync("/api/tenants/sign-up", new { companyName, adminName = "管理员", adminEmail = email, adminPassword = Password });
        await response.ShouldBeStatus(201);
        var tenantId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tenantId").GetGuid();
        return new TestTenant(tenantId, companyName, email, await SignedInAsync(email));
    }

    /// <summary>A new company whose verification provider staff have approved (it may buy Professional).</summary>
    public async Task<TestTenant> NewVerifiedTenantAsync(string? name = null, string taxpayerType = "General")
    {
        var tenant = await NewTenantAsync(name);
        await (await tenant.Admin.PutAsJsonAsync("/api/tenant/verification",
            CreditCodes.VerificationBody(tenant.Name, taxpayerType: taxpayerType))).ShouldBeStatus(200);
        var staff = await SignedInAsync(ProviderAdmin);
        await (await staff.PostAsync($"/api/host/tenants/{tenant.Id}/verification/approve", null)).ShouldBeStatus(200);
        return tenant;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs a query on the app's database outside any request (host side, filters off).</summary>
    public async Task<TResult> DbAsync<TResult>(Func<PlatformDbContext, Task<TResult>> query)
    {
        using var scope = Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<Platform.MultiTenancy.IDataFilter>().DisableMultiTenant();
        return await query(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}

public sealed class SqliteDingApp() : DingApp(Engine.Sqlite);

/// <summary>A host whose clock starts on 24 September 2026, 10:00 in Shanghai (the clock only moves forward).</summary>
public sealed class September2026DingApp() : DingApp(Engine.PostgreSql, new DateTimeOffset(2026, 9, 24, 2, 0, 0, TimeSpan.Zero));

public sealed record TestTenant(Guid Id, string Name, string AdminEmail, HttpClient Admin);

public sealed record TokenResponse(string AccessToken, string? RefreshToken, int ExpiresIn)
{
    public static TokenResponse From(JsonElement body) => new(
        body.GetProperty("access_token").GetString()!,
        body.TryGetProperty("refresh_token", out var r) ? r.GetString() : null,
        body.GetProperty("expires_in").GetInt32());
}

public sealed class TokenRefusedException(JsonElement body) : Exception(body.ToString())
{
    public string Error => body.GetProperty("error").GetString()!;
    public string Description => body.TryGetProperty("error_description", out var d) ? d.GetString()! : "";
}
