namespace DingPlatform.Usage.Contracts;

/// <summary>Stable error codes (problem details <c>code</c>); clients and the SPA's translations key on them.</summary>
public static class UsageErrors
{
    public const string QuotaExceeded = "Usage:QuotaExceeded";
    public const string NotAQuota = "Usage:NotAQuota";
    public const string RateLimited = "Usage:RateLimited";
}
