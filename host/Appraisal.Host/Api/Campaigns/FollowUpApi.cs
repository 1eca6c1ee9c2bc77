using System.Globalization;
using Appraisal.Core.Campaigns;
using Appraisal.Core.FollowUps;
using Appraisal.Core.Security;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>Binds <c>Api/followups.graphql</c>: 差评 follow-up on campaigns and the site's working-day calendar.</summary>
internal static class FollowUpApi
{
    private static readonly Lazy<string> EmbeddedSdl = EmbeddedSchemaFile.Text("followups.graphql");

    public static SchemaBuilder AddFollowUps(this SchemaBuilder builder) =>
        builder
            .AddSdl(EmbeddedSdl.Value)
            .AddResolver("Campaign", "followUps", ListAsync)
            .AddResolver("Mutation", "moveFollowUp", MoveAsync)
            .AddResolver("Query", "workingCalendar", async context =>
            {
                if (!(await ApiAccess.CallerAsync(context)).IsAuthenticated)
                {
                    throw ApiAccess.Unauthenticated();
                }

                return await ApiAccess.Service<WorkingCalendarStore>(context).ReadAsync(context.CancellationToken);
            })
            .AddResolver("Mutation", "setWorkingCalendar", SetCalendarAsync)
            .BindObject<FollowUp>("FollowUp")
            .BindEnum<FollowUpStatus>("FollowUpStatus")
            .AddResolver("FollowUp", "statusLabel", context => FollowUpStatusText.ZhCn(Of<FollowUp>(context).Status))
            .AddResolver("FollowUp", "listedOn", context => Day(Of<FollowUp>(context).ListedOn))
            .AddResolver("FollowUp", "dueOn", context => Day(Of<FollowUp>(context).DueOn))
            .AddResolver("FollowUp", "updatedOn", context => Day(Of<FollowUp>(context).UpdatedOn))
            .AddResolver("FollowUp", "withdrawnOn", context => Of<FollowUp>(context).WithdrawnOn is { } day ? Day(day) : null)
            .BindObject<FollowUpMove>("FollowUpMove")
            .AddResolver("FollowUpMove", "on", context => Day(Of<FollowUpMove>(context).On))
            .BindObject<WorkingCalendar>("WorkingCalendar")
            .AddResolver("WorkingCalendar", "holidays", context => Of<WorkingCalendar>(context).Holidays.Select(Day).ToArray())
            .AddResolver("WorkingCalendar", "workdays", context => Of<WorkingCalendar>(context).Workdays.Select(Day).ToArray());

    /// <summary>Staff who may read the campaign see its follow-ups; a published campaign's public readers do not.</summary>
    private static async Task<object?> ListAsync(FieldContext context)
    {
        var campaign = Of<Campaign>(context);
        var caller = await ApiAccess.CallerAsync(context);
        if (!caller.CanRead(campaign.OwnerAccountId))
        {
            throw caller.IsAuthenticated ? ApiAccess.Forbidden() : ApiAccess.Unauthenticated();
        }

        return await ApiErrors.Guard(() => ApiAccess.Service<FollowUpService>(context).ListAsync(campaign.Id, context.CancellationToken));
    }

    private static async Task<object?> MoveAsync(FieldContext context)
    {
        var (caller, campaign) = await ApiAccess.ManageableAsync(context, context.Argument<string>("campaignId"));
        var key = context.Argument<string>("key");
        var to = context.Argument<FollowUpStatus>("to");
        var moved = await ApiErrors.Guard(() => ApiAccess.Service<FollowUpService>(context).MoveAsync(
            campaign.Id, key, to, context.Argument<string?>("note"), AuditEntry.ActorOf(caller), context.CancellationToken));
        await ApiAudit.RecordAsync(context, caller, "campaign.follow-up.move", campaign.Id,
            new { Key = key, From = FollowUpStatusText.Stored(moved.History[^1].From), To = FollowUpStatusText.Stored(to) });
        return moved;
    }

    private static async Task<object?> SetCalendarAsync(FieldContext context)
    {
        var caller = await ApiAccess.CallerAsync(context);
        if (caller.Role != Role.Admin)
        {
            throw caller.IsAuthenticated ? ApiAccess.Forbidden() : ApiAccess.Unauthenticated();
        }

        var holidays = Texts(context, "holidays");
        var workdays = Texts(context, "workdays");
        var calendar = await ApiErrors.Guard(() =>
            ApiAccess.Service<WorkingCalendarStore>(context).SaveAsync(holidays, workdays, context.CancellationToken));
        await ApiAudit.RecordAsync(context, caller, "site.calendar", null, new { Holidays = calendar.Holidays.Count, Workdays = calendar.Workdays.Count });
        return calendar;
    }

    private static string[] Texts(FieldContext context, string name) => [.. context.Argument<object?[]>(name).Select(t => (string)t!)];

    private static T Of<T>(FieldContext context) => (T)context.Source!;

    private static string Day(DateOnly day) => day.ToString(WorkingCalendar.DayFormat, CultureInfo.InvariantCulture);
}
