using System.Text.Encodings.Web;
using System.Text.Unicode;
using Appraisal.Core;
using Appraisal.Host.Api;
using Appraisal.Host.Cluster;
using Appraisal.Host.CommandLine;
using Appraisal.Host.Demo;
using Appraisal.Host.Endpoints;
using Appraisal.Host.Hosting;
using Appraisal.Host.Pages.Hosting;

// `serve` (the default) runs the web host built below; `plugins list` and `plugins verify <folder>` use the
// same configuration without serving. Unknown arguments (--urls, --Appraisal:DataDirectory=…) go to ASP.NET.
return await AppraisalCommandLine.Create(BuildApplication).Parse(args).InvokeAsync();

static WebApplication BuildApplication(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddAppraisalCore(builder.Configuration);   // SQLite, migrations, plugin catalog
    builder.Services.AddAppraisalCluster(builder.Configuration); // shared key ring, plugin packages, trusted proxies
    builder.Services.AddAppraisalGraphQL(builder.Configuration);  // engine, product schema, endpoint limits
    builder.Services.AddHostedService<AdminKeyAnnouncer>();      // prints a generated admin key once
    builder.Services.AddSingleton<DemoSeeder>();
    builder.Services.AddHostedService<DemoDataService>();        // demo campaigns on first start (Appraisal:Demo)
    builder.Services.ConfigureHttpJsonOptions(json =>            // Chinese text as text, not \u escapes
        json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
    builder.Services.AddAppraisalPages();                        // Razor components, static server rendering, antiforgery
    builder.Logging.KeepRequestPathsOutOfLogs();                 // a ballot's address holds its code

    var app = builder.Build();
    app.UseAppraisalForwardedHeaders();                          // client address from trusted proxies only
    app.UseAppraisalPages();                                     // page headers, language, antiforgery
    app.MapHealth();                                             // GET /healthz
    app.MapGraphQL();                                            // POST and GET /graphql
    app.MapPages();                                              // /b, /b/{code}; /assets/site.….css
    app.MapExports();                                            // GET /exports/{campaignId}/ballots.xlsx …
    return app;
}

/// <summary>The entry point's type, which <c>WebApplicationFactory</c> in the host tests looks for.</summary>
public partial class Program;
