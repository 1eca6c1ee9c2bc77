using Appraisal.PluginApi.Ballots;
using Dapper;

namespace Appraisal.Core.Campaigns;

public sealed partial class CampaignService
{
    /// <summary>
    /// Adds subjects (members with <c>membership=full|probationary</c> 正式/预备, agencies with a unit class) to a
    /// draft, in bulk. Every row is checked first; one bad row refuses the whole batch with its index.
    /// </summary>
    public Task<Campaign> AddSubjectsAsync(string campaignId, IReadOnlyList<Subject> subjects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Count is 0 or > MaxBatch)
        {
            throw CampaignProblem.Invalid("subjects", $"每次须添加 1 至 {MaxBatch} 个评议对象。", $"Add 1 to {MaxBatch} subjects at a time.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            var s = subjects[i];
            var field = $"subjects[{i}]";
            if (s is null || !InputRules.IsText(s.Id, 64) || s.Id != s.Id.Trim())
            {
                throw CampaignProblem.Invalid(field + ".id", $"第 {i + 1} 行：编号须为 1 至 64 个字符，首尾无空格。", $"Row {i + 1}: the id must be 1 to 64 characters without surrounding spaces.");
            }

            if (!seen.Add(s.Id))
            {
                throw CampaignProblem.Invalid(field + ".id", $"第 {i + 1} 行：编号 {s.Id} 重复。", $"Row {i + 1}: id {s.Id} appears twice.");
            }

            if (!InputRules.IsText(s.Name, 100))
            {
                throw CampaignProblem.Invalid(field + ".name", $"第 {i + 1} 行：姓名或名称须为 1 至 100 个字符。", $"Row {i + 1}: the name must be 1 to 100 characters.");
            }

            if (s.UnitClass is not null && !InputRules.IsText(s.UnitClass, 64))
            {
                throw CampaignProblem.Invalid(field + ".unitClass", $"第 {i + 1} 行：单位类别最多 64 个字符。", $"Row {i + 1}: the unit class is at most 64 characters.");
            }

            if (s.Attributes is null || s.Attributes.Count > 20 || s.Attributes.Any(kv => !InputRules.IsKey(kv.Key) || kv.Value is null || kv.Value.Length > 200))
            {
                throw CampaignProblem.Invalid(field + ".attributes", $"第 {i + 1} 行：属性最多 20 项，键须合法，值不超过 200 字符。", $"Row {i + 1}: at most 20 attributes with valid keys and values up to 200 characters.");
            }
        }

        return ChangeAsync(campaignId, "添加评议对象", "add subjects", [CampaignStatus.Draft], async (connection, transaction, campaign, token) =>
        {
            var existing = (await CampaignStore.SubjectsAsync(connection, transaction, campaign.Id, token)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var clash = subjects.Select((s, i) => (s, i)).FirstOrDefault(x => existing.Contains(x.s.Id));
            if (clash.s is not null)
            {
                throw CampaignProblem.Invalid($"subjects[{clash.i}].id", $"第 {clash.i + 1} 行：编号 {clash.s.Id} 已存在。", $"Row {clash.i + 1}: id {clash.s.Id} already exists.");
            }

            var ordinal = existing.Count;
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO subjects (campaign_id, subject_id, ordinal, name, unit_class, attributes)
                VALUES (@CampaignId, @Id, @Ordinal, @Name, @UnitClass, @Attributes)
                """,
                subjects.Select(s => new
                {
                    CampaignId = campaign.Id, s.Id, Ordinal = ordinal++, Name = s.Name.Trim(), UnitClass = s.UnitClass?.Trim(),
                    Attributes = CampaignJson.Write(s.Attributes),
                }),
                transaction, cancellationToken: token));
        }, cancellationToken);
    }

    /// <summary>
    /// Adds rater groups to a draft: each with a weight (or none: advisory, reported but not combined), weights
    /// that differ by unit class, and an optional planned size.
    /// </summary>
    public Task<Campaign> AddRaterGroupsAsync(string campaignId, IReadOnlyList<CampaignRaterGroup> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count is 0 or > 50)
        {
            throw CampaignProblem.Invalid("raterGroups", "每次须添加 1 至 50 个评议群体。", "Add 1 to 50 rater groups at a time.");
        }

        for (var i = 0; i < groups.Count; i++)
        {
            CheckGroup(groups[i], i);
            if (groups.Take(i).Any(other => other.Group.Key == groups[i].Group.Key))
            {
                throw CampaignProblem.Invalid($"raterGroups[{i}].key", $"群体键 {groups[i].Group.Key} 重复。", $"Group key {groups[i].Group.Key} appears twice.");
            }
        }

        return ChangeAsync(campaignId, "添加评议群体", "add rater groups", [CampaignStatus.Draft], async (connection, transaction, campaign, token) =>
        {
            var existing = await CampaignStore.RaterGroupsAsync(connection, transaction, campaign.Id, token);
            var clash = groups.Select((g, i) => (g, i)).FirstOrDefault(x => existing.Any(e => e.Group.Key == x.g.Group.Key));
            if (clash.g is not null)
            {
                throw CampaignProblem.Invalid($"raterGroups[{clash.i}].key", $"第 {clash.i + 1} 个群体：群体键 {clash.g.Group.Key} 已存在。", $"Group {clash.i + 1}: key {clash.g.Group.Key} already exists.");
            }

            var ordinal = existing.Count;
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO rater_groups (campaign_id, group_key, ordinal, name_zh, name_en, weight, weights_by_class, planned_size)
                VALUES (@CampaignId, @Key, @Ordinal, @NameZh, @NameEn, @Weight, @Weights, @PlannedSize)
                """,
                groups.Select(g => new
                {
                    CampaignId = campaign.Id, g.Group.Key, Ordinal = ordinal++, NameZh = g.Group.Name.ZhCn.Trim(), NameEn = g.Group.Name.En.Trim(),
                    Weight = g.Group.Weight is { } w ? Decimal(w) : null,
                    Weights = CampaignJson.Write(g.Group.WeightsByUnitClass.ToDictionary(kv => kv.Key, kv => Decimal(kv.Value))),
                    g.PlannedSize,
                }),
                transaction, cancellationToken: token));
        }, cancellationToken);
    }

    /// <summary>
    /// Changes a rater group of a draft: its names, weights and planned size. Its key stays, since codes issued in the
    /// draft already name it.
    /// </summary>
    public Task<Campaign> UpdateRaterGroupAsync(string campaignId, CampaignRaterGroup group, CancellationToken cancellationToken = default)
    {
        CheckGroup(group, 0);
        var g = group.Group;
        return ChangeAsync(campaignId, "修改评议群体", "edit a rater group", [CampaignStatus.Draft], async (connection, transaction, campaign, token) =>
        {
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE rater_groups SET name_zh = @NameZh, name_en = @NameEn, weight = @Weight, weights_by_class = @Weights, planned_size = @PlannedSize
                WHERE campaign_id = @CampaignId AND group_key = @Key
                """,
                new
                {
                    CampaignId = campaign.Id, g.Key, NameZh = g.Name.ZhCn.Trim(), NameEn = g.Name.En.Trim(),
                    Weight = g.Weight is { } w ? Decimal(w) : null,
                    Weights = CampaignJson.Write(g.WeightsByUnitClass.ToDictionary(kv => kv.Key, kv => Decimal(kv.Value))),
                    group.PlannedSize,
                },
                transaction, cancellationToken: token));
            if (updated == 0)
            {
                throw CampaignProblem.Invalid("groupKey", $"没有评议群体 {g.Key}。", $"No rater group {g.Key}.");
            }
        }, cancellationToken);
    }

    /// <summary>The checks one rater group must pass, added or changed; <paramref name="i"/> is its place in the request.</summary>
    private static void CheckGroup(CampaignRaterGroup? group, int i)
    {
        var g = group?.Group;
        var field = $"raterGroups[{i}]";
        if (g is null || !InputRules.IsKey(g.Key))
        {
            throw CampaignProblem.Invalid(field + ".key", $"第 {i + 1} 个群体的键须为 1 至 64 个字母、数字或 - _ .。", $"Group {i + 1}: the key must be 1 to 64 letters, digits or - _ .");
        }

        if (g.Name is null || !InputRules.IsText(g.Name.ZhCn, 100) || !InputRules.IsText(g.Name.En, 100))
        {
            throw CampaignProblem.Invalid(field + ".name", $"第 {i + 1} 个群体须有中英文名称。", $"Group {i + 1} needs a Chinese and an English name.");
        }

        if (g.Weight is < 0 or > 1000 || g.WeightsByUnitClass is null || g.WeightsByUnitClass.Any(kv => kv.Value is < 0 or > 1000 || !InputRules.IsText(kv.Key, 64)))
        {
            throw CampaignProblem.Invalid(field + ".weight", $"第 {i + 1} 个群体的权重须在 0 至 1000 之间。", $"Group {i + 1}: weights are 0 to 1000.");
        }

        if (group!.PlannedSize is < 0 or > 10_000_000)
        {
            throw CampaignProblem.Invalid(field + ".plannedSize", $"第 {i + 1} 个群体的计划人数无效。", $"Group {i + 1}: the planned size is invalid.");
        }
    }
}
