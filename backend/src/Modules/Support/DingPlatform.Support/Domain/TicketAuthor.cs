using DingPlatform.Platform.Errors;

namespace DingPlatform.Support.Domain;

/// <summary>Who wrote something on a ticket. The name is kept as it was then, so the thread still reads
/// right after a member leaves the tenant or a staff account is renamed.</summary>
public sealed record TicketAuthor
{
    public const int NameLength = 100;

    public Guid UserId { get; }
    public string Name { get; }

    public TicketAuthor(Guid userId, string name)
    {
        if (userId == Guid.Empty) throw new InputException("userId", "An author is a known user.");
        UserId = userId;
        Name = RequiredText.Check("name", name, NameLength);
    }
}
