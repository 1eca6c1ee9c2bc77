using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private const string EveryKind = """
        query Q("d" $v: [Int!] = [1] @d) @d {
          a: f(x: $v, y: 1.5, z: "s", w: true, n: null, e: RED, o: { k: [] }) @d { ...F ... on T { b } }
        }
        "d" fragment F on T @d { c }
        "d" schema @d { query: Q }
        scalar S @d
        type T implements I @d { f(a: Int = 1 @d): [T!]! @d }
        interface I implements J { f: Int }
        union U @d = A | B
        enum E @d { "d" X @d }
        input In @d { f: Int = 1 @d }
        directive @d(a: Int) repeatable on FIELD | QUERY
        extend schema @d
        extend scalar S @d
        extend type T @d
        extend interface I @d
        extend union U @d
        extend enum E @d
        extend input In @d
        """;

    [Fact]
    public void Walk_EntersAndLeavesInDocumentOrder()
    {
        var visitor = new RecordingVisitor();

        Assert.True(visitor.Visit(Parser.Parse("{ a(x: 1) { b } }")));

        Assert.Equal(
            [
                "+Document", "+OperationDefinition", "+SelectionSet", "+Field", "+Name a", "-Name a",
                "+Argument", "+Name x", "-Name x", "+IntValue", "-IntValue", "-Argument",
                "+SelectionSet", "+Field", "+Name b", "-Name b", "-Field", "-SelectionSet",
                "-Field", "-SelectionSet", "-OperationDefinition", "-Document",
            ],
            visitor.Log);
    }

    [Fact]
    public void Walk_ReachesEveryNodeKind()
    {
        var visitor = new RecordingVisitor();
        visitor.Visit(Parser.Parse(EveryKind));
        foreach (var coordinate in new[] { "T", "T.f", "T.f(a:)", "@d", "@d(a:)" })
        {
            visitor.Visit(Parser.ParseSchemaCoordinate(coordinate));
        }

        Assert.Equal(Enum.GetValues<SyntaxKind>().ToHashSet(), visitor.Entered.Select(node => node.Kind).ToHashSet());
        Assert.Equal(visitor.Entered.Count, visitor.Log.Count(entry => entry.StartsWith('-')));
    }

    [Fact]
    public void Walk_FollowsTheSourceText()
    {
        var visitor = new RecordingVisitor();

        visitor.Visit(Parser.Parse(EveryKind));

        var starts = visitor.Entered.Select(node => node.Location.Start).ToList();
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void TypedHooks_ReplaceTheGenericOnes()
    {
        var visitor = new FieldCounter();

        visitor.Visit(Parser.Parse("{ a { b c } d }"));

        Assert.Equal(["a", "b", "c", "d"], visitor.Fields);
        Assert.DoesNotContain(visitor.Entered, node => node is Field);
        Assert.Contains(visitor.Entered, node => node is SelectionSet);
    }

    [Fact]
    public void SkipChildren_SkipsTheSubtreeAndItsLeaveHook()
    {
        var visitor = new RecordingVisitor { SkipField = "a" };

        Assert.True(visitor.Visit(Parser.Parse("{ a(x: 1) { b } c }")));

        Assert.Equal(["+Field", "+Field", "+Name c", "-Name c", "-Field"], visitor.Log.Where(e => e.Contains("Field") || e.Contains("Name")));
    }

    [Fact]
    public void Stop_EndsTheWalk()
    {
        var visitor = new RecordingVisitor { StopAtName = "b" };

        Assert.False(visitor.Visit(Parser.Parse("{ a { b } c }")));

        Assert.Equal("+Name b", visitor.Log[^1]);
        Assert.DoesNotContain("+Name c", visitor.Log);
    }

    [Fact]
    public void Visit_StartsAnywhereInTheTree()
    {
        var visitor = new RecordingVisitor();

        visitor.Visit(Parser.ParseValue("[{ a: $b }]"));

        Assert.Equal(["+ListValue", "+ObjectValue", "+ObjectField", "+Name a", "-Name a", "+Variable", "+Name b"], visitor.Log.Take(7));
    }

    private sealed class RecordingVisitor : SyntaxVisitor
    {
        public List<string> Log { get; } = [];

        public List<SyntaxNode> Entered { get; } = [];

        public string? SkipField { get; init; }

        public string? StopAtName { get; init; }

        protected override VisitAction EnterNode(SyntaxNode node)
        {
            Log.Add("+" + Describe(node));
            Entered.Add(node);
            return VisitAction.Continue;
        }

        protected override void LeaveNode(SyntaxNode node) => Log.Add("-" + Describe(node));

        protected override VisitAction EnterField(Field node)
        {
            EnterNode(node);
            return node.Name.Value == SkipField ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        protected override VisitAction EnterName(Name node)
        {
            EnterNode(node);
            return node.Value == StopAtName ? VisitAction.Stop : VisitAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is Name name ? "Name " + name.Value : node.Kind.ToString();
    }

    private sealed class FieldCounter : SyntaxVisitor
    {
        public List<string> Fields { get; } = [];

        public List<SyntaxNode> Entered { get; } = [];

        protected override VisitAction EnterNode(SyntaxNode node)
        {
            Entered.Add(node);
            return VisitAction.Continue;
        }

        protected override VisitAction EnterField(Field node)
        {
            Fields.Add(node.Name.Value);
            return VisitAction.Continue;
        }
    }
}
