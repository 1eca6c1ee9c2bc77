using System.Buffers.Binary;
using System.Diagnostics;
using System.Threading.Channels;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Ballots;
using Dapper;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// Fills an empty data directory with one closed 人民满意机关 campaign (<see cref="AgencyRoster"/>) holding a given
/// number of slip ballots. The campaign is created, filled in, opened and closed through <see cref="CampaignService"/>,
/// so its rows, box digest, stored report and scrubbed file are what the host leaves; only the casting in between
/// is replaced by <see cref="SheetWriter"/>, with sheets stored and digested exactly as <see cref="BallotBox"/>
/// does (<see cref="SheetStorage"/>). No codes or receipts are stored: the tally reads neither, and a million of each would double the build.
/// </summary>
internal static class TallyWorldBuilder
{
    /// <summary>Sheets per write: one durable transaction of about 30 MB.</summary>
    private const int ChunkSize = 10_000;

    /// <summary>The first ballots also go through the host's answer validation and the plugin's rules, as casting would.</summary>
    private const int CheckedBallots = 200;

    public static async Task<WorldManifest> BuildAsync(WorldServices services, int ballots, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var campaigns = services.Campaigns;
        var campaign = await campaigns.CreateAsync(
            new CampaignDraft(AgencyRoster.TypeKey, "2026年度人民满意机关评议（计票基准）", "2026年度", TemplateKey: AgencyRoster.TemplateKey),
            ownerAccountId: null);
        await campaigns.AddSubjectsAsync(campaign.Id, AgencyRoster.Subjects());
        await campaigns.AddRaterGroupsAsync(campaign.Id, AgencyRoster.RaterGroups());
        campaign = await campaigns.OpenAsync(campaign.Id);
        var keys = SheetKeys.Of(campaign.Questionnaire, await new CampaignStore(services.Database).SubjectsAsync(campaign.Id));

        // Sorted ids: the box ends up in key order anyway (closing VACUUMs it), and appending in that order keeps a
        // multi-gigabyte build from rewriting random pages all over the file.
        var random = new Random(20_261_122 + ballots);
        var ids = SortedIds(random, ballots);
        var chunks = Channel.CreateBounded<SheetRow[]>(2);
        var producer = Task.Run(() => ProduceAsync(services, campaign, keys, ids, new SlipAnswers(random), chunks.Writer));
        long sheetBytes = 0;
        await foreach (var chunk in chunks.Reader.ReadAllAsync())
        {
            await SheetWriter.AppendAsync(services.Database, campaign.Id, chunk);
            sheetBytes += chunk.Sum(r => (long)r.Answers.Length);
        }

        await producer;
        var written = clock.Elapsed;

        // What casting keeps up to date per ballot; the tally reads `casts`.
        await services.Database.WriteAsync((connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
            "UPDATE box_state SET casts = @ballots, sheets = @ballots WHERE campaign_id = @id",
            new { ballots, id = campaign.Id }, transaction, cancellationToken: token)));
        await campaigns.CloseAsync(campaign.Id);
        log.WriteLine(
            $"world {ballots:N0} ballots: built in {clock.Elapsed.TotalSeconds:0.0} s (sheets written in {written.TotalSeconds:0.0} s, " +
            $"close with digest, tally and VACUUM {(clock.Elapsed - written).TotalSeconds:0.0} s); {sheetBytes / (double)ballots:0} bytes a sheet");
        return new WorldManifest(TallyWorld.FormatVersion, campaign.Id, ballots, sheetBytes, clock.Elapsed.TotalSeconds, DateTimeOffset.UtcNow);
    }

    private static async Task ProduceAsync(
        WorldServices services, Campaign campaign, SheetKeys keys, UInt128[] ids, SlipAnswers slips, ChannelWriter<SheetRow[]> chunks)
    {
        try
        {
            for (var start = 0; start < ids.Length; start += ChunkSize)
            {
                var rows = new SheetRow[Math.Min(ChunkSize, ids.Length - start)];
                for (var i = 0; i < rows.Length; i++)
                {
                    var (group, answers) = slips.Next();
                    if (start + i < CheckedBallots)
                    {
                        await CheckAsync(services, campaign, group.Key, answers);
                    }

                    var id = new byte[16];
                    BinaryPrimitives.WriteUInt128BigEndian(id, ids[start + i]);
                    var (sheet, digest) = SheetStorage.Store(group.Key, answers, keys);
                    rows[i] = new SheetRow(id, group.Key, sheet, digest);
                }

                await chunks.WriteAsync(rows);
            }

            chunks.Complete();
        }
        catch (Exception exception)
        {
            chunks.Complete(exception);
            throw;
        }
    }

    /// <summary>Refuses to build a world from answers casting would refuse.</summary>
    private static async Task CheckAsync(WorldServices services, Campaign campaign, string group, IReadOnlyList<Answer> answers)
    {
        var subjects = AgencyRoster.Subjects();
        var problems = AnswerValidator.Check(campaign.Questionnaire, subjects, answers).ToList();
        var check = new BallotCheck(campaign.Questionnaire, subjects, new AnonymousBallot(group, answers), campaign.Settings);
        problems.AddRange(await services.Catalog.InvokeAsync(campaign.TypeKey, (type, _) => type.Rules.Check(check)));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "Generated answers that casting would refuse: " + string.Join("; ", problems.Select(p => $"{p.Code} {p.ItemKey} {p.SubjectId}")));
        }
    }

    /// <summary>Random 16-byte ids as casting draws them, sorted as SQLite compares blobs (bytewise, so big-endian).</summary>
    private static UInt128[] SortedIds(Random random, int count)
    {
        var ids = new UInt128[count];
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            ids[i] = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        }

        Array.Sort(ids);
        return ids;
    }
}
