using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Security;

/// <summary>
/// Staff accounts and their sessions, in the <c>accounts</c> and <c>sessions</c> tables (migration 0003).
/// A session is a random bearer token; the database keeps only its SHA-256, so a copy of the file yields no
/// usable token. Password hashing runs on the caller's thread, never inside a write, so a slow hash does not
/// hold up the group-committed writes of everyone else.
/// </summary>
public sealed class AccountStore
{
    /// <summary>Longest login accepted, in UTF-16 code units.</summary>
    public const int MaxLoginLength = 64;

    /// <summary>Shortest password accepted, in Unicode characters (scalar values).</summary>
    public const int MinPasswordLength = 10;

    /// <summary>Longest password accepted: far beyond any pass phrase, and bounds what one login costs to hash.</summary>
    public const int MaxPasswordLength = 1024;

    /// <summary>Longest display name accepted.</summary>
    public const int MaxDisplayNameLength = 100;

    private const int TokenBytes = 32;

    // 32 bytes in unpadded base64url.
    private const int TokenLength = 43;

    private readonly IAppraisalDatabase _database;
    private readonly PasswordHasher _hasher;
    private readonly TimeProvider _time;

    // Verified against when the login is unknown, so that answer takes as long as a wrong password. Made on first
    // use with the current iteration count: a cheaper dummy would tell an observer which logins exist.
    private readonly Lazy<string> _dummyHash;

    public AccountStore(IAppraisalDatabase database, PasswordHasher hasher, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(hasher);
        _database = database;
        _hasher = hasher;
        _time = timeProvider ?? TimeProvider.System;
        _dummyHash = new Lazy<string>(() => hasher.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    /// <summary>Creates an account and returns it.</summary>
    /// <param name="login">
    /// 1–64 characters, no whitespace, control or invisible formatting characters. Stored in Unicode NFC, and
    /// unique ignoring ASCII case (SQLite's NOCASE), so "Wang.Li" and "wang.li" cannot both exist.
    /// </param>
    /// <param name="displayName">Shown in the interface; trimmed, 1–100 characters.</param>
    /// <param name="role">What the account may do.</param>
    /// <param name="password">At least 10 characters; see <see cref="PasswordHasher"/>.</param>
    /// <param name="cancellationToken">Cancels the write while it is still queued.</param>
    /// <exception cref="ArgumentException">A value is empty, too long, too short or contains characters not allowed.</exception>
    /// <exception cref="AccountConflictException">The login is taken.</exception>
    public async Task<Account> CreateAccountAsync(
        string login, string displayName, Role role, string password, CancellationToken cancellationToken = default)
    {
        var normalizedLogin = ValidateLogin(login);
        var trimmedName = ValidateDisplayName(displayName);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentException($"Role {(int)role} is not one of Observer, Organizer, Admin.", nameof(role));
        }

        ValidatePassword(password);

        var account = new Account(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), normalizedLogin, trimmedName, role,
            DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), Disabled: false);
        var passwordHash = _hasher.Hash(password);

