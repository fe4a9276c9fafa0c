using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.Attachments;

internal sealed class AttachmentsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapApiGroup("/api/tenant/support", "Support");
        // The form is read by the use case after the ticket is found, so another tenant's id is a 404 and a
        // refused file is never stored; the routing middleware applies the size limit to the body. No Accepts
        // metadata: routing would answer a JSON body 415 before authorisation, and without a problem code.
        tenant.MapPost("/tickets/{id:guid}/attachments", Upload)
            .WithDescription(
                "multipart/form-data with one file in the field \"file\" (at most 10 MB; pdf, png, jpg, gif, txt, csv, zip, "
                    + "docx, xlsx with their content type).")
            .WithMetadata(new UploadSizeLimit(Attachments.RequestLimit))
            .RequirePermission(SupportPermissions.Tickets).TenantResource("ticket").WithName("UploadSupportAttachment");
        // {attachmentId} is bound as text: a malformed one is simply not found.
        tenant.MapGet("/tickets/{id:guid}/attachments/{attachmentId}", TenantDownload)
            .RequirePermission(SupportPermissions.Tickets).TenantResource("ticket").WithName("DownloadSupportAttachment");

        var host = endpoints.MapApiGroup("/api/host/support", "Support (provider)");
        host.MapGet("/tickets/{id:guid}/attachments/{attachmentId}", HostDownload)
            .RequirePermission(SupportPermissions.Queue).WithName("DownloadHostSupportAttachment");
    }

    internal static async Task<Created<TicketAttachmentDto>> Upload(Guid id, HttpRequest request, Attachments useCase, CancellationToken ct)
    {
        var attachment = await useCase.UploadAsync(id, request, ct);
        return TypedResults.Created($"/api/tenant/support/tickets/{id}/attachments/{attachment.Id}", attachment);
    }

    internal static async Task<IResult> TenantDownload(Guid id, string attachmentId, Attachments useCase, HttpResponse response,
        CancellationToken ct) =>
        File(await useCase.TenantFileAsync(id, attachmentId, ct), response);

    internal static async Task<IResult> HostDownload(Guid id, string attachmentId, Attachments useCase, HttpResponse response,
        CancellationToken ct) =>
        File(await useCase.HostFileAsync(id, attachmentId, ct), response);

    private static IResult File(StoredFile file, HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private sealed class UploadSizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
