namespace DingPlatform.Platform.Errors;

/// <summary>A broken business rule. <see cref="Code"/> is stable ("Module:Reason") so clients can act on it;
/// the one exception handler turns it into problem details with <see cref="Status"/>.</summary>
public class BusinessException(string code, string message, int status = 409) : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;
    public IDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();

    public BusinessException WithDetail(string key, object? value)
    {
        Details[key] = value;
        return this;
    }
}

/// <summary>Missing, or owned by another tenant: both answer 404 so a foreign id reveals nothing.</summary>
public sealed class EntityNotFoundException(string entity, object id)
    : BusinessException("Platform:NotFound", $"{entity} '{id}' was not found.", 404);

/// <summary>Input that fails a rule about one field, found inside a use case rather than by annotation.</summary>
public sealed class InputException(string field, string message)
    : BusinessException("Platform:InvalidInput", message, 400)
{
    public string Field { get; } = field;
}
