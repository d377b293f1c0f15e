using System;
using System.Collections.Generic;
using System.Linq;

namespace Serpstat.Generator.Schema;

/// <summary>A closed list of schema words and what each one means, in the order the docs list them.</summary>
internal sealed class Vocabulary<T>
{
    private readonly KeyValuePair<string, T>[] words;

    public Vocabulary(params KeyValuePair<string, T>[] words)
    {
        this.words = words;
    }

    /// <summary>All the words, for messages that say what is allowed.</summary>
    public string Words => string.Join(", ", words.Select(word => word.Key));

    public bool TryGet(string word, out T value)
    {
        foreach (var pair in words)
        {
            if (string.Equals(pair.Key, word, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public string WordOf(T value) =>
        words.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
