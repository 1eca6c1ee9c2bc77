namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// One fuzzed request against the ballot forms or <c>submitBallot</c>. <see cref="Code"/> is the fresh code it was
/// given to itself (returned to the pool unless the box accepted the ballot).
/// </summary>
internal sealed record FormCase(
    string Kind,
    HttpMethod Method,
    string Path,
    byte[]? Body,
    string? ContentType,
    bool WithCookie,
    FuzzCampaign? Campaign,
    string? Code)
{
    /// <summary>Past the GraphQL endpoint's 256 KiB the server may answer before reading it all and close the connection.</summary>
    public bool MayReset => Body?.Length > 256 * 1024;

    public bool IsGraphQL => Path == "graphql";

    public override string ToString()
    {
        var body = Body is null ? "" : System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300));
        return $"{Kind} {Method} /{Path} ({ContentType ?? "no content type"}, {Body?.Length ?? 0} bytes, cookie {WithCookie}): {body}";
    }
}
