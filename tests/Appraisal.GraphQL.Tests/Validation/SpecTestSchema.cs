using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Types.DirectiveDefinition;
using EnumValueDefinition = Appraisal.GraphQL.Types.EnumValueDefinition;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Tests.Validation;

/// <summary>
/// The spec's example schema (Dog, Cat, Human, Alien, Pet, CatOrDog …, spec §5) grown for the rules: argument
/// kinds, input objects (one of them OneOf), boxes for field merging, custom directives. The same schema is
/// <c>Oracle/schema.graphql</c>, which graphql-js builds to judge the corpus; keep the two in step.
/// </summary>
internal static class SpecTestSchema
{
    public static Schema Instance { get; } = Build();

    private static Schema Build()
    {
        var @string = BuiltInScalars.String;
        var @int = BuiltInScalars.Int;
        var boolean = BuiltInScalars.Boolean;
        var any = new AnyScalar();
        var dogCommand = Enum("DogCommand", "SIT", "DOWN", "HEEL");
        var catCommand = Enum("CatCommand", "JUMP");
        var furColor = Enum("FurColor", "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN");

        FieldDefinition Name() => Field("name", @string, Arg("surname", boolean));

        var sentient = new InterfaceType("Sentient", () => [Field("name", NonNull(@string))]);
        var pet = new InterfaceType("Pet", () => [Name()]);
        var canine = new InterfaceType("Canine", () => [Name(), Field("barkVolume", @int)], () => [pet]);
        ObjectType? human = null;
        ObjectType? dog = null;
        var alien = new ObjectType("Alien", () => [Field("name", NonNull(@string)), Field("homePlanet", @string)], () => [sentient]);
        human = new ObjectType("Human", () =>
        [
            Field("name", NonNull(@string)), Field("pets", List(NonNull(pet))), Field("relatives", List(human!)), Field("iq", @int),
        ], () => [sentient]);
        dog = new ObjectType("Dog", () =>
        [
            Name(), Field("nickname", @string), Field("barkVolume", @int),
            Field("doesKnowCommand", NonNull(boolean), Arg("dogCommand", NonNull(dogCommand))),
            Field("isHouseTrained", NonNull(boolean), Arg("atOtherHomes", boolean)),
            Field("owner", human), Field("mother", dog!), Field("friends", List(pet)), Field("furColor", furColor),
            Field("tags", NonNull(List(NonNull(@string)))),
        ], () => [pet, canine]);
        var cat = new ObjectType("Cat", () =>
        [
            Name(), Field("nickname", @string), Field("meowVolume", @int), Field("barkVolume", @string),
            Field("doesKnowCommand", NonNull(boolean), Arg("catCommand", NonNull(catCommand))),
            Field("furColor", furColor), Field("tags", List(@string)),
        ], () => [pet]);
        var catOrDog = new UnionType("CatOrDog", () => [cat, dog]);
        var dogOrHuman = new UnionType("DogOrHuman", () => [dog, human]);
        var humanOrAlien = new UnionType("HumanOrAlien", () => [human, alien]);

        InputObjectType? complex = null;
        complex = new InputObjectType("ComplexInput", () =>
        [
            new("requiredField", NonNull(boolean)),
            new("nonNullDefaulted", NonNull(boolean), new BooleanValue(default, false)),
            new("intField", @int), new("stringField", @string), new("stringListField", List(@string)),
            new("enumField", furColor), new("nested", complex!),
        ]);
        var oneOf = new InputObjectType("OneOfInput", () =>
            [new("byName", @string), new("byId", BuiltInScalars.ID), new("nested", complex)], isOneOf: true);

        var arguments = new ObjectType("Arguments", () =>
        [
            Field("multipleReqs", NonNull(@int), Arg("x", NonNull(@int)), Arg("y", NonNull(@int))),
            Field("multipleOpts", NonNull(@int), Arg("opt1", @int, new IntValue(default, "0")), Arg("opt2", @int, new IntValue(default, "0"))),
            Field("intArg", @string, Arg("value", @int)),
            Field("nonNullIntArg", @string, Arg("value", NonNull(@int))),
            Field("floatArg", @string, Arg("value", BuiltInScalars.Float)),
            Field("stringArg", @string, Arg("value", @string)),
            Field("booleanArg", @string, Arg("value", boolean)),
            Field("nonNullBooleanArg", @string, Arg("value", NonNull(boolean))),
            Field("optionalNonNullBooleanArg", @string, Arg("value", NonNull(boolean), new BooleanValue(default, false))),
            Field("idArg", @string, Arg("value", BuiltInScalars.ID)),
            Field("enumArg", @string, Arg("value", furColor)),
            Field("nonNullEnumArg", @string, Arg("value", NonNull(furColor))),
            Field("stringListArg", @string, Arg("value", List(@string))),
            Field("nonNullStringListArg", @string, Arg("value", NonNull(List(@string)))),
            Field("stringListOfNonNullArg", @string, Arg("value", List(NonNull(@string)))),
            Field("listOfListsArg", @string, Arg("value", List(List(@int)))),
            Field("complexArg", @string, Arg("value", complex)),
            Field("oneOfArg", @string, Arg("value", oneOf)),
            Field("anyArg", @string, Arg("value", any)),
        ]);

        InterfaceType? box = null;
        ObjectType? textBox = null;
        ObjectType? numberBox = null;
        box = new InterfaceType("Box", () => [Field("unrelated", @string), Field("deep", box!)]);
        FieldDefinition[] BoxFields(GraphType value) =>
        [
            Field("value", value), Field("unrelated", @string), Field("deep", box!),
            Field("text", textBox!), Field("list", List(textBox!)), Field("number", numberBox!),
        ];
        textBox = new ObjectType("TextBox", () => BoxFields(@string), () => [box]);
        numberBox = new ObjectType("NumberBox", () => BoxFields(@int), () => [box]);
        var requiredTextBox = new ObjectType("RequiredTextBox", () =>
            [Field("value", NonNull(@string)), Field("unrelated", @string), Field("deep", box)], () => [box]);

        var query = new ObjectType("QueryRoot", () =>
        [
            Field("dog", dog), Field("cat", cat), Field("pet", pet), Field("canine", canine),
            Field("human", human, Arg("id", BuiltInScalars.ID)), Field("alien", alien), Field("sentient", sentient),
            Field("catOrDog", catOrDog), Field("dogOrHuman", dogOrHuman), Field("humanOrAlien", humanOrAlien),
            Field("arguments", arguments), Field("findDog", dog, Arg("search", complex)), Field("findPet", pet, Arg("search", oneOf)),
            Field("box", box), Field("boxes", List(box)),
        ]);
        var mutation = new ObjectType("MutationRoot", () =>
            [Field("renameDog", dog, Arg("name", NonNull(@string))), Field("adopt", pet, Arg("pet", NonNull(oneOf)))]);
        var subscription = new ObjectType("SubscriptionRoot", () =>
            [Field("newDog", dog), Field("newCat", cat), Field("ping", boolean)]);

        DirectiveDefinition[] directives =
        [
            .. BuiltInDirectives.All,
            new("onQuery", [DirectiveLocation.Query]),
            new("onMutation", [DirectiveLocation.Mutation]),
            new("onSubscription", [DirectiveLocation.Subscription]),
            new("onField", [DirectiveLocation.Field]),
            new("onFragment", [DirectiveLocation.FragmentDefinition, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]),
            new("onVariable", [DirectiveLocation.VariableDefinition]),
            new("tag", [DirectiveLocation.Query, DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
                [new InputValueDefinition("name", @string)], IsRepeatable: true),
            new("cost", [DirectiveLocation.Field, DirectiveLocation.Query],
                [new InputValueDefinition("weight", NonNull(@int)), new InputValueDefinition("note", @string, new StringValue(default, "none", false))]),
        ];
        return new Schema(query, mutation, subscription, [requiredTextBox, textBox, numberBox], directives);
    }

    private static FieldDefinition Field(string name, GraphType type, params InputValueDefinition[] arguments) =>
        new(name, type, Arguments: arguments);

    private static InputValueDefinition Arg(string name, GraphType type, Value? defaultValue = null) => new(name, type, defaultValue);

    private static NonNullGraphType NonNull(GraphType type) => new(type);

    private static ListGraphType List(GraphType type) => new(type);

    private static EnumType Enum(string name, params string[] values) => new(name, values.Select(v => new EnumValueDefinition(v)));

    /// <summary>A custom scalar that takes any literal, as a scalar declared in SDL does in graphql-js.</summary>
    private sealed class AnyScalar() : ScalarType("Any")
    {
        public override object Serialize(object value) => value;

        public override object ParseValue(object value) => value;

        public override object ParseLiteral(Value literal) => literal;
    }
}