        // ON CONFLICT DO NOTHING turns a taken login into "no row inserted" instead of a provider-specific error,
        // and the check and the insert are one statement, so two concurrent creations cannot both succeed.
        var inserted = await _database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO accounts (id, login, display_name, role, password_hash, created_at, disabled)
                VALUES (@Id, @Login, @DisplayName, @Role, @PasswordHash, @CreatedAt, 0)
                ON CONFLICT (login) DO NOTHING
                """,
                new
                {
                    account.Id,
                    account.Login,
                    account.DisplayName,
                    Role = role.ToString(),
                    PasswordHash = passwordHash,
                    CreatedAt = account.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
                transaction, cancellationToken: token)),
            cancellationToken);
        if (inserted == 0)
        {
            throw new AccountConflictException($"The login '{normalizedLogin}' is already taken (logins ignore case).")
            {
                Login = normalizedLogin,
            };
        }

        return account;
    }

    /// <summary>
    /// Checks a login and password and starts a session. Returns the bearer token, or null for an unknown login,
    /// a wrong password or a disabled account, which are deliberately indistinguishable: each costs one password
    /// hash. A hash made with fewer iterations than the current ones is replaced on success. The session lasts
    /// <paramref name="lifetime"/>, which must be positive.
    /// </summary>
    public async Task<string?> LoginAsync(
        string login, string password, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);

        var normalizedLogin = NormalizeOrNull(login);
        var row = normalizedLogin is null || normalizedLogin.Length is 0 or > MaxLoginLength
            ? null
            : await _database.ReadAsync(
                (connection, token) => connection.QuerySingleOrDefaultAsync<CredentialRow>(new CommandDefinition(
                    "SELECT id AS Id, password_hash AS PasswordHash, disabled AS Disabled FROM accounts WHERE login = @login",
                    new { login = normalizedLogin }, cancellationToken: token)),
                cancellationToken);

        var matches = _hasher.Verify(password, row?.PasswordHash ?? _dummyHash.Value);
        if (row is null || !matches || row.Disabled != 0)
        {
            return null;
        }

        var sessionToken = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = _time.GetUtcNow();
        var expiresAt = (now + lifetime).ToUnixTimeSeconds();
        var newHash = _hasher.NeedsRehash(row.PasswordHash) ? _hasher.Hash(password) : null;

        var started = await _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                // Expired sessions are useless; dropping them here keeps the table from growing without a timer.
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM sessions WHERE expires_at <= @now",
                    new { now = now.ToUnixTimeSeconds() }, transaction, cancellationToken: token));

                // Checked again inside the write: the account may have been disabled since it was read.
                var inserted = await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO sessions (token_hash, account_id, expires_at)
                    SELECT @tokenHash, id, @expiresAt FROM accounts WHERE id = @id AND disabled = 0
                    """,
                    new { tokenHash = HashToken(sessionToken), expiresAt, id = row.Id }, transaction, cancellationToken: token));
                if (inserted == 1 && newHash is not null)
                {
                    // Only if nobody changed the password meanwhile.
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE accounts SET password_hash = @newHash WHERE id = @id AND password_hash = @oldHash",
                        new { newHash, id = row.Id, oldHash = row.PasswordHash }, transaction, cancellationToken: token));
                }

                return inserted == 1;
            },
            cancellationToken);
        return started ? sessionToken : null;
    }

    /// <summary>
    /// The caller behind a session token, or null when the token is malformed, unknown, expired, logged out,
    /// or its account is disabled.
    /// </summary>
    public async Task<Caller?> ResolveSessionAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var row = await _database.ReadAsync(
            (connection, ct) => connection.QuerySingleOrDefaultAsync<SessionRow>(new CommandDefinition(
                """
                SELECT a.id AS Id, a.role AS Role, a.display_name AS DisplayName
                FROM sessions s JOIN accounts a ON a.id = s.account_id
                WHERE s.token_hash = @tokenHash AND s.expires_at > @now AND a.disabled = 0
                """,
                new { tokenHash = HashToken(token), now }, cancellationToken: ct)),
            cancellationToken);
        return row is null ? null : new Caller(Enum.Parse<Role>(row.Role), row.Id, row.DisplayName);
    }

    /// <summary>Ends the session of <paramref name="token"/>; false when there was none.</summary>
    public async Task<bool> LogoutAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(token))
        {
            return false;
        }

        var tokenHash = HashToken(token);
        var deleted = await _database.WriteAsync(
            (connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM sessions WHERE token_hash = @tokenHash", new { tokenHash }, transaction, cancellationToken: ct)),
            cancellationToken);
        return deleted > 0;
    }

    /// <summary>Every account, ordered by login.</summary>
    public async Task<IReadOnlyList<Account>> ListAccountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _database.ReadAsync(
            (connection, token) => connection.QueryAsync<AccountRow>(new CommandDefinition(
                """
                SELECT id AS Id, login AS Login, display_name AS DisplayName, role AS Role,
                       created_at AS CreatedAt, disabled AS Disabled
                FROM accounts ORDER BY login, id
                """,
                cancellationToken: token)),
            cancellationToken);
        return [.. rows.Select(row => new Account(
            row.Id, row.Login, row.DisplayName, Enum.Parse<Role>(row.Role),
            DateOnly.ParseExact(row.CreatedAt, "yyyy-MM-dd", CultureInfo.InvariantCulture), row.Disabled != 0))];
    }

    /// <summary>
    /// Disables or re-enables an account; false when there is no such account. Disabling also ends its sessions,
    /// so re-enabling later does not bring back a token that may have leaked meanwhile.
    /// </summary>
    public Task<bool> SetDisabledAsync(string accountId, bool disabled, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return _database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var updated = await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE accounts SET disabled = @disabled WHERE id = @accountId",
                    new { disabled = disabled ? 1 : 0, accountId }, transaction, cancellationToken: token));
                if (updated > 0 && disabled)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "DELETE FROM sessions WHERE account_id = @accountId",
                        new { accountId }, transaction, cancellationToken: token));
                }

                return updated > 0;
            },
            cancellationToken);
    }

    /// <summary>The SHA-256 (lowercase hex) under which a token's session is stored.</summary>
    internal static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>
    /// Whether <paramref name="token"/> has the shape of a token this store issues, so garbage never reaches the
    /// database. The lookup is by hash, not by token, so how long it takes says nothing about a real token.
    /// </summary>
    private static bool LooksLikeToken([NotNullWhen(true)] string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string ValidateLogin(string login)
    {
        ArgumentNullException.ThrowIfNull(login);
        var normalized = NormalizeOrNull(login)
            ?? throw new ArgumentException("The login contains an unpaired surrogate (broken Unicode text).", nameof(login));
        if (normalized.Length == 0)
        {
            throw new ArgumentException("The login is empty.", nameof(login));
        }

        if (normalized.Length > MaxLoginLength)
        {
            throw new ArgumentException(
                $"The login is {normalized.Length} characters long; at most {MaxLoginLength} are allowed.", nameof(login));
        }

        foreach (var c in normalized)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || char.IsControl(c) || category == UnicodeCategory.Format)
            {
                throw new ArgumentException(
                    $"The login contains U+{(int)c:X4}; spaces, control characters and invisible formatting characters are not allowed.",
                    nameof(login));
            }
        }

        return normalized;
    }

    private static string ValidateDisplayName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var trimmed = displayName.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("The display name is empty.", nameof(displayName));
        }

        if (trimmed.Length > MaxDisplayNameLength)
        {
            throw new ArgumentException(
                $"The display name is {trimmed.Length} characters long; at most {MaxDisplayNameLength} are allowed.",
                nameof(displayName));
        }

        if (trimmed.Any(char.IsControl))
        {
            throw new ArgumentException("The display name contains control characters.", nameof(displayName));
        }

        return trimmed;
    }

    private static void ValidatePassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var length = password.EnumerateRunes().Count();
        if (length < MinPasswordLength)
        {
            throw new ArgumentException(
                $"The password is {length} characters long; at least {MinPasswordLength} are required.", nameof(password));
        }

        if (length > MaxPasswordLength)
        {
            throw new ArgumentException(
                $"The password is {length} characters long; at most {MaxPasswordLength} are allowed.", nameof(password));
        }
    }

    /// <summary>
    /// NFC, so a login typed with a composed or a decomposed accent is the same login. Null when the text cannot
    /// be normalized (an unpaired surrogate).
    /// </summary>
    private static string? NormalizeOrNull(string login)
    {
        try
        {
            return login.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private sealed record CredentialRow(string Id, string PasswordHash, long Disabled);

    private sealed record SessionRow(string Id, string Role, string DisplayName);

    private sealed record AccountRow(string Id, string Login, string DisplayName, string Role, string CreatedAt, long Disabled);
}
