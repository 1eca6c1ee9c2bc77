namespace Appraisal.GraphQL.Types;

/// <summary>A schema is invalid (spec §3 type validation); the message names the type and member at fault.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message)
        : base(message)
    {
        Errors = [message];
    }

    /// <summary>Several problems at once; the message lists every one, one per line.</summary>
    public SchemaException(IReadOnlyList<string> errors)
        : base(errors.Count == 1 ? errors[0] : $"The schema has {errors.Count} errors:\n" + string.Join("\n", errors))
    {
        Errors = errors;
    }

    /// <summary>Each problem found, in the order found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
