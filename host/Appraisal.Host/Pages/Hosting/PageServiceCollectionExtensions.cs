using System.Text.Encodings.Web;
using System.Text.Unicode;
using Appraisal.Host.Pages.Admin.Shell;
using Microsoft.AspNetCore.Http.Features;

namespace Appraisal.Host.Pages.Hosting;

/// <summary>What the pages need: Razor components rendered on the server, statically (no interactive render mode,
/// so every page works without JavaScript), with antiforgery on every form.</summary>
public static class PageServiceCollectionExtensions
{
    /// <summary>
    /// The most form fields a page accepts. A ballot posts one field per answer and one per ticked option, so a large
    /// branch with many ticks passes the framework's default of 1,024; the answer validator bounds what is kept.
    /// </summary>
    private const int MaxFormFields = 10_000;

    public static IServiceCollection AddAppraisalPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddAntiforgery();
        // Chinese as text: three bytes a character instead of an eight-byte &#x…; escape. Markup characters are still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<FormOptions>(form => form.ValueCountLimit = MaxFormFields);
        services.AddScoped<AdminAccess>();                       // the console's caller, once per request
        return services;
    }
}
