using DingPlatform.Platform.Errors;

namespace DingPlatform.Plans.Domain;

/// <summary>A plan (Standard, Professional) and its history. Changing a price or an entitlement makes a
/// new version; what was sold keeps pointing at the version it was sold with (SPEC §3).</summary>
public sealed class Plan
{
    private readonly List<PlanVersion> _versions = [];

    public string Code { get; private set; } = "";
    public bool IsFree { get; private set; }
    public int SortOrder { get; private set; }
    public int CurrentVersion { get; private set; }
    public IReadOnlyList<PlanVersion> Versions => _versions;

    private Plan() { }

    public static Plan Create(string code, bool isFree, int sortOrder, string name, decimal annualPrice,
        IEnumerable<Entitlement> entitlements, DateTimeOffset now)
    {
        var plan = new Plan { Code = code, IsFree = isFree, SortOrder = sortOrder };
        plan.Revise(name, annualPrice, entitlements, now);
        return plan;
    }

    public PlanVersion Current => _versions.Single(v => v.Version == CurrentVersion);

    public PlanVersion Revise(string name, decimal annualPrice, IEnumerable<Entitlement> entitlements, DateTimeOffset now)
    {
        if (annualPrice < 0 || decimal.Round(annualPrice, 2) != annualPrice)
            throw new InputException("annualPrice", "The annual price is CNY with at most two decimals, zero or more.");
        if (IsFree && annualPrice != 0)
            throw new InputException("annualPrice", "A free plan has no price.");
        var list = entitlements.ToList();
        var duplicate = list.GroupBy(e => e.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InputException("entitlements", $"The entitlement '{duplicate.Key}' is listed twice.");
        var version = new PlanVersion(Code, CurrentVersion + 1, name.Trim(), annualPrice, now, list);
        _versions.Add(version);
        CurrentVersion = version.Version;
        return version;
    }
}
