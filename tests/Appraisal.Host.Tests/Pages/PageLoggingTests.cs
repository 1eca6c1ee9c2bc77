using System.Net;
using Appraisal.Core.Ballots;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages;

/// <summary>A ballot's address holds its code: no log line may name one, even with every category at Trace and scopes on.</summary>
public sealed class PageLoggingTests
{
    [Fact]
    public async Task No_log_line_names_a_ballot_code_even_at_trace_level()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path,
        [
            .. CampaignHost.Arguments,
            "--Logging:LogLevel:Default=Trace",
            "--Logging:LogLevel:Microsoft=Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore=Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Trace",
            "--Logging:LogLevel:Microsoft.AspNetCore.Routing=Trace",
            "--Logging:Console:FormatterOptions:IncludeScopes=true",
        ]);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var script = new CampaignScript(new GraphQLClient(host.Client, CampaignHost.AdminKey), new GraphQLClient(host.Client));
        var (_, codes) = await PageCampaigns.OpenBranchAsync(script, ["张伟", "王芳"], codes: 2);
        using var client = new PageClient(host.BaseAddress);

        // Typed at /b, opened, checked, confirmed, and opened again once used; a second code only looked at.
        var entry = await client.GetAsync("/b");
        var typed = codes[0].ToLowerInvariant().Replace('-', ' ');
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(entry, entry.Values().Set("Code", typed), step: null)).Status);
        var form = await client.GetAsync("/b/" + codes[0]);
        var answers = form.Values();
        foreach (var row in form.Rows)
        {
            answers.Set(row.Field, row.ValueOf("合格"));
        }

        var committee = PageResponse.Option(form.Question("对党支部委员会的总体评价"), "满意");
        var review = await client.SubmitAsync(form, answers.Set(committee.Name, committee.Value), "review");
        Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(review, review.Values(), "confirm")).Status);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync("/b/" + codes[0])).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/b/" + BallotCode.Parse(codes[1]).Canonical)).Status);
        var log = await SettledOutputAsync(host);
        Assert.Contains("trce:", log, StringComparison.Ordinal); // the levels did apply
        foreach (var code in codes)
        {
            var parsed = BallotCode.Parse(code);
            Assert.DoesNotContain(parsed.Canonical, log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(parsed.ToString(), log, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(typed, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/b/", log, StringComparison.Ordinal);
    }

    /// <summary>The host's output once the console logger, which writes from a queue, has stopped adding to it.</summary>
    private static async Task<string> SettledOutputAsync(HostProcess host)
    {
        var output = host.Output;
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(100);
            if (host.Output.Length == output.Length)
            {
                break;
            }

            output = host.Output;
        }

        return host.Output;
    }
}
