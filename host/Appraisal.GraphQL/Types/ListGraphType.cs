namespace Appraisal.GraphQL.Types;

/// <summary>A list of another type: <c>[T]</c>. https://spec.graphql.org/September2025/#sec-List</summary>
public sealed class ListGraphType(GraphType ofType) : GraphType
{
    public GraphType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override NamedGraphType NamedType => OfType.NamedType;

    public override string ToString() => $"[{OfType}]";
}
