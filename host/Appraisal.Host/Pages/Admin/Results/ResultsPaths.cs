using Appraisal.Host.Pages.Admin.Shell;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>The addresses of a campaign's results, printable report, downloads and 组织评定 in the console.</summary>
public static class ResultsPaths
{
    /// <summary>The export files, as <c>/exports/{id}/…</c> names them; the console serves the same names.</summary>
    public static IReadOnlyList<string> Files { get; } = ["ballots.csv", "ballots.xlsx", "receipts.csv", "report.xlsx", "report.csv"];

    public static string Results(string campaignId) => AdminPaths.Campaign(campaignId) + "/results";

    public static string Report(string campaignId) => AdminPaths.Campaign(campaignId) + "/report";

    public static string Committee(string campaignId) => AdminPaths.Campaign(campaignId) + "/committee";

    public static string Download(string campaignId, string file) => AdminPaths.Campaign(campaignId) + "/downloads/" + file;
}
