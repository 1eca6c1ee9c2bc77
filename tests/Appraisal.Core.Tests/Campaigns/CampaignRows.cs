namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// Everything stored about one campaign, flattened so that two snapshots compare with <c>Assert.Equal</c>: a
/// refused request must leave every field as it was. Missing values read as empty strings.
/// </summary>
internal sealed record CampaignRows(
    long Revision,
    string Status,
    long TestMode,
    string Questionnaire,
    string Report,
    string BoxDigest,
    string ChainHead,
    long Subjects,
    long RaterGroups,
    string Draws,
    string Codes,
    long Ballots,
    long Receipts,
    string BoxState)
{
    public const string Query =
        """
        SELECT c.revision AS Revision, c.status AS Status, c.test_mode AS TestMode, c.questionnaire AS Questionnaire,
               COALESCE(c.report, '') AS Report, hex(c.box_digest) AS BoxDigest, hex(c.chain_head) AS ChainHead,
               (SELECT COUNT(*) FROM subjects WHERE campaign_id = c.id) AS Subjects,
               (SELECT COUNT(*) FROM rater_groups WHERE campaign_id = c.id) AS RaterGroups,
               COALESCE((SELECT group_concat(draw_no || ':' || seed_revealed || ':' || code_count, ',')
                  FROM (SELECT * FROM draws WHERE campaign_id = c.id ORDER BY draw_no)), '') AS Draws,
               COALESCE((SELECT group_concat(state || ':' || n, ',')
                  FROM (SELECT state, COUNT(*) AS n FROM ballot_codes WHERE campaign_id = c.id GROUP BY state ORDER BY state)), '') AS Codes,
               (SELECT COUNT(*) FROM ballots WHERE campaign_id = c.id) AS Ballots,
               (SELECT COUNT(*) FROM receipts WHERE campaign_id = c.id) AS Receipts,
               COALESCE((SELECT casts || '/' || sheets || '/' || hex(head) FROM box_state WHERE campaign_id = c.id), '') AS BoxState
        FROM campaigns c WHERE c.id = @campaignId
        """;
}
