using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;

namespace DingPlatform.Calendar;

/// <summary>Billing staff keep the calendar because invoice deadlines are theirs.</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.Add(CalendarPermissions.Manage, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing);
}
