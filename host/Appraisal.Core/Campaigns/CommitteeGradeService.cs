using System.Data.Common;
using System.Globalization;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Dapper;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// 组织评定: after the tally the committee records each member's final grade beside it. The cap on the top grade
/// reads the same settings as the 民主评议党员 report, campaign over plugin manifest over default, so the report and
/// this step always agree: <c>excellentCapMode</c> (<c>flag</c> | <c>enforce</c> | <c>off</c>; off whatever it says
/// when the scale has no <c>excellent</c> option), <c>excellentCapFraction</c> (<c>1/3</c>: a/b or a decimal) and
/// <c>excellentCapBase</c> (<c>full</c>: 正式党员 only; <c>all</c>: everyone listed). A value that cannot be read
/// falls through to the next layer, as in the plugin. The graded scale is <c>committee.scale</c> or the first
/// per-subject choice item's. 预备党员 (<c>membership=probationary</c>) are never graded.
/// </summary>
public sealed class CommitteeGradeService(IAppraisalDatabase database, PluginCatalog catalog)
{
    /// <summary>The recorded grades and the cap check.</summary>
    public Task<CommitteeGrades> ReadAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(async (connection, token) =>
        {
            var campaign = await CampaignStore.GetAsync(connection, null, campaignId, token);
            var subjects = await CampaignStore.SubjectsAsync(connection, null, campaignId, token);
            return Summarise(campaign, subjects, await GradesAsync(connection, null, campaignId, token));
        }, cancellationToken);

