using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;
using Dapper;

namespace Appraisal.Core.Tests.Security;

public abstract class AccountStoreTests(string provider) : IAsyncLifetime
{
    private const string Password = "s3cret-enough";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private StorageBackend _backend = null!;
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(8)));
    private IAppraisalDatabase _database = null!;
    private AccountStore _accounts = null!;

    public async Task InitializeAsync()
    {
        _backend = await StorageBackend.CreateAsync(provider);
        _database = await _backend.OpenAsync();
        _accounts = new AccountStore(_database, new PasswordHasher(iterations: 1000), _time);
    }

    public async Task DisposeAsync()
    {
        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task A_created_account_is_listed_without_its_password()
    {
        var created = await _accounts.CreateAccountAsync("wang.li", "  王丽  ", Role.Organizer, Password);

        var listed = Assert.Single(await _accounts.ListAccountsAsync());
        Assert.Equal(created, listed);
        Assert.Equal("wang.li", listed.Login);
        Assert.Equal("王丽", listed.DisplayName);
        Assert.Equal(Role.Organizer, listed.Role);
        Assert.Equal(new DateOnly(2026, 3, 1), listed.CreatedOn); // 23:30 at +08:00 is 15:30 UTC the same day
        Assert.False(listed.Disabled);
        Assert.Matches("^[0-9a-f]{32}$", listed.Id);
    }

    [Theory]
    [InlineData("WANG.LI")]
    [InlineData("Wang.Li")]
    [InlineData("wang.li")]
    public async Task A_login_that_differs_only_in_case_is_a_conflict(string second)
    {
        await _accounts.CreateAccountAsync("wang.li", "王丽", Role.Organizer, Password);

        var error = await Assert.ThrowsAsync<AccountConflictException>(
            () => _accounts.CreateAccountAsync(second, "someone else", Role.Observer, Password));

        Assert.Equal(second, error.Login);
        Assert.Contains("already taken", error.Message, StringComparison.Ordinal);
        Assert.Single(await _accounts.ListAccountsAsync());
    }

    [Fact]
    public async Task Composed_and_decomposed_accents_are_the_same_login()
    {
        await _accounts.CreateAccountAsync("jos\u00E9", "José", Role.Observer, Password);

        await Assert.ThrowsAsync<AccountConflictException>(
            () => _accounts.CreateAccountAsync("jose\u0301", "José again", Role.Observer, Password));
        Assert.NotNull(await _accounts.LoginAsync("jose\u0301", Password, Hour));
    }

    [Fact]
    public async Task Concurrent_creations_of_one_login_let_exactly_one_succeed()
    {
        var attempts = Enumerable.Range(0, 20)
            .Select(i => Task.Run(async () =>
            {
                try
                {
                    await _accounts.CreateAccountAsync(i % 2 == 0 ? "zhao" : "ZHAO", $"Zhao {i}", Role.Observer, Password);
                    return true;
                }
                catch (AccountConflictException)
                {
                    return false;
                }
            }))
            .ToArray();

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, created => created);
        Assert.Single(await _accounts.ListAccountsAsync());
    }

    [Theory]
    [InlineData("", "Name", Password, "login", "The login is empty.")]
    [InlineData("a b", "Name", Password, "login", "U+0020")]
    [InlineData("tab\there", "Name", Password, "login", "U+0009")]
    [InlineData("bell\u0007", "Name", Password, "login", "control characters")]
    [InlineData("zero\u200Bwidth", "Name", Password, "login", "invisible formatting")]
    [InlineData("ideographic\u3000space", "Name", Password, "login", "U+3000")]
    [InlineData("login", "", Password, "displayName", "The display name is empty.")]
    [InlineData("login", "   ", Password, "displayName", "The display name is empty.")]
    [InlineData("login", "new\nline", Password, "displayName", "control characters")]
    [InlineData("login", "Name", "short", "password", "5 characters long; at least 10")]
    [InlineData("login", "Name", "九个汉字的密码没够", "password", "9 characters long; at least 10")]
    public async Task Bad_input_is_refused_with_a_message_that_names_the_problem(
        string login, string displayName, string password, string parameter, string expected)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _accounts.CreateAccountAsync(login, displayName, Role.Observer, password));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await _accounts.ListAccountsAsync());
    }

    [Fact]
    public async Task A_login_with_broken_Unicode_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _accounts.CreateAccountAsync("broken\uD800", "Name", Role.Observer, Password));

        Assert.Equal("login", error.ParamName);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lengths_are_checked_at_their_bounds()
    {
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(
            () => _accounts.CreateAccountAsync(new string('a', 65), "Name", Role.Observer, Password));
        var tooLongName = await Assert.ThrowsAsync<ArgumentException>(
            () => _accounts.CreateAccountAsync("login", new string('名', 101), Role.Observer, Password));
        var tooLongPassword = await Assert.ThrowsAsync<ArgumentException>(
            () => _accounts.CreateAccountAsync("login", "Name", Role.Observer, new string('p', 1025)));
        var badRole = await Assert.ThrowsAsync<ArgumentException>(
            () => _accounts.CreateAccountAsync("login", "Name", (Role)7, Password));

        Assert.Contains("65 characters long; at most 64", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("at most 100", tooLongName.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1024", tooLongPassword.Message, StringComparison.Ordinal);
        Assert.Equal("role", badRole.ParamName);

        await _accounts.CreateAccountAsync(new string('a', 64), new string('名', 100), Role.Observer, "ten chars!");
        Assert.Single(await _accounts.ListAccountsAsync());
    }

    [Theory]
    [InlineData(Role.Observer)]
    [InlineData(Role.Organizer)]
    [InlineData(Role.Admin)]
    public async Task A_login_gives_a_token_that_resolves_to_the_account_with_its_role(Role role)
    {
        var account = await _accounts.CreateAccountAsync("li.na", "李娜", role, Password);

        var token = await _accounts.LoginAsync("LI.NA", Password, Hour);

        Assert.NotNull(token);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(new Caller(role, account.Id, "李娜"), await _accounts.ResolveSessionAsync(token));
    }

    [Fact]
    public async Task Each_login_starts_a_session_of_its_own()
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);

        var first = await _accounts.LoginAsync("li.na", Password, Hour);
        var second = await _accounts.LoginAsync("li.na", Password, Hour);

        Assert.NotEqual(first, second);
        Assert.NotNull(await _accounts.ResolveSessionAsync(first));
        Assert.NotNull(await _accounts.ResolveSessionAsync(second));
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_logins_get_no_token()
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);

        Assert.Null(await _accounts.LoginAsync("li.na", Password + "x", Hour));
        Assert.Null(await _accounts.LoginAsync("li.na", "", Hour));
        Assert.Null(await _accounts.LoginAsync("nobody", Password, Hour));
        Assert.Null(await _accounts.LoginAsync("", Password, Hour));
        Assert.Null(await _accounts.LoginAsync(new string('x', 10_000), Password, Hour));
        Assert.Null(await _accounts.LoginAsync("broken\uDC00", Password, Hour));
        Assert.Equal(0, await CountSessionsAsync());
    }

    [Fact]
    public async Task A_session_stops_resolving_when_it_expires()
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);
        var token = await _accounts.LoginAsync("li.na", Password, Hour);

        _time.Advance(Hour - TimeSpan.FromSeconds(1));
        Assert.NotNull(await _accounts.ResolveSessionAsync(token));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await _accounts.ResolveSessionAsync(token));
    }

    [Fact]
    public async Task Expired_sessions_are_removed_by_a_later_login()
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);
        await _accounts.LoginAsync("li.na", Password, Hour);
        await _accounts.LoginAsync("li.na", Password, Hour);
        Assert.Equal(2, await CountSessionsAsync());

        _time.Advance(Hour);
        var fresh = await _accounts.LoginAsync("li.na", Password, Hour);

        Assert.Equal(1, await CountSessionsAsync());
        Assert.NotNull(await _accounts.ResolveSessionAsync(fresh));
    }

    [Fact]
    public async Task A_disabled_account_cannot_log_in_and_its_sessions_stop_resolving_for_good()
    {
        var account = await _accounts.CreateAccountAsync("li.na", "李娜", Role.Organizer, Password);
        var token = await _accounts.LoginAsync("li.na", Password, Hour);

        Assert.True(await _accounts.SetDisabledAsync(account.Id, disabled: true));

        Assert.Null(await _accounts.ResolveSessionAsync(token));
        Assert.Null(await _accounts.LoginAsync("li.na", Password, Hour));
        Assert.True(Assert.Single(await _accounts.ListAccountsAsync()).Disabled);

        Assert.True(await _accounts.SetDisabledAsync(account.Id, disabled: false));
        Assert.Null(await _accounts.ResolveSessionAsync(token)); // re-enabling does not revive old tokens
        Assert.NotNull(await _accounts.ResolveSessionAsync(await _accounts.LoginAsync("li.na", Password, Hour)));
        Assert.False(await _accounts.SetDisabledAsync("no-such-account", disabled: true));
    }

    [Fact]
    public async Task A_session_of_an_account_disabled_behind_the_stores_back_does_not_resolve()
    {
        var account = await _accounts.CreateAccountAsync("li.na", "李娜", Role.Organizer, Password);
        var token = await _accounts.LoginAsync("li.na", Password, Hour);

        // Only the flag, as a manual fix in the database would do: the join still refuses the session.
        await _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "UPDATE accounts SET disabled = 1 WHERE id = @Id", new { account.Id }, transaction));

        Assert.Null(await _accounts.ResolveSessionAsync(token));
    }

    [Fact]
    public async Task Logout_ends_only_that_session()
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);
        var token = await _accounts.LoginAsync("li.na", Password, Hour);
        var other = await _accounts.LoginAsync("li.na", Password, Hour);

        Assert.True(await _accounts.LogoutAsync(token));

        Assert.Null(await _accounts.ResolveSessionAsync(token));
        Assert.NotNull(await _accounts.ResolveSessionAsync(other));
        Assert.False(await _accounts.LogoutAsync(token));
        Assert.False(await _accounts.LogoutAsync("garbage"));
        Assert.False(await _accounts.LogoutAsync(null));
    }

    [Fact]
    public async Task The_sessions_table_holds_the_tokens_SHA256_and_never_the_token()
    {
        var account = await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);
        var token = await _accounts.LoginAsync("li.na", Password, Hour);
        Assert.NotNull(token);

        var rows = (await _database.ReadAsync((connection, _) => connection.QueryAsync(
            "SELECT token_hash, account_id, expires_at FROM sessions"))).Cast<IDictionary<string, object>>().ToList();

        var row = Assert.Single(rows);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), row["token_hash"]);
        Assert.Equal(account.Id, row["account_id"]);
        Assert.Equal((_time.Now + Hour).ToUnixTimeSeconds(), row["expires_at"]);
        Assert.DoesNotContain(row.Values, value => value?.ToString()?.Contains(token, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中文中")]
    public async Task Malformed_or_unknown_tokens_resolve_to_nobody(string? token)
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);
        await _accounts.LoginAsync("li.na", Password, Hour);

        Assert.Null(await _accounts.ResolveSessionAsync(token));
    }

    [Fact]
    public async Task A_hash_with_fewer_iterations_is_upgraded_at_the_next_successful_login()
    {
        await _accounts.CreateAccountAsync("li.na", "李娜", Role.Observer, Password);
        var stronger = new AccountStore(_database, new PasswordHasher(iterations: 2000), _time);

        Assert.Null(await stronger.LoginAsync("li.na", "wrong password", Hour));
        Assert.StartsWith("pbkdf2-sha256$1000$", await ReadPasswordHashAsync(), StringComparison.Ordinal);

        Assert.NotNull(await stronger.LoginAsync("li.na", Password, Hour));
        Assert.StartsWith("pbkdf2-sha256$2000$", await ReadPasswordHashAsync(), StringComparison.Ordinal);
        Assert.NotNull(await stronger.LoginAsync("li.na", Password, Hour));
        Assert.NotNull(await _accounts.LoginAsync("li.na", Password, Hour));
    }

    [Fact]
    public async Task A_session_lifetime_must_be_positive()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _accounts.LoginAsync("li.na", Password, TimeSpan.Zero));
    }

    private Task<long> CountSessionsAsync() =>
        _database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sessions"));

    private Task<string?> ReadPasswordHashAsync() =>
        _database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<string?>("SELECT password_hash FROM accounts"));
}
