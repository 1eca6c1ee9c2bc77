using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Host.Api.Campaigns;

internal static partial class CampaignApi
{
    private static SchemaBuilder AddCampaignType(this SchemaBuilder builder, PluginCatalog catalog) =>
        builder
            .BindObject<Campaign>("Campaign")
            .BindEnum<CampaignStatus>("CampaignStatus")
            .AddResolver("Campaign", "appraisalType", context => catalog.AppraisalTypes.FirstOrDefault(t => t.Key == Of<Campaign>(context).TypeKey))
            .AddResolver("Campaign", "opensOn", context => Day(Of<Campaign>(context).OpensOn))
            .AddResolver("Campaign", "closesOn", context => Day(Of<Campaign>(context).ClosesOn))
            .AddResolver("Campaign", "createdOn", context => Day(Of<Campaign>(context).CreatedOn))
            .AddResolver("Campaign", "settings", context => Settings(Of<Campaign>(context).Settings))
            .AddResolver("Campaign", "subjects", context => ApiAccess.Service<CampaignStore>(context).SubjectsAsync(Of<Campaign>(context).Id, context.CancellationToken))
            .AddResolver("Campaign", "raterGroups", context => ApiAccess.Service<CampaignStore>(context).RaterGroupsAsync(Of<Campaign>(context).Id, context.CancellationToken))
            .AddResolver("Campaign", "draws", context => ApiAccess.Service<CampaignStore>(context).DrawsAsync(Of<Campaign>(context).Id, context.CancellationToken))
            .AddResolver("Campaign", "turnout", context => ApiAccess.Service<CampaignStore>(context).TurnoutAsync(Of<Campaign>(context).Id, context.CancellationToken))
            .AddResolver("Campaign", "report", async context =>
                (await ResultsAsync(context)).Report is { } report ? new ReportView(Of<Campaign>(context), report) : null)
            .AddResolver("Campaign", "committeeGrades", context =>
                ApiAccess.Service<CommitteeGradeService>(context).ReadAsync(Of<Campaign>(context).Id, context.CancellationToken))
            .BindObject<CommitteeGrades>("CommitteeGrades")
            .BindObject<CommitteeGrade>("CommitteeGrade")
            .AddResolver("Campaign", "chainHead", async context => (await ResultsAsync(context)).ChainHead)
            .AddResolver("Campaign", "boxDigest", async context => (await ResultsAsync(context)).BoxDigest)
            .BindObject<Subject>("Subject")
            .AddResolver("Subject", "attributes", context => Settings(Of<Subject>(context).Attributes))
            .BindObject<CampaignRaterGroup>("CampaignRaterGroup")
            .AddResolver("CampaignRaterGroup", "key", context => Of<CampaignRaterGroup>(context).Group.Key)
            .AddResolver("CampaignRaterGroup", "name", context => Of<CampaignRaterGroup>(context).Group.Name)
            .AddResolver("CampaignRaterGroup", "weight", context => Of<CampaignRaterGroup>(context).Group.Weight)
            .AddResolver("CampaignRaterGroup", "advisory", context => Of<CampaignRaterGroup>(context).Group.IsAdvisory)
            .AddResolver("CampaignRaterGroup", "weightsByUnitClass", context =>
                Of<CampaignRaterGroup>(context).Group.WeightsByUnitClass.OrderBy(w => w.Key, StringComparer.Ordinal).ToArray())
            .BindObject<KeyValuePair<string, decimal>>("UnitClassWeight")
            .AddResolver("UnitClassWeight", "unitClass", context => Of<KeyValuePair<string, decimal>>(context).Key)
            .AddResolver("UnitClassWeight", "weight", context => Of<KeyValuePair<string, decimal>>(context).Value)
            .BindObject<CampaignDraw>("Draw")
            .AddResolver("Draw", "strategy", context => Enum.Parse<IssueStrategy>(Of<CampaignDraw>(context).Strategy))
            .AddResolver("Draw", "parameters", context => Of<CampaignDraw>(context).ParametersJson)
            .BindEnum<IssueStrategy>("IssueStrategy")
            .BindObject<TurnoutRow>("Turnout")
            .AddResolver("Report", "ballotsCast", context => Of<ReportView>(context).Report.BallotsCast)
            .AddResolver("Report", "sheetsCounted", context => Of<ReportView>(context).Report.SheetsCounted)
            .AddResolver("Report", "minimumCellSize", context => Of<ReportView>(context).Report.MinimumCellSize)
            .AddResolver("Report", "error", context => Of<ReportView>(context).Report.Error)
            .AddResolver("Report", "tables", context => Of<ReportView>(context).Report.Tables)
            .BindObject<ReportTable>("ReportTable")
            .BindObject<ReportCell>("ReportCell");

    private static SchemaBuilder AddBallotTypes(this SchemaBuilder builder) =>
        builder
            .BindObject<BallotForm>("BallotForm")
            .AddResolver("BallotForm", "closesOn", context => Day(Of<BallotForm>(context).ClosesOn))
            .BindObject<IssuedBatch>("IssuedBatch")
            .BindObject<IssuedBallot>("IssuedCode")
            .AddResolver("IssuedCode", "code", context => Of<IssuedBallot>(context).Code.ToString())
            .AddResolver("IssuedCode", "path", context => PathOf(Of<IssuedBallot>(context).Code))
            .BindObject<CastOutcome>("SubmitBallotResult")
            .BindObject<BallotReceipt>("Receipt")
            .BindObject<BallotProblem>("BallotProblem")
            .BindObject<PublishedBox>("BallotBox")
            .BindObject<PublishedSheet>("BallotSheet")
            .BindObject<Answer>("BallotAnswer");

    private static T Of<T>(FieldContext context) => (T)context.Source!;

    /// <summary>Results of a campaign, read once per campaign object per request.</summary>
    private static Task<CampaignResults> ResultsAsync(FieldContext context)
    {
        var campaign = Of<Campaign>(context);
        var items = ApiAccess.Http(context).Items;
        var key = "appraisal.results." + campaign.Id;
        if (items.TryGetValue(key, out var cached) && cached is Task<CampaignResults> known)
        {
            return known;
        }

        var reading = ApiAccess.Service<CampaignStore>(context).ResultsAsync(campaign.Id, context.CancellationToken);
        items[key] = reading;
        return reading;
    }
}
