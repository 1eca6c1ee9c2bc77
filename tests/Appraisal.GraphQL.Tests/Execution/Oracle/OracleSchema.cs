using System.Text.Encodings.Web;
using System.Text.Json;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Tests.Execution.Oracle;

/// <summary>The C# twin of <c>fixture.mjs</c>: the same schema and the same deterministic resolvers.</summary>
internal static class OracleSchema
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Item[] Items =
    [
        new("1", "one", "RED", 1.5, ["a", "b"]),
        new("2", null, "BLUE", 20, []),
    ];

    public static Schema Schema { get; } = Build();

    /// <summary>A fresh root per operation, so mutation counters start at 0.</summary>
    public sealed class Root
    {
        public int Counter { get; set; }
    }

    private sealed record Item(string Id, string? Label, string Color, double Price, string[] Tags);

    private static Schema Build()
    {
        var str = BuiltInScalars.String;
        var color = new EnumType("Color", [new("RED"), new("GREEN"), new("BLUE")]);
        InterfaceType named = null!;
        var dog = new ObjectType("Dog", () => [new("name", NonNull(str)), new("barks", NonNull(BuiltInScalars.Boolean))], () => [named]);
        var cat = new ObjectType("Cat", () => [new("name", NonNull(str)), new("lives", BuiltInScalars.Int)], () => [named]);
        named = new InterfaceType("Named", () => [new("name", NonNull(str))],
            resolveType: value => ((IReadOnlyDictionary<string, object?>)value)["__typename"] as string);
        var animal = new UnionType("Animal", () => [dog, cat]);
        var filter = new InputObjectType("Filter", () =>
        [
            new("color", color),
            new("minLives", BuiltInScalars.Int, new IntValue(default, "9")),
            new("tags", new ListGraphType(NonNull(str))),
        ]);
        var pick = new InputObjectType("Pick", () => [new("id", BuiltInScalars.ID), new("name", str)], isOneOf: true);
        var item = new ObjectType("Item", () =>
        [
            new("id", NonNull(BuiltInScalars.ID)),
            new("label", str),
            new("color", color),
            new("price", BuiltInScalars.Float),
            new("tags", NonNull(new ListGraphType(NonNull(str)))),
        ]);
        ObjectType nested = null!;
        nested = new ObjectType("Nested", () =>
        [
            new("ok", str, _ => Value("ok")),
            new("bad", NonNull(str), _ => Value(null)),
            new("failing", str, _ => throw new InvalidOperationException("nested failure")),
            new("list", new ListGraphType(NonNull(str)), _ => Value(new[] { "x", null, "z" })),
            new("child", nested, c => Value((int)c.Source! > 0 ? (int)c.Source! - 1 : null)),
            new("asyncBad", NonNull(str), async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async nested failure");
            }),
        ]);

        var query = new ObjectType("Query", () =>
        [
            new("hello", str, _ => Value("Hello")),
            new("greet", NonNull(str), c => Value($"Hello, {c.Arguments["name"] ?? "null"}!"), [new("name", str, new StringValue(default, "world", false))]),
            new("echoInt", NonNull(BuiltInScalars.Int), c => Value(c.Arguments["value"]), [new("value", NonNull(BuiltInScalars.Int))]),
            new("echoList", new ListGraphType(BuiltInScalars.Int), c => Value(c.Arguments.GetValueOrDefault("values")), [new("values", new ListGraphType(BuiltInScalars.Int))]),
            new("echoFilter", str, c => Value(Stringify(c.Arguments, "filter")), [new("filter", filter)]),
            new("pick", str, c => Value(Stringify(c.Arguments, "by")), [new("by", NonNull(pick))]),
            new("item", item, c => Value(Items.FirstOrDefault(i => i.Id == (string)c.Arguments["id"]!)), [new("id", NonNull(BuiltInScalars.ID))]),
            new("items", NonNull(new ListGraphType(NonNull(item))), _ => Value(Items)),
            new("asyncItems", new ListGraphType(item), async _ =>
            {
                await Task.Yield();
                return new[] { Items[1], null, Items[0] };
            }),
            new("asyncHello", str, async _ =>
            {
                await Task.Yield();
                return "Hello later";
            }),
            new("fail", str, _ => throw new InvalidOperationException("fail!")),
            new("asyncFail", str, async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async fail!");
            }),
            new("failNonNull", NonNull(str), _ => throw new InvalidOperationException("non-null fail")),
            new("nullNonNull", NonNull(str), _ => Value(null)),
            new("nested", nested, _ => Value(2)),
            new("nestedNonNull", NonNull(nested), _ => Value(1)),
            new("animals", NonNull(new ListGraphType(NonNull(animal))), _ => Value(new[]
            {
                Map(("__typename", "Dog"), ("name", "Rex"), ("barks", true)),
                Map(("__typename", "Cat"), ("name", "Tom"), ("lives", 7)),
            })),
            new("pets", new ListGraphType(named), _ => Value(new[]
            {
                Map(("__typename", "Cat"), ("name", "Felix"), ("lives", null)),
                null,
                Map(("__typename", "Dog"), ("name", "Fido"), ("barks", false)),
            })),
            new("badAnimal", animal, _ => Value(Map(("__typename", "Fish"), ("name", "Nemo")))),
            new("numbers", new ListGraphType(NonNull(BuiltInScalars.Int)), _ => Value(new object?[] { 1, null, 3 })),
            new("mixed", new ListGraphType(BuiltInScalars.Int), _ => Value(new object[] { 1, "two", 3.5, 4 })),
            new("notAList", new ListGraphType(BuiltInScalars.Int), _ => Value(42)),
            new("floats", new ListGraphType(BuiltInScalars.Float), _ => Value(new[] { 1.5, 2, 0.1, 1e21, 1e-7, 123456789.125 })),
            new("color", color, c => Value(c.Arguments.GetValueOrDefault("c") ?? "GREEN"), [new("c", color)]),
            new("badEnum", color, _ => Value("PURPLE")),
            new("matrix", new ListGraphType(new ListGraphType(BuiltInScalars.Int)), _ => Value(new[] { new int?[] { 1, 2 }, null, [3, null] })),
            new("badInt", BuiltInScalars.Int, _ => Value(2147483648L)),
        ]);

        var mutation = new ObjectType("Mutation", () =>
        [
            new("incr", NonNull(BuiltInScalars.Int), c =>
            {
                var root = (Root)c.Source!;
                root.Counter += (int)c.Arguments["by"]!;
                return Value(root.Counter);
            }, [new("by", BuiltInScalars.Int, new IntValue(default, "1"))]),
            new("fail", NonNull(BuiltInScalars.Int), _ => throw new InvalidOperationException("fail!")),
            new("setName", str, c => Value($"name={c.Arguments["name"]}"), [new("name", NonNull(str))]),
        ]);

        // Listed in the order fixture.mjs's SDL defines them, so the schema prints exactly as graphql-js prints it.
        return new Schema(query, mutation, types: [named, dog, cat, animal, color, filter, pick, item, nested, query, mutation]);
    }

    private static NonNullGraphType NonNull(GraphType type) => new(type);

    private static ValueTask<object?> Value(object? value) => new(value);

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    /// <summary>JSON.stringify of an argument; null (JavaScript's undefined) when it is absent.</summary>
    private static string? Stringify(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) ? JsonSerializer.Serialize(value, Json) : null;
}
