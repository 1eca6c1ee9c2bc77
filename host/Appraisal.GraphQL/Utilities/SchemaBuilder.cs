using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// Builds an immutable <see cref="Schema"/> from SDL modules (the core schema and each plugin's extensions)
/// with resolvers bound in C#. Every <c>extend</c> of any module is merged into its definition; roots come from
/// <c>schema { … }</c> or the default names Query, Mutation and Subscription. <see cref="Build"/> collects every
/// problem (SDL rules, bindings, spec §3 type validation) and throws one <see cref="SchemaException"/>.
/// https://spec.graphql.org/September2025/#sec-Type-System
/// </summary>
/// <example><code>
/// var schema = new SchemaBuilder()
///     .AddSdl(coreSdl).AddSdl(pluginSdl)
///     .AddResolver("Query", "campaign", context => campaigns.FindAsync(context.Argument&lt;string&gt;("id")))
///     .BindObject&lt;Campaign&gt;("Campaign")
///     .Build();
/// </code></example>
public sealed class SchemaBuilder
{
    private static readonly ParserOptions SdlParserOptions = new() { MaxTokens = int.MaxValue, MaxDepth = 1_000 };

    private readonly List<Document> _documents = [];
    private readonly List<string> _errors = [];
    private readonly SchemaBindings _bindings = new();

    /// <summary>Adds an SDL module; a syntax error is reported by <see cref="Build"/>.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        try
        {
            return AddDocument(Parser.Parse(sdl, SdlParserOptions));
        }
        catch (GraphQLSyntaxException exception)
        {
            _errors.Add(exception.Message);
            return this;
        }
    }

    /// <summary>Adds a parsed SDL module; executable definitions in it are ignored.</summary>
    public SchemaBuilder AddDocument(Document document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Binds the resolver of one field of an object type.</summary>
    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver) =>
        Bind(typeName, fieldName, _ => resolver);

    /// <summary>Binds a resolver that returns the value, or a <see cref="Task{TResult}"/> or
    /// <see cref="ValueTask{TResult}"/> of it.</summary>
    public SchemaBuilder AddResolver<TResult>(string typeName, string fieldName, Func<FieldContext, TResult> resolve) =>
        Bind(typeName, fieldName, binder => binder.FromFunction(resolve));

    private SchemaBuilder Bind(string typeName, string fieldName, Func<ClrBinder, FieldResolver> resolver)
    {
        if (!_bindings.Resolvers.TryAdd((typeName, fieldName), resolver))
        {
            _errors.Add($"Resolver for \"{typeName}.{fieldName}\" is bound more than once.");
        }

        return this;
    }

    /// <summary>
    /// Binds a CLR class to an object type: its public properties, camelCased, resolve the fields no
    /// <see cref="AddResolver"/> binds, and an instance of it is of this type when an interface or union asks.
    /// </summary>
    public SchemaBuilder BindObject<TClr>(string typeName) => BindObject(typeName, typeof(TClr));

    /// <summary><see cref="BindObject{TClr}"/> for a type known only at run time (a plugin's report type).</summary>
    public SchemaBuilder BindObject(string typeName, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        return Bind(_bindings.ObjectClasses, typeName, clrType, "A CLR class");
    }

    /// <summary>Gives an enum type the members of a CLR enum as internal values: <c>IN_PROGRESS</c> ↔ <c>InProgress</c>.</summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName)
        where TEnum : struct, Enum => Bind(_bindings.EnumClasses, typeName, typeof(TEnum), "A CLR enum");

    /// <summary>Implements a custom scalar (one named in SDL, or an extra one the schema lists).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (!_bindings.Scalars.TryAdd(scalar.Name, scalar))
        {
            _errors.Add($"Scalar \"{scalar.Name}\" is implemented more than once.");
        }

        return this;
    }

    /// <summary>Names the object type of runtime values of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string typeName, TypeResolver resolveType)
    {
        if (!_bindings.TypeResolvers.TryAdd(typeName, resolveType))
        {
            _errors.Add($"Type resolver for \"{typeName}\" is bound more than once.");
        }

        return this;
    }

    /// <summary>Adds a type built in code; SDL modules may refer to it by name but not extend it.</summary>
    public SchemaBuilder AddType(NamedGraphType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _bindings.CodeTypes.Add(type);
        return this;
    }

    /// <summary>Merges the modules, binds the resolvers, validates, and returns the schema.</summary>
    /// <exception cref="SchemaException">Lists every problem found.</exception>
    public Schema Build()
    {
        var errors = new List<string>(_errors);
        var codeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in _bindings.CodeTypes.Where(type => !codeNames.Add(type.Name)))
        {
            errors.Add($"There can be only one type named \"{type.Name}\".");
        }

        var set = new SdlDocumentSet(_documents, codeNames, errors);
        new SdlChecks(set, name => set.Find(name) is not null || codeNames.Contains(name) || BuiltInScalars.Find(name) is not null, errors).Run();
        ThrowIfAny(errors);

        var factory = new TypeFactory(set, _bindings, new ClrBinder(), errors);
        var listed = factory.CreateTypes();
        var kindErrors = factory.CheckReferencedKinds();
        new BindingChecks(factory.Types, _bindings, errors).Run();
        var directives = factory.CreateDirectives();
        var roots = RootTypes.Find(set, factory.Types, errors);
        ThrowIfAny(errors);

        Schema schema;
        try
        {
            listed.AddRange(_bindings.CodeTypes);
            listed.AddRange(_bindings.Scalars.Values.Where(scalar => set.Find(scalar.Name) is null));
            schema = new Schema(roots.Query!, roots.Mutation, roots.Subscription, listed, directives, set.Schema?.Description?.Value);
        }
        catch (SchemaException exception)
        {
            errors.AddRange(exception.Errors);
            throw new SchemaException(errors);
        }

        ThrowIfAny(errors);
        ThrowIfAny([.. kindErrors, .. SchemaValidator.Validate(schema)]);
        return schema;
    }

    private SchemaBuilder Bind(Dictionary<string, Type> bindings, string typeName, Type clrType, string what)
    {
        if (!bindings.TryAdd(typeName, clrType))
        {
            _errors.Add($"{what} is bound to \"{typeName}\" more than once.");
        }

        return this;
    }

    private static void ThrowIfAny(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }
}
