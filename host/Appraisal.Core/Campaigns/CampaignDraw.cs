namespace Appraisal.Core.Campaigns;

/// <summary>
/// A draw that handed out codes: its strategy and parameters (everything needed to re-run it), the published
/// SHA-256 commitment of its seed, and the seed itself once the campaign has closed.
/// </summary>
public sealed record CampaignDraw(
    int DrawNo, string GroupKey, string Strategy, string ParametersJson, string Commitment, string? RevealedSeed, int CodeCount);
