using System.Reflection;
using Appraisal.GraphQL.Language;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>The SDL declares exactly the CLR record tree the report carries, field by field, with matching nullability.</summary>
public sealed class SchemaTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void The_sdl_extends_report_with_the_typed_field()
    {
        var document = Parser.Parse(AgencyType.SchemaExtension!.Sdl);

        var extension = Assert.Single(document.Definitions.OfType<ObjectTypeExtension>());
        Assert.Equal("Report", extension.Name.Value);
        var field = Assert.Single(extension.Fields);
        Assert.Equal("peopleSatisfiedAgency", field.Name.Value);
        Assert.Equal("AgencyReport", Assert.IsType<NamedType>(field.Type).Name.Value);
        Assert.Equal(typeof(AgencyReport), AgencyType.SchemaExtension.ObjectTypes["AgencyReport"]);
    }

    [Fact]
    public void Every_object_type_matches_its_record()
    {
        var objectTypes = AgencyType.SchemaExtension!.ObjectTypes;
        var definitions = Parser.Parse(AgencyType.SchemaExtension.Sdl).Definitions.OfType<ObjectTypeDefinition>().ToArray();

        Assert.Equal(objectTypes.Keys.Order(), definitions.Select(d => d.Name.Value).Order());
        foreach (var definition in definitions)
        {
            var properties = objectTypes[definition.Name.Value].GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != "EqualityContract")
                .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
            Assert.Equal(properties.Keys.Order(), definition.Fields.Select(f => f.Name.Value).Order());
            foreach (var field in definition.Fields)
            {
                var property = properties[field.Name.Value];
                Assert.True(Matches(field.Type, property.PropertyType, Nullability.Create(property), objectTypes),
                    $"{definition.Name.Value}.{field.Name.Value}: {Printer.Print(field.Type)} does not match {property.PropertyType}");
            }
        }
    }

    private static bool Matches(TypeReference graph, Type clr, NullabilityInfo nullability, IReadOnlyDictionary<string, Type> objectTypes)
    {
        var nonNull = graph is NonNullType;
        var inner = graph is NonNullType n ? n.Type : graph;
        if (nonNull == (nullability.ReadState == NullabilityState.Nullable))
        {
            return false;
        }

        var underlying = Nullable.GetUnderlyingType(clr) ?? clr;
        return inner switch
        {
            ListType list => underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && Matches(list.Type, underlying.GetGenericArguments()[0], nullability.GenericTypeArguments[0], objectTypes),
            NamedType named => named.Name.Value switch
            {
                "String" => underlying == typeof(string),
                "Int" => underlying == typeof(int),
                "Float" => underlying == typeof(decimal),
                "Boolean" => underlying == typeof(bool),
                var name => objectTypes.TryGetValue(name, out var type) && type == underlying,
            },
            _ => false,
        };
    }
}