    /// <summary>
    /// Records (or replaces) grades of a closed or published campaign. Refuses unknown subjects, 预备党员, grades not
    /// on the scale, and — when the cap mode is <c>enforce</c> — a result with more capped grades than the cap.
    /// </summary>
    public Task<CommitteeGrades> RecordAsync(string campaignId, IReadOnlyList<CommitteeGrade> grades, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (grades.Count is 0 or > CampaignService.MaxBatch)
        {
            throw CampaignProblem.Invalid("grades", "请至少评定一名党员。", "Record at least one grade.");
        }

        return database.WriteAsync(async (connection, transaction, token) =>
        {
            var campaign = await CampaignStore.GetAsync(connection, transaction, campaignId, token);
            if (campaign.Status is not (CampaignStatus.Closed or CampaignStatus.Published))
            {
                throw CampaignProblem.WrongStatus(campaign.Status, "组织评定", "record committee grades", CampaignStatus.Closed, CampaignStatus.Published);
            }

            var subjects = (await CampaignStore.SubjectsAsync(connection, transaction, campaignId, token)).ToDictionary(s => s.Id, StringComparer.Ordinal);
            var scale = ScaleOf(campaign);
            for (var i = 0; i < grades.Count; i++)
            {
                var grade = grades[i];
                if (grade is null || !subjects.TryGetValue(grade.SubjectId ?? "", out var subject))
                {
                    throw CampaignProblem.Invalid($"grades[{i}].subjectId", $"第 {i + 1} 行：没有这个评议对象。", $"Row {i + 1}: no such subject.");
                }

                if (IsProbationary(subject))
                {
                    throw CampaignProblem.Invalid($"grades[{i}].subjectId", $"第 {i + 1} 行：{subject.Name} 是预备党员，不评定等次。", $"Row {i + 1}: {subject.Name} is a probationary member and is not graded.");
                }

                if (scale?.FindOption(grade.Grade ?? "") is null)
                {
                    throw CampaignProblem.Invalid($"grades[{i}].grade", $"第 {i + 1} 行：等次 {grade.Grade} 不在量表上。", $"Row {i + 1}: grade {grade.Grade} is not on the scale.");
                }

                if (grade.Note is { Length: > 500 })
                {
                    throw CampaignProblem.Invalid($"grades[{i}].note", $"第 {i + 1} 行：备注最多 500 字。", $"Row {i + 1}: the note is at most 500 characters.");
                }
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO committee_grades (campaign_id, subject_id, grade, note) VALUES (@CampaignId, @SubjectId, @Grade, @Note)
                ON CONFLICT (campaign_id, subject_id) DO UPDATE SET grade = excluded.grade, note = excluded.note
                """,
                grades.Select(g => new { CampaignId = campaignId, g.SubjectId, g.Grade, g.Note }), transaction, cancellationToken: token));
            var summary = Summarise(campaign, [.. subjects.Values], await GradesAsync(connection, transaction, campaignId, token));
            if (summary.CapMode == "enforce" && summary.CapExceeded)
            {
                throw new CampaignProblem(
                    "CAP_EXCEEDED",
                    new($"评定为优秀的人数（{summary.CapCount}）超过正式党员的 {summary.CapShare}（最多 {summary.Cap} 人）。",
                        $"{summary.CapCount} members would be graded {summary.CapOption}; the cap is {summary.CapShare} of full members ({summary.Cap})."),
                    "grades");
            }

            return summary;
        }, cancellationToken);
    }

    private static async Task<IReadOnlyList<CommitteeGrade>> GradesAsync(DbConnection connection, DbTransaction? transaction, string campaignId, CancellationToken token) =>
        [.. await connection.QueryAsync<CommitteeGrade>(new CommandDefinition(
            """
            SELECT g.subject_id AS SubjectId, g.grade AS Grade, g.note AS Note
            FROM committee_grades g JOIN subjects s ON s.campaign_id = g.campaign_id AND s.subject_id = g.subject_id
            WHERE g.campaign_id = @campaignId ORDER BY s.ordinal
            """,
            new { campaignId }, transaction, cancellationToken: token))];

    private CommitteeGrades Summarise(Campaign campaign, IReadOnlyList<Subject> subjects, IReadOnlyList<CommitteeGrade> grades)
    {
        var scale = ScaleOf(campaign);
        var site = catalog.AppraisalTypes.FirstOrDefault(t => t.Key == campaign.TypeKey)?.Settings;
        string Read(string key, string fallback, Func<string, bool> readable) =>
            new[] { campaign.Settings, site }
                .Select(layer => layer?.GetValueOrDefault(key)?.Trim().ToLowerInvariant())
                .FirstOrDefault(value => value is not null && readable(value)) ?? fallback;

        var mode = scale?.FindOption(CapOption) is null ? "off" : Read("excellentCapMode", "flag", v => v is "flag" or "enforce" or "off");
        var share = Read("excellentCapFraction", "1/3", v => TryCap(1, v, out _));
        var countsEveryone = Read("excellentCapBase", "full", v => v is "full" or "all") == "all";
        var members = subjects.Count(s => countsEveryone || !IsProbationary(s));
        TryCap(members, share, out var cap);
        return new CommitteeGrades(grades, scale?.Key ?? "", mode, CapOption, share, members, cap, grades.Count(g => g.Grade == CapOption));
    }

    /// <summary>⌊members × share⌋: "一般不超过 1/3" allows no rounding up. A share is <c>a/b</c> or a decimal in [0, 1].</summary>
    internal static bool TryCap(int members, string share, out int cap)
    {
        cap = 0;
        var parts = share.Split('/');
        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var p)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q == 0 || p > q)
            {
                return false;
            }

            cap = (int)((long)members * p / q);
            return true;
        }

        if (!decimal.TryParse(share, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction) || fraction > 1m)
        {
            return false;
        }

        cap = (int)Math.Floor(members * fraction);
        return true;
    }

    private static Scale? ScaleOf(Campaign campaign)
    {
        var key = campaign.Settings.GetValueOrDefault("committee.scale")
            ?? campaign.Questionnaire.Items.FirstOrDefault(i => i.Scope == ItemScope.PerSubject && i.Kind == ItemKind.Choice)?.ScaleKey;
        return campaign.Questionnaire.FindScale(key);
    }

    private static bool IsProbationary(Subject subject) => subject.Attribute("membership") == "probationary";

    private const string CapOption = "excellent";
}
