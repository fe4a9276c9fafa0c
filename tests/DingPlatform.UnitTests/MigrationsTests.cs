using Microsoft.EntityFrameworkCore;

namespace DingPlatform.UnitTests;

/// <summary>The model and each provider's migrations agree: a model change without `etc/migration-add.sh`
/// fails here rather than at a customer's start-up.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_sqlite_snapshot_matches_the_model()
    {
        using var db = new Migrations.Sqlite.DesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges()
            .ShouldBeFalse("The model changed without a SQLite migration: run etc/migration-add.sh <Name>.");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void The_postgresql_snapshot_matches_the_model()
    {
        using var db = new Migrations.PostgreSql.DesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges()
            .ShouldBeFalse("The model changed without a PostgreSQL migration: run etc/migration-add.sh <Name>.");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }
}
