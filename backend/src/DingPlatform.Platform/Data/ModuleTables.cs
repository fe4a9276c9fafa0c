using DingPlatform.Platform.Modularity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DingPlatform.Platform.Data;

/// <summary>
/// ADR 0007: a module's tables are visibly its own. On PostgreSQL they live in the module's schema
/// (<c>subscriptions."Orders"</c>); SQLite has no schemas, so there the module's name is a table prefix
/// (<c>"Subscriptions_Orders"</c>). Applied to every entity whose type lives in a module's assembly, after
/// the module's own configurations, so configurations name tables plainly.
/// </summary>
public static class ModuleTables
{
    public static void Apply(ModelBuilder builder, ModuleCatalog modules, bool postgres)
    {
        foreach (var module in modules.Modules)
        {
            var assembly = module.GetType().Assembly;
            var entities = builder.Model.GetEntityTypes()
                .Where(e => e.ClrType.Assembly == assembly && e.GetTableName() is not null).ToList();
            // Read every original name first: owned types that share their owner's table must follow it.
            var names = entities.ToDictionary(e => e, e => e.GetTableName()!);
            foreach (var entity in entities)
            {
                if (postgres) entity.SetSchema(module.Name.ToLowerInvariant());
                else entity.SetTableName($"{module.Name}_{names[entity]}");
            }
        }
    }

    /// <summary>The quoted, schema-qualified table of an entity, for the few statements written in SQL.</summary>
    public static string QuotedTable<TEntity>(this DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var schema = entity.GetSchema();
        return schema is null ? $"\"{entity.GetTableName()}\"" : $"\"{schema}\".\"{entity.GetTableName()}\"";
    }
}
