using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.ServiceSettings;

internal sealed class ServiceSettingsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var host = endpoints.MapApiGroup("/api/host/support", "Support (provider)");
        host.MapGet("/settings", Get).RequirePermission(SupportPermissions.Settings).WithName("GetSupportSettings");
        host.MapPut("/settings", Update).RequirePermission(SupportPermissions.Settings).WithName("UpdateSupportSettings");
    }

    internal static Task<SupportSettingsDto> Get(ServiceSettings useCase, CancellationToken ct) => useCase.GetAsync(ct);

    internal static Task<SupportSettingsDto> Update(UpdateSupportSettingsRequest request, ServiceSettings useCase, CancellationToken ct) =>
        useCase.UpdateAsync(request, ct);
}
