using Appraisal.Core.Tests.Storage.Backends;

namespace Appraisal.Core.Tests.Storage.Contract;

public sealed class StorageContractTestsOnSqlite : StorageContractTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
