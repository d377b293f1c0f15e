using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Filtering;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Reads the values of arguments that are known at compile time: any constant expression (literal, const, nameof,
/// folded arithmetic or concatenation), enum members the generated code marks with their wire value, and
/// <c>new DateTime(y, m, d)</c> with constant parts. Anything else is unknown and gets no diagnostic.
/// </summary>
internal static class ConstantValues
{
    /// <summary>The elements an argument contributes: one, or each element of a <c>params</c>/array creation.</summary>
    /// <returns>Null when the number of values is not known at compile time.</returns>
    public static IReadOnlyList<IOperation>? Elements(IArgumentOperation argument)
    {
        if (argument.Parameter?.IsParams != true && argument.ArgumentKind != ArgumentKind.ParamArray)
        {
            return new[] { argument.Value };
        }

        // The generated code and the runtime take a null array as the empty set, and refuse it as such.
        var value = Unwrap(argument.Value);
        if (value.ConstantValue is { HasValue: true, Value: null })
        {
            return Array.Empty<IOperation>();
        }

        if (value is IArrayCreationOperation creation)
        {
            if (creation.Initializer is not null)
            {
                return creation.Initializer.ElementValues.ToArray();
            }

            return creation.DimensionSizes.Length == 1 && Equals(creation.DimensionSizes[0].ConstantValue.Value, 0)
                ? Array.Empty<IOperation>()
                : null;
        }

        return null;
    }

    /// <summary>A filter value in the wire form the generated code would encode it to.</summary>
    public static FilterValue Read(IOperation operation, SerpstatSymbols symbols)
    {
        var value = Unwrap(operation);
        var syntax = operation.Syntax;
        if (value is IObjectCreationOperation { Type.SpecialType: SpecialType.System_DateTime } creation)
        {
            return ReadDate(creation, syntax);
        }

        if (!operation.ConstantValue.HasValue)
        {
            return FilterValue.Unknown(syntax);
        }

        var constant = operation.ConstantValue.Value;
        if (operation.Type?.TypeKind == TypeKind.Enum)
        {
            return symbols.WireValueOf(operation.Type, constant) switch
            {
                string text => FilterValue.Known(text, syntax),
                long number => FilterValue.Known(FilterValues.Integer(number), syntax),
                _ => FilterValue.Unknown(syntax),
            };
        }

        return constant switch
        {
            null => FilterValue.Known(null, syntax),
            string text => FilterValue.Known(text, syntax),
            double or float or decimal => FilterValue.Known(
                FilterValues.Number(Convert.ToDouble(constant, CultureInfo.InvariantCulture)), syntax),
            IConvertible when IsIntegral(constant) => FilterValue.Known(
                FilterValues.Integer(Convert.ToInt64(constant, CultureInfo.InvariantCulture)), syntax),
            _ => FilterValue.Unknown(syntax),
        };
    }

    /// <summary>A constant of an integral type as a <see cref="long"/>.</summary>
    public static long? Integer(IOperation operation) =>
        operation.ConstantValue.HasValue && IsIntegral(operation.ConstantValue.Value)
            ? Convert.ToInt64(operation.ConstantValue.Value, CultureInfo.InvariantCulture)
            : null;

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static FilterValue ReadDate(IObjectCreationOperation creation, SyntaxNode syntax)
    {
        // Only the (year, month, day) constructor: the generated code keeps the date part only.
        if (creation.Arguments.Length != 3 || creation.Arguments.Any(a => Integer(a.Value) is null))
        {
            return FilterValue.Unknown(syntax);
        }

        var parts = Arguments.InParameterOrder(creation.Arguments).Select(a => (int)Integer(a.Value)!.Value).ToArray();
        var (year, month, day) = (parts[0], parts[1], parts[2]);
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return FilterValue.NotADate(creation.Syntax.ToString(), syntax);
        }

        return FilterValue.KnownDate(new DateTime(year, month, day), syntax);
    }

    private static bool IsIntegral(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or char;
}

/// <summary>One filter value as written in the code: known (as its wire text, or a date) or not.</summary>
internal sealed class FilterValue
{
    private FilterValue(bool isKnown, string? text, DateTime? date, string? invalidDate, SyntaxNode syntax)
    {
        IsKnown = isKnown;
        Text = text;
        Date = date;
        InvalidDate = invalidDate;
        Syntax = syntax;
    }

    /// <summary>Whether the value is known at compile time.</summary>
    public bool IsKnown { get; }

    /// <summary>The value as written (a date as text is still text here); null for a null constant.</summary>
    public string? Text { get; }

    /// <summary>A <c>DateTime</c> argument, which the generated code formats in the field's date format.</summary>
    public DateTime? Date { get; }

    /// <summary>The source text of a <c>new DateTime(...)</c> that names no calendar date.</summary>
    public string? InvalidDate { get; }

    /// <summary>The value's expression.</summary>
    public SyntaxNode Syntax { get; }

    public Location Location => Syntax.GetLocation();

    /// <summary>
    /// The value as written: its argument with the parameter name (<c>to: 1</c>), or the bare element.
    /// </summary>
    public SyntaxNode Written => Syntax.Parent is ArgumentSyntax argument ? argument : Syntax;

    public static FilterValue Unknown(SyntaxNode syntax) => new(false, null, null, null, syntax);

    public static FilterValue Known(string? text, SyntaxNode syntax) => new(true, text, null, null, syntax);

    public static FilterValue KnownDate(DateTime date, SyntaxNode syntax) => new(true, null, date, null, syntax);

    public static FilterValue NotADate(string source, SyntaxNode syntax) => new(true, null, null, source, syntax);

    /// <summary>The wire text the runtime would receive for a field of <paramref name="dateFormat"/>.</summary>
    public string? WireText(string? dateFormat) =>
        Date is { } date && dateFormat is not null ? FilterValues.Date(date, dateFormat) : Text;
}
