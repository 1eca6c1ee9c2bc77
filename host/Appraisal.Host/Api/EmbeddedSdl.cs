namespace Appraisal.Host.Api;

/// <summary>The schema files embedded in the host (<c>Api/*.graphql</c>, logical name <c>Appraisal.Host.Api.&lt;file&gt;</c>).</summary>
internal static class EmbeddedSdl
{
    /// <summary>The text of <c>Api/<paramref name="file"/></c>, read once per caller's <see cref="Lazy{T}"/>.</summary>
    public static Lazy<string> Of(string file) => new(() =>
    {
        using var stream = typeof(EmbeddedSdl).Assembly.GetManifestResourceStream("Appraisal.Host.Api." + file)
            ?? throw new InvalidOperationException($"The embedded schema file {file} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
