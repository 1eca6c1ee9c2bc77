using System.Net.Http.Headers;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin.Rosters;

/// <summary>What the roster and codes tests do: post a console form with a file as a browser does, and read a campaign back through the API.</summary>
internal static class RosterForms
{
    /// <summary>
    /// Submits the named form as multipart/form-data: its fields as they stand, changed by <paramref name="fill"/>,
    /// and <paramref name="file"/> (when given) in the file field <paramref name="fileField"/>.
    /// </summary>
    public static Task<PageResponse> SubmitAsync(
        PageClient client, PageResponse page, string form, Action<FormValues>? fill = null, (string Name, byte[] Bytes)? file = null, string fileField = "File")
    {
        var element = AdminConsole.Form(page, form);
        var values = FormValues.Of(element);
        fill?.Invoke(values);
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in values)
        {
            content.Add(new StringContent(value), key);
        }

        // What a browser sends for a file field: the chosen file, or an empty part with an empty file name when none was chosen.
        var part = new ByteArrayContent(file?.Bytes ?? []);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{fileField}\"", FileName = $"\"{file?.Name ?? ""}\"" };
        content.Add(part);
        return client.PostAsync(element.GetAttribute("action")!, content);
    }

    /// <summary>The campaign's subjects through the API: id, name, unit class and attributes as key=value.</summary>
    public static async Task<string[]> SubjectsAsync(CampaignHost host, string id)
    {
        var data = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { subjects { id name unitClass attributes { key value } } } }", new { id });
        return [.. data.GetProperty("campaign").GetProperty("subjects").EnumerateArray().Select(Describe)];
    }

    /// <summary>The actions of the campaign's audit log, oldest first.</summary>
    public static async Task<string[]> AuditActionsAsync(CampaignHost host, string id)
    {
        var data = await host.Admin.DataAsync("query($id: ID!) { auditLog(campaignId: $id) { seq action } }", new { id });
        return [.. data.GetProperty("auditLog").EnumerateArray().OrderBy(r => r.GetProperty("seq").GetInt32()).Select(r => r.GetProperty("action").GetString()!)];
    }

    /// <summary>A GraphQL client with the session of <paramref name="login"/>.</summary>
    public static async Task<GraphQLClient> ApiAsync(CampaignHost host, string login)
    {
        var data = await host.Anonymous.DataAsync(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }", new { l = login, p = AdminConsole.Password });
        return new GraphQLClient(host.Host.Client, data.GetProperty("login").GetProperty("token").GetString());
    }

    private static string Describe(JsonElement s) =>
        $"{s.GetProperty("id").GetString()}|{s.GetProperty("name").GetString()}|{(s.GetProperty("unitClass").ValueKind == JsonValueKind.Null ? "" : s.GetProperty("unitClass").GetString())}|"
        + string.Join(";", s.GetProperty("attributes").EnumerateArray().Select(a => $"{a.GetProperty("key").GetString()}={a.GetProperty("value").GetString()}").Order(StringComparer.Ordinal));
}
