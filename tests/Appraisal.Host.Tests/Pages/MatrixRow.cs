using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Appraisal.Host.Tests.Pages;

/// <summary>One row of the members × grades matrix: a fieldset named by its legend, a radio per grade.</summary>
internal sealed class MatrixRow(IElement fieldset)
{
    public IElement Element => fieldset;

    public string Name => fieldset.QuerySelector("legend")!.TextContent;

    /// <summary>The field every radio of the row posts as.</summary>
    public string Field => Radios.Select(r => r.Name!).Distinct().Single();

    /// <summary>The radios, with the grade each is labelled with (read by screen readers, not shown).</summary>
    public IReadOnlyList<(string Label, IHtmlInputElement Radio)> Options =>
        [.. Radios.Select(r => (r.ParentElement!.TextContent, r))];

    public string ValueOf(string label) => Options.Single(o => o.Label == label).Radio.Value;

    public string? Checked => Options.SingleOrDefault(o => o.Radio.IsChecked).Label;

    /// <summary>The row's own error messages (those of the items folded under it are theirs).</summary>
    public string[] Errors => [.. fieldset.Children.Where(c => c.ClassList.Contains("e")).Select(c => c.TextContent)];

    private IEnumerable<IHtmlInputElement> Radios =>
        fieldset.Children.OfType<IHtmlLabelElement>().SelectMany(l => l.QuerySelectorAll<IHtmlInputElement>("input[type=radio]"));
}
