using System.Globalization;
using System.Text;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>One HTTP request to send to <c>/graphql</c>; <see cref="MayReset"/> when the server may rightly close the connection (oversized body).</summary>
internal sealed record HttpCase(string Kind, string Method, string Target, string? ContentType, string? Accept, byte[]? Body, bool Chunked = false, bool MayReset = false)
{
    public HttpRequestMessage ToRequest(Uri baseAddress)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, Target));
        if (Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        if (Body is not null)
        {
            HttpContent content = Chunked ? new StreamContent(new UnknownLengthStream(Body)) : new ByteArrayContent(Body);
            content.Headers.ContentType = null;
            if (ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            request.Content = content;
        }

        return request;
    }

    public override string ToString() =>
        $"{Kind}: {Method} {Clip(Target)} Content-Type: {ContentType} Accept: {Accept} body: {(Body is null ? "none" : Body.Length + " bytes " + Clip(Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 400)))))}";

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>A body whose length is not known up front, so it goes chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}

/// <summary>
/// Requests for <c>/graphql</c>: generated and mutated documents in well-formed bodies, malformed JSON (truncated,
/// flipped, wrong types for every parameter, deep nesting, huge numbers, invalid UTF-8, lone surrogate escapes), bodies
/// near and over the size limit (with and without a length), odd content types and Accept headers, GET with odd query
/// strings, other methods. Deterministic for a given seed and index.
/// </summary>
internal sealed class HttpCaseGenerator(Schema schema, IReadOnlyList<string> seeds, int maxRequestBytes = 256 * 1024)
{
    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/JSON;charset=\"UTF-8\"", "application/json; charset=utf8",
        "application/json; charset", "application/json; charset=", "application/json;;", "application/json; =", "application/json; charset=latin1",
        "application/json; charset=utf-16", "application/graphql", "application/graphql-response+json", "text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", ";", "", "*/*", "application/json, text/plain", "application/json; charset=utf-8; charset=utf-16",
        "application/json; q=0", "APPLICATION/JSON ; CHARSET = UTF-8", "application/jsonx", "json",
    ];

    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "application/*", "", "text/html", "application/graphql-response+json;q=0.5, application/json;q=0.9",
        "application/json;q=0", "application/json;q=abc", "application/json;q=NaN", "application/json;q=1e400", "application/json;q=-1", ",,,", ";;;", "q=1",
        "application/graphql-response+json; charset=utf-8", "text/*;q=1, application/json;q=0.001", "image/png, */*;q=0.1", "APPLICATION/JSON", "application/json;q",
        "application/json;;q=1;q=0", string.Concat(Enumerable.Repeat("application/json;q=0.5,", 500)),
    ];

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "get", "post"];

    public HttpCase Next(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 22 => PostDocument(random, generated: true),
            < 40 => PostDocument(random, generated: false),
            < 48 => PostRawBytes(random),
            < 66 => PostMalformed(random),
            < 70 => PostHuge(random),
            < 75 => WithOddHeaders(random, PostDocument(random, generated: random.Next(2) == 0)),
            < 92 => Get(random),
            _ => OtherMethod(random),
        };
    }

    private (string Query, string? Variables, string? OperationName) Document(Random random, bool generated)
    {
        if (generated)
        {
            var document = new DocumentGenerator(schema, random) { MaxDepth = 5 }.Next();
            var variables = new VariablesGenerator(random) { MaxSize = 2_000 }.For(document.Variables);
            return (document.Text, variables is null ? null : VariablesGenerator.ToJson(variables), document.OperationName);
        }

        var mutator = new DocumentMutator(seeds, random) { MaxSize = 20_000 };
        var text = mutator.ToText(mutator.Next());
        var junk = random.Next(3) == 0 ? VariablesGenerator.ToJson(new VariablesGenerator(random) { MaxSize = 2_000 }.Junk(0)) : null;
        return (text, junk, random.Next(6) == 0 ? "Q" : null);
    }

    private HttpCase PostDocument(Random random, bool generated)
    {
        var (query, variables, operationName) = Document(random, generated);
        var json = new StringBuilder("{\"query\":").Append(JsonString(query));
        if (variables is not null)
        {
            json.Append(",\"variables\":").Append(variables);
        }

        if (operationName is not null)
        {
            json.Append(",\"operationName\":").Append(JsonString(operationName));
        }

        if (random.Next(10) == 0)
        {
            json.Append(",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}");
        }

        json.Append('}');
        return new(generated ? "post generated" : "post mutated", "POST", "graphql", "application/json", Accept(random), Encoding.UTF8.GetBytes(json.ToString()));
    }

    /// <summary>A mutated document's bytes put raw into the JSON string: invalid UTF-8 and control characters reach the JSON reader.</summary>
    private HttpCase PostRawBytes(Random random)
    {
        var mutated = new DocumentMutator(seeds, random) { MaxSize = 20_000 }.Next();
        var body = random.Next(3) == 0
            ? mutated
            : [.. "{\"query\":\""u8, .. mutated, .. "\"}"u8];
        return new("post raw bytes", "POST", "graphql", "application/json", Accept(random), body);
    }

    private HttpCase PostMalformed(Random random)
    {
        var valid = """{"query":"query Q($k: String!) { appraisalType(key: $k) { key } __typename }","variables":{"k":"satisfaction"},"operationName":"Q"}""";
        string[] values =
        [
            "null", "true", "1", "-0", "1e400", "-1e400", "123456789012345678901234567890", "0.1e-400", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"a\":1}",
            "\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"\\u0000\"", "\"\\ud83d\\ude00\"",
        ];
        string Any() => values[random.Next(values.Length)];
        string body = random.Next(16) switch
        {
            0 => valid[..random.Next(valid.Length)],
            1 => "{\"query\":" + Any() + "}",
            2 => "{\"query\":\"{ __typename }\",\"variables\":" + Any() + "}",
            3 => "{\"query\":\"{ __typename }\",\"operationName\":" + Any() + "}",
            4 => "{\"query\":\"{ __typename }\",\"extensions\":" + Any() + "}",
            5 => "{\"query\":\"query ($v: Int) { __typename }\",\"variables\":{\"v\":" + Any() + ",\"w\":" + Any() + "}}",
            6 => "{\"query\":\"query ($v: [[Int]]) { __typename }\",\"variables\":{\"v\":" + new string('[', random.Next(1, 300)) + "1" + new string(']', random.Next(1, 300)) + "}}",
            7 => "{\"query\":\"{ __typename }\",\"variables\":" + string.Concat(Enumerable.Repeat("{\"a\":", random.Next(1, 200))) + "1" + new string('}', random.Next(1, 200)) + "}",
            8 => Any(),
            9 => "{\"query\":\"{ __typename }\",\"query\":\"{ plugins { id } }\",\"variables\":{\"a\":1,\"a\":2}}",
            10 => "{\"query\":\"{ __typename }\"," + JsonString(new string('k', random.Next(1, 5_000))) + ":1}",
            11 => "{\"query\":\"query ($v: Float) { __typename }\",\"variables\":{\"v\":" + Any() + "}} trailing",
            12 => "\uFEFF" + valid,
            13 => "{'query':'{ __typename }'}",
            14 => "{\"query\":\"{ __typename }\" /* comment */}",
            _ => FlipJson(random, valid),
        };
        return new("post malformed", "POST", "graphql", random.Next(8) == 0 ? ContentTypes[random.Next(3)] : "application/json", Accept(random), Encoding.UTF8.GetBytes(body));
    }

    private static string FlipJson(Random random, string json)
    {
        var chars = json.ToCharArray();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
        }

        return new string(chars);
    }

    private HttpCase PostHuge(Random random)
    {
        var target = random.Next(4) switch
        {
            0 => maxRequestBytes - random.Next(0, 64),
            1 => maxRequestBytes + random.Next(1, 64),
            2 => maxRequestBytes * 2,
            _ => random.Next(maxRequestBytes / 2, maxRequestBytes),
        };
        var prefix = random.Next(3) switch
        {
            0 => "{\"query\":\"{ __typename } #",
            1 => "{\"query\":\"{ echo(string: \\\"",
            _ => "{\"query\":\"{ " + string.Concat(Enumerable.Repeat("a ", 10)),
        };
        var filler = random.Next(3) switch
        {
            0 => 'x',
            1 => ' ',
            _ => 'a',
        };
        var body = new byte[Math.Max(target, prefix.Length + 2)];
        Array.Fill(body, (byte)filler);
        Encoding.UTF8.GetBytes(prefix).CopyTo(body, 0);
        body[^2] = (byte)'"';
        body[^1] = (byte)'}';
        var chunked = random.Next(3) == 0;
        return new(chunked ? "post huge chunked" : "post huge", "POST", "graphql", "application/json", Accept(random), body, chunked, MayReset: body.Length > maxRequestBytes);
    }

    private HttpCase WithOddHeaders(Random random, HttpCase post) => post with
    {
        Kind = "post odd headers",
        ContentType = random.Next(6) == 0 ? null : ContentTypes[random.Next(ContentTypes.Length)],
        Accept = Accepts[random.Next(Accepts.Length)],
    };

    private HttpCase Get(Random random)
    {
        string target;
        switch (random.Next(6))
        {
            case 0:
            case 1:
                var (query, variables, operationName) = Document(random, random.Next(2) == 0);
                if (query.Length > 6_000)
                {
                    query = query[..6_000];
                }

                target = "graphql?query=" + Uri.EscapeDataString(query)
                    + (variables is not null && variables.Length < 1_000 ? "&variables=" + Uri.EscapeDataString(variables) : "")
                    + (operationName is not null ? "&operationName=" + Uri.EscapeDataString(operationName) : "");
                break;
            case 2:
                string[] odd =
                [
                    "", "?", "?query", "?query=", "?query=%", "?query=%ZZ", "?query=%C0%80", "?query=%FF%FE", "?query=%ED%A0%80", "?query=%00",
                    "?query=%7B__typename%7D&query=%7B__typename%7D", "?query={__typename}&variables=%7B", "?query={__typename}&variables=[]",
                    "?query={__typename}&variables=1e400", "?query={__typename}&variables=%7B%22a%22:1e400%7D", "?query={__typename}&extensions=%22x%22",
                    "?query={__typename}&operationName=", "?query={__typename}&operationName=%00", "?QUERY={__typename}", "?query=mutation{__typename}",
                    "?query=subscription{__typename}", "?query={__typename}&variables=" + new string('[', 100) + new string(']', 100),
                    "?query={__typename}&variables=%7B%22v%22:%22%5CuD800%22%7D", "?query=+", "?&&&=&=", "?query[]=x", "?query={a{a{a{a{a",
                    "?query=" + new string('{', 3_000), "/", "/extra", "?query=%E6%B0%91%E4%B8%BB",
                ];
                target = "graphql" + odd[random.Next(odd.Length)];
                break;
            case 3:
                target = "graphql?query=" + Uri.EscapeDataString(new string('a', random.Next(1, 20_000)));
                break;
            default:
                var (text, _, name) = Document(random, generated: true);
                target = "graphql?query=" + Uri.EscapeDataString(text.Length > 4_000 ? text[..4_000] : text) + (name is null ? "" : "&operationName=" + name);
                break;
        }

        return new("get", "GET", target, random.Next(10) == 0 ? "application/json" : null, Accept(random), null);
    }

    private HttpCase OtherMethod(Random random)
    {
        var method = Methods[random.Next(Methods.Length)];
        var body = method is "HEAD" or "TRACE" or "get" ? null : "{\"query\":\"{ __typename }\"}"u8.ToArray();
        return new("other method", method, "graphql", body is null ? null : "application/json", Accept(random), body);
    }

    private static string? Accept(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => "application/json",
        2 => "application/graphql-response+json",
        _ => Accepts[random.Next(Accepts.Length)],
    };

    /// <summary>A JSON string literal; every non-ASCII UTF-16 unit escaped, so lone surrogates survive as <c>\uD800</c>.</summary>
    public static string JsonString(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case >= ' ' and < (char)0x7F: json.Append(c); break;
                default: json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }

        return json.Append('"').ToString();
    }
}
