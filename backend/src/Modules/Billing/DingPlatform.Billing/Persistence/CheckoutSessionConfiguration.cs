using DingPlatform.Billing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Billing.Persistence;

internal sealed class CheckoutSessionConfiguration : IEntityTypeConfiguration<CheckoutSessionRecord>
{
    public void Configure(EntityTypeBuilder<CheckoutSessionRecord> s)
    {
        s.ToTable("CheckoutSessions");
        s.HasKey(x => x.SessionId);
        s.Property(x => x.SessionId).HasMaxLength(200);
        s.HasIndex(x => x.OrderId);
    }
}
