using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.IntegrationTests.TestKit;

/// <summary>A host for the Support tests: its clock starts on 1 March 2027, 00:00 in Shanghai, and its files
/// go to a folder of its own. Tests move the clock only forward, to "the next day at hh:mm", so their order
/// does not matter.</summary>
public sealed class SupportDingApp() : DingApp(Engine.PostgreSql, new DateTimeOffset(2027, 2, 28, 16, 0, 0, TimeSpan.Zero))
{
    public string FilesPath { get; } = Path.Combine(Path.GetTempPath(), "ding-files-" + Guid.NewGuid().ToString("N")[..12]);

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("Storage:Path", FilesPath)];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(FilesPath)) Directory.Delete(FilesPath, recursive: true);
    }
}

public static class SupportKit
{
    public const string SupportStaff = "support@dingplatform.local";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateTimeOffset Shanghai(DateOnly date, int hour, int minute, int second = 0) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(8)).ToUniversalTime();

    /// <summary>Moves the clock to the next Shanghai day at hh:mm and returns that day.</summary>
    public static DateOnly MoveToNextDay(this DingApp app, int hour, int minute)
    {
        var day = app.ShanghaiToday().AddDays(1);
        app.Clock.SetUtcNow(Shanghai(day, hour, minute));
        return day;
    }

    public static void MoveTo(this DingApp app, DateTimeOffset instant) => app.Clock.SetUtcNow(instant);

    /// <summary>A verified tenant that bought Professional (support.online).</summary>
    public static async Task<TestTenant> ProfessionalTenantAsync(this DingApp app)
    {
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        return tenant;
    }

    public static async Task<JsonElement> OpenTicketAsync(this HttpClient tenant, string subject = "无法登录 Cannot sign in",
        string category = "Technical") =>
        await (await tenant.PostAsJsonAsync("/api/tenant/support/tickets", new { subject, category, description = "登录时提示密码错误。" }, Ct))
            .JsonAsync(201);

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static DateTimeOffset? Instant(this JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDateTimeOffset();

    public static async Task<JsonElement> StaffMessageAsync(this HttpClient staff, Guid ticketId, string body, bool @internal = false,
        bool waitForCustomer = false) =>
        await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{ticketId}/messages", new { body, @internal, waitForCustomer },
            Ct)).JsonAsync();

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient tenant, Guid ticketId, string fileName, string contentType,
        byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return await tenant.PostAsync($"/api/tenant/support/tickets/{ticketId}/attachments", form, Ct);
    }

    /// <summary>The outbox rows of one event type, optionally only those whose payload mentions an id.</summary>
    public static Task<List<OutboxMessage>> OutboxAsync(this DingApp app, string type, Guid? mentioning = null) =>
        app.DbAsync(async db =>
        {
            var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type == type).ToListAsync(Ct);
            return rows.Where(m => mentioning is null
                || m.Payload.Contains(mentioning.Value.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
        });
}
