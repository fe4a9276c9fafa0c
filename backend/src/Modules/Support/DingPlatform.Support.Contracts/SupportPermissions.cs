namespace DingPlatform.Support.Contracts;

public static class SupportPermissions
{
    // Tenant side
    /// <summary>Open, read and answer the tenant's tickets; see the account manager and announcements.</summary>
    public const string Tickets = "Support.Tickets";
    // Host side
    /// <summary>The support queue: every tenant's tickets, staff replies and internal notes, assignment, SLA report, account
    /// managers.</summary>
    public const string Queue = "Support.Queue";
    /// <summary>Service hours, edited dates and the maintenance notice period.</summary>
    public const string Settings = "Support.Settings";
    public const string AnnouncementsManage = "Announcements.Manage";
}
