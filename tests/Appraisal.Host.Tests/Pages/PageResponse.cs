using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Appraisal.Host.Tests.Pages;

/// <summary>A page as the host answered it: status, headers, the raw HTML and its parsed document.</summary>
internal sealed record PageResponse(
    HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, Uri? Location, string Html, IHtmlDocument Document)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

    /// <summary>The page's post form.</summary>
    public IHtmlFormElement Form =>
        Document.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));

    /// <summary>Where the form posts: its action, or the page's own address.</summary>
    public string FormAction => Form.GetAttribute("action") ?? throw new InvalidOperationException("The form has no action.");

    /// <summary>What the form would post now, before the test changes anything.</summary>
    public FormValues Values() => FormValues.Of(Form);

    /// <summary>A row of the members × grades matrix, by the name in its legend.</summary>
    public MatrixRow Row(string name) => Rows.Single(r => r.Name == name);

    public IReadOnlyList<MatrixRow> Rows =>
        [.. Document.QuerySelectorAll("fieldset.mr").Select(row => new MatrixRow(row))];

    /// <summary>
    /// A question (a fieldset, or a text box's block) by its text: what its legend or label says before the required
    /// mark and any hint. For a per-subject question, <paramref name="within"/> is the subject's matrix row.
    /// </summary>
    public IElement Question(string text, IElement? within = null) =>
        (within ?? Document.DocumentElement).QuerySelectorAll(".q").Single(q => QuestionText(q) == text);

    private static string QuestionText(IElement question) =>
        (question.QuerySelector("legend") ?? question.QuerySelector("label"))!.ChildNodes.First(n => n.NodeType == NodeType.Text).TextContent.Trim();

    /// <summary>The error messages shown inside an element.</summary>
    public static string[] Errors(IElement element) => [.. element.QuerySelectorAll(".e").Select(e => e.TextContent)];

    /// <summary>The name and the value of the option labelled <paramref name="label"/> in a question.</summary>
    public static (string Name, string Value) Option(IElement question, string label)
    {
        var input = question.QuerySelectorAll<IHtmlInputElement>("input")
            .Single(i => i.ParentElement!.TextContent.Trim() == label);
        return (input.Name!, input.Value);
    }
}
