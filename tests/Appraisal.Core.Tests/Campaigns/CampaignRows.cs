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

    /// <summary><see cref="Query"/> in PostgreSQL's spelling (string_agg, encode, aliased subqueries); the same values.</summary>
    public const string PostgresQuery =
        """
        SELECT c.revision AS Revision, c.status AS Status, c.test_mode AS TestMode, c.questionnaire AS Questionnaire,
               COALESCE(c.report, '') AS Report, COALESCE(upper(encode(c.box_digest, 'hex')), '') AS BoxDigest,
               COALESCE(upper(encode(c.chain_head, 'hex')), '') AS ChainHead,
               (SELECT COUNT(*) FROM subjects WHERE campaign_id = c.id) AS Subjects,
               (SELECT COUNT(*) FROM rater_groups WHERE campaign_id = c.id) AS RaterGroups,
               COALESCE((SELECT string_agg(draw_no || ':' || seed_revealed || ':' || code_count, ',' ORDER BY draw_no)
                  FROM draws WHERE campaign_id = c.id), '') AS Draws,
               COALESCE((SELECT string_agg(state || ':' || n, ',' ORDER BY state)
                  FROM (SELECT state, COUNT(*) AS n FROM ballot_codes WHERE campaign_id = c.id GROUP BY state) AS counts), '') AS Codes,
               (SELECT COUNT(*) FROM ballots WHERE campaign_id = c.id) AS Ballots,
               (SELECT COUNT(*) FROM receipts WHERE campaign_id = c.id) AS Receipts,
               COALESCE((SELECT casts || '/' || sheets || '/' || upper(encode(head, 'hex')) FROM box_state WHERE campaign_id = c.id), '') AS BoxState
        FROM campaigns c WHERE c.id = @campaignId
        """;

    public static string QueryFor(string provider) => provider == "postgres" ? PostgresQuery : Query;
}
