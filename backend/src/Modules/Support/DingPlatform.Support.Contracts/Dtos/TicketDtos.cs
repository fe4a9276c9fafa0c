using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Support.Contracts.Dtos;

/// <summary>Nullable with [Required] so a missing field is named rather than read as its default.</summary>
public sealed record OpenTicketRequest(
    [property: Required(AllowEmptyStrings = false), MaxLength(200)] string? Subject,
    [property: Required] TicketCategory? Category,
    [property: Required(AllowEmptyStrings = false), MaxLength(10_000)] string? Description);

public sealed record TenantReplyRequest([property: Required(AllowEmptyStrings = false), MaxLength(10_000)] string? Body);

/// <summary>A staff reply (the tenant sees it; the first one is the first response) or, with
/// <see cref="Internal"/>, a note only staff see. <see cref="WaitForCustomer"/> sets the ticket to
/// WaitingOnCustomer with the reply.</summary>
public sealed record StaffMessageRequest(
    [property: Required(AllowEmptyStrings = false), MaxLength(10_000)] string? Body,
    bool? Internal,
    bool? WaitForCustomer);

public sealed record SetTicketStatusRequest([property: Required] TicketStatus? Status);

/// <summary>Assigns every listed ticket to one staff member; a null <see cref="AssigneeId"/> unassigns them.</summary>
public sealed record AssignTicketsRequest(
    [property: Required, MinLength(1), MaxLength(200)] IReadOnlyList<Guid>? TicketIds,
    Guid? AssigneeId);

public sealed record TicketSummaryDto(
    Guid Id, long Number, string Subject, TicketCategory Category, TicketStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? FirstResponseDueAt, DateTimeOffset? FirstRespondedAt, DateTimeOffset LastMessageAt);

public sealed record TicketMessageDto(Guid Id, TicketSide Side, string AuthorName, string Body, DateTimeOffset At, bool IsInternal);

public sealed record TicketAttachmentDto(Guid Id, Guid? MessageId, string FileName, string ContentType, long SizeBytes, DateTimeOffset At);

/// <summary>A ticket as its tenant sees it: internal notes and their files are never included.
/// <see cref="ReopenUntil"/> is set while a closed ticket may still be reopened.</summary>
public sealed record TicketDto(
    Guid Id, long Number, string Subject, TicketCategory Category, string Description, TicketStatus Status,
    string OpenedByName, DateTimeOffset OpenedAt, DateTimeOffset? FirstResponseDueAt, DateTimeOffset? FirstRespondedAt,
    DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt, DateTimeOffset? ReopenUntil, SlaState SlaState,
    IReadOnlyList<TicketMessageDto> Messages, IReadOnlyList<TicketAttachmentDto> Attachments);

public sealed record StaffRefDto(Guid Id, string Name);

/// <summary>One line of the provider's queue. <see cref="TimeLeftMinutes"/> is service time (minutes inside
/// service hours) until the first response is due, negative once breached; null without an SLA or once
/// answered. <see cref="AtRisk"/>: less than one service hour left.</summary>
public sealed record QueueItemDto(
    Guid Id, long Number, Guid TenantId, string TenantName, string Subject, TicketCategory Category, TicketStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? FirstResponseDueAt, DateTimeOffset? FirstRespondedAt,
    int? TimeLeftMinutes, bool AtRisk, bool Breached, SlaState SlaState, StaffRefDto? Assignee, DateTimeOffset LastMessageAt);

/// <summary>A ticket as staff see it: the whole thread, internal notes included.</summary>
public sealed record HostTicketDto(
    Guid Id, long Number, Guid TenantId, string TenantName, string Subject, TicketCategory Category, string Description,
    TicketStatus Status, string OpenedByName, DateTimeOffset OpenedAt, DateTimeOffset? FirstResponseDueAt,
    DateTimeOffset? FirstRespondedAt, DateTimeOffset? BreachedAt, DateTimeOffset? EscalatedAt, DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt, int? TimeLeftMinutes, SlaState SlaState, StaffRefDto? Assignee, StaffRefDto? AccountManager,
    IReadOnlyList<TicketMessageDto> Messages, IReadOnlyList<TicketAttachmentDto> Attachments);

public sealed record AssignTicketsResultDto(int Assigned, IReadOnlyList<Guid> TicketIds);
