using System;
using System.Buffers;

namespace Serpstat.Protocol;

/// <summary>
/// Collects the rows of a page in pooled arrays and hands them back as one array of the exact size, so that reading a
/// page leaves behind no chain of doubling copies, as a growing list does. Generated response readers use it in a
/// <c>try</c>/<c>finally</c> that calls <see cref="Dispose"/>; it is a mutable struct, so keep it in a local.
/// </summary>
public struct RowBuffer<T> : IDisposable
{
    private const int FirstSize = 16;

    private T[]? items;
    private int count;

    /// <summary>How many rows it holds.</summary>
    public readonly int Count => count;

    /// <summary>Adds a row.</summary>
    public void Add(T item)
    {
        if (items is null)
        {
            items = ArrayPool<T>.Shared.Rent(FirstSize);
        }
        else if (count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
            Array.Copy(items, larger, count);
            Release(items, count);
            items = larger;
        }

        items[count++] = item;
    }

    /// <summary>The rows, in order, in a new array of exactly <see cref="Count"/> items.</summary>
    public readonly T[] ToArray()
    {
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var rows = new T[count];
        Array.Copy(items!, rows, count);
        return rows;
    }

    /// <summary>Returns the pooled array, cleared so that the pool holds no rows.</summary>
    public void Dispose()
    {
        if (items is not null)
        {
            Release(items, count);
            items = null;
            count = 0;
        }
    }

    private static void Release(T[] array, int used)
    {
        Array.Clear(array, 0, used);
        ArrayPool<T>.Shared.Return(array);
    }
}
