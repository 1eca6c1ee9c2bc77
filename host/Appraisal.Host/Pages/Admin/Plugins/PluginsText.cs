using Appraisal.Core.Plugins;
using Appraisal.PluginApi;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Plugins;

/// <summary>The strings of the plugins page, in both languages.</summary>
public static class PluginsText
{
    public static string Title => Text("插件", "Plugins");

    public static string NotFound => Text("没有这个页面。", "No such page.");

    public static string Intro => Text(
        "每个插件提供一种或几种测评类型。插件出错时只停用它自己，其他插件和系统照常运行。",
        "Each plugin provides one or more appraisal types. A plugin that fails is set aside on its own; the others and the host keep running.");

    public static string Version => Text("版本", "Version");

    public static string Types => Text("测评类型", "Appraisal types");

    public static string Status => Text("状态", "Status");

    public static string Error => Text("错误", "Error");

    public static string Origin => Text("来源", "Origin");

    public static string Bundled => Text("内置", "Bundled");

    public static string Dropped => Text("上传或放入插件目录", "Uploaded or dropped in");

    public static string Upload => Text("上传插件", "Upload a plugin");

    public static string UploadHelp => Text(
        $"选择插件文件夹的 zip 压缩包（plugin.json 在最上层或唯一的文件夹中），最大 {PluginPackage.MaxPackageBytes / 1024 / 1024} MB。上传后系统会检查并加载它，请稍后刷新本页查看状态。",
        $"Choose a .zip of a plugin folder (plugin.json at its top or in its only folder), at most {PluginPackage.MaxPackageBytes / 1024 / 1024} MB. The host checks and loads it; refresh this page in a moment to see its status.");

    public static string Package => Text("插件压缩包", "Plugin package");

    public static string Send => Text("上传", "Upload");

    public static string NoFile => Text("请选择一个 zip 文件。", "Choose a zip file.");

    public static string TooLarge => Text($"文件超过 {PluginPackage.MaxPackageBytes / 1024 / 1024} MB。", $"The file is larger than {PluginPackage.MaxPackageBytes / 1024 / 1024} MB.");

    public static string Uploaded(string id, string version, string folder) => Text(
        $"已上传 {id} {version}（文件夹 {folder}）。系统正在检查和加载，请刷新本页查看状态。",
        $"Uploaded {id} {version} (folder {folder}). The host is checking and loading it; refresh this page to see its status.");

    public static string Packages => Text("上传的插件包", "Uploaded packages");

    /// <summary>The uploads every host of this database installs, and how far this host has followed them.</summary>
    public static string PackagesHelp(long applied, string? error) => error is null
        ? Text($"这些插件包保存在数据库中，共用该数据库的每台服务器都会安装它们（本机已同步到第 {applied} 版）。删除后，各服务器会移除对应的插件文件夹。",
            $"These packages are kept in the database; every host of this database installs them (this host is at revision {applied}). Removing one deletes its folder on every host.")
        : Text($"这些插件包保存在数据库中，共用该数据库的每台服务器都会安装它们。本机同步停在第 {applied} 版：{error}",
            $"These packages are kept in the database; every host of this database installs them. This host stopped at revision {applied}: {error}");

    public static string Remove => Text("删除", "Remove");

    public static string Removed(string folder) => Text(
        $"已删除插件包 {folder}。各服务器会在几秒内移除该文件夹并卸载插件。",
        $"Removed the package {folder}. Every host deletes the folder and unloads the plugin within seconds.");

    public static LocalizedText AlreadyStored(string folder) => new(
        $"数据库中已有 {folder} 的插件包（可能是从另一台服务器上传的）。",
        $"The database already holds a package for {folder} (perhaps uploaded on another host).");

    public static LocalizedText NotStored(string folder) => new(
        $"数据库中没有 {folder} 的插件包。",
        $"The database holds no package for {folder}.");

    public static string StatusName(PluginStatus status) => status switch
    {
        PluginStatus.Active => Text("运行中", "Active"),
        PluginStatus.Disabled => Text("已停用", "Disabled"),
        PluginStatus.NotSupported => Text("不支持", "Not supported"),
        PluginStatus.Malfunctioned => Text("运行出错", "Malfunctioned"),
        PluginStatus.Superseded => Text("已被新版本取代", "Superseded"),
        _ => status.ToString(),
    };
}
