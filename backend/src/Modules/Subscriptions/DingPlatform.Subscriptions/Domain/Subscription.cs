using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>A tenant's Professional subscription: consecutive terms from activation (§3.3). Renewing before
/// the end adds a term from the current end date; after expiry a new subscription starts on activation.
/// It belongs to its tenant and has no way to move to another (§3.6). Every change is an event.</summary>
public sealed class Subscription : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string PlanCode { get; private set; } = "";
    public SubscriptionStatus Status { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public List<Term> Terms { get; private set; } = [];
    public List<SubscriptionAddOn> AddOns { get; private set; } = [];
    public List<SubscriptionEvent> History { get; private set; } = [];

    private Subscription() { }

    public static DateOnly TermEnd(DateOnly start, int bonusMonths) => start.AddYears(1).AddMonths(bonusMonths);

    public static Subscription Activate(Guid tenantId, string planCode, int planVersion, DateOnly activation, int bonusMonths, Guid orderId,
        DateTimeOffset now)
    {
        var end = TermEnd(activation, bonusMonths);
        var s = new Subscription {
            TenantId = tenantId,
            PlanCode = planCode,
            Status = SubscriptionStatus.Active,
            StartDate = activation,
            EndDate = end,
            Terms = [new Term { Start = activation, End = end, PlanVersion = planVersion, OrderId = orderId }],
        };
        s.Record(now, "Activated",
            $"{activation:yyyy-MM-dd} → {end:yyyy-MM-dd}" + (bonusMonths > 0 ? $" (+{bonusMonths} bonus month(s))" : ""));
        return s;
    }

    public bool IsRunningOn(DateOnly date) => Status == SubscriptionStatus.Active && date >= StartDate && date < EndDate;

    /// <summary>Renewal before expiry: the new term starts where the current one ends.</summary>
    public void Extend(int planVersion, int bonusMonths, Guid orderId, DateTimeOffset now)
    {
        if (Status is not (SubscriptionStatus.Active or SubscriptionStatus.Suspended))
            throw new BusinessException(SubscriptionsErrors.InvalidTransition, $"A {Status} subscription cannot be extended.");
        var start = EndDate;
        EndDate = TermEnd(start, bonusMonths);
        Terms.Add(new Term { Start = start, End = EndDate, PlanVersion = planVersion, OrderId = orderId });
        Record(now, "Renewed", $"{start:yyyy-MM-dd} → {EndDate:yyyy-MM-dd}" + (bonusMonths > 0 ? $" (+{bonusMonths} bonus month(s))" : ""));
    }

    public Term? TermOn(DateOnly date) => Terms.FirstOrDefault(t => date >= t.Start && date < t.End);

    public void AddAddOn(string key, long amount, Guid orderId, DateTimeOffset now)
    {
        AddOns.Add(new SubscriptionAddOn { Key = key, Amount = amount, OrderId = orderId });
        Record(now, "AddOnAdded", $"{key} +{amount}");
    }

    /// <summary>§3.1.5: at the end date Professional ends and unused consumables and top-ups lapse.</summary>
    public bool ExpireIfDue(DateOnly today, DateTimeOffset now)
    {
        if (Status is not (SubscriptionStatus.Active or SubscriptionStatus.Suspended) || today < EndDate) return false;
        Status = SubscriptionStatus.Expired;
        Record(now, "Expired", "Back to Standard; unused consumables and top-ups lapsed.");
        return true;
    }

    public void Suspend(string reason, DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.Active) throw new BusinessException(SubscriptionsErrors.InvalidTransition,
            $"A {Status} subscription cannot be suspended.");
        Status = SubscriptionStatus.Suspended;
        Record(now, "Suspended", reason);
    }

    public void Reinstate(DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.Suspended) throw new BusinessException(SubscriptionsErrors.InvalidTransition,
            $"A {Status} subscription cannot be reinstated.");
        Status = SubscriptionStatus.Active;
        Record(now, "Reinstated", null);
    }

    public void Terminate(string reason, DateTimeOffset now)
    {
        if (Status is not (SubscriptionStatus.Active or SubscriptionStatus.Suspended))
            throw new BusinessException(SubscriptionsErrors.InvalidTransition, $"A {Status} subscription cannot be terminated.");
        Status = SubscriptionStatus.Terminated;
        Record(now, "Terminated", reason);
    }

    /// <summary>§3.3: only for provider fault; the subscription ends at once.</summary>
    public void EndByRefund(string reason, DateTimeOffset now)
    {
        Status = SubscriptionStatus.Refunded;
        Record(now, "Refunded", reason);
    }

    public void Record(DateTimeOffset at, string type, string? detail) =>
        History.Add(new SubscriptionEvent { SubscriptionId = Id, TenantId = TenantId, At = at, Type = type, Detail = detail });
}
