using System.Net;
using System.Text;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Imports;

namespace Appraisal.Host.Tests.Pages.Admin.Rosters;

/// <summary>
/// /admin/campaigns/{id}/subjects: a roster file is previewed row by row with its problems, nothing is saved until
/// the organiser confirms, and a confirmation adds every row or none, with the API's access rules and audit entry.
/// </summary>
public sealed class SubjectsPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task A_csv_with_chinese_names_is_previewed_with_its_problems_and_nothing_is_saved_until_a_clean_file_is_confirmed()
    {
        var (login, id) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/subjects");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var faulty = Csv("编号,姓名,党员类别,部门\r\nm001,张伟,正式党员,组织科\r\nm001,王芳,预备党员,宣传科\r\nm003,,正式党员,组织科\r\nm004,李娜,团员,\r\n");
        var preview = await RosterForms.SubmitAsync(client, page, "roster", v => v.Set("Step", "preview"), ("roster.csv", faulty));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.Status);
        var rows = preview.Document.QuerySelectorAll(".tb tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToArray();
        Assert.Equal(["2", "3", "4", "5"], rows.Select(r => r[0]));
        Assert.Equal(["张伟", "王芳", "", "李娜"], rows.Select(r => r[2]));
        Assert.Equal("", rows[0][6]);
        Assert.Contains("与第 2 行重复", rows[1][6], StringComparison.Ordinal);
        Assert.Contains("不能为空", rows[2][6], StringComparison.Ordinal);
        Assert.Contains("团员", rows[3][6], StringComparison.Ordinal);
        Assert.Equal(3, preview.Document.QuerySelectorAll(".sum li").Length);
        Assert.Empty(preview.Document.QuerySelectorAll("button[value=confirm]"));
        Assert.Empty(await RosterForms.SubjectsAsync(host, id));

        var clean = Csv("编号,姓名,党员类别,部门\r\nm001,张伟,正式党员,组织科\r\nm002,\"王芳\",预备党员,宣传科\r\n\r\nm003,<b>李娜</b>,,\r\n");
        preview = await RosterForms.SubmitAsync(client, page, "roster", v => v.Set("Step", "preview"), ("roster.csv", clean));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Null(preview.Document.QuerySelector(".tb b")); // a name is text, never markup
        Assert.Empty(await RosterForms.SubjectsAsync(host, id));

        var done = await RosterForms.SubmitAsync(client, preview, "roster", v => v.Set("Step", "confirm"));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal($"/admin/campaigns/{id}/subjects?added=3", AdminConsole.Target(done));
        Assert.Equal(
            ["m001|张伟||membership=full;office=组织科", "m002|王芳||membership=probationary;office=宣传科", "m003|<b>李娜</b>||"],
            await RosterForms.SubjectsAsync(host, id));
        Assert.Equal(["campaign.create", "campaign.subjects.add"], await RosterForms.AuditActionsAsync(host, id));
        var listed = await client.GetAsync(AdminConsole.Target(done)!);
        Assert.Equal(["张伟", "王芳", "<b>李娜</b>"], listed.Document.QuerySelectorAll("#subjects tbody tr td:nth-child(2)").Select(td => td.TextContent));
    }

    [Fact]
    public async Task A_confirmation_whose_file_has_a_problem_is_refused_whole()
    {
        var (login, id) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/subjects");
        var preview = await RosterForms.SubmitAsync(client, page, "roster", v => v.Set("Step", "preview"), ("a.csv", Csv("编号,姓名\nm001,张伟\n")));

        // The hidden file changed after the preview: one good row and one duplicate. Nothing of it may be added.
        var changed = Convert.ToBase64String(Csv("编号,姓名\nm001,张伟\nm001,王芳\n"));
        var refused = await RosterForms.SubmitAsync(client, preview, "roster", v => v.Set("Step", "confirm").Set("Upload", changed));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("重复", refused.Document.QuerySelector(".sum")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await RosterForms.SubjectsAsync(host, id));
    }

    [Fact]
    public async Task An_xlsx_roster_is_imported_from_its_first_sheet()
    {
        var (login, id) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var xlsx = Workbooks.Create([["id", "name", "unit class"], ["a01", "市财政局", "政府部门"], ["a02", "=市委组织部", "党群部门"]]);
        var page = await client.GetAsync($"/admin/campaigns/{id}/subjects");

        var preview = await RosterForms.SubmitAsync(client, page, "roster", v => v.Set("Step", "preview"), ("units.xlsx", xlsx));
        var done = await RosterForms.SubmitAsync(client, preview, "roster", v => v.Set("Step", "confirm"));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(["a01|市财政局|政府部门|", "a02|市委组织部|党群部门|"], await RosterForms.SubjectsAsync(host, id));
    }

    [Fact]
    public async Task Wrong_empty_and_oversized_files_are_refused_with_what_to_do()
    {
        var (login, id) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/subjects");

        foreach (var (name, bytes, expected) in new (string, byte[], string)[]
        {
            ("roster.pdf", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x01], "不是 CSV 或 XLSX"),
            ("", [], "请选择"),
            ("empty.csv", [], "空"),
            ("big.csv", Csv(new string('x', 2 * 1024 * 1024)), "2 MB"),
            ("quote.csv", Csv("编号,姓名\nm001,\"张伟\n"), "引号"),
        })
        {
            var answer = await RosterForms.SubmitAsync(client, page, "roster", v => v.Set("Step", "preview"), (name, bytes));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
            Assert.Contains(expected, answer.Document.QuerySelector(".sum")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Empty(await RosterForms.SubjectsAsync(host, id));
    }

    [Fact]
    public async Task Observers_get_403_and_other_organizers_404_and_nothing_changes()
    {
        var (login, id) = await DraftAsync();
        var observer = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        var other = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        using var owner = await AdminConsole.SignedInAsync(host, login);
        var ownerPage = await owner.GetAsync($"/admin/campaigns/{id}/subjects");
        var file = ("a.csv", Csv("编号,姓名\nm001,张伟\n"));

        using var olga = await AdminConsole.SignedInAsync(host, observer);
        var seen = await olga.GetAsync($"/admin/campaigns/{id}/subjects");
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Empty(seen.Document.QuerySelectorAll("input[type=file]"));
        var refused = await RosterForms.SubmitAsync(olga, seen, "roster", v => v.Set("Step", "preview"), file);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        var preview = await RosterForms.SubmitAsync(owner, ownerPage, "roster", v => v.Set("Step", "preview"), file);
        var upload = AdminConsole.Form(preview, "roster").QuerySelector("input[name=Upload]")!.GetAttribute("value")!;
        refused = await RosterForms.SubmitAsync(olga, seen, "roster", v => v.Set("Step", "confirm").Set("Upload", upload));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        using var bob = await AdminConsole.SignedInAsync(host, other);
        var hidden = await bob.GetAsync($"/admin/campaigns/{id}/subjects");
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        refused = await RosterForms.SubmitAsync(bob, hidden, "roster", v => v.Set("Step", "confirm").Set("Upload", upload));
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);

        Assert.Empty(await RosterForms.SubjectsAsync(host, id));
        Assert.Equal(["campaign.create"], await RosterForms.AuditActionsAsync(host, id));
    }

    private static byte[] Csv(string text) => [.. Bom, .. Encoding.UTF8.GetBytes(text)];

    private async Task<(string Login, string Id)> DraftAsync()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var script = new CampaignScript(await RosterForms.ApiAsync(host, login), host.Anonymous);
        return (login, await script.CreateAsync("democratic-review", "2026年度第一党支部民主评议党员"));
    }
}
