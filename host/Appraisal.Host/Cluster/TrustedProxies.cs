namespace Appraisal.Host.Cluster;

/// <summary>Registered only when <c>Appraisal:ForwardedHeaders</c> names proxies: its presence switches the middleware on.</summary>
public sealed class TrustedProxies;
