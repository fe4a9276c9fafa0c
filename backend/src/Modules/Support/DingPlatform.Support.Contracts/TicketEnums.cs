namespace DingPlatform.Support.Contracts;

public enum TicketCategory { Billing, Technical, Account, Other }

/// <summary>Open → WaitingOnCustomer → Resolved → Closed; a tenant reply brings a waiting (or resolved) ticket
/// back to Open, and a closed ticket may be reopened for a short while.</summary>
public enum TicketStatus { Open, WaitingOnCustomer, Resolved, Closed }

/// <summary>Who wrote a message: the tenant's people or the provider's support staff.</summary>
public enum TicketSide { Tenant, Staff }

/// <summary>Where a ticket stands against its first-response deadline, as the queue shows it.</summary>
public enum SlaState
{
    /// <summary>A Standard tenant's ticket: no first-response deadline.</summary>
    NoSla,
    OnTrack,
    /// <summary>Less than one service hour left and no staff reply yet.</summary>
    AtRisk,
    /// <summary>The deadline has passed and no staff reply yet.</summary>
    Breached,
    RespondedInTime,
    RespondedLate,
}
