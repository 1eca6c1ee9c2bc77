namespace Appraisal.GraphQL.Types;

/// <summary>An output field of an object or interface type.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">An output type.</param>
/// <param name="Resolver">Produces the field's value; null on interfaces, and on objects means "read the property of the
/// same name" as bound by the schema builder.</param>
/// <param name="Arguments">Arguments in definition order.</param>
/// <param name="Description">Shown in introspection.</param>
/// <param name="DeprecationReason">Non-null when deprecated.</param>
public sealed record FieldDefinition(
    string Name,
    GraphType Type,
    FieldResolver? Resolver = null,
    IReadOnlyList<InputValueDefinition>? Arguments = null,
    string? Description = null,
    string? DeprecationReason = null)
{
    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = Arguments ?? [];

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The argument with this name, or null.</summary>
    public InputValueDefinition? FindArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}
