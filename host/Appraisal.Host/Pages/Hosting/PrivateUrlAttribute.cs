namespace Appraisal.Host.Pages.Hosting;

/// <summary>
/// Marks a page whose address carries a secret (a ballot code in <c>/b/{code}</c>): its responses are never stored
/// by a browser or a proxy (<c>Cache-Control: no-cache, no-store</c>) and its address is never sent on as a referrer
/// (<c>Referrer-Policy: no-referrer</c>). <see cref="PageHeadersMiddleware"/> reads it from the endpoint.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PrivateUrlAttribute : Attribute;
