using System.Globalization;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Breaks a ballot page's fields (<c>q{item}.{subject}</c> = option position) the ways a hand-made post can: fields
/// dropped or repeated, positions out of range or not numbers, names that match no field or almost match one,
/// text past its limit, thousands of fields, very long names and values.
/// </summary>
internal static class FieldMutator
{
    private static readonly string[] OddNames =
        ["q", "q-1", "q999", "q0.999", "q0.-1", "q00", "q0.00", "q0.0.0", "Q0", "q0 ", " q0", "q0.", "q.0", "q1e1", "q٠", "q0\0", "Step", "_handler", "__RequestVerificationToken"];

    public static List<KeyValuePair<string, string>> Mutate(IReadOnlyList<BallotAnswer> valid, BallotShape shape, Random random)
    {
        var fields = valid.SelectMany(a => a.Fields).ToList();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            Once(fields, shape, random);
        }

        return fields;
    }

    private static void Once(List<KeyValuePair<string, string>> fields, BallotShape shape, Random random)
    {
        var at = fields.Count == 0 ? -1 : random.Next(fields.Count);
        switch (random.Next(11))
        {
            case 0 when at >= 0:
                fields.RemoveRange(at, random.Next(1, fields.Count - at + 1));
                break;
            case 1 when at >= 0:
                fields.Insert(random.Next(fields.Count + 1), new(fields[at].Key, Position(shape, random)));
                break;
            case 2 when at >= 0:
                fields[at] = new(fields[at].Key, NastyValues.Pick(random));
                break;
            case 3 when at >= 0:
                fields[at] = new(fields[at].Key, Position(shape, random));
                break;
            case 4:
                fields.Add(new(OddNames[random.Next(OddNames.Length)], NastyValues.Pick(random)));
                break;
            case 5:
                fields.Add(new(RandomField(shape, random), Position(shape, random)));
                break;
            case 6:
                var text = shape.Items.FirstOrDefault(i => i.IsText);
                fields.Add(new(text is null ? "q0" : Name(text, shape, random), NastyValues.Long(random)));
                break;
            case 7:
                // Past ASP.NET Core's form limits (1,024 values, 2,048-character names) now and then.
                var count = random.Next(4) == 0 ? random.Next(1_000, 3_000) : random.Next(50, 500);
                for (var i = 0; i < count; i++)
                {
                    fields.Add(new(RandomField(shape, random), Position(shape, random)));
                }

                break;
            case 8:
                fields.Add(new(new string('q', random.Next(100, 5_000)), "0"));
                break;
            case 9:
                fields.Add(new(NastyValues.RandomChars(random, random.Next(1, 20)), NastyValues.Pick(random)));
                break;
            default:
                fields.Reverse();
                break;
        }
    }

    private static string Position(BallotShape shape, Random random) => random.Next(4) switch
    {
        0 => NastyValues.Pick(random),
        1 => random.Next(-2, 12).ToString(CultureInfo.InvariantCulture),
        _ => random.Next(Math.Max(1, shape.Items.Max(i => i.Options.Count))).ToString(CultureInfo.InvariantCulture),
    };

    private static string RandomField(BallotShape shape, Random random) =>
        Name(shape.Items[random.Next(shape.Items.Count)], shape, random);

    /// <summary>A field of the item: usually one the ballot has, sometimes with a subject out of range or where none belongs.</summary>
    private static string Name(ShapeItem item, BallotShape shape, Random random)
    {
        var subjects = random.Next(10) == 0 ? shape.Subjects.Count + 5 : shape.Subjects.Count;
        var withSubject = item.PerSubject ? random.Next(10) != 0 : random.Next(10) == 0;
        return withSubject
            ? string.Create(CultureInfo.InvariantCulture, $"q{item.Position}.{random.Next(Math.Max(1, subjects))}")
            : string.Create(CultureInfo.InvariantCulture, $"q{item.Position}");
    }
}
