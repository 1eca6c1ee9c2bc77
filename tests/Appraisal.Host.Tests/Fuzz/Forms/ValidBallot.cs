namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Answers a ballot box should accept, varied by the random source: one option for every choice (per subject where
/// asked per subject), never an option that asks for a reason, so no conditional item has to be answered; text
/// sometimes, short; checklists left empty (they are optional on the bundled types, and some exclude each other).
/// The mutators start from these, so most fuzzed input is one step away from something valid.
/// </summary>
internal static class ValidBallot
{
    private static readonly string[] Texts = ["很好", "无", "服务热情，办事效率高", "ok"];

    public static IReadOnlyList<BallotAnswer> Create(BallotShape shape, Random random)
    {
        var answers = new List<BallotAnswer>();
        foreach (var item in shape.Items.Where(i => !i.Conditional && !i.IsChecklist))
        {
            IEnumerable<int?> subjects = item.PerSubject ? shape.Subjects.Select((_, i) => (int?)i) : [null];
            foreach (var subject in subjects)
            {
                if (item.IsText)
                {
                    if (random.Next(3) == 0)
                    {
                        answers.Add(new BallotAnswer(item, subject, [], Texts[random.Next(Texts.Length)]));
                    }

                    continue;
                }

                var plain = Enumerable.Range(0, item.Options.Count).Where(o => !item.AskingReason.Contains(item.Options[o])).ToArray();
                if (plain.Length > 0)
                {
                    answers.Add(new BallotAnswer(item, subject, [plain[random.Next(plain.Length)]], null));
                }
            }
        }

        return answers;
    }
}
