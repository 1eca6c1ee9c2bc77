using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.Host.Api.Campaigns;

internal static partial class CampaignApi
{
    private static SchemaBuilder AddMutations(this SchemaBuilder builder) =>
        builder
            .AddResolver("Mutation", "createCampaign", async context =>
            {
                var caller = await ApiAccess.ManagerAsync(context);
                var draft = ApiInputs.Draft(context.Argument<IReadOnlyDictionary<string, object?>>("input"));
                var campaign = await ApiErrors.Guard(() => Campaigns(context).CreateAsync(draft, caller.AccountId, context.CancellationToken));
                await ApiAudit.RecordAsync(context, caller, "campaign.create", campaign.Id, new { campaign.TypeKey, campaign.Title });
                return campaign;
            })
            .AddResolver("Mutation", "setQuestionnaire", context => ManageAsync(context, "campaignId", "campaign.questionnaire", (service, id) =>
                service.SetQuestionnaireAsync(id, ApiInputs.Questionnaire(context.Argument<IReadOnlyDictionary<string, object?>>("questionnaire")), context.CancellationToken)))
            .AddResolver("Mutation", "addSubjects", context => ManageAsync(context, "campaignId", "campaign.subjects.add", (service, id) =>
                service.AddSubjectsAsync(id, ApiInputs.Subjects(context.Argument<object?[]>("subjects")), context.CancellationToken)))
            .AddResolver("Mutation", "addRaterGroups", context => ManageAsync(context, "campaignId", "campaign.raterGroups.add", (service, id) =>
                service.AddRaterGroupsAsync(id, ApiInputs.Groups(context.Argument<object?[]>("groups")), context.CancellationToken)))
            .AddResolver("Mutation", "issueBallots", async context =>
            {
                var (caller, campaign) = await ApiAccess.ManageableAsync(context, Id(context, "campaignId"));
                var request = ApiInputs.Issue(context.Argument<IReadOnlyDictionary<string, object?>>("input"));
                var batch = await ApiErrors.Guard(() => Campaigns(context).IssueBallotsAsync(campaign.Id, request, context.CancellationToken));
                await ApiAudit.RecordAsync(context, caller, "campaign.codes.issue", campaign.Id,
                    new { request.GroupKey, Strategy = request.Strategy.ToString(), batch.DrawNo, Codes = batch.Ballots.Count, batch.Commitment });
                return batch;
            })
            .AddResolver("Mutation", "voidBallotCodes", async context =>
            {
                var (caller, campaign) = await ApiAccess.ManageableAsync(context, Id(context, "campaignId"));
                var codes = context.Argument<object?[]>("codes").Select(c => (string)c!).ToArray();
                var voided = await ApiErrors.Guard(() => Campaigns(context).VoidCodesAsync(campaign.Id, codes, context.CancellationToken));
                await ApiAudit.RecordAsync(context, caller, "campaign.codes.void", campaign.Id, new { Requested = codes.Length, Voided = voided });
                return voided;
            })
            .AddResolver("Mutation", "openCampaign", context => ManageAsync(context, "id", "campaign.open", (service, id) =>
                service.OpenAsync(id, context.Argument("testMode", false), context.CancellationToken)))
            .AddResolver("Mutation", "closeCampaign", context => ManageAsync(context, "id", "campaign.close", (service, id) =>
                service.CloseAsync(id, context.CancellationToken)))
            .AddResolver("Mutation", "retallyCampaign", context => ManageAsync(context, "id", "campaign.retally", async (service, id) =>
            {
                await service.RetallyAsync(id, context.CancellationToken);
                return (await ApiAccess.Service<CampaignStore>(context).FindAsync(id, context.CancellationToken))!;
            }))
            .AddResolver("Mutation", "publishResults", context => ManageAsync(context, "id", "campaign.publish", (service, id) =>
                service.PublishAsync(id, context.CancellationToken)))
            .AddResolver("Mutation", "resetTestCampaign", context => ManageAsync(context, "id", "campaign.reset-test", (service, id) =>
                service.ResetTestAsync(id, context.CancellationToken)))
            .AddResolver("Mutation", "recordCommitteeGrades", async context =>
            {
                var (caller, campaign) = await ApiAccess.ManageableAsync(context, Id(context, "campaignId"));
                var grades = context.Argument<object?[]>("grades").OfType<IReadOnlyDictionary<string, object?>>()
                    .Select(g => new CommitteeGrade((string)g["subjectId"]!, (string)g["grade"]!, g.GetValueOrDefault("note") as string))
                    .ToArray();
                var result = await ApiErrors.Guard(() => ApiAccess.Service<CommitteeGradeService>(context).RecordAsync(campaign.Id, grades, context.CancellationToken));
                await ApiAudit.RecordAsync(context, caller, "campaign.committee-grades", campaign.Id, new { Grades = grades.Length, result.CapCount, result.Cap });
                return result;
            })
            .AddResolver("Mutation", "submitBallot", context => PublicAsync(context, () =>
                ApiAccess.Service<BallotBox>(context).CastAsync(
                    context.Argument<string>("code"), ApiInputs.Answers(context.Argument<object?[]>("answers")), context.CancellationToken)));

    private static CampaignService Campaigns(FieldContext context) => ApiAccess.Service<CampaignService>(context);

    /// <summary>A change to one campaign by its manager, recorded in the audit log once it succeeded.</summary>
    private static async Task<Campaign> ManageAsync(
        FieldContext context, string argument, string action, Func<CampaignService, string, Task<Campaign>> change)
    {
        var (caller, campaign) = await ApiAccess.ManageableAsync(context, Id(context, argument));
        var changed = await ApiErrors.Guard(() => change(Campaigns(context), campaign.Id));
        await ApiAudit.RecordAsync(context, caller, action, campaign.Id, new { Status = changed.Status.ToString() });
        return changed;
    }
}
