using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types;

/// <summary>An argument or an input field.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">An input type.</param>
/// <param name="DefaultValue">The default as a constant literal (printed as is by introspection), or null when none.</param>
/// <param name="Description">Shown in introspection.</param>
/// <param name="DeprecationReason">Non-null when deprecated (only allowed on nullable or defaulted ones).</param>
public sealed record InputValueDefinition(
    string Name,
    GraphType Type,
    Value? DefaultValue = null,
    string? Description = null,
    string? DeprecationReason = null)
{
    public bool HasDefaultValue => DefaultValue is not null;

    public bool IsDeprecated => DeprecationReason is not null;
}
