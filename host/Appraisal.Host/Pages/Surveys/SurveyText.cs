using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Surveys;

/// <summary>The strings the public survey page adds to the ballot form's, in both languages.</summary>
public static class SurveyText
{
    public static string OncePerDevice => Text(
        "匿名填写，不记录姓名和手机号。每台设备只能提交一次，提交后不能修改。",
        "Anonymous: no name or phone number is recorded. Each device submits once, and a submission cannot be changed.");

    public static string CodeLabel => Text("一次性测评码", "One-time ballot code");

    public static string CodeHint => Text(
        "本问卷需要工作人员发给你的测评码：15 位字母和数字，不分大小写，空格和短横线可有可无。",
        "This survey needs the code staff gave you: 15 letters and digits; case, spaces and dashes do not matter.");
}
