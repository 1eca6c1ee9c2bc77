namespace Appraisal.Host.Api;

/// <summary>Why a persisted query could not be resolved.</summary>
public enum PersistedQueryProblem
{
    None,

    /// <summary>The hash is not known (yet): the client should send the query with it.</summary>
    NotFound,

    /// <summary>The query sent with a hash does not have that hash.</summary>
    HashMismatch,
}
