namespace Appraisal.GraphQL.Language;

/// <summary>
/// An operation or a fragment definition.
/// <code>
/// ExecutableDefinition :
///   - OperationDefinition
///   - FragmentDefinition
/// </code>
/// </summary>
public abstract record ExecutableDefinition(Location Location) : Definition(Location)
{
    /// <summary>The description (new in the September 2025 edition), or null.</summary>
    public abstract StringValue? Description { get; init; }

    /// <summary>The directives applied to the definition.</summary>
    public abstract IReadOnlyList<Directive> Directives { get; init; }

    /// <summary>The selections of the definition.</summary>
    public abstract SelectionSet SelectionSet { get; init; }
}
