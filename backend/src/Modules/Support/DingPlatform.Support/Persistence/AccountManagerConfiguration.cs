using DingPlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Support.Persistence;

internal sealed class AccountManagerConfiguration : IEntityTypeConfiguration<TenantAccountManager>
{
    public void Configure(EntityTypeBuilder<TenantAccountManager> b)
    {
        b.ToTable("SupportAccountManagers");
        // One account manager per tenant: the key makes a second concurrent assignment fail instead of doubling.
        b.HasKey(x => x.TenantId);
        b.Property(x => x.TenantId).ValueGeneratedNever();
        b.HasIndex(x => x.StaffUserId);
    }
}
