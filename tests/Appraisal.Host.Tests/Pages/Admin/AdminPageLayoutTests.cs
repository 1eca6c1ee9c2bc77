using Appraisal.Host.Pages.Admin.Login;
using Appraisal.Host.Pages.Admin.Shell;
using Appraisal.Host.Pages.Hosting;
using Microsoft.AspNetCore.Components;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>
/// The console's access check lives in AdminLayout, which renders no page for an anonymous caller. A console page
/// that chose another layout would skip it, so every routable component under Pages/Admin is checked here.
/// </summary>
public sealed class AdminPageLayoutTests
{
    private static readonly Type[] Pages =
        [.. typeof(AdminLayout).Assembly.GetTypes().Where(t =>
            t.Namespace?.StartsWith("Appraisal.Host.Pages.Admin", StringComparison.Ordinal) == true
            && t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Length > 0)];

    [Fact]
    public void Every_console_page_but_the_login_page_renders_inside_the_admin_layout_and_is_private()
    {
        Assert.Contains(typeof(LoginPage), Pages);
        foreach (var page in Pages)
        {
            var layout = (LayoutAttribute?)Attribute.GetCustomAttribute(page, typeof(LayoutAttribute));
            Assert.True(page == typeof(LoginPage) || layout?.LayoutType == typeof(AdminLayout), $"{page.Name} renders in {layout?.LayoutType.Name ?? "no layout"}");
            Assert.NotNull(Attribute.GetCustomAttribute(page, typeof(PrivateUrlAttribute)));
        }
    }
}
