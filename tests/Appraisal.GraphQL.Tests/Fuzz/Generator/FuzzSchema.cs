using System.Text.Json;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>
/// The schema the in-process fuzzer runs against: interfaces, unions, a <c>@oneOf</c> input, recursive inputs and
/// outputs, custom scalars, repeatable directives. Every object field gets a deterministic resolver that makes up a
/// value of its type (some fail, some are async, some break their non-null type), so execution, completion and error
/// propagation run too, not just parsing and validation.
/// </summary>
internal static class FuzzSchema
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        directive @tag(name: String) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | FRAGMENT_DEFINITION | VARIABLE_DEFINITION
        directive @cost(weight: Int!, note: String = "none") on FIELD | QUERY

        scalar Any
        scalar DateTime

        enum Color { RED GREEN BLUE }

        interface Node { id: ID! }
        interface Named { name(upper: Boolean = false): String }

        type Person implements Node & Named {
          id: ID!
          name(upper: Boolean = false): String
          age: Int
          friends(first: Int = 3, after: String): [Person!]!
          pets: [Pet]
          best: Pet!
          favorite: Color
          born: DateTime
          score: Float
          tags: [String!]
          matrix: [[Int]]
          extra: Any
        }

        type Dog implements Node & Named { id: ID! name(upper: Boolean = false): String barks: Boolean! owner: Person mother: Dog }
        type Cat implements Node & Named { id: ID! name(upper: Boolean = false): String lives: Int owner: Person }

        union Pet = Dog | Cat
        union SearchResult = Person | Dog | Cat

        input Filter { color: Color minAge: Int = 0 name: String tags: [String!] nested: Filter when: DateTime any: Any }
        input Pick @oneOf { id: ID name: String filter: Filter }

        type Query {
          node(id: ID!): Node
          person(id: ID): Person
          people(filter: Filter, first: Int = 10, order: [Color!]): [Person!]!
          search(text: String!, limit: Int): [SearchResult]
          pet(pick: Pick!): Pet
          echo(int: Int, float: Float, string: String, bool: Boolean, id: ID, color: Color, list: [Int], nested: [[String]], filter: Filter, any: Any, date: DateTime): String
          fail: String
          failNonNull: String!
          asyncFail: Int
          slow: Int
          deep: Query
          bigList(size: Int = 5): [Int]
        }

        type Mutation { setName(id: ID!, name: String!): Person incr(by: Int = 1): Int! }
        type Subscription { tick: Int }
        """;

    private const int MaxDepth = 12;

    public static Schema Schema { get; } = Build();

    private static Schema Build()
    {
        // The SDL alone first, to learn every object field; then again with a resolver bound to each of them.
        var shape = new SchemaBuilder().AddSdl(Sdl).Build();
        var builder = new SchemaBuilder().AddSdl(Sdl);
        foreach (var type in shape.Types.Values.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Keys)
            {
                builder.AddResolver(type.Name, field, (FieldResolver)Resolve);
            }
        }

        return builder.Build();
    }

    private static ValueTask<object?> Resolve(FieldContext context)
    {
        var depth = context.Source is IReadOnlyDictionary<string, object?> parent && parent.TryGetValue("__depth", out var d) && d is int n ? n : 0;
        var name = context.Field.Name;
        switch (name)
        {
            case "fail":
            case "failNonNull":
                throw new InvalidOperationException("fuzz failure");
            case "asyncFail":
                return AsyncFail();
            case "slow":
                return Slow(depth);
            case "echo":
                return new(JsonSerializer.Serialize(context.Arguments));
            case "bigList":
                var size = context.Arguments.GetValueOrDefault("size") is int s ? Math.Clamp(s, 0, 1_000) : 5;
                return new(Enumerable.Range(0, size).Cast<object?>().ToList());
            case "age" when depth % 3 == 2:
                return new(2_147_483_648L); // not an Int: a field error
            case "best" when depth % 4 == 3:
                return new((object?)null); // null for a non-null field: propagates
            default:
                return new(Make(context.Schema, context.Field.Type, depth + 1, name));
        }
    }

    private static async ValueTask<object?> AsyncFail()
    {
        await Task.Yield();
        throw new InvalidOperationException("async fuzz failure");
    }

    private static async ValueTask<object?> Slow(int depth)
    {
        await Task.Yield();
        return depth;
    }

    private static object? Make(Schema schema, GraphType type, int depth, string field)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                return Make(schema, nonNull.OfType, depth, field);
            case ListGraphType list:
                if (depth > MaxDepth)
                {
                    return new List<object?>();
                }

                // Three items near the root (one null where allowed), one further down: results stay small.
                return depth > 4
                    ? new List<object?> { Make(schema, list.OfType, depth + 1, field) }
                    : new List<object?>
                    {
                        Make(schema, list.OfType, depth + 1, field),
                        list.OfType is NonNullGraphType ? Make(schema, list.OfType, depth + 2, field) : null,
                        Make(schema, list.OfType, depth + 3, field),
                    };
            case ObjectType objectType:
                return depth > MaxDepth ? null : Node(objectType.Name, depth);
            case InterfaceType or UnionType:
                if (depth > MaxDepth)
                {
                    return null;
                }

                var possible = schema.GetPossibleTypes((NamedGraphType)type);
                return Node(possible[depth % possible.Count].Name, depth);
            case EnumType:
                return (depth % 3) switch { 0 => "RED", 1 => "GREEN", _ => "BLUE" };
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => depth * 7 - 20,
                    "Float" => depth / 3.0,
                    "Boolean" => depth % 2 == 0,
                    "ID" => depth.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "String" => $"{field}-{depth}",
                    "DateTime" => "2024-02-29T12:00:00Z",
                    _ => new Dictionary<string, object?> { ["field"] = field, ["list"] = new List<object?> { 1, "two", null, 3.5 } },
                };
            default:
                return null;
        }
    }

    private static Dictionary<string, object?> Node(string typeName, int depth) =>
        new() { ["__typename"] = typeName, ["__depth"] = depth };
}
