using System.Text;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Makes the fuzzed requests of the ballot forms, input <c>i</c> of seed <c>s</c> from <c>(s, i)</c> and the state
/// of the code pools: <c>submitBallot</c> with valid and broken answers, the ballot page posted at every step with
/// valid and broken fields, the code entry page, codes that are spent or malformed, posts without antiforgery,
/// with the wrong content type, invalid UTF-8 or bodies past the server's limits. A case that may cast takes a
/// fresh code for itself.
/// </summary>
internal sealed class FormCaseGenerator(IReadOnlyList<FuzzCampaign> campaigns, Antiforgery antiforgery)
{
    private static readonly string[] OddCodes =
        ["", "x", "AAAA-BBBB-CCCC", "%FF%FE", "..%2F..%2Fetc", "%00", "%E4%B8", "%ED%A0%80", "a%20b", "%3Cscript%3E", "0000000000000000000000000000"];

    private static readonly string[] ContentTypes =
    [
        "application/json", "text/plain", "multipart/form-data", "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=nonsense", "application/octet-stream", "",
    ];

    public FormCase Create(Random random)
    {
        var campaign = campaigns[random.Next(campaigns.Count)];
        var roll = random.Next(1000);
        return roll switch
        {
            < 40 => Submit(campaign, random, "submit-valid", valid: true),
            < 320 => Submit(campaign, random, "submit-fuzz", valid: false),
            < 360 => SubmitWithOddCode(campaign, random),
            < 560 => Page(campaign, random, "page-review", campaign.PeekFresh(), "review", valid: false),
            < 600 => PageTaking(campaign, random, "page-confirm-valid", valid: true),
            < 700 => PageTaking(campaign, random, "page-confirm-fuzz", valid: false),
            < 750 => Page(campaign, random, "page-odd-code", OddCode(campaign, random), random.Next(2) == 0 ? "confirm" : "review", valid: random.Next(2) == 0),
            < 790 => new FormCase("page-get", HttpMethod.Get, "b/" + OddCode(campaign, random), null, null, WithCookie: random.Next(2) == 0, null, null),
            < 850 => Entry(campaign, random),
            < 890 => WithoutAntiforgery(campaign, random),
            < 940 => OddContent(campaign, random),
            < 999 => InvalidUtf8(campaign, random),
            _ => Oversized(campaign, random),
        };
    }

    private FormCase Submit(FuzzCampaign campaign, Random random, string kind, bool valid)
    {
        var code = campaign.TakeFresh();
        var answers = ValidBallot.Create(campaign.Shape, random);
        var json = valid ? new System.Text.Json.Nodes.JsonArray([.. answers.Select(a => (System.Text.Json.Nodes.JsonNode)a.ToJson(campaign.Shape))]) : AnswerMutator.Mutate(answers, campaign.Shape, random);
        var body = SubmitBody.Create(code ?? OddCode(campaign, random), json, random, intact: valid || random.Next(3) != 0);
        return new FormCase(kind, HttpMethod.Post, "graphql", body, "application/json", WithCookie: false, campaign, code);
    }

    private FormCase SubmitWithOddCode(FuzzCampaign campaign, Random random)
    {
        var answers = ValidBallot.Create(campaign.Shape, random);
        var json = new System.Text.Json.Nodes.JsonArray([.. answers.Select(a => (System.Text.Json.Nodes.JsonNode)a.ToJson(campaign.Shape))]);
        var code = random.Next(3) == 0 ? NastyValues.Pick(random) : OddCode(campaign, random);
        return new FormCase("submit-odd-code", HttpMethod.Post, "graphql", SubmitBody.Create(code, json, random, intact: true), "application/json", WithCookie: false, campaign, null);
    }

    private FormCase PageTaking(FuzzCampaign campaign, Random random, string kind, bool valid)
    {
        var code = campaign.TakeFresh();
        var step = valid || random.Next(4) != 0 ? "confirm" : NastyValues.Pick(random);
        var page = Page(campaign, random, kind, code ?? OddCode(campaign, random), step, valid);
        return page with { Code = code };
    }

    private FormCase Page(FuzzCampaign campaign, Random random, string kind, string? code, string step, bool valid)
    {
        var answers = ValidBallot.Create(campaign.Shape, random);
        var fields = valid ? answers.SelectMany(a => a.Fields).ToList() : FieldMutator.Mutate(answers, campaign.Shape, random);
        fields.Add(new("_handler", "ballot"));
        fields.Add(new("__RequestVerificationToken", antiforgery.Token));
        fields.Add(new("Step", step));
        if (!valid && random.Next(3) == 0)
        {
            Shuffle(fields, random);
        }

        return new FormCase(kind, HttpMethod.Post, "b/" + (code ?? OddCode(campaign, random)), FormBody.Encode(fields), "application/x-www-form-urlencoded", WithCookie: true, campaign, null);
    }

