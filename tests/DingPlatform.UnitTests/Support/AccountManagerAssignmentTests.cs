using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;

namespace DingPlatform.UnitTests.Support;

/// <summary>§1.3: each Professional tenant gets a dedicated account manager, picked to spread the load.</summary>
public sealed class AccountManagerAssignmentTests
{
    private static readonly Guid Zhang = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Li = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Wang = Guid.Parse("00000000-0000-0000-0000-000000000003");

    [Fact]
    public void The_least_loaded_staff_member_is_picked()
    {
        AccountManagerAssignment.Pick([
            new(Zhang, 5, At("2026-01-01 09:00")),
            new(Li, 2, At("2026-03-01 09:00")),
            new(Wang, 3, null),
        ]).ShouldBe(Li);
    }

    [Fact]
    public void On_equal_load_the_one_waiting_longest_since_a_new_tenant_is_picked()
    {
        AccountManagerAssignment.Pick([
            new(Zhang, 2, At("2026-03-02 09:00")),
            new(Li, 2, At("2026-03-01 09:00")),
        ]).ShouldBe(Li);
    }

    [Fact]
    public void Someone_never_assigned_goes_before_anyone_with_the_same_load()
    {
        AccountManagerAssignment.Pick([
            new(Zhang, 0, At("2020-01-01 09:00")),
            new(Wang, 0, null),
        ]).ShouldBe(Wang);
    }

    [Fact]
    public void A_full_tie_is_broken_by_user_id_whatever_the_order_given()
    {
        AccountManagerCandidate[] candidates =
            [new(Wang, 1, At("2026-03-01 09:00")), new(Li, 1, At("2026-03-01 09:00")), new(Zhang, 1, At("2026-03-01 09:00"))];
        AccountManagerAssignment.Pick(candidates).ShouldBe(Zhang);
        AccountManagerAssignment.Pick(candidates.Reverse()).ShouldBe(Zhang);
    }

    [Fact]
    public void No_candidates_means_unassigned()
    {
        AccountManagerAssignment.Pick([]).ShouldBeNull();
    }

    [Fact]
    public void A_negative_load_is_a_caller_bug()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AccountManagerAssignment.Pick([new(Zhang, -1, null)]));
    }
}
