namespace Appraisal.Core.Ballots;

/// <summary>
/// What is wrong with a typed ballot code, in words a voter holding a paper slip can act on. Every message is
/// made here, so pages and the API say the same thing.
/// </summary>
/// <param name="Kind">The kind of problem, for pages that translate or style it.</param>
/// <param name="Message">A sentence for the voter.</param>
public sealed record BallotCodeProblem(BallotCodeProblemKind Kind, string Message)
{
    internal static BallotCodeProblem Empty() =>
        new(BallotCodeProblemKind.Empty, "No ballot code was typed.");

    internal static BallotCodeProblem UnknownCharacter(char character) =>
        new(BallotCodeProblemKind.UnknownCharacter,
            $"'{character}' is not used in ballot codes: they contain only digits and the letters A–Z.");

    internal static BallotCodeProblem WrongLength(int typed) =>
        new(BallotCodeProblemKind.WrongLength,
            $"A ballot code has {BallotCode.Length} characters; {typed} were typed.");

    internal static BallotCodeProblem CheckCharacterMismatch() =>
        new(BallotCodeProblemKind.CheckCharacterMismatch,
            "Check character does not match: a character was mistyped.");
}