    private FormCase Entry(FuzzCampaign campaign, Random random)
    {
        var typed = random.Next(4) switch
        {
            0 => campaign.PeekFresh() ?? "",
            1 => campaign.AnySpent(random) ?? "",
            2 => (campaign.PeekFresh() ?? "").ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal),
            _ => NastyValues.Pick(random),
        };
        List<KeyValuePair<string, string>> fields = [new("_handler", "code"), new("__RequestVerificationToken", antiforgery.Token), new("Code", typed)];
        if (random.Next(4) == 0)
        {
            fields.Add(new(random.Next(2) == 0 ? "Code" : NastyValues.Pick(random), NastyValues.Pick(random)));
        }

        return new FormCase("entry", HttpMethod.Post, "b", FormBody.Encode(fields), "application/x-www-form-urlencoded", WithCookie: true, campaign, null);
    }

    private FormCase WithoutAntiforgery(FuzzCampaign campaign, Random random)
    {
        var answers = ValidBallot.Create(campaign.Shape, random);
        var fields = answers.SelectMany(a => a.Fields).ToList();
        var dropToken = random.Next(2) == 0;
        fields.Add(new("_handler", random.Next(5) == 0 ? NastyValues.Pick(random) : "ballot"));
        fields.Add(new("__RequestVerificationToken", dropToken ? NastyValues.Pick(random) : antiforgery.Token));
        fields.Add(new("Step", "confirm"));
        var path = random.Next(5) == 0 ? "b" : "b/" + (campaign.PeekFresh() ?? OddCode(campaign, random));
        return new FormCase("no-antiforgery", HttpMethod.Post, path, FormBody.Encode(fields), "application/x-www-form-urlencoded", WithCookie: dropToken && random.Next(2) == 0, campaign, null);
    }

    private FormCase OddContent(FuzzCampaign campaign, Random random)
    {
        var contentType = ContentTypes[random.Next(ContentTypes.Length)];
        var body = random.Next(3) switch
        {
            0 => Encoding.UTF8.GetBytes("{\"Step\":\"confirm\",\"q0\":\"0\",\"_handler\":\"ballot\"}"),
            1 => Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"Step\"\r\n\r\nconfirm\r\n--x--\r\n" + NastyValues.Pick(random)),
            _ => FormBody.Encode([new("_handler", "ballot"), new("__RequestVerificationToken", antiforgery.Token), new("Step", "review")]),
        };
        var method = random.Next(8) == 0 ? new HttpMethod(random.Next(2) == 0 ? "PUT" : "PATCH") : HttpMethod.Post;
        var path = random.Next(4) == 0 ? "b" : "b/" + (campaign.PeekFresh() ?? OddCode(campaign, random));
        return new FormCase("content-type", method, path, body, contentType.Length == 0 ? null : contentType, WithCookie: true, campaign, null);
    }

    private FormCase InvalidUtf8(FuzzCampaign campaign, Random random)
    {
        var page = Page(campaign, random, "invalid-utf8", campaign.PeekFresh(), random.Next(2) == 0 ? "review" : "edit", valid: random.Next(2) == 0);
        return page with { Body = FormBody.Corrupt(page.Body!, random) };
    }

    private FormCase Oversized(FuzzCampaign campaign, Random random)
    {
        // Around and past the form reader's limits (4 MB a value) and Kestrel's 30 MB a request.
        var size = random.Next(3) switch { 0 => random.Next(4_000_000, 4_300_000), 1 => random.Next(1_000_000, 8_000_000), _ => random.Next(29_000_000, 33_000_000) };
        var body = new byte[size];
        var prefix = FormBody.Encode([new("_handler", "ballot"), new("__RequestVerificationToken", antiforgery.Token), new("Step", "review"), new("q0", "")]);
        Array.Fill(body, (byte)'1');
        prefix.CopyTo(body, 0);
        var path = random.Next(4) == 0 ? "graphql" : "b/" + (campaign.PeekFresh() ?? "x");
        return new FormCase("oversized", HttpMethod.Post, path, body, "application/x-www-form-urlencoded", WithCookie: true, campaign, null);
    }

    private static string OddCode(FuzzCampaign campaign, Random random) => random.Next(3) switch
    {
        0 => campaign.AnySpent(random) ?? OddCodes[0],
        1 => FormBody.Escape(NastyValues.RandomChars(random, random.Next(1, 30))),
        _ => OddCodes[random.Next(OddCodes.Length)],
    };

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
