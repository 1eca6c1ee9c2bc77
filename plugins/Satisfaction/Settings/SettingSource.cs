namespace Appraisal.Plugins.Satisfaction.Settings;

/// <summary>Where a setting's value came from, shown beside it in the rules table.</summary>
internal enum SettingSource
{
    /// <summary>The plugin's default, grounded in DOMAIN.</summary>
    Default,

    /// <summary>The <c>settings</c> of <c>plugin.json</c>, the site's own default.</summary>
    Plugin,

    /// <summary>The campaign's settings.</summary>
    Campaign,
}
