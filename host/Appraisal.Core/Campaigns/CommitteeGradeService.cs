using System.Data.Common;
using System.Globalization;
using Appraisal.Core.Storage;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Dapper;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// 组织评定: after the tally the committee records each member's final grade beside it. Campaign settings, with
/// defaults for 民主评议党员: <c>committee.scale</c> (the first per-subject choice item's scale),
/// <c>committee.capOption</c> (<c>excellent</c>), <c>committee.capShare</c> (<c>1/3</c>) and
/// <c>committee.capMode</c> (<c>flag</c> when the scale has the capped option, else <c>off</c>).
/// 预备党员 (<c>membership=probationary</c>) are not graded and not in the cap's base.
/// </summary>
public sealed class CommitteeGradeService(IAppraisalDatabase database)
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

    private static CommitteeGrades Summarise(Campaign campaign, IReadOnlyList<Subject> subjects, IReadOnlyList<CommitteeGrade> grades)
    {
        var scale = ScaleOf(campaign);
        var option = Setting(campaign, "committee.capOption", "excellent");
        var mode = Setting(campaign, "committee.capMode", scale?.FindOption(option) is null ? "off" : "flag");
        var share = Setting(campaign, "committee.capShare", "1/3");
        var members = subjects.Count(s => !IsProbationary(s));
        return new CommitteeGrades(
            grades, scale?.Key ?? "", mode, option, share, members, Cap(members, share), grades.Count(g => g.Grade == option));
    }

    /// <summary>⌊members × share⌋: "一般不超过 1/3" allows no rounding up. A share is <c>p/q</c> or a decimal.</summary>
    internal static int Cap(int members, string share)
    {
        var parts = share.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var p) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var q) && q > 0)
        {
            return members * p / q;
        }

        return decimal.TryParse(share, CultureInfo.InvariantCulture, out var fraction) ? (int)Math.Floor(members * fraction) : members / 3;
    }

    private static Scale? ScaleOf(Campaign campaign)
    {
        var key = campaign.Settings.GetValueOrDefault("committee.scale")
            ?? campaign.Questionnaire.Items.FirstOrDefault(i => i.Scope == ItemScope.PerSubject && i.Kind == ItemKind.Choice)?.ScaleKey;
        return campaign.Questionnaire.FindScale(key);
    }

    private static bool IsProbationary(Subject subject) => subject.Attribute("membership") == "probationary";

    private static string Setting(Campaign campaign, string key, string fallback) => campaign.Settings.GetValueOrDefault(key) ?? fallback;
}
