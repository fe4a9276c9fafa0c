using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Tenants.Contracts;

public enum VerificationStatus { Unverified, Pending, Verified, Rejected, Revoked }

public enum TaxpayerType { General, SmallScale }

public sealed record InvoiceProfileDto(
    [property: Required, MinLength(2), MaxLength(100)] string Name,
    [property: Required, MinLength(15), MaxLength(20)] string TaxpayerId,
    [property: Required, MaxLength(200)] string Address,
    [property: Required,
        RegularExpression("^[0-9+\\- ()]{5,30}$", ErrorMessage = "A phone number is digits, spaces, +, - and brackets.")] string Phone,
    [property: Required, MaxLength(100)] string Bank,
    [property: Required, RegularExpression("^[0-9 ]{6,40}$", ErrorMessage = "An account number is digits.")] string Account);

public sealed record SubmitVerificationRequest(
    [property: Required, MinLength(2), MaxLength(100)] string LegalName,
    [property: Required,
        StringLength(18, MinimumLength = 18, ErrorMessage = "A unified social credit code has 18 characters.")] string CreditCode,
    [property: Required] TaxpayerType? TaxpayerType,
    [property: Required] InvoiceProfileDto InvoiceProfile);

public sealed record VerificationDto(
    string LegalName,
    string CreditCode,
    TaxpayerType TaxpayerType,
    InvoiceProfileDto InvoiceProfile,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReviewedAt);
