namespace Appraisal.Host.Api;

/// <summary>The SDL files embedded in the host (<c>Api/*.graphql</c>, see the project file), each read once.</summary>
internal static class EmbeddedSchemaFile
{
    /// <summary>The text of <c>Api/<paramref name="fileName"/></c>, read on first use.</summary>
    public static Lazy<string> Text(string fileName) => new(() =>
    {
        using var stream = typeof(EmbeddedSchemaFile).Assembly.GetManifestResourceStream("Appraisal.Host.Api." + fileName)
            ?? throw new InvalidOperationException($"The embedded schema file {fileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
