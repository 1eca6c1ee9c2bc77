using System.Text;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Validation;

namespace Appraisal.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void ValidDocument_HasNoErrors() =>
        Assert.Empty(DocumentValidator.Validate(SpecTestSchema.Instance, Parser.Parse("query Q { dog { name __typename } }")));

    [Fact]
    public void Errors_CarryTheValidationCode()
    {
        var error = Assert.Single(DocumentValidator.Validate(SpecTestSchema.Instance, Parser.Parse("{ dog { nope } }")));
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal([new ErrorLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void TooManyErrors_StopValidationWithAFinalError()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 10; i++)
        {
            document.Append(" f").Append(i);
        }

        var errors = DocumentValidator.Validate(
            SpecTestSchema.Instance, Parser.Parse(document.Append(" } }").ToString()), options: new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void IntrospectionMetaFields_AreKnownOnTheQueryRootOnly()
    {
        Assert.Empty(DocumentValidator.Validate(SpecTestSchema.Instance, Parser.Parse("{ __typename dog { __typename } }")));
        Assert.Empty(DocumentValidator.Validate(SpecTestSchema.Instance,
            Parser.Parse("{ __schema { queryType { name } } __type(name: \"Dog\") { fields { name } } }")));
        var error = Assert.Single(DocumentValidator.Validate(SpecTestSchema.Instance, Parser.Parse("{ dog { __schema { description } } }")));
        Assert.Equal("Cannot query field \"__schema\" on type \"Dog\".", error.Message);
    }

    [Fact]
    public void SpecifiedRules_AreThe28GraphQLJsRulesWithoutDeferAndStream() =>
        Assert.Equal(28, SpecifiedRules.All.Count);

    [Fact]
    public void ManyFragmentPairs_StayFast()
    {
        // 60 fragments all spread side by side: the pair cache keeps this to one comparison per pair.
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 60; i++)
        {
            document.Append(" ...F").Append(i);
        }

        document.Append(" } }");
        for (var i = 0; i < 60; i++)
        {
            document.Append("\nfragment F").Append(i).Append(" on Dog { name owner { name } }");
        }

        Assert.Empty(DocumentValidator.Validate(SpecTestSchema.Instance, Parser.Parse(document.ToString())));
    }
}
