namespace Appraisal.Core.Security;

/// <summary>
/// An account with the same login (ignoring ASCII case) exists. A type of its own so the API can answer
/// "login taken" without matching message text or database error codes.
/// </summary>
public sealed class AccountConflictException : Exception
{
    public AccountConflictException()
        : this("An account with that login already exists.")
    {
    }

    public AccountConflictException(string message)
        : base(message)
    {
    }

    public AccountConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The login that was taken.</summary>
    public string? Login { get; init; }
}
