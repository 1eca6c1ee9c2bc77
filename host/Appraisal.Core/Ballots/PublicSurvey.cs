namespace Appraisal.Core.Ballots;

/// <summary>What a campaign's public survey page shows a device (公开链接 / 二维码 mode).</summary>
/// <param name="Form">The ballot of the public rater group.</param>
/// <param name="DeviceToken">A fresh device token: the device sends it with its ballot, and casts once with it.</param>
/// <param name="NeedsCode">Whether the page must also ask for a one-time code of the campaign.</param>
public sealed record PublicSurvey(BallotForm Form, string DeviceToken, bool NeedsCode);
