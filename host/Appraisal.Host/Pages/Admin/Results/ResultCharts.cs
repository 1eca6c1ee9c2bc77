using Appraisal.Host.Pages.Charts;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>
/// Which chart a campaign's report gets: the three bundled types each have one, read from a table of theirs whose
/// columns these charts know; any other type (a dropped-in plugin) shows its tables only.
/// </summary>
public static class ResultCharts
{
    public static IReadOnlyList<BarChartModel> For(string typeKey, IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        (string Table, Func<ReportTable, BarChartModel> Draw)? chart = typeKey switch
        {
            "democratic-review" => (GradeChart.TableKey, GradeChart.From),
            "satisfaction" => (SatisfactionChart.TableKey, SatisfactionChart.From),
            "people-satisfied-agency" => (AgencyChart.TableKey, AgencyChart.From),
            _ => null,
        };
        return chart is { } c && tables.FirstOrDefault(t => t.Key == c.Table) is { Rows.Count: > 0 } table ? [c.Draw(table)] : [];
    }
}
