using Appraisal.PluginApi.Ballots;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// The answers of one slip ballot as a rater would fill it in: every indicator of every agency (the template
/// requires them), 不了解 throughout for agencies the rater does not know and now and then for one indicator,
/// otherwise an option drawn from the agency's satisfaction shifted by the group's leniency and the rater's mood;
/// a reason after some 不满意 and, rarely, a suggestion. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class SlipAnswers(Random random)
{
    private static readonly string[] Reasons =
    [
        "办事需要跑好几趟，材料要求前后不一致。",
        "窗口工作人员态度冷淡，解释不耐心。",
        "承诺的办结时限没有兑现。",
        "收费项目和依据没有公开。",
        "反映的问题一直没有回音。",
        "执法时方式简单粗暴。",
        "网上办事系统经常打不开。",
    ];

    private static readonly string[] Suggestions =
    [
        "希望推行一次性告知和容缺受理。",
        "建议延长周末窗口的服务时间。",
        "希望公开投诉电话并及时反馈处理结果。",
        "建议加强基层工作人员的业务培训。",
    ];

    /// <summary>The group of the next ballot, drawn by the groups' shares, and its answers.</summary>
    public (RaterProfile Group, List<Answer> Answers) Next()
    {
        var group = PickGroup();
        var answers = new List<Answer>(AgencyRoster.Agencies.Length * (AgencyRoster.Indicators.Length + 1));
        var mood = (random.NextDouble() - 0.5) * 0.2;
        foreach (var agency in AgencyRoster.Agencies)
        {
            var knows = random.NextDouble() < group.KnowsAgency;
            var satisfaction = Math.Clamp(agency.Satisfaction + group.Leniency + mood, 0.05, 0.95);
            foreach (var indicator in AgencyRoster.Indicators)
            {
                var option = knows && random.NextDouble() >= 0.04 ? Option(satisfaction) : "unknown";
                answers.Add(new Answer(indicator, agency.Id, [option]));
                if (option == "dissatisfied" && random.NextDouble() < 0.4)
                {
                    answers.Add(new Answer($"{indicator}-reason", agency.Id, [], Reasons[random.Next(Reasons.Length)]));
                }
            }

            if (knows && random.NextDouble() < 0.02)
            {
                answers.Add(new Answer("suggestions", agency.Id, [], Suggestions[random.Next(Suggestions.Length)]));
            }
        }

        return (group, answers);
    }

    private RaterProfile PickGroup()
    {
        var draw = random.NextDouble();
        foreach (var group in AgencyRoster.Groups)
        {
            draw -= group.Share;
            if (draw < 0)
            {
                return group;
            }
        }

        return AgencyRoster.Groups[^1];
    }

    /// <summary>满意 with the given chance; the rest split 比较满意 50 %, 基本满意 30 %, 不满意 20 %.</summary>
    private string Option(double satisfaction)
    {
        var draw = random.NextDouble();
        if (draw < satisfaction)
        {
            return "satisfied";
        }

        var lower = (draw - satisfaction) / (1 - satisfaction);
        return lower < 0.5 ? "fairly-satisfied" : lower < 0.8 ? "basically-satisfied" : "dissatisfied";
    }
}
