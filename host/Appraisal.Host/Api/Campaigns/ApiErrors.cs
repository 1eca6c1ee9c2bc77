using Appraisal.Core.Campaigns;
using Appraisal.GraphQL.Execution;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>Domain refusals as GraphQL errors: the Chinese message, with <c>code</c>, <c>field</c> and <c>messageEn</c> in extensions.</summary>
internal static class ApiErrors
{
    public static GraphQLFieldException From(CampaignProblem problem) =>
        Error(problem.Code, problem.Text.ZhCn, problem.Text.En, problem.Field);

    public static GraphQLFieldException Error(string code, string zhCn, string en, string? field = null)
    {
        var extensions = new Dictionary<string, object?> { ["messageEn"] = en };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return new GraphQLFieldException(zhCn, code, extensions);
    }

    /// <summary>Runs a domain call, turning its <see cref="CampaignProblem"/> into a client error.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (CampaignProblem problem)
        {
            throw From(problem);
        }
    }
}
