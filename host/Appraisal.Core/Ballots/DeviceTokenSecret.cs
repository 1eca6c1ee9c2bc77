using System.Security.Cryptography;
using Appraisal.Core.Storage;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The per-instance secret that signs device tokens (<see cref="DeviceToken"/>): 32 random bytes generated at
/// first use and kept in the settings table, so tokens handed out before a restart still work after it. Whoever
/// holds a copy of the database can mint tokens without the page's rate limits; that is no worse than the public
/// page itself, which mints them for anyone.
/// </summary>
internal sealed class DeviceTokenSecret(IAppraisalDatabase database)
{
    internal const string Setting = "public_device_token_secret";

    private byte[]? _secret;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _secret) is { } known)
        {
            return known;
        }

        var settings = new SettingsStore(database);
        var stored = await settings.GetAsync(Setting, cancellationToken);
        if (stored is null)
        {
            // Of concurrent first uses (or hosts) exactly one adds its secret; everyone then reads that one.
            await settings.TryAddAsync(Setting, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(DeviceToken.SecretLength)), cancellationToken);
            stored = await settings.GetAsync(Setting, cancellationToken)
                ?? throw new InvalidOperationException("The device token secret was not stored.");
        }

        var secret = Convert.FromHexString(stored);
        Volatile.Write(ref _secret, secret);
        return secret;
    }
}
