using Appraisal.GraphQL;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.Host.Api.Campaigns;
using Microsoft.Extensions.Options;

namespace Appraisal.Host.Api;

/// <summary>Registers the GraphQL engine, the product schema and the endpoint's protections.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddAppraisalGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLEndpointOptions>(options => configuration.GetSection(GraphQLEndpointOptions.Section).Bind(options));
        services.AddSingleton<AppraisalSchemaSource>();
        services.AddSingleton<PersistedQueryStore>();
        services.AddHttpContextAccessor();                  // resolvers read the caller and client address
        services.AddSingleton<PublicOperationLimiter>();
        services.AddSingleton(sp =>
        {
            var endpoint = sp.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value;
            var development = sp.GetRequiredService<IHostEnvironment>().IsDevelopment();
            return new GraphQLService(new GraphQLServiceOptions
            {
                Parser = new ParserOptions { MaxTokens = endpoint.MaxTokens },
                MaxSelectionDepth = endpoint.MaxSelectionDepth,
                MaxFields = endpoint.MaxFields,
                AllowIntrospection = endpoint.Introspection ?? development,
                MaxValidationErrors = endpoint.MaxErrors,
                Execution = new ExecutionOptions
                {
                    // Exception messages can carry internals: only developers see them.
                    ExposeExceptionMessages = development,
                    Timeout = TimeSpan.FromSeconds(endpoint.TimeoutSeconds),
                    MaxErrors = endpoint.MaxErrors,
                },
            });
        });
        return services;
    }
}
