using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Dapper;

namespace Appraisal.Core.Ballots;

/// <summary>
/// 投票箱: opens a ballot form by code and casts ballots (DESIGN §2.5, §6). Casting validates every answer against
/// the questionnaire and the type's rules first (nothing is stored on a problem), then in one durable transaction
/// spends the code — only if it is still unused, so of concurrent submissions exactly one wins — appends the
/// ballot with a random id and no reference to the code, the person, the time or the address, and appends the
/// voter's receipt digest to the hash chain. The acknowledgement returns only after that transaction commits.
/// </summary>
public sealed partial class BallotBox(IAppraisalDatabase database, PluginCatalog catalog, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, CastingSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The form a code opens. Throws <see cref="CampaignProblem"/> for a bad, unknown, used or closed code.</summary>
    public async Task<BallotForm> OpenAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        var (_, lookup) = await LookupAsync(typedCode, cancellationToken);
        EnsureUsable(lookup);
        var snapshot = await SnapshotAsync(lookup.CampaignId, lookup.Revision, cancellationToken);
        EnsureAccepting(snapshot.Campaign);
        return FormOf(snapshot, lookup);
    }

    /// <summary>Casts a ballot. Problems with the code or the campaign throw <see cref="CampaignProblem"/>;
    /// problems with the answers come back in the outcome.</summary>
    public async Task<CastOutcome> CastAsync(string? typedCode, IReadOnlyList<Answer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var (code, lookup) = await LookupAsync(typedCode, cancellationToken);
        EnsureUsable(lookup);
        var snapshot = await SnapshotAsync(lookup.CampaignId, lookup.Revision, cancellationToken);
        EnsureAccepting(snapshot.Campaign);
        var form = FormOf(snapshot, lookup);

        var problems = await CheckAsync(snapshot, form, answers, cancellationToken);
        if (problems.Count > 0)
        {
            return CastOutcome.Refused(problems);
        }

        // Everything that does not depend on the box's state is computed here, in parallel with other casts, so the
        // one writer, which runs the casts of a batch one after the other, does only what must be serial.
        var sheets = StoredSheets(answers, lookup.BoundSubjects.Count > 0, form, snapshot.Keys);
        var lookupKey = code.LookupKey;
        var token = ReceiptChain.NewToken();
        var receiptDigest = ReceiptChain.ReceiptDigest(token);
        var receipt = await database.WriteAsync(
            (connection, transaction, writeToken) => AppendAsync(connection, transaction, lookupKey, lookup, sheets, token, receiptDigest, writeToken),
            cancellationToken);
        return new CastOutcome(receipt, []);
    }

    /// <summary>
    /// The problems casting <paramref name="answers"/> would meet now, without casting: what a ballot page checks
    /// before it asks the voter to confirm. Nothing is stored and the code stays unused; the same checks run again
    /// when the ballot is cast. Problems with the code or the campaign throw <see cref="CampaignProblem"/>.
    /// </summary>
    public async Task<IReadOnlyList<BallotProblem>> CheckAsync(
        string? typedCode, IReadOnlyList<Answer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var (_, lookup) = await LookupAsync(typedCode, cancellationToken);
        EnsureUsable(lookup);
        var snapshot = await SnapshotAsync(lookup.CampaignId, lookup.Revision, cancellationToken);
        EnsureAccepting(snapshot.Campaign);
        return await CheckAsync(snapshot, FormOf(snapshot, lookup), answers, cancellationToken);
    }

    /// <summary>Forgets cached campaign snapshots (tests, and after a reset).</summary>
    public void Forget(string campaignId) => _snapshots.TryRemove(campaignId, out _);

    private static async Task<BallotReceipt> AppendAsync(
        DbConnection connection, DbTransaction transaction, string lookupKey, CodeLookup lookup,
        IReadOnlyList<StoredSheet> sheets, string token, byte[] receiptDigest, CancellationToken cancellationToken)
    {
        var statements = CastStatements.For(connection);
        var box = await ReadBoxAsync(statements, transaction, lookup.CampaignId, cancellationToken);
        await SpendAsync(statements, connection, transaction, lookupKey, lookup.CampaignId, cancellationToken);
        return await AppendBallotAsync(statements, transaction, lookup.CampaignId, lookup.GroupKey, codeSpent: true, box, sheets, token, receiptDigest, cancellationToken);
    }

    /// <summary>Spends an unused code of an open campaign, or throws why it cannot be spent.</summary>
    private static async Task SpendAsync(
        CastStatements statements, DbConnection connection, DbTransaction transaction, string lookupKey, string campaignId,
        CancellationToken cancellationToken)
    {
        var spent = await statements.Spend.With(transaction, lookupKey, campaignId).ExecuteNonQueryAsync(cancellationToken);
        if (spent != 1)
        {
            // Lost a race: another submission spent the code, or the campaign closed meanwhile.
            var state = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                "SELECT state FROM ballot_codes WHERE lookup_key = @lookupKey", new { lookupKey }, transaction, cancellationToken: cancellationToken));
            throw state == "unused" ? NotAccepting() : CodeProblem(state);
        }
    }

    /// <summary>
    /// The box's count of casts and chain head, read as the first statement of a cast. On PostgreSQL the row is locked
    /// (FOR UPDATE) until the cast commits: casts from several hosts then append to one box one after the other, each
    /// seeing the head the previous one left, and since every cast locks the box before the code it spends, two hosts
    /// casting the same code wait for each other instead of deadlocking. Null when the box has no state (not open).
    /// </summary>
    private static async Task<(long Casts, byte[] Head)?> ReadBoxAsync(
        CastStatements statements, DbTransaction transaction, string campaignId, CancellationToken cancellationToken)
    {
        await using var reader = await statements.BoxState.With(transaction, campaignId).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
    }

    /// <summary>
    /// Appends the sheets of a ballot whose right to be cast was just taken, and its receipt to the chain; counts the
    /// spent code in its group when <paramref name="codeSpent"/>.
    /// </summary>
    private static async Task<BallotReceipt> AppendBallotAsync(
        CastStatements statements, DbTransaction transaction, string campaignId, string groupKey, bool codeSpent,
        (long Casts, byte[] Head)? box, IReadOnlyList<StoredSheet> sheets, string token, byte[] receiptDigest, CancellationToken cancellationToken)
    {
        var (casts, head) = box ?? throw new InvalidOperationException($"The ballot box of campaign {campaignId} has no state row.");
        foreach (var sheet in sheets)
        {
            await statements.InsertSheet.With(transaction, campaignId, sheet.Id, groupKey, sheet.Answers, sheet.Digest)
                .ExecuteNonQueryAsync(cancellationToken);
        }

        var next = ReceiptChain.Next(head, receiptDigest);
        // A ballot that spent no code (the public link) leaves the codes' counts alone: NULL matches no group.
        await statements.AppendReceipt.With(transaction, campaignId, casts + 1, receiptDigest, next, sheets.Count, codeSpent ? groupKey : DBNull.Value)
            .ExecuteNonQueryAsync(cancellationToken);
        return new BallotReceipt(campaignId, token, Convert.ToHexStringLower(receiptDigest), casts + 1, Convert.ToHexStringLower(next));
    }

    /// <summary>The answers checked against the questionnaire, then by the type's rules; empty when the ballot may be cast.</summary>
    private async Task<IReadOnlyList<BallotProblem>> CheckAsync(
        CastingSnapshot snapshot, BallotForm form, IReadOnlyList<Answer> answers, CancellationToken cancellationToken)
    {
        var problems = AnswerValidator.Check(form.Questionnaire, form.Subjects, answers);
        if (problems.Count == 0)
        {
            var ballot = new AnonymousBallot(form.GroupKey, answers);
            var check = new BallotCheck(form.Questionnaire, form.Subjects, ballot, snapshot.Campaign.Settings);
            problems = await RulesAsync(snapshot.Campaign.TypeKey, check, cancellationToken);
        }

        return problems;
    }

    /// <summary>The sheets as stored (<see cref="SheetStorage"/>), each with a random id and its digest.</summary>
    private static StoredSheet[] StoredSheets(IReadOnlyList<Answer> answers, bool bound, BallotForm form, SheetKeys keys) =>
        [.. Sheets(answers, bound)
            .Select(sheet => SheetStorage.Store(form.GroupKey, sheet, keys))
            .Select(sheet => new StoredSheet(RandomNumberGenerator.GetBytes(16), sheet.Stored, sheet.Digest))];

    /// <summary>
    /// A ballot whose code was bound to subjects is split into one sheet per subject plus one for its per-ballot
    /// answers: the set of subjects a rater was drawn is reproducible from the revealed seed, and a whole ballot
    /// carrying exactly that set would point at its rater. An unbound ballot is one sheet.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<Answer>> Sheets(IReadOnlyList<Answer> answers, bool bound)
    {
        if (!bound)
        {
            return [answers];
        }

        var sheets = new List<IReadOnlyList<Answer>>();
        var perBallot = answers.Where(a => a.SubjectId is null).ToArray();
        if (perBallot.Length > 0)
        {
            sheets.Add(perBallot);
        }

        foreach (var group in answers.Where(a => a.SubjectId is not null).GroupBy(a => a.SubjectId, StringComparer.Ordinal))
        {
            sheets.Add([.. group]);
        }

        return sheets;
    }

    private async Task<IReadOnlyList<BallotProblem>> RulesAsync(string typeKey, BallotCheck check, CancellationToken cancellationToken)
    {
        try
        {
            return await catalog.InvokeAsync(typeKey, (type, _) => type.Rules.Check(check), cancellationToken);
        }
        catch (PluginCallException exception)
        {
            throw new CampaignProblem(
                "TYPE_UNAVAILABLE",
                new LocalizedText("此测评类型暂时不可用，选票未保存，请稍后再试。", "This appraisal type is unavailable right now; the ballot was not stored. Try again later."),
                null,
                exception);
        }
    }

    private static BallotForm FormOf(CastingSnapshot snapshot, CodeLookup lookup) => FormOf(snapshot, lookup.GroupKey, lookup.BoundSubjects);

    private static BallotForm FormOf(CastingSnapshot snapshot, string groupKey, IReadOnlyList<string> boundSubjects)
    {
        var group = snapshot.Groups.FirstOrDefault(g => g.Group.Key == groupKey)?.Group;
        IReadOnlyList<Subject> subjects = boundSubjects.Count > 0
            ? [.. boundSubjects.Where(snapshot.SubjectsById.ContainsKey).Select(id => snapshot.SubjectsById[id])]
            : snapshot.RatedSubjects;
        var campaign = snapshot.Campaign;
        return new BallotForm(
            campaign.Id, campaign.Title, campaign.TypeKey, groupKey, group?.Name ?? new LocalizedText(groupKey, groupKey),
            campaign.Questionnaire, subjects, campaign.ClosesOn);
    }

    private async Task<(BallotCode Code, CodeLookup Lookup)> LookupAsync(string? typedCode, CancellationToken cancellationToken)
    {
        if (!BallotCode.TryParse(typedCode, out var code, out var problem))
        {
            throw new CampaignProblem("INVALID_CODE", new LocalizedText(ZhCn(problem.Kind), problem.Message), "code");
        }

        var lookup = await database.ReadAsync(
            (connection, token) => connection.QuerySingleOrDefaultAsync<CodeLookup>(new CommandDefinition(
                """
                SELECT c.campaign_id AS CampaignId, c.group_key AS GroupKey, c.state AS State, c.subject_ids AS SubjectIds,
                       k.revision AS Revision
                FROM ballot_codes c JOIN campaigns k ON k.id = c.campaign_id
                WHERE c.lookup_key = @key
                """,
                new { key = code.LookupKey }, cancellationToken: token)),
            cancellationToken);
        return (code, lookup ?? throw new CampaignProblem(
            "CODE_NOT_FOUND", new LocalizedText("没有这个测评码，请核对后重新输入。", "There is no such ballot code; check it and type it again."), "code"));
    }

    private async Task<CastingSnapshot> SnapshotAsync(string campaignId, long revision, CancellationToken cancellationToken)
    {
        if (_snapshots.TryGetValue(campaignId, out var cached) && cached.Campaign.Revision == revision)
        {
            return cached;
        }

        var snapshot = await database.ReadAsync(
            async (connection, token) =>
            {
                var campaign = await CampaignStore.GetAsync(connection, null, campaignId, token);
                var subjects = await CampaignStore.SubjectsAsync(connection, null, campaignId, token);
                var groups = await CampaignStore.RaterGroupsAsync(connection, null, campaignId, token);
                return new CastingSnapshot(campaign, subjects, subjects.ToDictionary(s => s.Id, StringComparer.Ordinal), groups);
            },
            cancellationToken);
        _snapshots[campaignId] = snapshot;
        return snapshot;
    }

    private static void EnsureUsable(CodeLookup lookup)
    {
        if (lookup.State != "unused")
        {
            throw CodeProblem(lookup.State);
        }
    }

    private void EnsureAccepting(Campaign campaign, string field = "code")
    {
        if (!campaign.AcceptsBallotsOn(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))
        {
            throw NotAccepting(field);
        }
    }

    private static CampaignProblem NotAccepting(string field = "code") =>
        new("CAMPAIGN_NOT_OPEN", new LocalizedText("本次测评不在投票时间内。", "This appraisal is not accepting ballots now."), field);

    private static CampaignProblem CodeProblem(string? state) => state == "voided"
        ? new("CODE_VOIDED", new LocalizedText("这个测评码已作废。", "This ballot code has been voided."), "code")
        : new("CODE_ALREADY_USED", new LocalizedText("这个测评码已经使用过，每个测评码只能投票一次。", "This ballot code has already been used; each code votes once."), "code");

    private static string ZhCn(BallotCodeProblemKind kind) => kind switch
    {
        BallotCodeProblemKind.Empty => "请输入测评码。",
        BallotCodeProblemKind.UnknownCharacter => "测评码只含数字和字母，请核对。",
        BallotCodeProblemKind.WrongLength => $"测评码共 {BallotCode.Length} 位（不计短横线），请核对位数。",
        _ => "测评码有误：可能输错了一位，请核对。",
    };

    /// <summary>A sheet as stored: its random id, its encoded answers and their digest.</summary>
    private sealed record StoredSheet(byte[] Id, byte[] Answers, byte[] Digest);

    /// <summary>
    /// The statements a cast runs on the writer connection, compiled once per connection and reused with new
    /// parameter values. Microsoft.Data.Sqlite compiles the SQL of every new command afresh, and on the one writer,
    /// which runs the casts of a batch one after the other, compiling cost more than executing. Only the writer uses
    /// them, one write at a time, so sharing the command objects is safe.
    /// </summary>
    private sealed class CastStatements
    {
        private static readonly ConditionalWeakTable<DbConnection, CastStatements> ByConnection = new();

        private CastStatements(DbConnection connection)
        {
            Spend = Command(connection,
                """
                UPDATE ballot_codes SET state = 'spent', subject_ids = NULL
                WHERE lookup_key = @lookupKey AND state = 'unused'
                  AND EXISTS (SELECT 1 FROM campaigns WHERE id = @campaignId AND status = 'open')
                """,
                "@lookupKey", "@campaignId");
            InsertSheet = Command(connection,
                "INSERT INTO ballots (campaign_id, ballot_id, group_key, answers, digest) VALUES (@campaignId, @id, @groupKey, @sheet, @digest)",
                "@campaignId", "@id", "@groupKey", "@sheet", "@digest");
            BoxState = Command(connection, "SELECT casts, head FROM box_state WHERE campaign_id = @campaignId" + SqlDialect.ForUpdate(connection), "@campaignId");
            AppendReceipt = Command(connection,
                """
                INSERT INTO receipts (campaign_id, seq, digest, head) VALUES (@campaignId, @seq, @receiptDigest, @next);
                UPDATE box_state SET casts = @seq, sheets = sheets + @sheetCount, head = @next WHERE campaign_id = @campaignId;
                UPDATE code_counts SET spent = spent + 1 WHERE campaign_id = @campaignId AND group_key = @groupKey;
                """,
                "@campaignId", "@seq", "@receiptDigest", "@next", "@sheetCount", "@groupKey");
            ClaimDevice = Command(connection,
                """
                INSERT INTO public_devices (campaign_id, device_key)
                SELECT @campaignId, @deviceKey WHERE EXISTS (SELECT 1 FROM campaigns WHERE id = @campaignId AND status = 'open')
                ON CONFLICT DO NOTHING
                """,
                "@campaignId", "@deviceKey");
        }

        /// <summary>Spends an unused code of an open campaign: (lookup key, campaign id) → 1 row, or 0.</summary>
        public Statement Spend { get; }

        /// <summary>(campaign id, ballot id, group key, answers, digest).</summary>
        public Statement InsertSheet { get; }

        /// <summary>(campaign id) → casts, head; the row locked on PostgreSQL.</summary>
        public Statement BoxState { get; }

        /// <summary>(campaign id, seq, receipt digest, next head, sheet count, group key of the spent code or NULL): the
        /// receipt, the box's new state and the group's count of spent codes.</summary>
        public Statement AppendReceipt { get; }

        /// <summary>Records that a device cast its public-link ballot in an open campaign: (campaign id, device key) → 1 row, or 0.</summary>
        public Statement ClaimDevice { get; }

        public static CastStatements For(DbConnection connection) => ByConnection.GetValue(connection, static c => new CastStatements(c));

        private static Statement Command(DbConnection connection, string sql, params string[] parameterNames)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            return new Statement(command);
        }
    }

    /// <summary>A reusable command whose parameters are set by position; compiled on its first execution.</summary>
    private sealed class Statement(DbCommand command)
    {
        private bool _prepared;

        public DbCommand With(DbTransaction transaction, params object[] values)
        {
            command.Transaction = transaction;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            if (!_prepared)
            {
                command.Prepare();
                _prepared = true;
            }

            return command;
        }
    }

    /// <summary>A code row with its campaign's revision, as the lookup reads it.</summary>
    internal sealed class CodeLookup
    {
        public string CampaignId { get; set; } = "";
        public string GroupKey { get; set; } = "";
        public string State { get; set; } = "";
        public string? SubjectIds { get; set; }
        public long Revision { get; set; }

        public IReadOnlyList<string> BoundSubjects => _bound ??= CampaignJson.ReadList(SubjectIds);

        private IReadOnlyList<string>? _bound;
    }
}
