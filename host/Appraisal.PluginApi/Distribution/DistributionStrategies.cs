namespace Appraisal.PluginApi.Distribution;

/// <summary>Names of the ballot distribution strategies every host provides. Each draw uses a committed seed.</summary>
public static class DistributionStrategies
{
    /// <summary>One code per rater, each rating every subject (small branches: 一人一票).</summary>
    public const string OnePerRater = "one-per-rater";

    /// <summary>Each rater gets k subjects, each subject rated about equally often, no self-rating, exclusions.</summary>
    public const string BalancedPeer = "balanced-peer";

    /// <summary>Stratified random sample of a roster, proportional or fixed allocation per stratum.</summary>
    public const string StratifiedSample = "stratified-sample";

    /// <summary>A public link or QR code with abuse limits, optionally with one-time codes.</summary>
    public const string PublicLink = "public-link";

    /// <summary>Shuffled printable slips with codes and QR codes, handed out at random (阳光测评).</summary>
    public const string ShuffledSlips = "shuffled-slips";

    /// <summary>All strategy names, for validation of manifests and declarative plugins.</summary>
    public static IReadOnlyList<string> All { get; } =
        [OnePerRater, BalancedPeer, StratifiedSample, PublicLink, ShuffledSlips];
}
