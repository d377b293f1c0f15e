using System.Globalization;

namespace Serpstat.Protocol;

/// <summary>
/// Where a value sits in a response, such as <c>$.result.data[3].links_ext</c>. A struct that builds its text only
/// when an error needs it, so reading pays nothing for it.
/// </summary>
public readonly struct JsonPath
{
    private readonly string parent;
    private readonly int index;
    private readonly string? property;

    private JsonPath(string parent, int index, string? property)
    {
        this.parent = parent;
        this.index = index;
        this.property = property;
    }

    /// <summary>The root of the document: <c>$</c>.</summary>
    public static JsonPath Root => new("$", -1, null);

    /// <summary>A path given as text, such as <c>$.result.data</c>.</summary>
    public static JsonPath Of(string path) => new(path, -1, null);

    /// <summary>The item at <paramref name="itemIndex"/> of the array this path names.</summary>
    public JsonPath Item(int itemIndex) => index < 0 && property is null
        ? new JsonPath(parent, itemIndex, null)
        : new JsonPath(ToString(), itemIndex, null);

    /// <summary>The member <paramref name="name"/> of the object this path names.</summary>
    public JsonPath Property(string name) => property is null
        ? new JsonPath(parent, index, name)
        : new JsonPath(ToString(), -1, name);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = parent ?? "$";
        if (index >= 0)
        {
            text += "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        return property is null ? text : text + "." + property;
    }
}
