namespace Appraisal.Host.Exports;

/// <summary>One cell of an exported sheet: a number stays a number (Excel can sum it), anything else is text.</summary>
internal readonly record struct ExportCell(string? Text, decimal? Number = null)
{
    public static ExportCell Empty => default;

    public static ExportCell Of(string? text) => new(text);

    public static ExportCell Of(decimal number) => new(null, number);

    public static implicit operator ExportCell(string? text) => new(text);
}
