namespace Appraisal.PluginApi.Reports;

/// <summary>A table of a report, e.g. the 民主评议情况汇总表.</summary>
public sealed record ReportTable(
    string Key,
    LocalizedText Title,
    IReadOnlyList<LocalizedText> Columns,
    IReadOnlyList<IReadOnlyList<ReportCell>> Rows);
