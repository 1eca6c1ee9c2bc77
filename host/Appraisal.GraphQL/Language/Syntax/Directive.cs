namespace Appraisal.GraphQL.Language;

/// <summary>
/// A directive application, <c>@name(args)</c>.
/// <code>
/// Directive[Const] : @ Name Arguments[?Const]?
/// </code>
/// </summary>
public sealed record Directive(Location Location, Name Name, IReadOnlyList<Argument> Arguments) : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
