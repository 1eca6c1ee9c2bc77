using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.Benchmarks;

/// <summary>
/// The C# twin of <c>graphql-js/fixture.mjs</c>: <c>fixture/schema.graphql</c> with the same deterministic data and
/// resolvers, bound the way the product binds its schema (<see cref="SchemaBuilder.AddResolver{TResult}"/> for fields
/// with arguments, <see cref="SchemaBuilder.BindObject{TClr}"/> for the rest).
/// </summary>
public static class BenchSchema
{
    private const int UserCount = 50;
    private static readonly string[] Roles = ["ADMIN", "MEMBER", "GUEST"];
    private static readonly User[] Users = [.. Enumerable.Range(1, UserCount).Select(i => new User(i))];
    private static readonly Post[] Posts = [.. Users.SelectMany(u => u.Posts)];
    private static readonly Dictionary<string, User> UserById = Users.ToDictionary(u => u.Id);
    private static readonly Dictionary<string, Post> PostById = Posts.ToDictionary(p => p.Id);

    public static Schema Build(string sdl) => new SchemaBuilder()
        .AddSdl(sdl)
        .AddResolver("Query", "hello", _ => "Hello world")
        .AddResolver("Query", "user", c => UserById.GetValueOrDefault(c.Argument<string>("id")))
        .AddResolver("Query", "userBy", c => FindBy(c.Argument<IReadOnlyDictionary<string, object?>>("key")))
        .AddResolver("Query", "users", c => UsersSlice(c.Argument<int?>("first"), c.Argument<int?>("offset")))
        .AddResolver("Query", "node", c => Node(c.Argument<string>("id")))
        .AddResolver("Query", "search", c => Search(c.Argument<string>("term")))
        .AddResolver("User", "friends", c => FriendsOf((User)c.Source!, c.Argument<int?>("first")))
        .BindObject<User>("User")
        .BindObject<Post>("Post")
        .Build();

    private static User? FindBy(IReadOnlyDictionary<string, object?> key) =>
        key.GetValueOrDefault("id") is string id
            ? UserById.GetValueOrDefault(id)
            : Array.Find(Users, u => u.Email == (string?)key.GetValueOrDefault("email"));

    private static User[] UsersSlice(int? first, int? offset)
    {
        var start = Math.Clamp(offset ?? 0, 0, UserCount);
        var count = Math.Clamp(first ?? 0, 0, UserCount - start);
        return Users[start..(start + count)];
    }

    private static object? Node(string id) => UserById.GetValueOrDefault(id) ?? (object?)PostById.GetValueOrDefault(id);

    private static List<User> FriendsOf(User user, int? first)
    {
        var count = Math.Clamp(first ?? 5, 0, 20);
        var friends = new List<User>(count);
        for (var k = 0; k < count; k++)
        {
            friends.Add(Users[((user.Index * 7) + (k * 3)) % UserCount]);
        }

        return friends;
    }

    private static List<object> Search(string term)
    {
        var found = new List<object>(6);
        found.AddRange(Users.Where(u => u.Name.Contains(term, StringComparison.Ordinal)).Take(3));
        found.AddRange(Posts.Where(p => p.Title.Contains(term, StringComparison.Ordinal)).Take(3));
        return found;
    }

    public sealed class User
    {
        public User(int index)
        {
            Index = index;
            Id = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Name = $"User {index}";
            Email = index % 4 == 0 ? null : $"user{index}@example.com";
            Role = Roles[index % 3];
            Handle = $"@user{index}";
            Posts = [new Post(this, 1), new Post(this, 2)];
        }

        public int Index { get; }

        public string Id { get; }

        public string Name { get; }

        public string? Email { get; }

        public string Role { get; }

        public string Handle { get; }

        public Post[] Posts { get; }
    }

    public sealed class Post(User author, int k)
    {
        public string Id { get; } = $"{author.Id}-{k}";

        public string Title { get; } = $"Post {k} by {author.Name}";

        public User Author { get; } = author;

        public string CreatedAt { get; } = $"2024-01-0{k}T12:00:00Z";
    }
}
