namespace Appraisal.Core.Ballots;

/// <summary>Why typed text is not a ballot code, so a ballot page can say what to fix.</summary>
public enum BallotCodeProblemKind
{
    /// <summary>Nothing but spaces and dashes was typed.</summary>
    Empty,

    /// <summary>A character that is neither a code symbol, a look-alike of one, a space nor a dash.</summary>
    UnknownCharacter,

    /// <summary>Too few or too many characters: one was left out or typed twice.</summary>
    WrongLength,

    /// <summary>Every character is valid but the check character disagrees: a character was mistyped.</summary>
    CheckCharacterMismatch,
}
