using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;

namespace DingPlatform.UnitTests.Support;

/// <summary>Ticket attachments: at most 10 MB each, from an allow-list where content type and extension agree.</summary>
public sealed class AttachmentPolicyTests
{
    private static AttachmentUpload Upload(string name, string type, long size = 1000) => new(name, type, size, "support/k1");

    private static string Refusal(AttachmentUpload upload) => Should.Throw<BusinessException>(() => AttachmentPolicy.Check(upload)).Code;

    [Theory]
    [InlineData("contract.pdf", "application/pdf")]
    [InlineData("screen.png", "image/png")]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("photo.JPEG", "image/jpeg")]
    [InlineData("anim.gif", "image/gif")]
    [InlineData("log.txt", "text/plain; charset=utf-8")]
    [InlineData("members.csv", "text/csv")]
    [InlineData("members.csv", "application/vnd.ms-excel")]
    [InlineData("logs.zip", "application/zip")]
    [InlineData("logs.zip", "application/x-zip-compressed")]
    [InlineData("letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("发票 2026.PDF", "Application/PDF")]
    public void Allowed_types_pass(string fileName, string contentType)
    {
        Should.NotThrow(() => AttachmentPolicy.Check(Upload(fileName, contentType)));
    }

    [Theory]
    [InlineData("setup.exe", "application/x-msdownload")]    // not on the list
    [InlineData("report.pdf", "application/x-msdownload")]   // renamed executable
    [InlineData("report.exe", "application/pdf")]            // type claims pdf, extension disagrees
    [InlineData("invoice.pdf.exe", "application/pdf")]       // the last extension is the one that counts
    [InlineData("photo.png", "image/jpeg")]                  // both allowed, but not together
    [InlineData("macro.docm", "application/vnd.ms-word.document.macroEnabled.12")]
    [InlineData("page.html", "text/html")]
    [InlineData("README", "text/plain")]                     // no extension
    [InlineData("log.txt", "")]                              // no content type
    public void Other_types_or_mismatches_are_refused(string fileName, string contentType)
    {
        Refusal(Upload(fileName, contentType)).ShouldBe(SupportErrors.AttachmentTypeNotAllowed);
    }

    [Fact]
    public void Ten_megabytes_is_the_most_a_file_may_be()
    {
        Should.NotThrow(() => AttachmentPolicy.Check(Upload("a.pdf", "application/pdf", 10 * 1024 * 1024)));
        Refusal(Upload("a.pdf", "application/pdf", 10 * 1024 * 1024 + 1)).ShouldBe(SupportErrors.AttachmentTooLarge);
    }

    [Fact]
    public void The_checked_upload_is_normalised()
    {
        var upload = AttachmentPolicy.Check(new AttachmentUpload("  log.txt ", " Text/Plain; charset=utf-8", 12, " k/1 "));
        upload.ShouldBe(new AttachmentUpload("log.txt", "text/plain", 12, "k/1"));
    }

    [Theory]
    [InlineData("../../etc/passwd.txt")]
    [InlineData("C:\\fakepath\\log.txt")]
    [InlineData("log\n.txt")]
    [InlineData("")]
    public void A_file_name_is_a_plain_name(string fileName)
    {
        Should.Throw<InputException>(() => AttachmentPolicy.Check(Upload(fileName, "text/plain"))).Field.ShouldBe("attachment.fileName");
    }

    [Fact]
    public void A_storage_key_is_required_and_a_size_is_not_negative()
    {
        Should.Throw<InputException>(() => AttachmentPolicy.Check(new AttachmentUpload("a.pdf", "application/pdf", 1, " ")))
            .Field.ShouldBe("attachment.storageKey");
        Should.Throw<InputException>(() => AttachmentPolicy.Check(Upload("a.pdf", "application/pdf", -1)))
            .Field.ShouldBe("attachment.sizeBytes");
    }
}
