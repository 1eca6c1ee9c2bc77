namespace Appraisal.Host.Tests.Campaigns;

/// <summary>A <see cref="CampaignHost"/> whose public link allows 3 device tokens and 3 ballots per address, then one a minute.</summary>
public sealed class SmallPublicLinkLimitHost : CampaignHost
{
    public const int Burst = 3;

    protected override string[] HostArguments =>
    [
        .. Arguments,
        "--Appraisal:RateLimits:PublicBallotsPerHour=60",
        $"--Appraisal:RateLimits:PublicBallotsBurst={Burst}",
    ];
}
