using Appraisal.Core.Plugins;
using Appraisal.GraphQL.Types;

namespace Appraisal.Host.Api;

/// <summary>
/// Holds the current schema and swaps in a new one when the plugin catalog's active set changes. Requests
/// take <see cref="Current"/> once and finish on it, so a swap never disturbs a request in flight, and an old
/// schema (with whatever it bound of a plugin) is collected once its last request ends.
/// </summary>
public sealed class AppraisalSchemaSource : IDisposable
{
    private readonly PluginCatalog _catalog;
    private readonly ILogger<AppraisalSchemaSource> _logger;
    private readonly Lock _rebuild = new();
    private Schema _current;

    public AppraisalSchemaSource(PluginCatalog catalog, ILogger<AppraisalSchemaSource> logger)
    {
        _catalog = catalog;
        _logger = logger;
        _current = BuildWithExtensions();
        catalog.Changed += OnCatalogChanged;
    }

    /// <summary>The schema new requests execute against.</summary>
    public Schema Current => Volatile.Read(ref _current);

    public void Dispose() => _catalog.Changed -= OnCatalogChanged;

    /// <summary>
    /// The core schema with every plugin extension that binds. An extension that breaks the build (bad SDL, a type
    /// name clash, a property that does not fit) is left out and logged; the others and the core keep serving.
    /// </summary>
    private Schema BuildWithExtensions()
    {
        var extensions = PluginSchemaExtension.Collect(_catalog, _logger);
        try
        {
            return AppraisalSchema.Build(_catalog, extensions);
        }
        catch (SchemaException)
        {
            var usable = extensions.Where(extension =>
            {
                try
                {
                    AppraisalSchema.Build(_catalog, [extension]);
                    return true;
                }
                catch (SchemaException exception)
                {
                    _logger.LogError(exception, "The GraphQL extension of appraisal type {Type} does not bind and is left out", extension.TypeKey);
                    return false;
                }
            }).ToArray();
            return AppraisalSchema.Build(_catalog, usable);
        }
    }

    private void OnCatalogChanged(object? sender, EventArgs e)
    {
        lock (_rebuild)
        {
            try
            {
                Volatile.Write(ref _current, BuildWithExtensions());
                _logger.LogInformation("GraphQL schema rebuilt for plugin catalog revision {Revision}", _catalog.Revision);
            }
            catch (SchemaException exception)
            {
                // A plugin's extension that breaks the schema must not take the API down: keep serving the last one.
                _logger.LogError(exception, "The GraphQL schema could not be rebuilt; the previous schema stays in service");
            }
        }
    }
}
