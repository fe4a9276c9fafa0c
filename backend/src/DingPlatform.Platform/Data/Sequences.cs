using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Platform.Data;

/// <summary>A named counter row.</summary>
public sealed class SequenceRow
{
    public string Name { get; set; } = "";
    public long Next { get; set; }
}

/// <summary>Gap-free numbers (order and invoice numbers). The increment is one UPDATE … RETURNING in the
/// caller's transaction: concurrent callers queue on the row lock, and a rolled-back caller takes its
/// number back with it, so numbers have no gaps.</summary>
public sealed class Sequences(PlatformDbContext db)
{
    public async Task<long> NextAsync(string name, CancellationToken ct)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"Sequences\" (\"Name\", \"Next\") VALUES ({name}, 0) ON CONFLICT (\"Name\") DO NOTHING", ct);
        var values = await db.Database
            .SqlQuery<long>($"UPDATE \"Sequences\" SET \"Next\" = \"Next\" + 1 WHERE \"Name\" = {name} RETURNING \"Next\" AS \"Value\"")
            .ToListAsync(ct);
        return values.Single();
    }
}
