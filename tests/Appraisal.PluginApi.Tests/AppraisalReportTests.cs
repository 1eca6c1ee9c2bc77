using System.Reflection;
using Appraisal.PluginApi.Reports;

namespace Appraisal.PluginApi.Tests;

/// <summary>Contract 1.1 only adds to the report: plugins built against 1.0 construct it exactly as before.</summary>
public sealed class AppraisalReportTests
{
    [Fact]
    public void The_1_0_constructor_is_unchanged_and_a_1_0_report_has_no_follow_up()
    {
        var constructor = typeof(AppraisalReport).GetConstructor([typeof(int), typeof(IReadOnlyList<ReportTable>), typeof(object)]);
        Assert.NotNull(constructor);

        var report = (AppraisalReport)constructor.Invoke([3, Array.Empty<ReportTable>(), null]);

        Assert.Empty(report.FollowUps);
        Assert.Null(report.FollowUpDeadlineWorkingDays);
    }

    [Fact]
    public void Follow_ups_are_init_only_so_a_report_stays_immutable()
    {
        foreach (var name in new[] { nameof(AppraisalReport.FollowUps), nameof(AppraisalReport.FollowUpDeadlineWorkingDays) })
        {
            var setter = typeof(AppraisalReport).GetProperty(name)!.SetMethod!;
            Assert.Contains(setter.ReturnParameter.GetRequiredCustomModifiers(), m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
        }
    }

    [Fact]
    public void A_report_with_follow_ups_keeps_them_through_with()
    {
        FollowUpItem item = new("c-1", new LocalizedText("服务态度", "Attitude"), "排队太久", OptionLabel: new LocalizedText("不满意", "Dissatisfied"));
        var report = new AppraisalReport(1, []) { FollowUps = [item], FollowUpDeadlineWorkingDays = 15 };

        var copy = report with { BallotCount = 2 };

        Assert.Equal((15, item), (copy.FollowUpDeadlineWorkingDays!.Value, Assert.Single(copy.FollowUps)));
        Assert.Null(item.SubjectId);
    }

    [Fact]
    public void The_follow_up_item_constructor_takes_key_title_detail_and_then_the_optional_parts() =>
        Assert.Equal(
            ["Key", "Title", "Detail", "SubjectId", "SubjectName", "OptionLabel"],
            typeof(FollowUpItem).GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .Single(c => c.GetParameters().Length == 6).GetParameters().Select(p => p.Name!));
}
