using System;

namespace Serpstat.Filtering;

/// <summary>
/// A filter the API would reject, found before any request is sent: a compare type the field does not allow, a value
/// of the wrong form, or a negation the API cannot express.
/// </summary>
public sealed class SerpstatFilterException : ArgumentException
{
    /// <summary>Creates the exception with a message that names the field and what is wrong.</summary>
    public SerpstatFilterException(string message)
        : base(message)
    {
    }
}
