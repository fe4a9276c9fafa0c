using DingPlatform.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Notifications.Persistence;

/// <summary>Table <c>WebhookEndpoints</c>. Deliveries and attempts are the platform's outbox rows (channel "webhook",
/// recipient = the endpoint's id); nothing here points at them.</summary>
internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.ToTable("WebhookEndpoints");
        b.HasKey(x => x.Id);
        b.Property(x => x.Url).HasMaxLength(500);
        b.Property(x => x.Description).HasMaxLength(200);
        b.PrimitiveCollection(x => x.EventTypes);
        b.Property(x => x.ProtectedSecret).HasMaxLength(1000);
        b.Property(x => x.ProtectedPreviousSecret).HasMaxLength(1000);
        b.HasIndex(x => x.TenantId);
    }
}
