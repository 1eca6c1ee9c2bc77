using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Runs a freshly loaded plugin once before it may serve anything: create its one <see cref="IAppraisalPlugin"/>,
/// create its types, compare them with the manifest, check templates and distribution strategy, then check an
/// empty ballot and aggregate an empty campaign. Runs on a thread of its own under a timeout, so a plugin that
/// hangs blocks only that thread. Missing types or members mean NotSupported; anything else that goes wrong
/// means Malfunctioned.
/// </summary>
internal static class PluginSmokeTest
{
    public static Task<SmokeResult> RunAsync(PluginLoadContext context, PluginManifest manifest, TimeSpan timeout) =>
        RunOnThreadAsync(context.Name ?? manifest.Id, token => new Runner(context, manifest).Run(token), timeout);

    /// <summary>
    /// The same checks for the types of a declarative plugin, built by the host from its files: they cannot hang
    /// the way plugin code can, but a questionnaire the built-in strategies choke on must fail here, not in a tally.
    /// </summary>
    public static Task<SmokeResult> RunDeclaredAsync(IReadOnlyList<IAppraisalType> types, PluginManifest manifest, TimeSpan timeout) =>
        RunOnThreadAsync($"{manifest.Id}@{manifest.Version}", token => new Runner(null, manifest).Check([.. types], token), timeout);

    private static async Task<SmokeResult> RunOnThreadAsync(string name, Func<CancellationToken, SmokeResult> run, TimeSpan timeout)
    {
        var completion = new TaskCompletionSource<SmokeResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancellation = new CancellationTokenSource();
        var thread = new Thread(() => completion.TrySetResult(run(cancellation.Token)))
        {
            IsBackground = true,
            Name = $"Smoke test {name}",
        };
        thread.Start();
        try
        {
            return await completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            TryCancel(cancellation);
            return SmokeResult.Failed(PluginStatus.Malfunctioned,
                $"The smoke test did not finish within {Seconds(timeout)} s: the plugin hangs or is far too slow.");
        }
    }

    internal static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static void TryCancel(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (AggregateException)
        {
            // A plugin's cancellation callback threw; the plugin is already being reported as hung.
        }
    }

    /// <summary>One smoke test; <see cref="_stage"/> names what was running when something threw.</summary>
    private sealed class Runner(PluginLoadContext? context, PluginManifest manifest)
    {
        private readonly string _entry = manifest.EntryAssembly ?? PluginManifest.FileName;
        private string _stage = manifest.IsDeclarative ? $"Building the types declared in {PluginManifest.FileName}" : $"Loading {manifest.EntryAssembly}";

        public SmokeResult Run(CancellationToken cancellationToken)
        {
            // Everything is caught: an exception escaping a thread would end the host process.
            try
            {
                var pluginType = FindPluginType(out var problem);
                if (pluginType is null)
                {
                    return SmokeResult.Failed(PluginStatus.NotSupported, problem!);
                }

                _stage = $"Creating {pluginType.FullName}";
                var plugin = (IAppraisalPlugin)Activator.CreateInstance(pluginType)!;
                _stage = $"{pluginType.Name}.CreateAppraisalTypes";
                var created = plugin.CreateAppraisalTypes(
                    new PluginContext(manifest.Id, manifest.Version.ToString(), manifest.Settings));
                return CheckTypes(created?.ToArray(), cancellationToken);
            }
            catch (Exception ex)
            {
                return Describe(ex);
            }
        }

