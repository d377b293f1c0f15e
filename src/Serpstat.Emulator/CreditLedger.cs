using System.Collections.Generic;

namespace Serpstat.Emulator;

/// <summary>
/// The credits (<c>left_lines</c>) left to each token: one per row answered, one for an answer with none.
/// </summary>
internal sealed class CreditLedger
{
    private readonly Dictionary<string, long> left;

    public CreditLedger(IDictionary<string, long> tokens) => left = new Dictionary<string, long>(tokens);

    public bool Knows(string token)
    {
        lock (left)
        {
            return left.ContainsKey(token);
        }
    }

    public long Left(string token)
    {
        lock (left)
        {
            return left[token];
        }
    }

    /// <summary>
    /// Charges <paramref name="cost"/> when the token has that many left; returns what is left after.
    /// </summary>
    public bool TryCharge(string token, long cost, out long remaining)
    {
        lock (left)
        {
            remaining = left[token];
            if (remaining < cost)
            {
                return false;
            }

            remaining -= cost;
            left[token] = remaining;
            return true;
        }
    }
}
