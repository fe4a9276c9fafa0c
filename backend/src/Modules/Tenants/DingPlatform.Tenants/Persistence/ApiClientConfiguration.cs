using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Tenants.Persistence;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> c)
    {
        c.ToTable("ApiClients");
        c.HasKey(x => x.Id);
        c.Property(x => x.Name).HasMaxLength(100);
        c.Property(x => x.ClientId).HasMaxLength(64);
        c.HasIndex(x => x.ClientId).IsUnique();
        c.HasIndex(x => x.TenantId);
    }
}
