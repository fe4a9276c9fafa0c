using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Domain;

namespace DingPlatform.Support.Services;

internal static class TicketMapper
{
    public static TicketDto ToTenantDto(this Ticket t, DateTimeOffset now, ServiceCalendar hours) => new(
        t.Id, t.Number, t.Subject, t.Category, t.Description, t.Status, t.OpenedBy.Name, t.OpenedAt,
        t.FirstResponseDueAt, t.FirstRespondedAt, t.ResolvedAt, t.ClosedAt,
        t.Status == TicketStatus.Closed && t.ClosedAt is { } closed
            && now - closed <= Ticket.ReopenWindow ? closed + Ticket.ReopenWindow : null,
        t.SlaStateAt(now, hours),
        t.VisibleToTenant().OrderBy(m => m.At).Select(ToDto).ToList(),
        t.AttachmentsVisibleToTenant().OrderBy(a => a.At).Select(ToDto).ToList());

    public static HostTicketDto ToHostDto(this Ticket t, DateTimeOffset now, ServiceCalendar hours, string tenantName,
        IReadOnlyDictionary<Guid, string> names, Guid? accountManagerId) => new(
        t.Id, t.Number, t.TenantId, tenantName, t.Subject, t.Category, t.Description, t.Status, t.OpenedBy.Name, t.OpenedAt,
        t.FirstResponseDueAt, t.FirstRespondedAt, t.BreachedAt, t.EscalatedAt, t.ResolvedAt, t.ClosedAt,
        TimeLeftMinutes(t, now, hours), t.SlaStateAt(now, hours), Ref(t.AssigneeId, names), Ref(accountManagerId, names),
        t.Messages.OrderBy(m => m.At).Select(ToDto).ToList(),
        t.Attachments.OrderBy(a => a.At).Select(ToDto).ToList());

    public static TicketSummaryDto ToSummary(this Ticket t, DateTimeOffset? lastMessageAt) => new(
        t.Id, t.Number, t.Subject, t.Category, t.Status, t.OpenedAt, t.FirstResponseDueAt, t.FirstRespondedAt,
        lastMessageAt is { } last && last > t.OpenedAt ? last : t.OpenedAt);

    public static TicketMessageDto ToDto(this TicketMessage m) => new(m.Id, m.Side, m.Author.Name, m.Body, m.At, m.IsInternal);

    public static TicketAttachmentDto ToDto(this TicketAttachment a)
        => new(a.Id, a.MessageId, a.FileName, a.ContentType, a.SizeBytes, a.At);

    /// <summary>Service minutes until the first response is due (negative once passed); null without an SLA
    /// or once answered, when there is nothing left to count down.</summary>
    public static int? TimeLeftMinutes(Ticket t, DateTimeOffset now, ServiceCalendar hours) =>
        t.FirstResponseDueAt is { } due && t.FirstRespondedAt is null
            ? (int)Math.Floor(SlaClock.ServiceTimeBetween(now, due, hours).TotalMinutes)
            : null;

    public static StaffRefDto? Ref(Guid? userId, IReadOnlyDictionary<Guid, string> names) =>
        userId is { } id ? new StaffRefDto(id, names.TryGetValue(id, out var n) ? n : "") : null;
}
