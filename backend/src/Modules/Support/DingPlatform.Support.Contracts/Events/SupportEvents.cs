using DingPlatform.Platform.Events;

namespace DingPlatform.Support.Contracts.Events;

/// <summary>A tenant opened a ticket. <see cref="FirstResponseDueAt"/> is null for a tenant without the SLA
/// (Standard). Routed to the tenant (a confirmation) and read by staff channels.</summary>
[EventName("support.ticket-opened")]
public sealed record TicketOpened(Guid TicketId, Guid TenantId, string TenantName, long Number, string Subject, TicketCategory Category,
    DateTimeOffset OpenedAt, DateTimeOffset? FirstResponseDueAt, Guid? AccountManagerUserId) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}

/// <summary>Support staff answered a ticket in public (internal notes raise nothing): the tenant is told.</summary>
[EventName("support.ticket-replied")]
public sealed record TicketReplied(Guid TicketId, Guid TenantId, long Number, string Subject, Guid MessageId, string StaffName,
    DateTimeOffset At, TicketStatus Status) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}

/// <summary>A first-response deadline passed without a staff reply: escalate to the tenant's account
/// manager (<see cref="AccountManagerUserId"/>, null when none) and the provider admins. Published once per
/// ticket. An internal, host-side fact: its outbox row carries no tenant, so it is not routed to the
/// tenant's mail or webhooks; the tenant is in <see cref="TicketTenantId"/>.</summary>
[EventName("support.sla-breached")]
public sealed record SlaBreached(Guid TicketId, Guid TicketTenantId, string TenantName, long Number, string Subject, DateTimeOffset DueAt,
    DateTimeOffset FlaggedAt, Guid? AccountManagerUserId, Guid? AssigneeId) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => null;
}

/// <summary>Staff published an announcement (§4.1 maintenance, §4.2 suspension, or general news).
/// Audience: every tenant when <see cref="ForAllTenants"/>, otherwise <see cref="TenantIds"/>; the outbox row
/// carries no single tenant, so channels fan out by the audience.</summary>
[EventName("support.announcement-published")]
public sealed record AnnouncementPublished(
    Guid AnnouncementId,
    AnnouncementKind Kind,
    string TitleZh,
    string TitleEn,
    string BodyZh,
    string BodyEn,
    bool ForAllTenants, IReadOnlyList<Guid> TenantIds, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
        IReadOnlyList<string> AffectedServices,
    DateTimeOffset PublishedAt) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => null;
}

/// <summary>A tenant got its dedicated account manager (on activation) or a new one (staff reassigned).
/// <see cref="PreviousStaffUserId"/> is null on the first assignment.</summary>
[EventName("support.account-manager-assigned")]
public sealed record AccountManagerAssigned(Guid TenantId, Guid StaffUserId, string StaffName, string? StaffEmail, string? StaffPhone,
    Guid? PreviousStaffUserId, DateTimeOffset AssignedAt) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
