namespace Appraisal.PluginApi.Reports;

/// <summary>
/// A plugin's addition to the GraphQL schema: SDL (object types and <c>extend type</c> definitions) and the
/// CLR types behind the object types it names, by GraphQL type name. The host binds their public properties
/// (camelCased) as fields; the binding lives and dies with the schema built for this plugin version.
/// </summary>
public sealed record SchemaExtension(string Sdl, IReadOnlyDictionary<string, Type> ObjectTypes);
