using System.CommandLine;
using Appraisal.Core.Plugins;
using Appraisal.Host.Demo;
using Appraisal.Core.Storage;

namespace Appraisal.Host.CommandLine;

/// <summary>
/// The command line: <c>serve</c> (the default), <c>plugins list</c>, <c>plugins verify &lt;folder&gt;</c>, <c>verify</c>,
/// <c>seed</c>, <c>migrate-data</c>.
/// Tokens the commands do not know (<c>--urls</c>, <c>--Appraisal:DataDirectory=…</c>) are handed to the
/// ASP.NET configuration, so every command reads the same settings as the server.
/// </summary>
internal static class AppraisalCommandLine
{
    public static RootCommand Create(Func<string[], WebApplication> buildApplication)
    {
        var root = new RootCommand("Appraisal: anonymous appraisals and satisfaction surveys (民主评议党员, 满意度测评, 人民满意机关).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, ct) => ServeAsync(buildApplication, parse, ct));

        var serve = new Command("serve", "Run the web host (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((parse, ct) => ServeAsync(buildApplication, parse, ct));
        root.Subcommands.Add(serve);

        var plugins = new Command("plugins", "Inspect plugins.");
        var list = new Command("list", "Load the configured plugin folders and print each plugin's status.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        list.SetAction((parse, ct) => ListPluginsAsync(buildApplication, parse, ct));
        plugins.Subcommands.Add(list);

        var folder = new Argument<DirectoryInfo>("folder") { Description = "A plugin folder (plugin.json and its assemblies)." };
        var verify = new Command("verify", "Check a plugin folder without installing it: manifest, contract range, types, smoke test.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        verify.Arguments.Add(folder);
        verify.SetAction((parse, ct) => VerifyPluginAsync(parse.GetRequiredValue(folder), ct));
        plugins.Subcommands.Add(verify);
        root.Subcommands.Add(plugins);

        var verifyData = new Command(
            "verify",
            "Check the configured database's ballot boxes (the data directory's SQLite file, or PostgreSQL with Appraisal:Database:Provider=postgres): every spent code has one ballot, the receipt chains are intact, the counts match. Prints OK or what is wrong.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        verifyData.SetAction((parse, ct) => VerifyDataAsync(buildApplication, parse, ct));
        root.Subcommands.Add(verifyData);

        var demo = new Option<bool>("--demo") { Description = "Create the demo campaigns (once per database; running it again changes nothing)." };
        var seed = new Command("seed", "Fill the database with data.") { TreatUnmatchedTokensAsErrors = false };
        seed.Options.Add(demo);
        seed.SetAction((parse, ct) => SeedAsync(buildApplication, parse, parse.GetValue(demo), ct));
        root.Subcommands.Add(seed);
        root.Subcommands.Add(MigrateDataCommand.Create());
        return root;
    }

    private static async Task<int> ServeAsync(Func<string[], WebApplication> build, ParseResult parse, CancellationToken ct)
    {
        await using var app = build([.. parse.UnmatchedTokens]);
        await app.RunAsync(ct);
        return 0;
    }

    private static async Task<int> ListPluginsAsync(Func<string[], WebApplication> build, ParseResult parse, CancellationToken ct)
    {
        // Same configuration as the server, but the catalog scans once and does not watch.
        await using var app = build([.. parse.UnmatchedTokens, "--Appraisal:WatchPlugins=false"]);
        var database = app.Services.GetRequiredService<IAppraisalDatabase>();
        var catalog = app.Services.GetRequiredService<PluginCatalog>();
        await database.MigrateAsync(ct);
        await catalog.StartAsync(ct);

        foreach (var plugin in catalog.Plugins.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Console.WriteLine($"{plugin.Id,-40} {plugin.Version,-10} {plugin.Status,-14} {string.Join(",", plugin.AppraisalTypes)}");
            if (plugin.LastError is { } error)
            {
                Console.WriteLine($"    {error}");
            }
        }

        return catalog.Plugins.All(p => p.Status is PluginStatus.Active or PluginStatus.Superseded or PluginStatus.Disabled) ? 0 : 1;
    }

    private static async Task<int> SeedAsync(Func<string[], WebApplication> build, ParseResult parse, bool demo, CancellationToken ct)
    {
        if (!demo)
        {
            Console.Error.WriteLine("Nothing to seed: use --demo.");
            return 2;
        }

        await using var app = build([.. parse.UnmatchedTokens, "--Appraisal:WatchPlugins=false"]);
        await app.Services.GetRequiredService<IAppraisalDatabase>().MigrateAsync(ct);
        await app.Services.GetRequiredService<PluginCatalog>().StartAsync(ct);
        var seeded = await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        Console.WriteLine(seeded ? "Demo data created." : "Demo data already present; nothing changed.");
        return 0;
    }

    private static async Task<int> VerifyDataAsync(Func<string[], WebApplication> build, ParseResult parse, CancellationToken ct)
    {
        await using var app = build([.. parse.UnmatchedTokens, "--Appraisal:WatchPlugins=false"]);
        var database = app.Services.GetRequiredService<IAppraisalDatabase>();
        await database.MigrateAsync(ct);
        var (result, problems) = await DataCheck.RunAsync(database, ct);
        return DataCheck.Print(
            problems,
            $"OK: {result.Campaigns} ballot boxes, {result.BallotsCast} ballots, every spent code has its ballot, chains intact, audit log intact.");
    }

    private static async Task<int> VerifyPluginAsync(DirectoryInfo folder, CancellationToken ct)
    {
        var report = await new PluginVerifier().VerifyAsync(folder.FullName, ct);
        Console.WriteLine(report.ToString());
        return report.Ok ? 0 : 1;
    }
}
