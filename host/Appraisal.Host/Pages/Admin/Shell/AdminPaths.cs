namespace Appraisal.Host.Pages.Admin.Shell;

/// <summary>The addresses of the organiser console, and the one rule for where a login may lead back to.</summary>
public static class AdminPaths
{
    /// <summary>The campaigns list; also the path the session cookie is scoped to.</summary>
    public const string Home = "/admin";

    public const string Login = "/admin/login";

    public const string Logout = "/admin/logout";

    /// <summary>The query parameter of the login page that names the page to go back to.</summary>
    public const string ReturnKey = "return";

    /// <summary>The create wizard; <c>?type=</c> chooses the appraisal type.</summary>
    public const string NewCampaign = "/admin/campaigns/new";

    /// <summary>A campaign's page.</summary>
    public static string Campaign(string campaignId) => $"{Home}/campaigns/{Uri.EscapeDataString(campaignId)}";

    /// <summary>The page that changes one rater group of a draft.</summary>
    public static string Group(string campaignId, string groupKey) => $"{Campaign(campaignId)}/groups/{Uri.EscapeDataString(groupKey)}";

    /// <summary>A campaign's live turnout.</summary>
    public static string Turnout(string campaignId) => Campaign(campaignId) + "/turnout";

    /// <summary>The confirmation step of a change of status (<c>open</c>, <c>close</c>, …).</summary>
    public static string Transition(string campaignId, string transition) => $"{Campaign(campaignId)}/transition/{transition}";

    /// <summary>The login page, leading back to the page <paramref name="request"/> asked for.</summary>
    public static string LoginFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{Login}?{ReturnKey}={Uri.EscapeDataString(request.Path + request.QueryString)}";
    }

    /// <summary>
    /// Where to go after login: <paramref name="path"/> when it is a console page of this host, else the campaigns
    /// list. Anything else (another host, <c>//evil.example</c>, a backslash some browsers read as a slash) would make
    /// the login page an open redirect that a phishing link could borrow.
    /// </summary>
    public static string SafeReturn(string? path) =>
        path is not null
        && (path == Home || path.StartsWith(Home + "/", StringComparison.Ordinal) || path.StartsWith(Home + "?", StringComparison.Ordinal))
        && !path.Contains("//", StringComparison.Ordinal)
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Any(char.IsControl)
            ? path
            : Home;
}
