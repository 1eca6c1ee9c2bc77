using System.Globalization;
using System.Text;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Where a value sits inside a variable, as graphql-js prints it in a coercion error (<c>.answers[3].itemKey</c>).
/// Coercing a large variable visits every field and list item, and almost never reports an error, so the path is
/// kept as a chain of small nodes and made into text only when an error needs it.
/// </summary>
internal sealed class InputPath
{
    private readonly InputPath? _parent;
    private readonly string? _field;
    private readonly int _index;

    private InputPath(InputPath? parent, string? field, int index)
    {
        _parent = parent;
        _field = field;
        _index = index;
    }

    /// <summary>The variable itself: an empty path.</summary>
    public static InputPath Root { get; } = new(null, null, -1);

    /// <summary>The path of field <paramref name="name"/> of the input object here.</summary>
    public InputPath Field(string name) => new(this, name, -1);

    /// <summary>The path of item <paramref name="index"/> of the list here.</summary>
    public InputPath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        if (_parent is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    private void Append(StringBuilder text)
    {
        if (_parent is null)
        {
            return;
        }

        _parent.Append(text);
        if (_field is not null)
        {
            text.Append('.').Append(_field);
        }
        else
        {
            text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
