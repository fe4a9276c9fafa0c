namespace DingPlatform.Support.Contracts;

/// <summary>Stable codes of the Support module's business errors ("Module:Reason"), so clients can act on them.</summary>
public static class SupportErrors
{
    /// <summary>Service hours that end before they start, a week with no open day, or a non-positive SLA budget.</summary>
    public const string InvalidServiceHours = "Support:InvalidServiceHours";
    /// <summary>The ticket's status does not allow that step (for example replying on a closed ticket).</summary>
    public const string InvalidTransition = "Support:InvalidTransition";
    /// <summary>A closed ticket reopens only within 7 days of closing; after that the tenant opens a new one.</summary>
    public const string ReopenWindowPassed = "Support:ReopenWindowPassed";
    public const string AttachmentTooLarge = "Support:AttachmentTooLarge";
    public const string AttachmentTypeNotAllowed = "Support:AttachmentTypeNotAllowed";
    /// <summary>§4.1: planned maintenance is announced at least the provider's notice period before it starts.</summary>
    public const string MaintenanceNoticeTooShort = "Support:MaintenanceNoticeTooShort";
    /// <summary>§4.2: a suspension of service is announced before it takes effect.</summary>
    public const string SuspensionNotAnnouncedInAdvance = "Support:SuspensionNotAnnouncedInAdvance";
    /// <summary>The user named is not provider support staff (the provider's Support role).</summary>
    public const string NotSupportStaff = "Support:NotSupportStaff";
    /// <summary>A file upload without a file, or not sent as multipart/form-data with a "file" field.</summary>
    public const string AttachmentMissing = "Support:AttachmentMissing";
    /// <summary>Tickets are written by signed-in people; an API client's token has no person to name.</summary>
    public const string UserRequired = "Support:UserRequired";
}