        private Type? FindPluginType(out string? problem)
        {
            Type[] types;
            try
            {
                types = context!.LoadEntryAssembly().GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                var reasons = ex.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct().Take(3);
                problem = $"Types in {_entry} could not be loaded: {string.Join(" ", reasons)}";
                return null;
            }

            var implementations = types
                .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IAppraisalPlugin).IsAssignableFrom(t))
                .ToArray();
            problem = implementations.Length switch
            {
                1 => null,
                > 1 => $"{_entry} has {implementations.Length} public IAppraisalPlugin implementations " +
                    $"({string.Join(", ", implementations.Select(t => t.FullName))}); it must have exactly one.",
                _ when types.Any(t => t.GetInterfaces().Any(i => i.FullName == typeof(IAppraisalPlugin).FullName)) =>
                    $"{_entry} implements IAppraisalPlugin from a different copy of {ContractVersion.AssemblyName} than the host's.",
                _ => $"{_entry} has no public class implementing IAppraisalPlugin.",
            };
            return problem is null ? implementations[0] : null;
        }

        public SmokeResult Check(IAppraisalType[]? created, CancellationToken cancellationToken)
        {
            // Everything is caught here too: this also runs on a thread of its own.
            try
            {
                return CheckTypes(created, cancellationToken);
            }
            catch (Exception ex)
            {
                return Describe(ex);
            }
        }

        private SmokeResult CheckTypes(IAppraisalType[]? created, CancellationToken cancellationToken)
        {
            if (created is null || created.Length == 0 || created.Any(t => t is null))
            {
                return Malfunctioned($"{_stage} returned no appraisal types, or a null one.");
            }

            var types = new Dictionary<string, IAppraisalType>(StringComparer.Ordinal);
            foreach (var type in created)
            {
                var key = type.Key;
                if (key is null || !types.TryAdd(key, type))
                {
                    return Malfunctioned($"{_stage} returned two appraisal types with the key \"{key}\" (or a null key).");
                }
            }

            if (!types.Keys.ToHashSet(StringComparer.Ordinal).SetEquals(manifest.AppraisalTypes))
            {
                return Malfunctioned($"{_stage} returned the appraisal types [{string.Join(", ", types.Keys.Order(StringComparer.Ordinal))}] " +
                    $"but {PluginManifest.FileName} declares [{string.Join(", ", manifest.AppraisalTypes)}]; the two must match.");
            }

            var snapshots = ImmutableArray.CreateBuilder<ActiveAppraisalType>();
            foreach (var (key, type) in types)
            {
                _stage = $"Reading the appraisal type \"{key}\"";
                var snapshot = ContractCopy.Snapshot(manifest, type);
                if (snapshot.Templates.Count == 0)
                {
                    return Malfunctioned($"The appraisal type \"{key}\" has no questionnaire template; it needs at least one.");
                }

                if (!DistributionStrategies.All.Contains(snapshot.Distribution.Strategy))
                {
                    return Malfunctioned($"The appraisal type \"{key}\" uses the distribution strategy \"{snapshot.Distribution.Strategy}\", " +
                        $"which this host does not provide (known: {string.Join(", ", DistributionStrategies.All)}).");
                }

                var questionnaire = snapshot.Templates[0].Questionnaire;
                _stage = $"The ballot rules of \"{key}\"";
                var problems = type.Rules.Check(new BallotCheck(questionnaire, [], new AnonymousBallot("smoke-test", []), manifest.Settings));
                _stage = $"The aggregator of \"{key}\"";
                var report = type.Aggregator.Aggregate(new AggregationInput(questionnaire, [], [], [], manifest.Settings), cancellationToken);
                if (problems is null || report is null)
                {
                    return Malfunctioned($"The {(problems is null ? "ballot rules" : "aggregator")} of \"{key}\" returned null for an empty campaign.");
                }

                snapshots.Add(snapshot);
            }

            return SmokeResult.Passed(types, snapshots.ToImmutable());
        }

        private SmokeResult Describe(Exception exception)
        {
            var inner = exception is TargetInvocationException { InnerException: { } cause } ? cause : exception;
            // Missing types, members or assemblies: built for something this host does not have.
            var notSupported = inner is TypeLoadException or MissingMemberException or FileNotFoundException
                or FileLoadException or BadImageFormatException;
            return SmokeResult.Failed(
                notSupported ? PluginStatus.NotSupported : PluginStatus.Malfunctioned,
                $"{_stage} threw {inner.GetType().FullName}: {inner.Message}");
        }

        private static SmokeResult Malfunctioned(string error) => SmokeResult.Failed(PluginStatus.Malfunctioned, error);
    }
}
