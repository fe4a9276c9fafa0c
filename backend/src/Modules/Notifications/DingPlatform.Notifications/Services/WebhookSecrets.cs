using Microsoft.AspNetCore.DataProtection;

namespace DingPlatform.Notifications.Services;

/// <summary>Webhook secrets at rest: encrypted with Data Protection (purpose "webhook-secrets"), because the host
/// must read them back to sign. The key ring is the host's (see the module README for where it is kept).</summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    public const string Purpose = "webhook-secrets";
    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
