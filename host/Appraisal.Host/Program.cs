var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "starting" }));
app.Run();

/// <summary>Visible to <c>WebApplicationFactory</c> in the host tests.</summary>
public partial class Program;
