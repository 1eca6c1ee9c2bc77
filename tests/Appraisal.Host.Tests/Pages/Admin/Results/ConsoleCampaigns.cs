using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin.Results;

/// <summary>Campaigns an organizer runs through the API and then reads in the console.</summary>
internal static class ConsoleCampaigns
{
    public const string DemocraticReview = "democratic-review";

    public static readonly string[] Grades = ["excellent", "qualified", "basically-qualified", "unqualified"];

    /// <summary>The API as <paramref name="login"/> (a session token from the login mutation).</summary>
    public static async Task<GraphQLClient> ApiAsync(CampaignHost host, string login)
    {
        var data = await host.Anonymous.DataAsync(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }", new { l = login, p = AdminConsole.Password });
        return new GraphQLClient(host.Host.Client, data.GetProperty("login").GetProperty("token").GetString());
    }

    /// <summary>
    /// An open 民主评议党员 campaign: <paramref name="members"/> (id, name, probationary) and one slip per ballot for 党员.
    /// </summary>
    public static async Task<(string Id, IReadOnlyList<string> Codes)> OpenBranchAsync(
        CampaignScript script, string title, IReadOnlyList<(string Id, string Name, bool Probationary)> members, int codes,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var id = await script.CreateAsync(DemocraticReview, title, settings);
        await script.AddSubjectsAsync(id, members.Select(m => (object)new
        {
            id = m.Id, name = m.Name, attributes = new[] { new { key = "membership", value = m.Probationary ? "probationary" : "full" } },
        }));
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        var issued = await script.IssueAsync(id, new { groupKey = "members", strategy = "SLIPS", count = codes });
        await script.TransitionAsync("openCampaign", id);
        return (id, [.. issued.Select(i => i.Code)]);
    }

    /// <summary>Casts one ballot grading each full member as <paramref name="gradeOf"/> says; checks it is accepted.</summary>
    public static async Task CastGradesAsync(CampaignScript script, string code, IEnumerable<(string Id, string Name, bool Probationary)> members, Func<string, string> gradeOf)
    {
        var answers = members.Where(m => !m.Probationary)
            .Select(m => (object)new { itemKey = "grade", subjectId = m.Id, optionKeys = new[] { gradeOf(m.Id) } })
            .Append(new { itemKey = "committee-overall", optionKeys = new[] { "satisfied" } });
        var cast = await script.SubmitAsync(code, answers);
        Assert.True(cast.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), cast.ToString());
    }
}
