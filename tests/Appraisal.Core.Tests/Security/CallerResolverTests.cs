using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Microsoft.Extensions.Options;

namespace Appraisal.Core.Tests.Security;

public sealed class CallerResolverTests : IAsyncLifetime
{
    private const string ConfiguredKey = "configured-admin-key-for-tests";
    private const string Password = "s3cret-enough";

    private readonly TestDirectory _directory = new();
    private SqliteDatabase _database = null!;
    private AdminKeyStore _adminKeys = null!;
    private AccountStore _accounts = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(_directory.Path);
        await _database.MigrateAsync();
        _adminKeys = new AdminKeyStore(new SettingsStore(_database));
        _accounts = new AccountStore(_database, new PasswordHasher(iterations: 1000));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("Bearer " + ConfiguredKey)]
    [InlineData("bearer " + ConfiguredKey)]
    [InlineData("BEARER\t" + ConfiguredKey)]
    [InlineData("  Bearer   " + ConfiguredKey + "  ")]
    public async Task The_configured_admin_key_makes_the_caller_the_admin(string header)
    {
        var caller = await Resolver(ConfiguredKey).ResolveAsync(header);

        Assert.Same(Caller.AdminKeyHolder, caller);
        Assert.Equal("管理员", caller.DisplayName);
    }

    [Fact]
    public async Task A_generated_admin_key_makes_the_caller_the_admin()
    {
        var generated = await _adminKeys.EnsureAsync(configuredKey: null);
        Assert.NotNull(generated);

        Assert.Same(Caller.AdminKeyHolder, await Resolver(adminKey: null).ResolveAsync("Bearer " + generated));
        Assert.Same(Caller.Anonymous, await Resolver(adminKey: null).ResolveAsync("Bearer " + generated + "x"));
    }

    [Fact]
    public async Task When_a_key_is_configured_a_previously_generated_one_no_longer_works()
    {
        var generated = await _adminKeys.EnsureAsync(configuredKey: null);

        Assert.Same(Caller.Anonymous, await Resolver(ConfiguredKey).ResolveAsync("Bearer " + generated));
    }

    [Fact]
    public async Task A_session_token_makes_the_caller_its_account()
    {
        var account = await _accounts.CreateAccountAsync("zhang.wei", "张伟", Role.Organizer, Password);
        var token = await _accounts.LoginAsync("zhang.wei", Password, TimeSpan.FromHours(1));

        var caller = await Resolver(ConfiguredKey).ResolveAsync("Bearer " + token);

        Assert.Equal(new Caller(Role.Organizer, account.Id, "张伟"), caller);
        Assert.True(await _accounts.LogoutAsync(token));
        Assert.Same(Caller.Anonymous, await Resolver(ConfiguredKey).ResolveAsync("Bearer " + token));
    }

    public static TheoryData<string?> GarbageHeaders() =>
    [
        null,
        "",
        " ",
        "Bearer",
        "Bearer ",
        "Bearer\t\t",
        "Bearer" + ConfiguredKey,
        "Basic x",
        "Basic " + ConfiguredKey,
        "Token " + ConfiguredKey,
        ConfiguredKey,
        "Bearer wrong-key",
        "Bearer " + ConfiguredKey + " extra",
        "Bearer " + ConfiguredKey + "\u0000",
        "Bearer \u0000",
        "Bearer 管理员密钥",
        "Bearer " + new string('中', 43),
        "Bearer 😀😀😀",
        "\u00A0Bearer\u00A0" + ConfiguredKey,
        "Bearer " + ConfiguredKey.ToUpperInvariant(),
        new string('x', 10 * 1024),
        "Bearer " + new string('A', 10 * 1024),
        "Bearer " + new string('A', 43),
    ];

    [Theory]
    [MemberData(nameof(GarbageHeaders))]
    public async Task Anything_else_is_anonymous_and_never_throws(string? header)
    {
        Assert.Same(Caller.Anonymous, await Resolver(ConfiguredKey).ResolveAsync(header));
        Assert.Same(Caller.Anonymous, await Resolver(adminKey: null).ResolveAsync(header));
    }

    [Fact]
    public async Task Broken_Unicode_is_anonymous_too()
    {
        Assert.Same(Caller.Anonymous, await Resolver(ConfiguredKey).ResolveAsync("Bearer \uD800\uD800"));
        Assert.Same(Caller.Anonymous, await Resolver(ConfiguredKey).ResolveAsync("\uDFFFBearer x"));
    }

    [Fact]
    public async Task A_configured_key_of_any_printable_characters_works()
    {
        const string key = "ключ-密钥-!#$%&'*+.^_`|~";

        Assert.Same(Caller.AdminKeyHolder, await Resolver(key).ResolveAsync("Bearer " + key));
    }

    private CallerResolver Resolver(string? adminKey) =>
        new(_adminKeys, _accounts, Options.Create(new AppraisalOptions { AdminKey = adminKey }));
}
