using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>
/// How long decoding stored sheets and checking a submitted ballot take, written to the test output rather than
/// asserted: timings on a shared machine are too noisy for a limit. Watch them against the budgets: 2 s to tally
/// 10⁶ ballots (reads and aggregation included) and about 5,000 submissions a second. Run them optimized to get
/// meaningful numbers: <c>dotnet test tests/Appraisal.Core.Tests -c Release --filter BallotSpeedTests
/// --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class BallotSpeedTests(ITestOutputHelper output)
{
    private const int DistinctSheets = 1_000;
    private const int Rounds = 5;

    // Fields, not properties: the loop bound is read on every iteration, and this is a reflection look-up.
    private static readonly bool IsOptimized =
        typeof(BallotSheetCodec).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    /// <summary>A million sheets in all when optimized; a tenth of that in Debug, where the code runs many times slower.</summary>
    private static readonly int SheetsPerRound = IsOptimized ? 200_000 : 20_000;

    private static readonly string Build = IsOptimized ? "optimized build" : "Debug build, expect several times faster optimized";

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    [Fact]
    public void Six_answer_sheets_decode_and_the_time_for_a_million_is_reported()
    {
        // Satisfaction-style sheets: four ratings, a checklist for a service window, now and then a comment.
        var random = new Random(7);
        string[] scale = ["very-satisfied", "satisfied", "basically-satisfied", "dissatisfied", "very-dissatisfied", "unknown"];
        var sheets = Enumerable.Range(0, DistinctSheets).Select(i => BallotSheetCodec.Encode(
        [
            new Answer("overall", null, [scale[random.Next(scale.Length)]]),
            new Answer("efficiency", null, [scale[random.Next(scale.Length)]]),
            new Answer("competence", null, [scale[random.Next(scale.Length)]]),
            new Answer("attitude", null, [scale[random.Next(scale.Length)]]),
            new Answer("window", $"window-{random.Next(40):D2}", new[] { "late", "rude" }[..random.Next(3)]),
            new Answer("comments", null, [], random.Next(5) == 0 ? "窗口人员态度很好，办事效率高" : null),
        ])).ToArray();
        var pool = new StringPool();

        // Rounds rather than one long run: the first ones include tiered compilation reaching optimized code,
        // which takes longer on a busy machine, and the best round is the steady state a long tally runs at.
        // Process CPU time is reported beside wall time because on a busy machine the thread gets only part of a
        // core; it also counts any other test running alongside, so run this test alone to read it.
        var wall = new double[Rounds];
        var cpu = new double[Rounds];
        long answers = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var cpuBefore = ProcessorTime();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < SheetsPerRound; i++)
            {
                answers += BallotSheetCodec.Decode(sheets[i % DistinctSheets], pool).Count;
            }

            wall[round] = clock.Elapsed.TotalNanoseconds / SheetsPerRound;
            cpu[round] = (ProcessorTime() - cpuBefore).TotalNanoseconds / SheetsPerRound;
        }

        Assert.Equal(6L * Rounds * SheetsPerRound, answers);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Decoded {Rounds} × {SheetsPerRound:N0} sheets of 6 answers ({sheets.Average(s => s.Length):F0} bytes on average) " +
            $"with one pool ({pool.Count} strings). ns a sheet by round, wall: {Join(wall)}; process CPU: {Join(cpu)}. " +
            $"Best round: {wall.Min():F0} ms wall, {cpu.Min():F0} ms CPU a million sheets ({Build})."));

        static string Join(double[] values) =>
            string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Checking_a_thirty_subject_ballot_is_timed_and_reported()
    {
        var subjects = Enumerable.Range(0, 30).Select(i => AnswerSheets.Subject($"member-{i:D2}")).ToArray();
        var answers = new List<Answer> { new("overall", null, ["satisfied"]) };
        answers.AddRange(subjects.Select(s => new Answer("rating", s.Id, [s.Id.EndsWith('7') ? AnswerSheets.Dissatisfied : "satisfied"])));
        answers.AddRange(subjects.Where(s => s.Id.EndsWith('7')).Select(s => new Answer("reason", s.Id, [], "工作作风不扎实")));
        answers.AddRange(subjects.Take(5).Select(s => new Answer("issues", s.Id, ["late", "slow"])));
        Assert.Empty(AnswerValidator.Check(AnswerSheets.Form, subjects, answers));

        var checks = SheetsPerRound / 10;
        var microseconds = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < checks; i++)
            {
                AnswerValidator.Check(AnswerSheets.Form, subjects, answers);
            }

            microseconds[round] = clock.Elapsed.TotalMicroseconds / checks;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Checked {Rounds} × {checks:N0} ballots of {answers.Count} answers for {subjects.Length} subjects. " +
            $"µs a ballot by round, wall: {string.Join(", ", microseconds.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)))}. " +
            $"Best round: {1_000_000 / microseconds.Min():N0} ballots a second on one thread ({Build})."));
    }
}
