using System.Xml.Linq;
using Appraisal.Core.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Appraisal.Host.Cluster;

/// <summary>
/// Keeps the data-protection key ring in the database (<see cref="DataProtectionKeyStore"/>) rather than in a folder of
/// one machine, so every host of one database protects and unprotects with the same keys: an antiforgery token one
/// host put in a form is accepted by whichever host the load balancer sends the post to. SQLite uses it too, so
/// moving a site to PostgreSQL keeps its tokens valid.
/// </summary>
/// <remarks>
/// The interface is synchronous; ASP.NET calls it only when the key ring is (re)loaded or a key is created, a few
/// times a day, and there is no synchronisation context to deadlock on, so blocking on the database is acceptable.
/// </remarks>
public sealed class DatabaseXmlRepository : IXmlRepository
{
    private readonly DataProtectionKeyStore _keys;

    public DatabaseXmlRepository(DataProtectionKeyStore keys, IAppraisalDatabase database, KeyRingSecret secret, ILogger<DatabaseXmlRepository> logger)
    {
        _keys = keys;
        if (!secret.IsSet && database.Provider == DatabaseOptions.Postgres)
        {
            // On SQLite the keys sit beside everything else in one local file; a database server is often reached, backed up
            // and copied by more people, and whoever reads the keys can forge antiforgery tokens and read protected payloads.
            logger.LogWarning("Appraisal:KeyRingSecret is not set: the data-protection keys are stored in the database unencrypted");
        }
    }

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. _keys.ListAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentException.ThrowIfNullOrEmpty(friendlyName);
        _keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
