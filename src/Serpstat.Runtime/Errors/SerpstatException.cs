using System;

namespace Serpstat;

/// <summary>The base of every error this library raises about a call.</summary>
public abstract class SerpstatException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected SerpstatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
