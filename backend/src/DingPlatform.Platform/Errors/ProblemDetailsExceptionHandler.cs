using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace DingPlatform.Platform.Errors;

/// <summary>The one place where exceptions become RFC 9457 problem details. Business errors keep their
/// code; unreadable input becomes 400 naming the field; anything else is a 500 without internals.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch {
            InputException e => Validation(new Dictionary<string, string[]> { [e.Field] = [e.Message] }, e.Message),
            BusinessException e => Business(e),
            BadHttpRequestException e => FromBadRequest(e),
            // ASP.NET Core's form reader refuses NUL characters this way (the token endpoint's form included).
            InvalidDataException e => Validation(new Dictionary<string, string[]> { ["body"] = [e.Message] }, e.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested) return true;
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails {
                Status = 500,
                Title = "An unexpected error occurred.",
                Extensions = { ["code"] = "Platform:InternalError", ["traceId"] = httpContext.TraceIdentifier },
            };
        }
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(
            new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = null });
    }

    private static ProblemDetails Business(BusinessException e)
    {
        var p = new ProblemDetails { Status = e.Status, Title = e.Message, Detail = e.Message };
        p.Extensions["code"] = e.Code;
        foreach (var (k, v) in e.Details) p.Extensions[k] = v;
        // A rule about one field also names it the way validation errors do, so forms can place it.
        if (e.Details.TryGetValue("field", out var field) && field is string name)
            p.Extensions["errors"] = new Dictionary<string, string[]> { [name] = [e.Message] };
        return p;
    }

    public static ProblemDetails Validation(IDictionary<string, string[]> errors, string? detail = null)
    {
        var p = new HttpValidationProblemDetails(errors) {
            Status = 400,
            Title = "The request is invalid.",
            Detail = detail ?? string.Join(" ", errors.SelectMany(kv => kv.Value)),
        };
        p.Extensions["code"] = "Platform:InvalidInput";
        return p;
    }

    /// <summary>Minimal APIs throw this for a body that is not JSON, has wrong types or numbers out of
    /// range for their type, or is missing. The JSON path of the failure names the field.</summary>
    private static ProblemDetails FromBadRequest(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var field = JsonPathToField(json.Path);
            var message = string.IsNullOrEmpty(field)
                ? "The request body is not valid JSON."
                : $"The value of '{field}' is not valid.";
            return Validation(new Dictionary<string, string[]> { [string.IsNullOrEmpty(field) ? "body" : field] = [message] }, message);
        }
        var p = Validation(new Dictionary<string, string[]> { ["body"] = [e.Message] }, e.Message);
        p.Status = e.StatusCode == 413 ? 413 : 400;
        return p;
    }

    /// <summary>"$.invoiceProfile.phone" → "invoiceProfile.phone"; "$['a b']" → "a b".</summary>
    internal static string JsonPathToField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var s = path.StartsWith("$.") ? path[2..] : path.TrimStart('$');
        return s.Replace("['", "").Replace("']", "").Trim('.');
    }
}
