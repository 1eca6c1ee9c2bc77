using Appraisal.Core.Ballots;
using Appraisal.Core.Distribution;
using Dapper;

namespace Appraisal.Core.Campaigns;

public sealed partial class CampaignService
{
    /// <summary>
    /// Issues ballot codes (测评码) for one rater group by a draw whose seed is committed now (its SHA-256 is
    /// returned and published) and revealed at close. Codes themselves come from the system CSPRNG, not from the
    /// seed, so revealing the seed never reveals a code. Only each code's SHA-256 is stored.
    /// </summary>
    public async Task<IssuedBatch> IssueBallotsAsync(string campaignId, IssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var campaign = await new CampaignStore(database).FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var subjects = await new CampaignStore(database).SubjectsAsync(campaignId, cancellationToken);
        var parameters = Parameters(request, subjects);
        var seed = DrawSeed.Create();
        var drawn = Draw(parameters, seed);
        var ballots = drawn.Select(d => new IssuedBallot(BallotCode.Generate(), request.GroupKey, d.Rater, d.Subjects)).ToArray();
        var drawNo = 0;

        await ChangeAsync(campaign.Id, "发放测评码", "issue codes", [CampaignStatus.Draft, CampaignStatus.Open], async (connection, transaction, current, token) =>
        {
            var groups = await CampaignStore.RaterGroupsAsync(connection, transaction, current.Id, token);
            if (groups.All(g => g.Group.Key != request.GroupKey))
            {
                throw CampaignProblem.Invalid("groupKey", $"没有评议群体 {request.GroupKey}。", $"No rater group {request.GroupKey}.");
            }

            drawNo = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COALESCE(MAX(draw_no), 0) FROM draws WHERE campaign_id = @id", new { id = current.Id }, transaction, cancellationToken: token));
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO draws (campaign_id, draw_no, group_key, strategy, parameters, commitment, seed, seed_revealed, code_count)
                VALUES (@CampaignId, @DrawNo, @GroupKey, @Strategy, @Parameters, @Commitment, @Seed, 0, @CodeCount)
                """,
                new
                {
                    CampaignId = current.Id, DrawNo = drawNo, request.GroupKey, Strategy = request.Strategy.ToString(),
                    Parameters = CampaignJson.Write(parameters), seed.Commitment, Seed = seed.Hex, CodeCount = ballots.Length,
                },
                transaction, cancellationToken: token));
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO ballot_codes (lookup_key, campaign_id, group_key, state, subject_ids)
                VALUES (@LookupKey, @CampaignId, @GroupKey, 'unused', @SubjectIds)
                """,
                ballots.Select(b => new
                {
                    b.Code.LookupKey, CampaignId = current.Id, b.GroupKey,
                    SubjectIds = b.SubjectIds.Count == 0 ? null : CampaignJson.Write(b.SubjectIds),
                }),
                transaction, cancellationToken: token));
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO code_counts (campaign_id, group_key, issued, spent, voided) VALUES (@CampaignId, @GroupKey, @Issued, 0, 0)
                ON CONFLICT (campaign_id, group_key) DO UPDATE SET issued = code_counts.issued + excluded.issued
                """,
                new { CampaignId = current.Id, request.GroupKey, Issued = ballots.Length }, transaction, cancellationToken: token));
        }, cancellationToken);
        return new IssuedBatch(drawNo, seed.Commitment, ballots);
    }

    /// <summary>
    /// 作废: withdraws unused codes of this campaign (a lost slip, a rater who left), so they can never cast a
    /// ballot. Returns how many were voided; codes already spent or voided, or of another campaign, are left as
    /// they are and not counted. A typed code that is not a code at all is refused with its position.
    /// </summary>
    public async Task<int> VoidCodesAsync(string campaignId, IReadOnlyList<string> typedCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typedCodes);
        if (typedCodes.Count is 0 or > MaxBatch)
        {
            throw CampaignProblem.Invalid("codes", $"每次须作废 1 至 {MaxBatch} 个测评码。", $"Void 1 to {MaxBatch} codes at a time.");
        }

        var keys = new List<string>(typedCodes.Count);
        for (var i = 0; i < typedCodes.Count; i++)
        {
            if (!BallotCode.TryParse(typedCodes[i], out var code, out var problem))
            {
                throw CampaignProblem.Invalid($"codes[{i}]", $"第 {i + 1} 个测评码无效：{problem.Message}", $"Code {i + 1} is not valid: {problem.Message}");
            }

            keys.Add(code.LookupKey);
        }

        var voided = 0;
        await ChangeAsync(campaignId, "作废测评码", "void codes", [CampaignStatus.Draft, CampaignStatus.Open], async (connection, transaction, campaign, token) =>
        {
            voided = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE ballot_codes SET state = 'voided', subject_ids = NULL
                WHERE lookup_key = @key AND campaign_id = @campaignId AND state = 'unused'
                """,
                keys.Distinct().Select(key => new { key, campaignId = campaign.Id }), transaction, cancellationToken: token));
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE code_counts SET voided = (
                  SELECT COUNT(*) FROM ballot_codes c
                  WHERE c.campaign_id = code_counts.campaign_id AND c.group_key = code_counts.group_key AND c.state = 'voided')
                WHERE campaign_id = @campaignId
                """,
                new { campaignId = campaign.Id }, transaction, cancellationToken: token));
        }, cancellationToken);
        return voided;
    }

    private static DrawParameters Parameters(IssueRequest request, IReadOnlyList<PluginApi.Ballots.Subject> subjects)
    {
        switch (request.Strategy)
        {
            case IssueStrategy.Slips:
                if (request.Count is not (>= 1 and <= MaxBatch))
                {
                    throw CampaignProblem.Invalid("count", $"测评码数量须在 1 至 {MaxBatch} 之间。", $"The number of codes must be 1 to {MaxBatch}.");
                }

                return new DrawParameters(request.Strategy, request.GroupKey, Count: request.Count);
            case IssueStrategy.BalancedPeer:
                var rated = subjects.Where(SubjectRoles.IsRated).ToArray();
                if (rated.Length == 0)
                {
                    throw CampaignProblem.Invalid("subjectsPerRater", "请先添加评议对象。", "Add subjects first.");
                }

                // Everyone rates (预备党员 too); only rated subjects are drawn to be rated.
                var raters = request.Raters ?? [.. subjects.Select(s => s.Id)];
                if (raters.Count is 0 or > MaxBatch || raters.Any(r => !InputRules.IsText(r, 64)) || raters.Distinct().Count() != raters.Count)
                {
                    throw CampaignProblem.Invalid("raters", $"评议人须为 1 至 {MaxBatch} 个不重复的编号。", $"Raters must be 1 to {MaxBatch} distinct ids.");
                }

                if (request.SubjectsPerRater is not { } k || k < 1 || k > rated.Length)
                {
                    throw CampaignProblem.Invalid("subjectsPerRater", $"每人评议人数须在 1 至 {rated.Length} 之间。", $"Subjects per rater must be 1 to {rated.Length}.");
                }

                var subjectIds = rated.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                var self = raters.Where(subjectIds.Contains).ToDictionary(r => r, r => r);
                Dictionary<string, string>? exclusion = null;
                if (request.ExclusionAttribute is { } attribute)
                {
                    exclusion = subjects.Where(s => s.Attributes.ContainsKey(attribute)).ToDictionary(s => s.Id, s => s.Attributes[attribute]);
                }

                return new DrawParameters(
                    request.Strategy, request.GroupKey, SubjectsPerRater: k, Raters: raters, Subjects: [.. rated.Select(s => s.Id)],
                    SelfSubjectOf: self, ExclusionGroupOf: exclusion);
            case IssueStrategy.StratifiedSample:
                if (request.Roster is not { Count: > 0 and <= 1_000_000 } roster || roster.Any(e => e is null || !InputRules.IsText(e.Id, 64) || !InputRules.IsText(e.Stratum, 64)))
                {
                    throw CampaignProblem.Invalid("roster", "名册须有 1 至 1000000 行，每行有编号和层。", "The roster needs 1 to 1000000 rows, each with an id and a stratum.");
                }

                if (request.FixedPerStratum is null && request.SampleSize is not (>= 1 and <= MaxBatch))
                {
                    throw CampaignProblem.Invalid("sampleSize", $"样本量须在 1 至 {MaxBatch} 之间。", $"The sample size must be 1 to {MaxBatch}.");
                }

                return new DrawParameters(request.Strategy, request.GroupKey, Roster: roster, SampleSize: request.SampleSize, FixedPerStratum: request.FixedPerStratum);
            default:
                throw CampaignProblem.Invalid("strategy", "未知的发放方式。", "Unknown strategy.");
        }
    }

    private static IReadOnlyList<(string? Rater, IReadOnlyList<string> Subjects)> Draw(DrawParameters parameters, DrawSeed seed)
    {
        try
        {
            var drawn = DrawReplay.Run(parameters, seed);
            return parameters.Strategy == IssueStrategy.Slips
                ? [.. drawn.Select(d => ((string?)null, d.Subjects))]
                : [.. drawn.Select(d => ((string?)d.Rater, d.Subjects))];
        }
        catch (DrawInfeasibleException exception)
        {
            throw CampaignProblem.Invalid("subjectsPerRater", $"无法按要求抽签：{exception.Message}", $"The draw is not feasible: {exception.Message}");
        }
        catch (ArgumentException exception)
        {
            throw CampaignProblem.Invalid("request", $"抽签参数无效：{exception.Message}", $"Invalid draw parameters: {exception.Message}");
        }
    }
}
