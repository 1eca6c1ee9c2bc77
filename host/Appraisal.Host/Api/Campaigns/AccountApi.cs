using System.Globalization;
using Appraisal.Core.Security;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>Binds <c>Api/accounts.graphql</c>: staff accounts, login sessions and the audit log.</summary>
internal static class AccountApi
{
    /// <summary>How long an organizer session lasts: a working day and then some.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    private static readonly Lazy<string> EmbeddedSdl = EmbeddedSchemaFile.Text("accounts.graphql");

    public static SchemaBuilder AddAccounts(this SchemaBuilder builder) =>
        builder
            .AddSdl(EmbeddedSdl.Value)
            .AddResolver("Query", "me", async context =>
            {
                var caller = await ApiAccess.CallerAsync(context);
                return caller.IsAuthenticated ? caller : null;
            })
            .AddResolver("Query", "accounts", async context =>
            {
                await AdminAsync(context);
                return await ApiAccess.Service<AccountStore>(context).ListAccountsAsync(context.CancellationToken);
            })
            .AddResolver("Query", "auditLog", AuditLogAsync)
            .AddResolver("Mutation", "login", LoginAsync)
            .AddResolver("Mutation", "logout", context =>
            {
                var header = ApiAccess.Http(context).Request.Headers.Authorization.ToString();
                var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
                return ApiAccess.Service<AccountStore>(context).LogoutAsync(token, context.CancellationToken);
            })
            .AddResolver("Mutation", "createAccount", async context =>
            {
                var caller = await AdminAsync(context);
                var input = context.Argument<IReadOnlyDictionary<string, object?>>("input");
                try
                {
                    var account = await ApiAccess.Service<AccountStore>(context).CreateAccountAsync(
                        (string)input["login"]!, (string)input["displayName"]!, (Role)input["role"]!, (string)input["password"]!,
                        context.CancellationToken);
                    await ApiAudit.RecordAsync(context, caller, "account.create", null, new { account.Id, account.Login, Role = account.Role.ToString() });
                    return account;
                }
                catch (AccountConflictException)
                {
                    throw ApiErrors.Error("LOGIN_TAKEN", "该登录名已被使用。", "That login is already taken.", "input.login");
                }
                catch (ArgumentException exception)
                {
                    throw ApiErrors.Error("INVALID_INPUT", $"账号信息无效：{exception.Message}", $"Invalid account: {exception.Message}", "input");
                }
            })
            .AddResolver("Mutation", "setAccountDisabled", async context =>
            {
                var caller = await AdminAsync(context);
                var id = context.Argument<string>("id");
                var disabled = context.Argument("disabled", false);
                var accounts = ApiAccess.Service<AccountStore>(context);
                if (!await accounts.SetDisabledAsync(id, disabled, context.CancellationToken))
                {
                    throw ApiErrors.Error("ACCOUNT_NOT_FOUND", "没有这个账号。", "No such account.", "id");
                }

                await ApiAudit.RecordAsync(context, caller, disabled ? "account.disable" : "account.enable", null, new { Id = id });
                return (await accounts.ListAccountsAsync(context.CancellationToken)).Single(a => a.Id == id);
            })
            .BindObject<Caller>("Me")
            .BindObject<Account>("Account")
            .AddResolver("Account", "createdOn", context => ((Account)context.Source!).CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .BindObject<Session>("Session")
            .BindEnum<Role>("Role")
            .BindObject<AuditRecord>("AuditRecord")
            .AddResolver("AuditRecord", "at", context => ((AuditRecord)context.Source!).At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .AddResolver("AuditRecord", "seq", context => (int)((AuditRecord)context.Source!).Seq);

    private static async Task<Caller> AdminAsync(FieldContext context)
    {
        var caller = await ApiAccess.CallerAsync(context);
        return caller.Role == Role.Admin ? caller : throw (caller.IsAuthenticated ? ApiAccess.Forbidden() : ApiAccess.Unauthenticated());
    }

    private static async Task<object?> LoginAsync(FieldContext context)
    {
        var login = context.Argument<string>("login");
        var http = ApiAccess.Http(context);
        if (!await ApiAccess.Service<PublicOperationLimiter>(context).TryAcquireLoginAsync(http, login))
        {
            throw ApiErrors.Error("RATE_LIMITED", "登录尝试过于频繁，请稍后再试。", "Too many login attempts; try again later.");
        }

        var accounts = ApiAccess.Service<AccountStore>(context);
        var token = await accounts.LoginAsync(login, context.Argument<string>("password"), SessionLifetime, context.CancellationToken);
        var caller = token is null ? null : await accounts.ResolveSessionAsync(token, context.CancellationToken);
        if (token is null || caller is null)
        {
            throw ApiErrors.Error("LOGIN_FAILED", "登录名或密码不正确。", "Wrong login or password.");
        }

        var expires = ApiAccess.Service<TimeProvider>(context).GetUtcNow() + SessionLifetime;
        return new Session(token, expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), caller);
    }

    private static async Task<object?> AuditLogAsync(FieldContext context)
    {
        var caller = await ApiAccess.ManagerAsync(context);
        var campaignId = context.Argument<string?>("campaignId");
        var limit = context.Argument("limit", 100);
        if (limit is < 1 or > AuditLog.MaxReadLimit)
        {
            throw ApiErrors.Error("INVALID_INPUT", "limit 须在 1 至 1000 之间。", "limit must be 1 to 1000.", "limit");
        }

        if (caller.Role != Role.Admin)
        {
            // Organizers read the log of their own campaigns only.
            if (campaignId is null)
            {
                throw ApiAccess.Forbidden();
            }

            await ApiAccess.ManageableAsync(context, campaignId);
        }

        return await ApiAccess.Service<AuditLog>(context).ReadAsync(campaignId, limit, context.CancellationToken);
    }

    private sealed record Session(string Token, string ExpiresAt, Caller Me);
}
