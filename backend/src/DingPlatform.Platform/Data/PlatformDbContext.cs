using System.Linq.Expressions;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Identity;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DingPlatform.Platform.Data;

/// <summary>The one application model: identity, OpenIddict's stores, auditing and every loaded module's
/// entities. Tenant-owned entities get a query filter and are stamped with the current tenant on insert.</summary>
public sealed class PlatformDbContext(
    DbContextOptions<PlatformDbContext> options,
    ModuleCatalog modules,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter) : IdentityDbContext<PlatformUser, PlatformRole, Guid>(options)
{
    // Read by the query filters at query time (EF parameterises members of the context).
    private Guid? CurrentTenantId => currentTenant.Id;
    private bool MultiTenantFilterEnabled => dataFilter.IsMultiTenantEnabled;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset values; store them as sortable integers.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<PlatformUser>(u =>
        {
            u.Property(x => x.Name).HasMaxLength(100);
            u.HasIndex(x => x.TenantId);
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.ToTable("AuditEntries");
            a.HasKey(x => x.Id);
            a.Property(x => x.Actor).HasMaxLength(256);
            a.Property(x => x.Action).HasMaxLength(100);
            a.Property(x => x.Detail).HasMaxLength(2000);
            a.HasIndex(x => new { x.TenantId, x.At });
        });
        builder.Entity<SequenceRow>(s =>
        {
            s.ToTable("Sequences");
            s.HasKey(x => x.Name);
            s.Property(x => x.Name).HasMaxLength(60);
        });
        builder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly); // the platform's own (outbox)
        foreach (var module in modules.Modules) module.ConfigureModel(builder);
        ModuleTables.Apply(builder, modules, Database.IsNpgsql());

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (entityType.IsOwned() || entityType.BaseType is not null) continue;
            var clr = entityType.ClrType;
            if (typeof(IMultiTenant).IsAssignableFrom(clr))
                builder.Entity(clr).HasQueryFilter(TenantFilter(clr));
        }
        // Users carry a nullable TenantId (provider staff have none) but are filtered the same way.
        builder.Entity<PlatformUser>().HasQueryFilter(u => !MultiTenantFilterEnabled || u.TenantId == CurrentTenantId);
    }

    private LambdaExpression TenantFilter(Type clr)
    {
        // e => !MultiTenantFilterEnabled || ((IMultiTenant)e).TenantId == CurrentTenantId
        var e = Expression.Parameter(clr, "e");
        var self = Expression.Constant(this);
        var enabled = Expression.Property(self, Member(nameof(MultiTenantFilterEnabled)));
        var tenantId = Expression.Convert(Expression.Property(e, nameof(IMultiTenant.TenantId)), typeof(Guid?));
        var current = Expression.Property(self, Member(nameof(CurrentTenantId)));
        return Expression.Lambda(Expression.OrElse(Expression.Not(enabled), Expression.Equal(tenantId, current)), e);
    }

    private static System.Reflection.PropertyInfo Member(string name) =>
        typeof(PlatformDbContext).GetProperty(name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>New tenant-owned rows get the current tenant; a row that names another tenant than the
    /// one acting is refused, so a bug cannot write across tenants.</summary>
    private void StampTenant()
    {
        var acting = currentTenant.Id;
        foreach (var entry in ChangeTracker.Entries<IMultiTenant>())
        {
            if (entry.State != EntityState.Added) continue;
            var prop = entry.Property(nameof(IMultiTenant.TenantId));
            var value = (Guid)prop.CurrentValue!;
            if (value == Guid.Empty)
            {
                if (acting is null) throw new InvalidOperationException(
                    $"{entry.Entity.GetType().Name} needs a tenant, and none is acting.");
                prop.CurrentValue = acting.Value;
            }
            else if (acting is not null && value != acting && dataFilter.IsMultiTenantEnabled)
            {
                throw new InvalidOperationException($"Tenant {acting} tried to write a {entry.Entity.GetType().Name} of another tenant.");
            }
        }
    }
}
