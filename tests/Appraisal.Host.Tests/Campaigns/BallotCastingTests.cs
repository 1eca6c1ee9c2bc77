using System.Text.Json;
using Appraisal.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>Casting through the API: one code, one ballot; field-precise refusals; nothing in the box joins a ballot to anyone.</summary>
public sealed class BallotCastingTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Of_50_concurrent_submissions_of_one_code_exactly_one_is_accepted()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await OpenAgencyCampaignAsync(script, codes: 1);
        var answers = Answers(["a1", "a2", "a3"], "satisfied");

        // Separate connections, released together, so the submissions really race.
        using var gate = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, 50).Select(_ => new HttpClient { BaseAddress = host.Host.BaseAddress }).ToArray();
        var racing = clients.Select(async client =>
        {
            await gate.WaitAsync();
            return await new CampaignScript(host.Admin, new GraphQLClient(client)).SubmitAsync(codes[0], answers);
        }).ToArray();
        gate.Release(50);
        var results = await Task.WhenAll(racing);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        Assert.Single(results, r => r.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            && d.GetProperty("submitBallot").GetProperty("accepted").GetBoolean());
        var refused = results.Where(r => GraphQLClient.ErrorCode(r) is not null).ToArray();
        Assert.Equal(49, refused.Length);
        Assert.All(refused, r => Assert.Equal("CODE_ALREADY_USED", GraphQLClient.ErrorCode(r)));
        Assert.All(refused, r => Assert.Contains("已经使用", r.GetProperty("errors")[0].GetProperty("message").GetString()));

        var turnout = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id });
        Assert.Equal(1, turnout.GetProperty("campaign").GetProperty("turnout")[0].GetProperty("returned").GetInt32());
    }

    [Fact]
    public async Task A_ballot_with_problems_is_refused_field_by_field_and_nothing_is_stored()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await OpenAgencyCampaignAsync(script, codes: 1);
        var answers = Answers(["a1", "a2"], "satisfied")   // a3 missing: REQUIRED
            .Append(new { itemKey = "attitude", subjectId = "a9", optionKeys = new[] { "satisfied" } })      // not on the ballot
            .Append(new { itemKey = "nonsense", subjectId = "a1", optionKeys = new[] { "satisfied" } })       // no such item
            .ToArray();
        var result = await script.SubmitAsync(codes[0], answers);
        var submitted = result.GetProperty("data").GetProperty("submitBallot");
        Assert.False(submitted.GetProperty("accepted").GetBoolean());
        var problems = submitted.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("code").GetString(), p.GetProperty("itemKey").GetString(), p.GetProperty("subjectId").GetString()))
            .ToArray();
        Assert.Contains(("UNKNOWN_ITEM", "nonsense", "a1"), problems);
        Assert.Contains(problems, p => p.Item1 == "UNKNOWN_SUBJECT" && p.Item3 == "a9");
        Assert.Contains(problems, p => p.Item1 == "REQUIRED" && p.Item3 == "a3");

        var turnout = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id });
        Assert.Equal(0, turnout.GetProperty("campaign").GetProperty("turnout")[0].GetProperty("returned").GetInt32());
        var retry = await script.SubmitAsync(codes[0], Answers(["a1", "a2", "a3"], "satisfied"));
        Assert.True(retry.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public async Task A_voided_code_casts_nothing_and_turnout_stops_counting_it()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await OpenAgencyCampaignAsync(script, codes: 3);
        var spent = await script.SubmitAsync(codes[0], Answers(["a1", "a2", "a3"], "satisfied"));
        Assert.True(spent.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean());

        var voided = await host.Admin.DataAsync(
            "mutation($id: ID!, $c: [String!]!) { voidBallotCodes(campaignId: $id, codes: $c) }",
            new { id, c = new[] { codes[0], codes[1].ToLowerInvariant() } });
        Assert.Equal(1, voided.GetProperty("voidBallotCodes").GetInt32()); // the spent one stays spent

        var refused = await script.SubmitAsync(codes[1], Answers(["a1", "a2", "a3"], "satisfied"));
        Assert.Equal("CODE_VOIDED", GraphQLClient.ErrorCode(refused));
        var turnout = (await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { issued returned voided } } }", new { id }))
            .GetProperty("campaign").GetProperty("turnout")[0];
        Assert.Equal((2, 1, 1), (turnout.GetProperty("issued").GetInt32(), turnout.GetProperty("returned").GetInt32(), turnout.GetProperty("voided").GetInt32()));
        var typo = await host.Admin.SendAsync("mutation($id: ID!) { voidBallotCodes(campaignId: $id, codes: [\"nonsense\"]) }", new { id });
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(typo));
    }

    [Fact]
    public async Task A_mistyped_code_is_caught_by_its_check_character()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (_, codes) = await OpenAgencyCampaignAsync(script, codes: 1);
        var code = codes[0];
        var typo = code[..3] + (code[3] == '7' ? '8' : '7') + code[4..];
        var result = await host.Anonymous.SendAsync("query($c: String!) { ballot(code: $c) { campaignId } }", new { c = typo });
        Assert.Equal("INVALID_CODE", GraphQLClient.ErrorCode(result));
        var loose = code.ToLowerInvariant().Replace("-", " ");
        var form = await host.Anonymous.DataAsync("query($c: String!) { ballot(code: $c) { subjects { id } } }", new { c = loose });
        Assert.Equal(3, form.GetProperty("ballot").GetProperty("subjects").GetArrayLength());
    }

    [Fact]
    public async Task The_box_cannot_join_a_ballot_to_a_code_a_person_or_a_time_and_its_order_is_not_the_casting_order()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await OpenAgencyCampaignAsync(script, codes: 1000);
        for (var i = 0; i < codes.Count; i++)
        {
            // The suggestion text carries the casting position, so the stored order can be compared with it. Free text is
            // stored as UTF-8 in either sheet form (JSON or compact), so the marker is found in the bytes as typed.
            var answers = Answers(["a1", "a2", "a3"], "satisfied")
                .Append(new { itemKey = "suggestions", subjectId = "a1", optionKeys = Array.Empty<string>(), text = $"pos#{i}#" });
            var result = await script.SubmitAsync(codes[i], answers);
            Assert.True(result.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), result.ToString());
        }

        await AssertBoxRowsAsync(id);

        // The bytes: within a page SQLite places rows in arrival order. Closing scrubs the file (VACUUM and a
        // truncating checkpoint), after which the markers' byte offsets do not follow the casting order either.
        await new CampaignScript(host.Admin, host.Anonymous).TransitionAsync("closeCampaign", id);
        var bytes = await ReadSharedAsync(Path.Combine(host.DataDirectory, "appraisal.db"));
        var wal = Path.Combine(host.DataDirectory, "appraisal.db-wal");
        if (File.Exists(wal))
        {
            // Writes after the scrub (the audit entry of the close) may be there; no ballot may.
            Assert.DoesNotContain("pos#", System.Text.Encoding.Latin1.GetString(await ReadSharedAsync(wal)));
        }

        var fileText = System.Text.Encoding.Latin1.GetString(bytes);
        var physical = System.Text.RegularExpressions.Regex.Matches(fileText, "pos#([0-9]+)#").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1000, physical.Distinct().Count());
        var physicalRho = Spearman(physical);
        Assert.True(Math.Abs(physicalRho) < 0.1, $"Spearman correlation of byte offset with casting order after close: {physicalRho:F3}");
    }

    private async Task AssertBoxRowsAsync(string id)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "appraisal.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var ballotColumns = Columns(connection, "ballots");
        Assert.Equal(["answers", "ballot_id", "campaign_id", "digest", "group_key"], ballotColumns.Order());
        var forbidden = new[] { "code", "lookup", "person", "rater", "account", "ip", "agent", "time", "at", "on", "seq", "rowid", "created" };
        Assert.DoesNotContain(ballotColumns, c => forbidden.Any(f => c.Split('_').Contains(f)));

        // Nothing else in the database names a ballot: no table has a ballot_id column besides the box itself.
        using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = tables.ExecuteReader();
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (table != "ballots")
                {
                    Assert.DoesNotContain("ballot_id", Columns(connection, table));
                }
            }
        }

        // The rows: in stored order, their casting positions are uncorrelated with it.
        var positions = new List<int>();
        using (var rows = connection.CreateCommand())
        {
            rows.CommandText = "SELECT answers FROM ballots WHERE campaign_id = $id";
            rows.Parameters.AddWithValue("$id", id);
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                var text = System.Text.Encoding.UTF8.GetString((byte[])reader.GetValue(0));
                var marker = text.IndexOf("pos#", StringComparison.Ordinal) + "pos#".Length;
                positions.Add(int.Parse(text[marker..text.IndexOf('#', marker)], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(1000, positions.Count);
        var rho = Spearman(positions);
        Assert.True(Math.Abs(rho) < 0.1, $"Spearman correlation of stored order with casting order: {rho:F3}");
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>See <see cref="AgencyCampaign.OpenAsync"/>; kept here for the tests that call it by this name.</summary>
    internal static Task<(string Id, IReadOnlyList<string> Codes)> OpenAgencyCampaignAsync(CampaignScript script, int codes) =>
        AgencyCampaign.OpenAsync(script, codes);

    /// <summary>See <see cref="AgencyCampaign.Answers"/>.</summary>
    internal static IEnumerable<object> Answers(string[] subjects, string option) => AgencyCampaign.Answers(subjects, option);

    internal static string[] Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return [.. columns];
    }

    /// <summary>Spearman's ρ between stored index and casting position (both are permutations, no ties).</summary>
    private static double Spearman(IReadOnlyList<int> castingPositionInStoredOrder)
    {
        var n = castingPositionInStoredOrder.Count;
        var ranks = castingPositionInStoredOrder.Select((p, i) => (p, i)).OrderBy(x => x.p).Select((x, rank) => (x.i, rank)).OrderBy(x => x.i).Select(x => (double)x.rank).ToArray();
        var sumSquares = ranks.Select((rank, stored) => (rank - stored) * (rank - stored)).Sum();
        return 1 - (6 * sumSquares / (n * ((double)n * n - 1)));
    }
}
