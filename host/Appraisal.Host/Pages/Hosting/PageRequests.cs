using Microsoft.AspNetCore.Components.Endpoints;

namespace Appraisal.Host.Pages.Hosting;

/// <summary>Which requests are for pages: those routed to a Razor component, not to GraphQL, health or assets.</summary>
internal static class PageRequests
{
    public static bool IsPage(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
}
