using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>Every binding made in C# names a type (and field) of the right kind, so a typo fails the build
/// instead of leaving a field to the default resolver.</summary>
internal sealed class BindingChecks(IReadOnlyDictionary<string, NamedGraphType> types, SchemaBindings bindings, List<string> errors)
{
    public void Run()
    {
        foreach (var (typeName, fieldName) in bindings.Resolvers.Keys)
        {
            switch (types.GetValueOrDefault(typeName))
            {
                case ObjectType objectType when bindings.CodeTypes.Contains(objectType):
                    errors.Add($"Resolver for \"{typeName}.{fieldName}\": type \"{typeName}\" is built in code; give the field its resolver there.");
                    break;
                case ObjectType objectType when !objectType.Fields.ContainsKey(fieldName):
                    errors.Add($"Resolver for \"{typeName}.{fieldName}\": type \"{typeName}\" has no field \"{fieldName}\".");
                    break;
                case ObjectType:
                    break;
                default:
                    errors.Add($"Resolver for \"{typeName}.{fieldName}\": \"{typeName}\" is not an object type of the schema.");
                    break;
            }
        }

        Expect<ObjectType>(bindings.ObjectClasses.Keys, "A CLR class is bound to", "an object type");
        Expect<EnumType>(bindings.EnumClasses.Keys, "A CLR enum is bound to", "an enum type");
        foreach (var name in bindings.TypeResolvers.Keys.Where(name => types.GetValueOrDefault(name) is not (InterfaceType or UnionType)))
        {
            errors.Add($"A type resolver is bound to \"{name}\", which is not an interface or union type of the schema.");
        }
    }

    private void Expect<T>(IEnumerable<string> names, string what, string kind)
        where T : NamedGraphType
    {
        foreach (var name in names.Where(name => types.GetValueOrDefault(name) is not T))
        {
            errors.Add($"{what} \"{name}\", which is not {kind} of the schema.");
        }
    }
}
