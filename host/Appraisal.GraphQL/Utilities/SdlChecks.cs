using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// The SDL rules graphql-js runs before building a schema that look at references rather than definitions:
/// Known Type Names, Directives Are Defined, Directives Are in Valid Locations, Directives Are Unique per
/// Location, and the argument rules for applied directives (known names, required arguments).
/// https://spec.graphql.org/September2025/#sec-Validation.Directives
/// </summary>
internal sealed class SdlChecks(SdlDocumentSet set, Func<string, bool> isKnownType, List<string> errors)
{
    private readonly Dictionary<string, AppliedDirectiveRules> _directives = Known(set);

    public void Run()
    {
        foreach (var type in set.Types)
        {
            CheckDirectives(type.Directives, LocationOf(type.Definition));
            foreach (var reference in type.Interfaces.Concat(type.Members))
            {
                CheckType(reference);
            }

            foreach (var field in type.Fields)
            {
                CheckType(field.Type);
                CheckDirectives(field.Directives, "FIELD_DEFINITION");
                CheckInputValues(field.Arguments, "ARGUMENT_DEFINITION");
            }

            CheckInputValues(type.InputFields, "INPUT_FIELD_DEFINITION");
            foreach (var value in type.Values)
            {
                CheckDirectives(value.Directives, "ENUM_VALUE");
            }
        }

        foreach (var directive in set.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CheckType(argument.Type);
            }
        }

        foreach (var operationType in set.OperationTypes.Values)
        {
            CheckType(operationType);
        }

        CheckDirectives(set.SchemaDirectives, "SCHEMA");
    }

    private void CheckInputValues(IEnumerable<Language.InputValueDefinition> values, string location)
    {
        foreach (var value in values)
        {
            CheckType(value.Type);
            CheckDirectives(value.Directives, location);
        }
    }

    /// <summary>Known Type Names. https://spec.graphql.org/September2025/#sec-Type-System</summary>
    private void CheckType(TypeReference reference)
    {
        switch (reference)
        {
            case NamedType named when !isKnownType(named.Name.Value):
                errors.Add($"Unknown type \"{named.Name.Value}\".");
                break;
            case ListType list:
                CheckType(list.Type);
                break;
            case NonNullType nonNull:
                CheckType(nonNull.Type);
                break;
        }
    }

    private void CheckDirectives(IEnumerable<Directive> directives, string location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var rules))
            {
                errors.Add($"Unknown directive \"@{name}\".");
                continue;
            }

            if (!rules.Locations.Contains(location))
            {
                errors.Add($"Directive \"@{name}\" may not be used on {location}.");
            }

            if (!rules.IsRepeatable && !seen.Add(name))
            {
                errors.Add($"The directive \"@{name}\" can only be used once at this location.");
            }

            foreach (var argument in directive.Arguments.Where(a => !rules.Arguments.ContainsKey(a.Name.Value)))
            {
                errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".");
            }

            foreach (var (argumentName, requiredType) in rules.Arguments)
            {
                if (requiredType is not null && !directive.Arguments.Any(a => a.Name.Value == argumentName))
                {
                    errors.Add($"Argument \"@{name}({argumentName}:)\" of type \"{requiredType}\" is required, but it was not provided.");
                }
            }
        }
    }

    private static string LocationOf(TypeDefinition definition) => definition switch
    {
        ObjectTypeDefinition => "OBJECT",
        InterfaceTypeDefinition => "INTERFACE",
        UnionTypeDefinition => "UNION",
        EnumTypeDefinition => "ENUM",
        InputObjectTypeDefinition => "INPUT_OBJECT",
        _ => "SCALAR",
    };

    /// <summary>The directives an SDL may apply: its own definitions, then the built-ins it does not redefine.</summary>
    private static Dictionary<string, AppliedDirectiveRules> Known(SdlDocumentSet set)
    {
        var known = new Dictionary<string, AppliedDirectiveRules>(StringComparer.Ordinal);
        foreach (var directive in set.Directives)
        {
            known[directive.Name.Value] = new(
                [.. directive.Locations.Select(location => location.Value)],
                directive.Arguments.ToDictionary(a => a.Name.Value, a => a.Type is NonNullType && a.DefaultValue is null ? Printer.Print(a.Type) : null),
                directive.Repeatable);
        }

        foreach (var directive in BuiltInDirectives.All)
        {
            known.TryAdd(directive.Name, new(
                [.. directive.Locations.Select(Introspection.NameOf)],
                directive.Arguments.ToDictionary(a => a.Name, a => a.Type is NonNullGraphType && !a.HasDefaultValue ? a.Type.ToString() : null),
                directive.IsRepeatable));
        }

        return known;
    }

    /// <summary>Where a directive may go, its arguments (with the type of each required one), repeatable.</summary>
    private sealed record AppliedDirectiveRules(HashSet<string> Locations, Dictionary<string, string?> Arguments, bool IsRepeatable);
}
