using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Distribution;
using Appraisal.Core.Storage;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Bogus;

namespace Appraisal.Host.Demo;

/// <summary>
/// 演示数据: a branch of 30 members (3 of them 预备党员), 12 agencies in 3 unit classes, a roster of 服务对象, and one
/// campaign of each bundled type in a different state — 民主评议 open with ballots coming in, 人民满意机关 published,
/// 满意度测评 closed — so the console and the API show something real at once. Runs once per database (a marker in
/// the settings table); names come from Bogus' zh_CN locale with a fixed seed, so every demo looks the same.
/// </summary>
internal sealed class DemoSeeder(
    SettingsStore settings, CampaignService campaigns, BallotBox box, ILogger<DemoSeeder> logger)
{
    internal const string Marker = "demo_seeded";

    private static readonly string[] Offices = ["办公室", "组织科", "宣传科", "纪检组", "业务一科", "业务二科"];

    private static readonly (string Name, string UnitClass)[] Agencies =
    [
        ("县委办公室", "党群部门"), ("县委组织部", "党群部门"), ("县委宣传部", "党群部门"), ("县总工会", "党群部门"),
        ("县发展和改革局", "政府部门"), ("县教育局", "政府部门"), ("县人力资源和社会保障局", "政府部门"), ("县政务服务中心", "政府部门"),
        ("县市场监督管理局", "执法部门"), ("县城市管理综合执法局", "执法部门"), ("县生态环境分局", "执法部门"), ("县交通运输局", "执法部门"),
    ];

    /// <summary>Seeds unless this database was seeded before (or is being seeded); true when it seeded now.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (!await settings.TryAddAsync(Marker, "1", cancellationToken))
        {
            return false;
        }

        Randomizer.Seed = new Random(2026); // Bogus' shared generator: fixed so the demo is reproducible
        var faker = new Faker("zh_CN");
        var random = new Random(2026);
        await ReviewAsync(faker, random, cancellationToken);
        await AgenciesAsync(random, cancellationToken);
        await SurveyAsync(random, cancellationToken);
        logger.LogInformation("Demo data created: three campaigns (open, published, closed)");
        return true;
    }

    private async Task ReviewAsync(Faker faker, Random random, CancellationToken ct)
    {
        var campaign = await campaigns.CreateAsync(new CampaignDraft("democratic-review", "2026年度第一党支部民主评议党员（演示）", "2026年度"), null, ct);
        var members = Enumerable.Range(1, 30).Select(i => new Subject(
            $"m{i:00}", faker.Name.LastName() + faker.Name.FirstName(), null,
            new Dictionary<string, string> { ["membership"] = i > 27 ? "probationary" : "full", ["office"] = Offices[i % Offices.Length] })).ToArray();
        await campaigns.AddSubjectsAsync(campaign.Id, members, ct);
        await campaigns.AddRaterGroupsAsync(campaign.Id, [new CampaignRaterGroup(new RaterGroup("members", new LocalizedText("党员", "Members"), 1m, new Dictionary<string, decimal>()), 30)], ct);
        var codes = await campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("members", IssueStrategy.Slips, Count: 30), ct);
        await campaigns.OpenAsync(campaign.Id, cancellationToken: ct);
        await CastAsync(codes.Ballots.Take(21), random, ct);
    }

    private async Task AgenciesAsync(Random random, CancellationToken ct)
    {
        var campaign = await campaigns.CreateAsync(new CampaignDraft("people-satisfied-agency", "2026年度人民满意机关评议（演示）", "2026年度"), null, ct);
        await campaigns.AddSubjectsAsync(campaign.Id, [.. Agencies.Select((a, i) => new Subject($"a{i + 1:00}", a.Name, a.UnitClass, new Dictionary<string, string>()))], ct);
        await campaigns.AddRaterGroupsAsync(campaign.Id,
        [
            Group("service", "服务对象", "Service users", 0.4m),
            Group("public", "群众代表", "Public representatives", 0.3m),
            Group("deputies", "人大代表政协委员", "Deputies and CPPCC members", 0.3m),
            Group("peers", "机关互评", "Peer agencies", null),
        ], ct);
        var ballots = new List<IssuedBallot>();
        foreach (var (group, count) in new[] { ("service", 20), ("public", 12), ("deputies", 8), ("peers", 6) })
        {
            ballots.AddRange((await campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest(group, IssueStrategy.Slips, Count: count), ct)).Ballots);
        }

        await campaigns.OpenAsync(campaign.Id, cancellationToken: ct);
        await CastAsync(ballots, random, ct);
        await campaigns.CloseAsync(campaign.Id, ct);
        await campaigns.PublishAsync(campaign.Id, ct);
    }

    private async Task SurveyAsync(Random random, CancellationToken ct)
    {
        var campaign = await campaigns.CreateAsync(new CampaignDraft("satisfaction", "县政务服务中心办事群众满意度测评（演示）", "2026年第四季度"), null, ct);
        await campaigns.AddRaterGroupsAsync(campaign.Id, [Group("citizens", "办事群众", "Service users", 1m)], ct);
        string[] streets = ["城关街道", "东城街道", "西城街道", "新区街道"];
        var roster = Enumerable.Range(1, 200).Select(i => new RosterEntry($"r{i:000}", streets[i % streets.Length])).ToArray();
        var sample = await campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("citizens", IssueStrategy.StratifiedSample, Roster: roster, SampleSize: 40), ct);
        await campaigns.OpenAsync(campaign.Id, cancellationToken: ct);
        await CastAsync(sample.Ballots.Take(28), random, ct);
        await campaigns.CloseAsync(campaign.Id, ct);
    }

    private async Task CastAsync(IEnumerable<IssuedBallot> ballots, Random random, CancellationToken ct)
    {
        foreach (var ballot in ballots)
        {
            var code = ballot.Code.ToString();
            var form = await box.OpenAsync(code, ct);
            var answers = DemoAnswers.For(form, random);
            var outcome = await box.CastAsync(code, answers, ct);
            if (!outcome.Accepted)
            {
                outcome = await box.CastAsync(code, DemoAnswers.Repaired(form, answers, outcome.Problems), ct);
            }

            if (!outcome.Accepted)
            {
                logger.LogWarning("A demo ballot was refused: {Problems}", string.Join("; ", outcome.Problems.Select(p => $"{p.Code} {p.ItemKey} {p.SubjectId}")));
            }
        }
    }

    private static CampaignRaterGroup Group(string key, string zh, string en, decimal? weight) =>
        new(new RaterGroup(key, new LocalizedText(zh, en), weight, new Dictionary<string, decimal>()), null);
}
