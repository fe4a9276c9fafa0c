using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>An uploaded file's metadata as the caller gives it; the bytes are already in storage under
/// <see cref="StorageKey"/>.</summary>
public sealed record AttachmentUpload(string FileName, string ContentType, long SizeBytes, string StorageKey);

/// <summary>What a ticket may carry: at most 10 MB per file, and only document, image and archive types that
/// support staff can open safely. The declared content type and the file's extension must agree, so a
/// renamed executable ("report.pdf" sent as application/x-msdownload) is refused.</summary>
public static class AttachmentPolicy
{
    /// <summary>10 MB, counted in binary megabytes as file managers show them.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int FileNameLength = 255;
    public const int StorageKeyLength = 500;

    // Browsers name some types differently by platform: Windows sends a .zip as application/x-zip-compressed
    // and, with Excel installed, a .csv as application/vnd.ms-excel. Both are accepted only with that extension.
    private static readonly Dictionary<string, string[]> TypesByExtension = new(StringComparer.OrdinalIgnoreCase) {
        ["pdf"] = ["application/pdf"],
        ["png"] = ["image/png"],
        ["jpg"] = ["image/jpeg"],
        ["jpeg"] = ["image/jpeg"],
        ["gif"] = ["image/gif"],
        ["txt"] = ["text/plain"],
        ["csv"] = ["text/csv", "application/vnd.ms-excel"],
        ["zip"] = ["application/zip", "application/x-zip-compressed"],
        ["docx"] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        ["xlsx"] = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    };

    public static IReadOnlyCollection<string> AllowedExtensions => TypesByExtension.Keys;

    /// <summary>The upload, trimmed and with its content type reduced to the bare lower-case media type, or
    /// a coded error naming <paramref name="field"/> (e.g. "attachments[2]").</summary>
    public static AttachmentUpload Check(AttachmentUpload upload, string field = "attachment")
    {
        ArgumentNullException.ThrowIfNull(upload);
        var fileName = RequiredText.Check($"{field}.fileName", upload.FileName, FileNameLength);
        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Any(char.IsControl))
            throw new InputException($"{field}.fileName", "A file name without folders or control characters.");
        var storageKey = RequiredText.Check($"{field}.storageKey", upload.StorageKey, StorageKeyLength);
        if (upload.SizeBytes < 0) throw new InputException($"{field}.sizeBytes", "A size cannot be negative.");
        if (upload.SizeBytes > MaxBytes)
            throw new BusinessException(SupportErrors.AttachmentTooLarge,
                $"'{fileName}' is {upload.SizeBytes:N0} bytes; at most 10 MB ({MaxBytes:N0} bytes) per file.", 400)
                .WithDetail("field", $"{field}.sizeBytes").WithDetail("maxBytes", MaxBytes);

        // "text/plain; charset=utf-8" names the same type as "text/plain".
        var contentType = (upload.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var dot = fileName.LastIndexOf('.');
        var extension = dot >= 0 ? fileName[(dot + 1)..] : "";
        if (!TypesByExtension.TryGetValue(extension, out var types) || !types.Contains(contentType))
            throw new BusinessException(SupportErrors.AttachmentTypeNotAllowed,
                    $"'{fileName}' ({(contentType.Length == 0 ? "no content type" : contentType)}) is not an allowed "
                        + $"attachment; allowed: {string.Join(", ", AllowedExtensions)} with their matching content type.",
                        400)
                .WithDetail("field", $"{field}.contentType").WithDetail("allowed", AllowedExtensions.ToArray());
        return new AttachmentUpload(fileName, contentType, upload.SizeBytes, storageKey);
    }
}
