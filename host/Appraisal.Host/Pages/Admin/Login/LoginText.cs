using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Login;

/// <summary>The strings of the console's login page, in both languages.</summary>
public static class LoginText
{
    public static string Title => Text("登录活动管理", "Sign in to the campaign console");

    public static string Login => Text("登录名", "Login");

    public static string Password => Text("密码", "Password");

    public static string SignIn => Text("登录", "Sign in");

    /// <summary>The same for an unknown login, a wrong password and a disabled account: the page tells no one which logins exist.</summary>
    public static string Failed => Text("登录名或密码不正确。", "Wrong login or password.");

    public static string TooMany => Text("登录尝试过于频繁，请稍后再试。", "Too many login attempts; try again later.");

    public static string NoAccountsTitle => Text("还没有任何账号", "There are no accounts yet");

    public static string NoAccounts => Text(
        "第一个管理员账号须用管理员密钥创建（主机首次启动时在控制台打印一次，或由 Appraisal:AdminKey 配置），在主机所在的电脑上运行：",
        "Create the first admin account with the admin key (printed once on the console at first start, or set as Appraisal:AdminKey), on the host's machine:");

    /// <summary>Shown as text to copy; the placeholders are for the operator to fill in.</summary>
    public const string FirstAccountCommand =
        """
        curl -s http://127.0.0.1:5000/graphql \
          -H 'content-type: application/json' \
          -H 'authorization: Bearer <admin key>' \
          -d '{"query":"mutation { createAccount(input: { login: \"admin\", displayName: \"管理员\", role: ADMIN, password: \"<password>\" }) { id } }"}'
        """;

    public static string NoAccountsAfter => Text(
        "之后用这个账号登录。组织者和观察员的账号也这样创建（role 为 ORGANIZER 或 OBSERVER）；控制台还没有账号管理页面。密码至少 10 个字符。",
        "Then sign in with that account. Organizer and observer accounts are made the same way (role ORGANIZER or OBSERVER); the console has no account pages yet. Passwords have at least 10 characters.");
}
