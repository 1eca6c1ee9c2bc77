using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Appraisal.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// Public link / QR mode through the API: off unless a campaign's settings turn it on; one ballot per device
/// token, also when submissions race; forged and foreign tokens refused with nothing stored; the one-time-code
/// variant; turnout; and a device table that cannot be joined to a ballot. The host keeps the public link's
/// default hourly limits (100 tokens and 100 ballots at once per address), which every test here shares.
/// </summary>
public sealed class PublicLinkTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private CampaignScript Script => new(host.Admin, host.Anonymous);

    private PublicSurveyScript Visitor => new(host.Anonymous);

    [Fact]
    public async Task A_campaign_has_no_public_link_unless_its_settings_turn_it_on()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, settings: null);

        var survey = await Visitor.SurveyAsync(id);
        var submit = await Visitor.SubmitAsync(id, "A".PadRight(64, 'A'));
        var campaign = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { publicPath turnout { returned } } }", new { id });

        Assert.Equal("PUBLIC_LINK_DISABLED", GraphQLClient.ErrorCode(survey));
        Assert.Equal("PUBLIC_LINK_DISABLED", GraphQLClient.ErrorCode(submit));
        Assert.Contains("公开链接", survey.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, campaign.GetProperty("campaign").GetProperty("publicPath").ValueKind);
        Assert.Equal(0, campaign.GetProperty("campaign").GetProperty("turnout")[0].GetProperty("returned").GetInt32());
    }

    [Fact]
    public async Task Public_link_settings_are_refused_field_by_field_and_the_group_must_exist_at_open()
    {
        const string create = "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }";
        (string Key, string Value)[][] bad =
        [
            [("public.enabled", "yes")],
            [("public.enabled", "true")],
            [("public.enabled", "true"), ("public.group", "citizens"), ("public.one-time-code", "true")],
            [("public.enabled", "true"), ("public.group", "群众 group")],
            [("public.enabled", "true"), ("public.group", "citizens"), ("public.one-time-codes", "1")],
        ];
        string[] fields = ["settings.public.enabled", "settings.public.group", "settings.public.one-time-code", "settings.public.group", "settings.public.one-time-codes"];
        for (var i = 0; i < bad.Length; i++)
        {
            var settings = bad[i].Select(s => new { key = s.Key, value = s.Value }).ToArray();
            var result = await host.Admin.SendAsync(create, new { input = new { typeKey = "satisfaction", title = "满意度测评", settings } });
            Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(result));
            Assert.Equal(fields[i], PublicSurveyScript.ErrorField(result));
        }

        var id = await Script.CreateAsync("satisfaction", "满意度测评", PublicSurveyScript.PublicMode());
        var notOpen = await Visitor.SurveyAsync(id);
        await Script.AddGroupsAsync(id, [CampaignScript.Group("service", "服务对象", 1)]);
        var open = await host.Admin.SendAsync("mutation($id: ID!) { openCampaign(id: $id) { status } }", new { id });
        var status = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { status } }", new { id });

        Assert.Equal("CAMPAIGN_NOT_OPEN", GraphQLClient.ErrorCode(notOpen));
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(open));
        Assert.Equal("settings.public.group", PublicSurveyScript.ErrorField(open));
        Assert.Equal("DRAFT", status.GetProperty("campaign").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Fifty_devices_behind_one_address_all_vote_and_turnout_report_and_box_count_them()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        var survey = (await host.Anonymous.DataAsync(PublicSurveyScript.SurveyQuery, new { id })).GetProperty("publicSurvey");
        Assert.Equal($"/s/{id}", survey.GetProperty("path").GetString());
        Assert.False(survey.GetProperty("needsCode").GetBoolean());
        Assert.Equal("citizens", survey.GetProperty("form").GetProperty("groupKey").GetString());

        // One address (the loopback) for everyone: an office behind one NAT address. Each device opens the page
        // for its own token, then casts.
        for (var device = 0; device < 50; device++)
        {
            var token = await Visitor.TokenAsync(id);
            var result = await Visitor.SubmitAsync(id, token);
            Assert.True(PublicSurveyScript.Accepted(result), $"device {device}: {result}");
        }

        var campaign = (await host.Admin.DataAsync(
            "query($id: ID!) { campaign(id: $id) { publicPath turnout { groupKey issued returned viaPublicLink } } }", new { id })).GetProperty("campaign");
        var turnout = campaign.GetProperty("turnout")[0];
        Assert.Equal($"/s/{id}", campaign.GetProperty("publicPath").GetString());
        Assert.Equal(("citizens", 0, 50, 50), (turnout.GetProperty("groupKey").GetString(), turnout.GetProperty("issued").GetInt32(),
            turnout.GetProperty("returned").GetInt32(), turnout.GetProperty("viaPublicLink").GetInt32()));

        await Script.TransitionAsync("closeCampaign", id);
        await Script.TransitionAsync("publishResults", id);
        var report = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { report { ballotsCast error } } }", new { id });
        var box = (await host.Anonymous.DataAsync(
            "query($id: ID!) { ballotBox(campaignId: $id) { ballotsCast withheldSheets sheets { groupKey } } }", new { id })).GetProperty("ballotBox");
        Assert.Equal(50, report.GetProperty("campaign").GetProperty("report").GetProperty("ballotsCast").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("campaign").GetProperty("report").GetProperty("error").ValueKind);
        Assert.Equal((50, 0, 50), (box.GetProperty("ballotsCast").GetInt32(), box.GetProperty("withheldSheets").GetInt32(), box.GetProperty("sheets").GetArrayLength()));
    }

    [Fact]
    public async Task One_token_casts_once_also_when_twenty_submissions_race()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        var token = await Visitor.TokenAsync(id);
        Assert.True(PublicSurveyScript.Accepted(await Visitor.SubmitAsync(id, token)));
        var again = await Visitor.SubmitAsync(id, token);
        Assert.Equal("DEVICE_ALREADY_VOTED", GraphQLClient.ErrorCode(again));
        Assert.Equal("deviceToken", PublicSurveyScript.ErrorField(again));

        // Separate connections, released together, so the submissions really race.
        var racer = await Visitor.TokenAsync(id);
        using var gate = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, 20).Select(_ => new HttpClient { BaseAddress = host.Host.BaseAddress }).ToArray();
        var racing = clients.Select(async client =>
        {
            await gate.WaitAsync();
            return await new PublicSurveyScript(new GraphQLClient(client)).SubmitAsync(id, racer);
        }).ToArray();
        gate.Release(20);
        var results = await Task.WhenAll(racing);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        Assert.Single(results, PublicSurveyScript.Accepted);
        Assert.All(results.Where(r => !PublicSurveyScript.Accepted(r)), r => Assert.Equal("DEVICE_ALREADY_VOTED", GraphQLClient.ErrorCode(r)));
        var turnout = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id });
        Assert.Equal(2, turnout.GetProperty("campaign").GetProperty("turnout")[0].GetProperty("returned").GetInt32());
    }

    [Fact]
    public async Task Forged_tokens_and_tokens_of_another_campaign_are_refused_and_nothing_is_stored()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        var (other, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        var genuine = Base64Url.DecodeFromChars(await Visitor.TokenAsync(id));
        genuine[^1] ^= 0x01;
        string[] refused =
        [
            Base64Url.EncodeToString(genuine),                   // a real token with one bit of its tag changed
            Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48)), // made up
            "not-a-token",
            await Visitor.TokenAsync(other),                     // genuine, but for another campaign
        ];

        foreach (var token in refused)
        {
            var result = await Visitor.SubmitAsync(id, token);
            Assert.Equal("INVALID_DEVICE_TOKEN", GraphQLClient.ErrorCode(result));
            Assert.Equal("deviceToken", PublicSurveyScript.ErrorField(result));
        }

        await using var connection = await OpenDatabaseAsync();
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM public_devices WHERE campaign_id = $id", id));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM ballots WHERE campaign_id = $id", id));
        Assert.Equal(0L, Scalar(connection, "SELECT casts FROM box_state WHERE campaign_id = $id", id));
    }

    [Fact]
    public async Task With_one_time_codes_the_page_needs_a_code_and_spends_it_and_the_device_still_votes_once()
    {
        var (id, codes) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode(oneTimeCodes: true), codes: 2);
        var survey = (await host.Anonymous.DataAsync(PublicSurveyScript.SurveyQuery, new { id })).GetProperty("publicSurvey");
        Assert.True(survey.GetProperty("needsCode").GetBoolean());
        var token = survey.GetProperty("deviceToken").GetString()!;

        var withoutCode = await Visitor.SubmitAsync(id, token);
        Assert.Equal("INVALID_CODE", GraphQLClient.ErrorCode(withoutCode));
        Assert.Equal("code", PublicSurveyScript.ErrorField(withoutCode));

        Assert.True(PublicSurveyScript.Accepted(await Visitor.SubmitAsync(id, token, codes[0])));
        Assert.Equal("CODE_ALREADY_USED", GraphQLClient.ErrorCode(await Visitor.SubmitAsync(id, await Visitor.TokenAsync(id), codes[0])));
        Assert.Equal("CODE_ALREADY_USED", GraphQLClient.ErrorCode(await Script.SubmitAsync(codes[0], PublicSurveyScript.Answers())));

        // The device that voted cannot vote again with a fresh code, and the refusal leaves that code unspent.
        Assert.Equal("DEVICE_ALREADY_VOTED", GraphQLClient.ErrorCode(await Visitor.SubmitAsync(id, token, codes[1])));
        var viaCode = await Script.SubmitAsync(codes[1], PublicSurveyScript.Answers());
        Assert.True(viaCode.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), viaCode.ToString());

        var turnout = (await host.Admin.DataAsync(
            "query($id: ID!) { campaign(id: $id) { turnout { issued returned viaPublicLink } } }", new { id })).GetProperty("campaign").GetProperty("turnout")[0];
        Assert.Equal((2, 2, 1), (turnout.GetProperty("issued").GetInt32(), turnout.GetProperty("returned").GetInt32(), turnout.GetProperty("viaPublicLink").GetInt32()));
    }

    [Fact]
    public async Task The_device_table_holds_only_a_hash_of_the_token_and_nothing_that_could_join_a_ballot()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        var token = await Visitor.TokenAsync(id);
        Assert.True(PublicSurveyScript.Accepted(await Visitor.SubmitAsync(id, token)));

        await using var connection = await OpenDatabaseAsync();
        var devices = BallotCastingTests.Columns(connection, "public_devices");
        Assert.Equal(["campaign_id", "device_key"], devices.Order());
        Assert.Equal(new[] { "campaign_id" }, devices.Intersect(BallotCastingTests.Columns(connection, "ballots")));
        Assert.Contains("WITHOUT ROWID", (string)Scalar(connection, "SELECT sql FROM sqlite_master WHERE name = 'public_devices'", id)!);

        // The stored key is SHA-256 of the token (which only the device holds), and equals no id or digest of the box.
        var key = SHA256.HashData(Base64Url.DecodeFromChars(token));
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM public_devices WHERE campaign_id = $id AND device_key = $key", id, key));
        Assert.Equal(0L, Scalar(connection,
            """
            SELECT COUNT(*) FROM public_devices d
            WHERE d.campaign_id = $id AND (d.device_key IN (SELECT ballot_id FROM ballots) OR d.device_key IN (SELECT digest FROM ballots)
                                         OR d.device_key IN (SELECT digest FROM receipts))
            """, id));
    }

    private async Task<SqliteConnection> OpenDatabaseAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "appraisal.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql, string campaignId, byte[]? key = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", campaignId);
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        return command.ExecuteScalar();
    }
}
