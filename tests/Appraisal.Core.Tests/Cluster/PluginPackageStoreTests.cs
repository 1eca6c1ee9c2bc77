using System.Data.Common;
using System.Security.Cryptography;
using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Cluster;

/// <summary>Uploaded packages in the database: every change raises the revision by one, removals are kept as records.</summary>
public sealed class PluginPackageStoreTests : IAsyncLifetime
{
    private readonly ClusterDatabase _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task An_upload_raises_the_revision_and_is_listed_with_its_hash_and_bytes()
    {
        var packages = new PluginPackageStore(_store.Database);
        Assert.Equal(0, await packages.GetRevisionAsync());
        byte[] content = [1, 2, 3, 4];

        var revision = await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", content, "管理员");

        Assert.Equal(1, revision);
        Assert.Equal(1, await packages.GetRevisionAsync());
        var stored = Assert.Single(await packages.ListAsync());
        Assert.Equal(("acme.a", "1.0.0", "acme.a-1.0.0", "管理员"), (stored.PluginId, stored.Version, stored.Folder, stored.UploadedBy));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.True(stored.Wanted);
        Assert.Equal(content, await packages.GetContentAsync(revision));
        Assert.Null(await packages.GetContentAsync(revision + 1));
    }

    [Fact]
    public async Task A_removal_is_a_new_revision_and_the_row_stays_as_its_record()
    {
        var packages = new PluginPackageStore(_store.Database);
        await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [1], "a");
        await packages.AddAsync("acme.b", "1.0.0", "acme.b-1.0.0", [2], "a");

        var removed = await packages.RemoveAsync("acme.a-1.0.0");

        Assert.Equal(3, removed);
        Assert.Null(await packages.RemoveAsync("acme.a-1.0.0"));
        Assert.Equal(3, await packages.GetRevisionAsync());
        var listed = await packages.ListAsync();
        Assert.Equal([(1L, (long?)3), (2L, null)], listed.Select(p => (p.Revision, p.RemovedRevision)));
    }

    [Fact]
    public async Task A_folder_is_wanted_once_until_its_package_is_removed()
    {
        var packages = new PluginPackageStore(_store.Database);
        await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [1], "a");

        await Assert.ThrowsAnyAsync<DbException>(() => packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [9], "b"));
        Assert.Equal(1, await packages.GetRevisionAsync());

        await packages.RemoveAsync("acme.a-1.0.0");
        Assert.Equal(3, await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [9], "b"));
        Assert.Single(await packages.ListAsync(), p => p.Wanted);
    }

    [Fact]
    public async Task Concurrent_uploads_get_distinct_increasing_revisions()
    {
        var packages = new PluginPackageStore(_store.Database);

        var revisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            packages.AddAsync($"acme.p{i}", "1.0.0", $"acme.p{i}-1.0.0", [(byte)i], "a")));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), revisions.Order());
        Assert.Equal(20, await packages.GetRevisionAsync());
    }
}
