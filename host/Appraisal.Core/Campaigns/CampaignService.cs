using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Appraisal.PluginApi.Questionnaires;
using Dapper;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// The campaign rules (DESIGN §2–§4): create, fill in, issue codes, open, close, publish. Every change runs in
/// one write, reads the campaign inside that write, checks the rule there and bumps the revision, so two
/// concurrent requests cannot both pass a check that only one of them may pass. A refused request throws
/// <see cref="CampaignProblem"/> and changes nothing. Who may call what is the caller's concern (the API).
/// </summary>
public sealed partial class CampaignService(IAppraisalDatabase database, PluginCatalog catalog, TallyService tally, TimeProvider clock)
{
    /// <summary>The most subjects or codes one request may add.</summary>
    public const int MaxBatch = 100_000;

    /// <summary>The host's local date: windows and <c>created_on</c> are in days, never finer.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Creates a draft campaign from an active appraisal type and one of its templates (or a given questionnaire).</summary>
    public async Task<Campaign> CreateAsync(CampaignDraft draft, string? ownerAccountId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var type = catalog.AppraisalTypes.FirstOrDefault(t => t.Key == draft.TypeKey)
            ?? throw CampaignProblem.Invalid("typeKey", $"没有可用的测评类型 {draft.TypeKey}。", $"No active appraisal type {draft.TypeKey}.");
        if (!InputRules.IsText(draft.Title?.Trim(), 200))
        {
            throw CampaignProblem.Invalid("title", "标题须为 1 至 200 个字符。", "The title must be 1 to 200 characters.");
        }

        if (draft.Period is not null && !InputRules.IsText(draft.Period.Trim(), 100))
        {
            throw CampaignProblem.Invalid("period", "期间最多 100 个字符。", "The period is at most 100 characters.");
        }

        if (draft.OpensOn is { } opens && draft.ClosesOn is { } closes && closes < opens)
        {
            throw CampaignProblem.Invalid("closesOn", "结束日期不能早于开始日期。", "The closing day cannot be before the opening day.");
        }

        if (draft.MinimumCellSize is < 1 or > 100)
        {
            throw CampaignProblem.Invalid("minimumCellSize", "最小单元格须在 1 至 100 之间。", "The minimum cell size is 1 to 100.");
        }

        var questionnaire = draft.Questionnaire ?? TemplateOf(type, draft.TemplateKey);
        if (QuestionnaireCheck.FindProblem(questionnaire) is { } problem)
        {
            throw problem;
        }

        CheckSettings(draft.Settings);
        var campaign = new Campaign(
            NewId(), type.Key, draft.Title.Trim(), draft.Period?.Trim(), draft.OpensOn, draft.ClosesOn, CampaignStatus.Draft,
            TestMode: false, draft.MinimumCellSize ?? Campaign.DefaultMinimumCellSize, ownerAccountId, questionnaire,
            draft.Settings ?? new Dictionary<string, string>(), Today, Revision: 1);

        await database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO campaigns ({CampaignRow.Columns})
                VALUES (@Id, @TypeKey, @Title, @Period, @OpensOn, @ClosesOn, 'draft', 0, @MinimumCellSize, @OwnerAccountId,
                        @Questionnaire, @Settings, @CreatedOn, 1)
                """,
                new
                {
                    campaign.Id, campaign.TypeKey, campaign.Title, campaign.Period,
                    OpensOn = CampaignRow.DateText(campaign.OpensOn), ClosesOn = CampaignRow.DateText(campaign.ClosesOn),
                    campaign.MinimumCellSize, campaign.OwnerAccountId,
                    Questionnaire = CampaignJson.Write(campaign.Questionnaire), Settings = CampaignJson.Write(campaign.Settings),
                    CreatedOn = CampaignRow.DateText(campaign.CreatedOn),
                },
                transaction, cancellationToken: token)),
            cancellationToken);
        return campaign;
    }

    /// <summary>Replaces the questionnaire of a draft (never once a ballot can have been cast).</summary>
    public Task<Campaign> SetQuestionnaireAsync(string campaignId, Questionnaire questionnaire, CancellationToken cancellationToken = default)
    {
        if (QuestionnaireCheck.FindProblem(questionnaire) is { } problem)
        {
            throw problem;
        }

        return ChangeAsync(campaignId, "修改问卷", "edit the questionnaire", [CampaignStatus.Draft], async (connection, transaction, campaign, token) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE campaigns SET questionnaire = @json WHERE id = @id",
                new { json = CampaignJson.Write(questionnaire), id = campaign.Id }, transaction, cancellationToken: token));
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="change"/> in one write after checking the campaign is in one of <paramref name="allowed"/>,
    /// bumps its revision and returns it as stored afterwards.
    /// </summary>
    private Task<Campaign> ChangeAsync(
        string campaignId, string zhAction, string enAction, CampaignStatus[] allowed,
        Func<DbConnection, DbTransaction, Campaign, CancellationToken, Task> change, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var campaign = await CampaignStore.GetForChangeAsync(connection, transaction, campaignId, token);
                if (!allowed.Contains(campaign.Status))
                {
                    throw CampaignProblem.WrongStatus(campaign.Status, zhAction, enAction, allowed);
                }

                await change(connection, transaction, campaign, token);
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE campaigns SET revision = revision + 1 WHERE id = @campaignId", new { campaignId }, transaction, cancellationToken: token));
                return await CampaignStore.GetAsync(connection, transaction, campaignId, token);
            },
            cancellationToken);

    private static Questionnaire TemplateOf(ActiveAppraisalType type, string? templateKey)
    {
        var template = templateKey is null ? type.Templates.FirstOrDefault() : type.Templates.FirstOrDefault(t => t.Key == templateKey);
        return template?.Questionnaire
            ?? throw CampaignProblem.Invalid("templateKey", $"测评类型 {type.Key} 没有模板 {templateKey}。", $"Appraisal type {type.Key} has no template {templateKey}.");
    }

    private static void CheckSettings(IReadOnlyDictionary<string, string>? settings)
    {
        if (settings is not null && (settings.Count > 100 || settings.Any(kv => !InputRules.IsKey(kv.Key) || kv.Value is null || kv.Value.Length > 2000)))
        {
            throw CampaignProblem.Invalid("settings", "设置最多 100 项，键须合法，值不超过 2000 字符。", "At most 100 settings with valid keys and values up to 2000 characters.");
        }

        if (settings is not null && PublicLinkSettings.FindProblem(settings) is { } problem)
        {
            throw problem;
        }
    }

    /// <summary>12 lowercase base-32 characters from a CSPRNG: unguessable, short in URLs.</summary>
    private static string NewId()
    {
        const string alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        return string.Create(12, bytes.ToArray(), static (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[b[i] & 31];
            }
        });
    }

    private static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
