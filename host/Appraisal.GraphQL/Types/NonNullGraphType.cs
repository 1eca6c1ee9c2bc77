namespace Appraisal.GraphQL.Types;

/// <summary>A non-null wrapper: <c>T!</c>. Wrapping a non-null type again is not allowed (spec §3.12).</summary>
public sealed class NonNullGraphType : GraphType
{
    public NonNullGraphType(GraphType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullGraphType)
        {
            throw new ArgumentException($"Cannot wrap the non-null type {ofType} in non-null again.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphType OfType { get; }

    public override NamedGraphType NamedType => OfType.NamedType;

    public override string ToString() => $"{OfType}!";
}
