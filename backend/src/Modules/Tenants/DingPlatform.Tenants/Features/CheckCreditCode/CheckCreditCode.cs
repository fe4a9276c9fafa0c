using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;

namespace DingPlatform.Tenants.Features.CheckCreditCode;

/// <summary>Lets the sign-up and verification forms check a credit code as it is typed, before anything
/// is submitted: pure arithmetic (GB 32100-2015), nothing is looked up.</summary>
internal static class CheckCreditCode
{
    public static CreditCodeCheckDto Execute(string code) =>
        new(CreditCode.Normalize(code), CreditCode.IsValid(code), CreditCode.Check(code));
}
