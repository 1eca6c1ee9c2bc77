using System.Data.Common;
using Appraisal.Core.Campaigns;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Dapper;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The public link (公开链接 / 二维码) path of the box: a campaign in public mode (<see cref="PublicLinkSettings"/>)
/// takes ballots without a code, one per device token. It shares the checks, the sheets and the receipt chain
/// with the code path; only the spend differs: the same durable transaction that appends the ballot records the
/// device's key, only if that device has not cast yet (and, with one-time codes, spends the code as well).
/// </summary>
public sealed partial class BallotBox
{
    private readonly DeviceTokenSecret _deviceSecret = new(database);

    /// <summary>The public survey of a campaign and a new device token. Throws <see cref="CampaignProblem"/> when
    /// the campaign is unknown, not in public mode or not accepting ballots.</summary>
    public async Task<PublicSurvey> OpenPublicAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var (snapshot, link) = await PublicSnapshotAsync(campaignId, cancellationToken);
        var secret = await _deviceSecret.GetAsync(cancellationToken);
        return new PublicSurvey(FormOf(snapshot, link.GroupKey!, []), DeviceToken.Issue(secret, campaignId), link.OneTimeCodes);
    }

    /// <summary>
    /// The problems casting <paramref name="answers"/> from the public page would meet now, without casting: what the
    /// survey page checks before it asks to confirm. The code (with one-time codes) is checked but not spent; the
    /// device token is not looked at, because whether the device has voted is only settled in the casting
    /// transaction. Problems with the campaign or the code throw <see cref="CampaignProblem"/>.
    /// </summary>
    public async Task<IReadOnlyList<BallotProblem>> CheckPublicAsync(
        string campaignId, string? typedCode, IReadOnlyList<Answer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var (snapshot, link) = await PublicSnapshotAsync(campaignId, cancellationToken);
        var (form, _, _) = await PublicFormAsync(snapshot, link, campaignId, typedCode, cancellationToken);
        return await CheckAsync(snapshot, form, answers, cancellationToken);
    }

    /// <summary>
    /// Casts a ballot from the public page with a device token (and a code, when the campaign asks for one).
    /// Problems with the campaign, the token or the code throw <see cref="CampaignProblem"/>; problems with the
    /// answers come back in the outcome, and then nothing was stored.
    /// </summary>
    public async Task<CastOutcome> CastPublicAsync(
        string campaignId, string? deviceToken, string? typedCode, IReadOnlyList<Answer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var (snapshot, link) = await PublicSnapshotAsync(campaignId, cancellationToken);
        if (!DeviceToken.TryGetKey(await _deviceSecret.GetAsync(cancellationToken), campaignId, deviceToken, out var deviceKey))
        {
            throw new CampaignProblem(
                "INVALID_DEVICE_TOKEN",
                new LocalizedText("设备令牌无效，请重新打开本问卷页面。", "The device token is not valid; open the survey page again."),
                "deviceToken");
        }

        var (form, lookupKey, bound) = await PublicFormAsync(snapshot, link, campaignId, typedCode, cancellationToken);
        var problems = await CheckAsync(snapshot, form, answers, cancellationToken);
        if (problems.Count > 0)
        {
            return CastOutcome.Refused(problems);
        }

        var sheets = StoredSheets(answers, bound, form, snapshot.Keys);
        var token = ReceiptChain.NewToken();
        var receiptDigest = ReceiptChain.ReceiptDigest(token);
        var receipt = await database.WriteAsync(
            (connection, transaction, writeToken) => AppendPublicAsync(
                connection, transaction, campaignId, form.GroupKey, deviceKey, lookupKey, sheets, token, receiptDigest, writeToken),
            cancellationToken);
        return new CastOutcome(receipt, []);
    }

    /// <summary>
    /// The form a public ballot fills: the public group's, or with one-time codes the typed code's (which must be an
    /// unused code of this campaign's public group), with the code's lookup key and whether it binds subjects.
    /// </summary>
    private async Task<(BallotForm Form, string? LookupKey, bool Bound)> PublicFormAsync(
        CastingSnapshot snapshot, PublicLinkSettings link, string campaignId, string? typedCode, CancellationToken cancellationToken)
    {
        if (link.OneTimeCodes)
        {
            var (code, lookup) = await LookupAsync(typedCode, cancellationToken);
            if (lookup.CampaignId != campaignId || lookup.GroupKey != link.GroupKey)
            {
                throw new CampaignProblem(
                    "CODE_NOT_FOR_THIS_SURVEY",
                    new LocalizedText("这个测评码不属于本问卷，请使用测评码上的链接投票。", "This ballot code is not for this survey; vote through the code's own link."),
                    "code");
            }

            EnsureUsable(lookup);
            return (FormOf(snapshot, lookup), code.LookupKey, lookup.BoundSubjects.Count > 0);
        }

        if (!string.IsNullOrWhiteSpace(typedCode))
        {
            // Ignoring it would leave the code unspent, so it could vote a second time through its own link.
            throw new CampaignProblem(
                "CODE_NOT_EXPECTED",
                new LocalizedText("本问卷不使用测评码；持有测评码请通过测评码的链接投票。", "This survey takes no ballot code; vote with a code through the code's own link."),
                "code");
        }

        return (FormOf(snapshot, link.GroupKey!, []), null, false);
    }

    private static async Task<BallotReceipt> AppendPublicAsync(
        DbConnection connection, DbTransaction transaction, string campaignId, string groupKey, byte[] deviceKey, string? lookupKey,
        IReadOnlyList<StoredSheet> sheets, string token, byte[] receiptDigest, CancellationToken cancellationToken)
    {
        var statements = CastStatements.For(connection);
        var box = await ReadBoxAsync(statements, transaction, campaignId, cancellationToken);
        if (lookupKey is not null)
        {
            await SpendAsync(statements, connection, transaction, lookupKey, campaignId, cancellationToken);
        }

        if (await statements.ClaimDevice.With(transaction, campaignId, deviceKey).ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            // Lost a race with another ballot of this device, or the campaign closed meanwhile. Throwing rolls back
            // the spent code too.
            var voted = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM public_devices WHERE campaign_id = @campaignId AND device_key = @deviceKey",
                new { campaignId, deviceKey }, transaction, cancellationToken: cancellationToken));
            throw voted > 0
                ? new CampaignProblem(
                    "DEVICE_ALREADY_VOTED",
                    new LocalizedText("此设备已经提交过本问卷，每台设备只能提交一次。", "This device has already submitted this survey; each device submits once."),
                    "deviceToken")
                : NotAccepting("campaignId");
        }

        return await AppendBallotAsync(statements, transaction, campaignId, groupKey, lookupKey is not null, box, sheets, token, receiptDigest, cancellationToken);
    }

    /// <summary>The campaign's snapshot and public mode, when it is in public mode and accepting ballots.</summary>
    private async Task<(CastingSnapshot Snapshot, PublicLinkSettings Link)> PublicSnapshotAsync(string campaignId, CancellationToken cancellationToken)
    {
        var revision = await database.ReadAsync(
            (connection, token) => connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                "SELECT revision FROM campaigns WHERE id = @campaignId", new { campaignId }, cancellationToken: token)),
            cancellationToken) ?? throw CampaignProblem.NotFoundFor(campaignId);
        var snapshot = await SnapshotAsync(campaignId, revision, cancellationToken);
        var link = PublicLinkSettings.Of(snapshot.Campaign.Settings);
        if (!link.Enabled)
        {
            throw new CampaignProblem(
                "PUBLIC_LINK_DISABLED",
                new LocalizedText("本次测评没有开放公开链接，请使用发给您的测评码投票。", "This appraisal has no public link; vote with the ballot code you were given."),
                "campaignId");
        }

        EnsureAccepting(snapshot.Campaign, "campaignId");
        return (snapshot, link);
    }
}
