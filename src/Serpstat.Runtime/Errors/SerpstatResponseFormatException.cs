using System;

namespace Serpstat;

/// <summary>
/// A response body that cannot be read as the method's answer: malformed JSON, a value of the wrong type, a missing
/// member, or neither <c>result</c> nor <c>error</c>. <see cref="JsonPath"/> names where.
/// </summary>
public sealed class SerpstatResponseFormatException : SerpstatException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatResponseFormatException(string jsonPath, string problem, Exception? innerException = null)
        : base($"The response is not in the expected form at {jsonPath}: {problem}", innerException)
    {
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>Where in the response the problem is, such as <c>$.result.data[3].links_ext</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong there.</summary>
    public string Problem { get; }
}
