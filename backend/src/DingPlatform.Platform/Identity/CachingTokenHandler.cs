using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DingPlatform.Platform.Identity;

/// <summary>Validates each distinct access token once: the signature check and JSON parsing are most of what
/// authentication costs, and an integrator sends the same token thousands of times. A hit still honours the
/// token's expiry on the platform clock, and hands out a copy of the identity so requests never share one.
/// Revocation does not depend on this: suspended tenants and revoked clients are checked per request.</summary>
public sealed class CachingTokenHandler(TimeProvider clock) : JsonWebTokenHandler
{
    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_validated.TryGetValue(token, out TokenValidationResult? hit) && hit!.SecurityToken.ValidTo > now)
            return Copy(hit);
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } security)
        {
            var ttl = security.ValidTo - now;
            if (ttl > TimeSpan.Zero)
                _validated.Set(token, result,
                    new MemoryCacheEntryOptions {
                        Size = 1,
                        AbsoluteExpirationRelativeToNow = ttl < TimeSpan.FromMinutes(10) ? ttl : TimeSpan.FromMinutes(10)
                    });
        }
        return result;
    }

    private static TokenValidationResult Copy(TokenValidationResult r) => new() {
        IsValid = true,
        ClaimsIdentity = r.ClaimsIdentity.Clone(),
        SecurityToken = r.SecurityToken,
        Issuer = r.Issuer,
        TokenType = r.TokenType,
    };
}
