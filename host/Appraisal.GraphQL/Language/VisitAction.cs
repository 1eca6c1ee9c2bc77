namespace Appraisal.GraphQL.Language;

/// <summary>What a <see cref="SyntaxVisitor"/> does after an enter hook.</summary>
public enum VisitAction
{
    /// <summary>Walk the node's children, then call its leave hook.</summary>
    Continue,

    /// <summary>Skip the node's children and its leave hook; go on with its next sibling.</summary>
    SkipChildren,

    /// <summary>End the walk now; no further hook is called.</summary>
    Stop,
}
