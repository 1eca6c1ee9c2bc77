namespace Appraisal.GraphQL.Types;

/// <summary>Object and interface types: the named types that have output fields.</summary>
public interface IFieldsContainer
{
    string Name { get; }

    IReadOnlyDictionary<string, FieldDefinition> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}
