namespace Appraisal.Core.Storage;

/// <summary>One table copied by <see cref="DataCopier"/>: the rows it wrote and the rows the source held.</summary>
public sealed record TableCopied(string Table, long Copied, long Total);
