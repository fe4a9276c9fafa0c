using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using DingPlatform.Platform.Errors;
using Microsoft.AspNetCore.Http;

namespace DingPlatform.Platform.Validation;

/// <summary>Validates every request DTO (data annotations, nested objects and lists included) before the
/// handler runs, so bad input is refused with the field's JSON name and nothing is written.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var argument in context.Arguments)
        {
            if (argument is string text && HasNul(text)) Add(errors, "", NulMessage);
            if (argument is null || !IsDto(argument.GetType())) continue;
            Validate(argument, "", errors, depth: 0);
        }
        if (errors.Count > 0)
            return TypedResults.Problem(ProblemDetailsExceptionHandler.Validation(errors));
        return await next(context);
    }

    private static bool IsDto(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("DingPlatform", StringComparison.Ordinal) == true;

    private static void Validate(object instance, string prefix, Dictionary<string, string[]> errors, int depth)
    {
        if (depth > 8) return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var r in results)
        {
            var members = r.MemberNames.Any() ? r.MemberNames : [""];
            foreach (var m in members)
            {
                var key = Join(prefix, JsonName(m));
                errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, r.ErrorMessage ?? "Invalid."]
                    : [r.ErrorMessage ?? "Invalid."];
            }
        }
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var value = property.GetValue(instance);
            if (value is null) continue;
            var name = Join(prefix, JsonName(property.Name));
            if (value is string s)
            {
                if (HasNul(s)) Add(errors, name, NulMessage);
                continue;
            }
            if (value is IEnumerable items && value is not IDictionary)
            {
                var i = 0;
                foreach (var item in items)
                {
                    // JSON lets a client send [null]; no list in this API has optional items.
                    if (item is null) Add(errors, $"{name}[{i}]", "An item of this list is missing (null).");
                    else if (item is string t && HasNul(t)) Add(errors, $"{name}[{i}]", NulMessage);
                    else if (IsDto(item.GetType())) Validate(item, $"{name}[{i}]", errors, depth + 1);
                    i++;
                }
            }
            else if (IsDto(value.GetType()))
            {
                Validate(value, name, errors, depth + 1);
            }
        }
    }

    private const string NulMessage = "The text contains a NUL character.";

    // PostgreSQL cannot store U+0000 in text, and no field of this API needs it.
    private static bool HasNul(string text) => text.Contains('\0');

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];

    private static string JsonName(string member) => string.IsNullOrEmpty(member) ? member : JsonNamingPolicy.CamelCase.ConvertName(member);

    private static string Join(string prefix, string name) =>
        string.IsNullOrEmpty(prefix) ? name : string.IsNullOrEmpty(name) ? prefix : $"{prefix}.{name}";
}
