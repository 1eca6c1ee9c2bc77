namespace Appraisal.GraphQL.Types;

/// <summary>One value of an enum.</summary>
/// <param name="Name">The name clients write.</param>
/// <param name="Value">The internal value resolvers see and return; the name when not given.</param>
/// <param name="Description">Shown in introspection.</param>
/// <param name="DeprecationReason">Non-null when deprecated.</param>
public sealed record EnumValueDefinition(string Name, object Value, string? Description = null, string? DeprecationReason = null)
{
    public EnumValueDefinition(string name)
        : this(name, name)
    {
    }

    public bool IsDeprecated => DeprecationReason is not null;
}
