using DingPlatform.Tenants.Domain;

namespace DingPlatform.IntegrationTests.TestKit;

public static class CreditCodes
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A fresh valid unified social credit code, so tests never collide on the one-company-one-tenant rule.</summary>
    public static string NewValid()
    {
        var chars = new char[17];
        chars[0] = '9'; chars[1] = '1';
        for (var i = 2; i < 17; i++) chars[i] = Charset[Random.Shared.Next(10)];
        return new string(chars) + CreditCode.CheckCharacter(chars);
    }

    public static object VerificationBody(string legalName, string? code = null, string taxpayerType = "General") => new
    {
        legalName,
        creditCode = code ?? NewValid(),
        taxpayerType,
        invoiceProfile = new
        {
            name = legalName,
            taxpayerId = code ?? "91110108596007659D",
            address = "北京市朝阳区",
            phone = "010-82746952",
            bank = "招商银行",
            account = "110946919610501"
        },
    };
}
