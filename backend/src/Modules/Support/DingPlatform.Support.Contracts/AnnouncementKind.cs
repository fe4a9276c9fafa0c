namespace DingPlatform.Support.Contracts;

/// <summary>Maintenance (§4.1, announced in advance), Suspension of service (§4.2, announced before it
/// starts), or General news.</summary>
public enum AnnouncementKind { Maintenance, Suspension, General }
