using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.SignUp;

internal sealed class SignUpEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api", "Sign-up").AllowAnonymous()
            .MapPost("/tenants/sign-up", Handle).WithName("SignUp");

    private static async Task<Created<SignUpResult>> Handle(SignUpRequest request, SignUp useCase, CancellationToken ct) =>
        TypedResults.Created("/api/tenant/profile", await useCase.ExecuteAsync(request, ct));
}
