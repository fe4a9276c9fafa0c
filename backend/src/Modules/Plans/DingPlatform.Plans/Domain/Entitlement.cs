using DingPlatform.Platform.Errors;
using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans.Domain;

/// <summary>One typed entitlement of a plan version. Kinds carry different values: a switch is on/off,
/// a limit and a rate have an amount, a quota has an amount per period.</summary>
public sealed class Entitlement
{
    public string Key { get; private set; } = "";
    public EntitlementKind Kind { get; private set; }
    public bool? Enabled { get; private set; }
    public long? Amount { get; private set; }
    public string? Unit { get; private set; }
    public QuotaPeriod? Period { get; private set; }
    public string? Note { get; private set; }

    private Entitlement() { }

    public static Entitlement Switch(string key, bool enabled, string? note = null) =>
        Create(key, EntitlementKind.Switch, enabled, null, null, null, note);
    public static Entitlement Limit(string key, long amount, string? unit = null, string? note = null) =>
        Create(key, EntitlementKind.Limit, null, amount, unit, null, note);
    public static Entitlement Quota(string key, long amount, QuotaPeriod period, string? unit = null, string? note = null) =>
        Create(key, EntitlementKind.Quota, null, amount, unit, period, note);
    public static Entitlement Rate(string key, long perSecond) =>
        Create(key, EntitlementKind.Rate, null, perSecond, "req/s", null, null);

    public static Entitlement Create(string key, EntitlementKind kind, bool? enabled, long? amount, string? unit, QuotaPeriod? period,
        string? note)
    {
        string Field(string f) => $"entitlements[{key}].{f}";
        switch (kind)
        {
            case EntitlementKind.Switch when enabled is null:
                throw new InputException(Field("enabled"), $"The switch '{key}' needs enabled true or false.");
            case EntitlementKind.Switch:
                amount = null; period = null;
                break;
            case EntitlementKind.Quota when period is null:
                throw new InputException(Field("period"), $"The quota '{key}' needs a period (Year or Month).");
            case not EntitlementKind.Switch when amount is null or < 0:
                throw new InputException(Field("amount"),
                    $"The {kind.ToString().ToLowerInvariant()} '{key}' needs an amount of zero or more.");
        }
        if (kind != EntitlementKind.Quota) period = null;
        if (kind != EntitlementKind.Switch) enabled = null;
        return new Entitlement { Key = key, Kind = kind, Enabled = enabled, Amount = amount, Unit = unit, Period = period, Note = note };
    }
}
