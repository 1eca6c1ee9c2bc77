using Appraisal.Core.Campaigns;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Ballots;

/// <summary>
/// <c>appraisal verify</c>: checks that a data directory's ballot boxes are whole. For every campaign that has
/// accepted ballots: spent codes (plus public-link ballots that spent none) = ballots cast = receipts; the receipt chain recomputes from its genesis to the
/// stored head (and to the head sealed at close); every sheet's digest matches its content and the content decodes;
/// the sheet count matches; the sealed box digest recomputes. Plus SQLite's own integrity check.
/// </summary>
public sealed class BoxVerifier(IAppraisalDatabase database)
{
    public Task<BoxVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async (connection, token) =>
            {
                var problems = new List<string>();

                // On PostgreSQL other hosts may be casting while this runs: one REPEATABLE READ snapshot for every statement
                // below keeps a box's codes, ballots and receipts consistent with each other.
                await using var snapshot = database.Provider == DatabaseOptions.Postgres
                    ? await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, token)
                    : null;
                if (database.Provider == DatabaseOptions.Sqlite)
                {
                    var integrity = (await connection.QueryAsync<string>(new CommandDefinition("PRAGMA integrity_check", cancellationToken: token))).ToArray();
                    if (integrity is not ["ok"])
                    {
                        problems.AddRange(integrity.Select(line => $"database: {line}"));
                    }
                }

                var boxes = (await connection.QueryAsync<(string Campaign, long Casts, long Sheets, byte[] Head)>(new CommandDefinition(
                    "SELECT campaign_id, casts, sheets, head FROM box_state ORDER BY campaign_id", cancellationToken: token))).ToArray();
                long ballots = 0;
                foreach (var box in boxes)
                {
                    token.ThrowIfCancellationRequested();
                    ballots += box.Casts;
                    var prefix = $"campaign {box.Campaign}:";
                    var spent = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        "SELECT COUNT(*) FROM ballot_codes WHERE campaign_id = @c AND state = 'spent'", new { c = box.Campaign }, cancellationToken: token));
                    var campaign = await CampaignStore.GetAsync(connection, null, box.Campaign, token);
                    var link = PublicLinkSettings.Of(campaign.Settings);
                    var devices = await CampaignStore.PublicDevicesAsync(connection, null, box.Campaign, token);
                    if (link.CastsWithoutCode && spent + devices != box.Casts)
                    {
                        problems.Add($"{prefix} {spent} spent codes and {devices} public-link ballots but {box.Casts} ballots cast");
                    }
                    else if (!link.CastsWithoutCode && spent != box.Casts)
                    {
                        problems.Add($"{prefix} {spent} spent codes but {box.Casts} ballots cast");
                    }

                    var counted = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        "SELECT COALESCE(SUM(spent), 0) FROM code_counts WHERE campaign_id = @c", new { c = box.Campaign }, cancellationToken: token));
                    if (counted != spent)
                    {
                        problems.Add($"{prefix} the turnout counts {counted} spent codes but {spent} codes are spent");
                    }

                    if ((!link.Enabled && devices > 0) || (link.OneTimeCodes && devices > spent))
                    {
                        problems.Add($"{prefix} {devices} public-link devices recorded, more than its public link can have cast");
                    }

                    var head = ReceiptChain.Genesis(box.Campaign);
                    long expectedSeq = 1;
                    foreach (var receipt in await connection.QueryAsync<(long Seq, byte[] Digest, byte[] Head)>(new CommandDefinition(
                        "SELECT seq, digest, head FROM receipts WHERE campaign_id = @c ORDER BY seq", new { c = box.Campaign }, cancellationToken: token)))
                    {
                        head = ReceiptChain.Next(head, receipt.Digest);
                        if (receipt.Seq != expectedSeq++ || !head.AsSpan().SequenceEqual(receipt.Head))
                        {
                            problems.Add($"{prefix} receipt chain broken at position {receipt.Seq}");
                            break;
                        }
                    }

                    if (expectedSeq - 1 != box.Casts)
                    {
                        problems.Add($"{prefix} {expectedSeq - 1} receipts but {box.Casts} ballots cast");
                    }
                    else if (!head.AsSpan().SequenceEqual(box.Head))
                    {
                        problems.Add($"{prefix} chain head does not match the receipts");
                    }

                    var digests = new List<byte[]>();
                    var pool = new StringPool();
                    var keys = SheetKeys.Of(campaign.Questionnaire, await CampaignStore.SubjectsAsync(connection, null, box.Campaign, token));
                    foreach (var sheet in await connection.QueryAsync<(string Group, byte[] Answers, byte[] Digest)>(new CommandDefinition(
                        "SELECT group_key, answers, digest FROM ballots WHERE campaign_id = @c", new { c = box.Campaign }, cancellationToken: token)))
                    {
                        digests.Add(sheet.Digest);
                        try
                        {
                            // A compact sheet's digest is over the JSON of what it decodes to, so this also decodes it.
                            if (!SheetStorage.Digest(sheet.Group, sheet.Answers, keys).AsSpan().SequenceEqual(sheet.Digest))
                            {
                                problems.Add($"{prefix} a ballot's content does not match its digest {Convert.ToHexStringLower(sheet.Digest)}");
                                continue;
                            }

                            SheetStorage.Decode(sheet.Answers, keys, pool);
                        }
                        catch (FormatException exception)
                        {
                            problems.Add($"{prefix} a ballot cannot be read: {exception.Message}");
                        }
                    }

                    if (digests.Count != box.Sheets)
                    {
                        problems.Add($"{prefix} {digests.Count} ballot sheets stored but {box.Sheets} appended");
                    }

                    var sealedBox = await connection.QuerySingleAsync<(byte[]? Head, byte[]? Digest)>(new CommandDefinition(
                        "SELECT chain_head, box_digest FROM campaigns WHERE id = @c", new { c = box.Campaign }, cancellationToken: token));
                    if (sealedBox.Digest is not null && !ReceiptChain.BoxDigest(digests).AsSpan().SequenceEqual(sealedBox.Digest))
                    {
                        problems.Add($"{prefix} the ballot box no longer matches the digest sealed at close");
                    }

                    if (sealedBox.Head is not null && !sealedBox.Head.AsSpan().SequenceEqual(box.Head))
                    {
                        problems.Add($"{prefix} the chain head differs from the one sealed at close");
                    }
                }

                var orphans = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM ballots WHERE campaign_id NOT IN (SELECT campaign_id FROM box_state)", cancellationToken: token));
                if (orphans > 0)
                {
                    problems.Add($"{orphans} ballots belong to no open or closed box");
                }

                return new BoxVerification(boxes.Length, ballots, problems);
            },
            cancellationToken);
}
