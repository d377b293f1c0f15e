using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Operations;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Reads a call's arguments by the parameter they bind to. IOperation lists them in the order they are written, so
/// with named arguments (<c>Between(to: 500, from: 1)</c>) a position says nothing about the parameter.
/// </summary>
internal static class Arguments
{
    /// <summary>
    /// The argument bound to the parameter at <paramref name="ordinal"/>, or null when there is none.
    /// </summary>
    public static IArgumentOperation? For(ImmutableArray<IArgumentOperation> arguments, int ordinal) =>
        arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal);

    /// <summary>The arguments in the order the method declares its parameters.</summary>
    public static ImmutableArray<IArgumentOperation> InParameterOrder(ImmutableArray<IArgumentOperation> arguments)
    {
        // Arguments are nearly always written in parameter order; only named ones out of order need a sorted copy.
        for (var i = 1; i < arguments.Length; i++)
        {
            if (Ordinal(arguments[i - 1]) > Ordinal(arguments[i]))
            {
                return arguments.OrderBy(Ordinal).ToImmutableArray();
            }
        }

        return arguments;
    }

    private static int Ordinal(IArgumentOperation argument) => argument.Parameter?.Ordinal ?? int.MaxValue;
}
