using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// The rules of spec section 5 in graphql-js 17's order (its <c>specifiedRules</c> without the incremental
/// delivery rules for <c>@defer</c>/<c>@stream</c>, which the September 2025 spec does not have), plus
/// graphql-js's MaxIntrospectionDepth safety rule. Errors come out in the order graphql-js reports them.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        // Spec Section: "Executable Definitions"
        new ExecutableDefinitionsRule(),

        // Spec Section: "Operation Type Existence"
        new KnownOperationTypesRule(),

        // Spec Section: "Operation Name Uniqueness"
        new UniqueOperationNamesRule(),

        // Spec Section: "Lone Anonymous Operation"
        new LoneAnonymousOperationRule(),

        // Spec Section: "Single Root Field"
        new SingleFieldSubscriptionsRule(),

        // Spec Section: "Fragment Spread Type Existence"
        new KnownTypeNamesRule(),

        // Spec Section: "Fragments on Object, Interface or Union Types"
        new FragmentsOnCompositeTypesRule(),

        // Spec Section: "Variables Are Input Types"
        new VariablesAreInputTypesRule(),

        // Spec Section: "Leaf Field Selections"
        new ScalarLeafsRule(),

        // Spec Section: "Field Selections"
        new FieldsOnCorrectTypeRule(),

        // Spec Section: "Fragment Name Uniqueness"
        new UniqueFragmentNamesRule(),

        // Spec Section: "Fragment Spread Target Defined"
        new KnownFragmentNamesRule(),

        // Spec Section: "Fragments Must Be Used"
        new NoUnusedFragmentsRule(),

        // Spec Section: "Fragment Spread Is Possible"
        new PossibleFragmentSpreadsRule(),

        // Spec Section: "Fragment Spreads Must Not Form Cycles"
        new NoFragmentCyclesRule(),

        // Spec Section: "Variable Uniqueness"
        new UniqueVariableNamesRule(),

        // Spec Section: "All Variable Uses Defined"
        new NoUndefinedVariablesRule(),

        // Spec Section: "All Variables Used"
        new NoUnusedVariablesRule(),

        // Spec Section: "Directives Are Defined" and "Directives Are in Valid Locations"
        new KnownDirectivesRule(),

        // Spec Section: "Directives Are Unique per Location"
        new UniqueDirectivesPerLocationRule(),

        // Spec Section: "Argument Names"
        new KnownArgumentNamesRule(),

        // Spec Section: "Argument Uniqueness"
        new UniqueArgumentNamesRule(),

        // Spec Section: "Values of Correct Type"
        new ValuesOfCorrectTypeRule(),

        // Spec Section: "Required Arguments"
        new ProvidedRequiredArgumentsRule(),

        // Spec Section: "All Variable Usages Are Allowed"
        new VariablesInAllowedPositionRule(),

        // Spec Section: "Field Selection Merging"
        new OverlappingFieldsCanBeMergedRule(),

        // Spec Section: "Input Object Field Uniqueness"
        new UniqueInputFieldNamesRule(),

        // Not in the spec: graphql-js's limit on nested introspection lists
        new MaxIntrospectionDepthRule(),
    ];
}
