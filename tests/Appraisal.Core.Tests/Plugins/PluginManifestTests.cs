using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Plugins;

public sealed class PluginManifestTests
{
    private const string Complete = """
        {
          "id": "appraisal.satisfaction",
          "name": "满意度测评",
          "version": "1.2.0",
          "contract": ">=1.0.0 <2.0.0",
          "entryAssembly": "Appraisal.Plugins.Satisfaction.dll",
          "appraisalTypes": [ "satisfaction", "satisfaction-2" ],
          "description": "Citizens rate a service.",
          "settings": { "mode": "strict", "threshold": 0.85, "subjectsPerRater": 8, "anonymous": true }
        }
        """;

    [Fact]
    public void A_complete_manifest_is_read_with_settings_flattened_to_strings()
    {
        var manifest = PluginManifest.Parse(Complete);

        Assert.Equal("appraisal.satisfaction", manifest.Id);
        Assert.Equal("满意度测评", manifest.Name);
        Assert.Equal(SemanticVersion.Parse("1.2.0"), manifest.Version);
        Assert.Equal(">=1.0.0 <2.0.0", manifest.Contract.ToString());
        Assert.Equal("Appraisal.Plugins.Satisfaction.dll", manifest.EntryAssembly);
        Assert.Equal(["satisfaction", "satisfaction-2"], manifest.AppraisalTypes);
        Assert.Equal("Citizens rate a service.", manifest.Description);
        Assert.Equal("strict", manifest.Settings["mode"]);
        Assert.Equal("0.85", manifest.Settings["threshold"]);
        Assert.Equal("8", manifest.Settings["subjectsPerRater"]);
        Assert.Equal("true", manifest.Settings["anonymous"]);
    }

    [Fact]
    public void Description_and_settings_are_optional()
    {
        var manifest = PluginManifest.Parse("""
            { "id": "a", "name": "A", "version": "1.0.0", "contract": ">=1.0.0", "entryAssembly": "A.dll", "appraisalTypes": ["a"] }
            """);

        Assert.Equal("", manifest.Description);
        Assert.Empty(manifest.Settings);
    }

    [Fact]
    public void Invalid_json_names_the_file_line_and_position()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse("{\n  \"id\": \"a\",\n  \"name\": }\n"));

        Assert.StartsWith("plugin.json: invalid JSON at line 3, position 11:", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void A_duplicate_property_is_invalid_json()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse("""{ "id": "a", "id": "b" }"""));

        Assert.Contains("plugin.json: invalid JSON", error.Message);
    }

    [Fact]
    public void Every_missing_field_is_named()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse("{}"));

        Assert.Equal(
            [
                "plugin.json: \"id\" is required",
                "plugin.json: \"name\" is required",
                "plugin.json: \"version\" is required",
                "plugin.json: \"contract\" is required",
                "plugin.json: \"entryAssembly\" is required",
                "plugin.json: \"appraisalTypes\" is required (a list of appraisal type keys)",
            ],
            error.Problems);
    }

    [Fact]
    public void A_bad_version_gets_the_documented_message()
    {
        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(Complete.Replace("1.2.0", "abc")));

        Assert.Equal(["plugin.json: \"version\" must be a SemVer such as 1.2.0, got \"abc\""], error.Problems);
    }

    [Theory]
    [InlineData("\"id\": \"appraisal.satisfaction\"", "\"id\": \"Appraisal\"", "\"id\" must be lower-case letters")]
    [InlineData("\"id\": \"appraisal.satisfaction\"", "\"id\": \".hidden\"", "got \".hidden\"")]
    [InlineData("\"name\": \"满意度测评\"", "\"name\": 5", "\"name\" must be a string, got a number")]
    [InlineData("\"name\": \"满意度测评\"", "\"name\": \" \"", "\"name\" must not be empty")]
    [InlineData(">=1.0.0 <2.0.0", "~1.0", "\"contract\" must be a version range such as \\\">=1.0.0 <2.0.0\\\", got \\\"~1.0\\\"")]
    [InlineData("Appraisal.Plugins.Satisfaction.dll", "../Other.dll", "\"entryAssembly\" must be the file name of a .dll")]
    [InlineData("Appraisal.Plugins.Satisfaction.dll", "Satisfaction.exe", "got \"Satisfaction.exe\"")]
    [InlineData("[ \"satisfaction\", \"satisfaction-2\" ]", "[]", "\"appraisalTypes\" must be a non-empty list")]
    [InlineData("[ \"satisfaction\", \"satisfaction-2\" ]", "[ 1 ]", "\"appraisalTypes\" entries must be keys")]
    [InlineData("[ \"satisfaction\", \"satisfaction-2\" ]", "[ \"Bad Key\" ]", "got \"Bad Key\"")]
    [InlineData("[ \"satisfaction\", \"satisfaction-2\" ]", "[ \"a\", \"a\" ]", "\"appraisalTypes\" lists \"a\" twice")]
    [InlineData("\"anonymous\": true", "\"nested\": { \"x\": 1 }", "\"settings.nested\" must be a string, number or boolean, got an object")]
    [InlineData("\"description\": \"Citizens rate a service.\"", "\"description\": [ ]", "\"description\" must be a string, got a list")]
    public void Each_bad_field_is_named_with_what_was_found(string original, string replacement, string expected)
    {
        var json = Complete.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Complete, json);

        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(json));

        Assert.StartsWith("plugin.json: ", error.Message);
        Assert.Contains(expected.Replace("\\\"", "\"", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void A_manifest_that_is_not_an_object_is_rejected() =>
        Assert.Equal(["plugin.json: must hold a JSON object, got a list"],
            Assert.Throws<PluginManifestException>(() => PluginManifest.Parse("[]")).Problems);

    [Fact]
    public void A_missing_file_is_reported_as_unreadable()
    {
        using var folder = new TestDirectory();

        var error = Assert.Throws<PluginManifestException>(() => PluginManifest.ReadFromFolder(folder.Path));

        Assert.StartsWith("plugin.json: cannot be read", error.Message);
    }

    [Fact]
    public void The_bundled_manifests_are_valid_for_this_host()
    {
        var folders = Directory.GetDirectories(PluginFolders.Bundled);
        Assert.Equal(4, folders.Length);

        foreach (var folder in folders)
        {
            var manifest = PluginManifest.ReadFromFolder(folder);
            Assert.True(manifest.Contract.Includes(SemanticVersion.Parse(Appraisal.PluginApi.ContractVersion.Current)), manifest.Id);
            Assert.True(manifest.IsDeclarative || File.Exists(Path.Combine(folder, manifest.EntryAssembly)), manifest.Id);
        }
    }
}
