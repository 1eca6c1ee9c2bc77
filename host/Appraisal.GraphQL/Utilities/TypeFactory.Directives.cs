using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

internal sealed partial class TypeFactory
{
    /// <summary>
    /// Checks the kinds of the types SDL names where only some kinds fit: implemented interfaces and union
    /// members. Reported with graphql-js <c>validateSchema</c>'s messages, since graphql-js finds them there.
    /// </summary>
    public List<string> CheckReferencedKinds()
    {
        var kindErrors = new List<string>();
        foreach (var merged in set.Types)
        {
            foreach (var reference in merged.Interfaces)
            {
                var type = Types[reference.Name.Value];
                if (type is not InterfaceType)
                {
                    kindErrors.Add($"Type {merged.Name} must only implement Interface types, it cannot implement {type.Name}.");
                }
            }

            foreach (var reference in merged.Members)
            {
                var type = Types[reference.Name.Value];
                if (type is not ObjectType)
                {
                    kindErrors.Add($"Union type {merged.Name} can only include Object types, it cannot include {type.Name}.");
                }
            }
        }

        return kindErrors;
    }

    /// <summary><c>@deprecated(reason:)</c>: the reason given, the default one, or null when not deprecated.
    /// https://spec.graphql.org/September2025/#sec--deprecated</summary>
    private string? DeprecationReason(IReadOnlyList<Directive> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == "deprecated") is { } deprecated
            ? StringArgument(deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason
            : null;

    /// <summary><c>@specifiedBy(url:)</c>. https://spec.graphql.org/September2025/#sec--specifiedBy</summary>
    private string? SpecifiedByUrl(IReadOnlyList<Directive> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == "specifiedBy") is { } specifiedBy ? StringArgument(specifiedBy, "url") : null;

    private string? StringArgument(Directive directive, string name)
    {
        var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == name);
        switch (argument?.Value)
        {
            case null or NullValue:
                return null;
            case StringValue text:
                return text.Value;
            default:
                errors.Add($"Argument \"@{directive.Name.Value}({name}:)\" has invalid value {Printer.Print(argument.Value)}: a string is expected.");
                return null;
        }
    }
}
