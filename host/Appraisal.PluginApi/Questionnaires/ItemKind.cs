namespace Appraisal.PluginApi.Questionnaires;

/// <summary>How an item is answered.</summary>
public enum ItemKind
{
    /// <summary>Exactly one option of the item's scale.</summary>
    Choice,

    /// <summary>Any number of options of the item's scale (e.g. 反向情形 ticks).</summary>
    Checklist,

    /// <summary>Free text (e.g. 存在问题, 意见建议).</summary>
    Text,
}
