using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.CheckCreditCode;

internal sealed class CheckCreditCodeEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api", "Sign-up").AllowAnonymous()
            .MapGet("/credit-codes/{code}/check", Handle).WithName("CheckCreditCode");

    private static CreditCodeCheckDto Handle(string code) => CheckCreditCode.Execute(code);
}
