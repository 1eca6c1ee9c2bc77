using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Pages;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// The campaigns the ballot-form fuzz votes in, one of each bundled type, opened through GraphQL as an organiser
/// would: 民主评议党员 over the thirty-member branch of the page tests, 人民满意机关 over three agencies, and
/// 满意度测评 from its default template (a reason asked after 不满意).
/// </summary>
internal static class FormFuzzCampaigns
{
    public static async Task<IReadOnlyList<FuzzCampaign>> OpenAsync(CampaignScript script, GraphQLClient voter, int codes)
    {
        var review = await PageCampaigns.OpenBranchAsync(script, PageCampaigns.Branch, codes);
        var agency = await AgencyCampaign.OpenAsync(script, codes);
        var survey = await PageCampaigns.OpenSurveyAsync(script, codes);
        return
        [
            new FuzzCampaign("民主评议党员", review.Id, await BallotShape.LoadAsync(voter, review.Codes[0]), review.Codes),
            new FuzzCampaign("人民满意机关", agency.Id, await BallotShape.LoadAsync(voter, agency.Codes[0]), agency.Codes),
            new FuzzCampaign("满意度测评", survey.Id, await BallotShape.LoadAsync(voter, survey.Codes[0]), survey.Codes),
        ];
    }
}
