using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace DingPlatform.Platform.Identity;

/// <summary>The keys OpenIddict signs and encrypts tokens with; JwtBearer validates with the same signing key.
/// With a key file they survive restarts (the run command keeps one in its data folder); without, they are
/// made per process (tests).</summary>
public sealed class TokenKeys
{
    public RsaSecurityKey Signing { get; }
    public SymmetricSecurityKey Encryption { get; }

    private TokenKeys(RSAParameters rsa, byte[] aes)
    {
        Signing = new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.Modulus!))[..16] };
        Encryption = new SymmetricSecurityKey(aes);
    }

    public static TokenKeys Load(string? file)
    {
        if (!string.IsNullOrWhiteSpace(file) && File.Exists(file))
        {
            var stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(file))!;
            using var rsa = RSA.Create();
            rsa.ImportRSAPrivateKey(Convert.FromBase64String(stored.Rsa), out _);
            return new TokenKeys(rsa.ExportParameters(true), Convert.FromBase64String(stored.Aes));
        }
        using var created = RSA.Create(2048);
        var aes = RandomNumberGenerator.GetBytes(32);
        if (!string.IsNullOrWhiteSpace(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file,
                JsonSerializer.Serialize(new Stored(Convert.ToBase64String(created.ExportRSAPrivateKey()), Convert.ToBase64String(aes))));
        }
        return new TokenKeys(created.ExportParameters(true), aes);
    }

    private sealed record Stored(string Rsa, string Aes);
}
