using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Serpstat.Filtering;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Checks one filter condition against its field, with the runtime's own value checks, reporting at most one
/// diagnostic for each bad constant. Values unknown at compile time are never reported.
/// </summary>
internal static class ConditionChecks
{
    public static void Check(ConditionCall call, string methodName, Action<Diagnostic> report)
    {
        if (call.IsStringKeyed && !CheckFieldAndCompareType(call, methodName, report))
        {
            return;
        }

        var field = call.Field!;
        var compareType = call.CompareType!.Value;
        var op = CompareTypeNames.ToWire(compareType);
        if (call.Values is not { } values)
        {
            return;
        }

        if (values.Count == 0)
        {
            var where = call.IsStringKeyed
                        && call.Argument(ConditionCall.ValuesOrdinal) is { IsImplicit: false } written
                ? written.Value.Syntax.GetLocation()
                : call.NameLocation;
            report(Diagnostic.Create(DiagnosticDescriptors.EmptyValueSet, where, field.WireName, op));
            return;
        }

        var allGood = true;
        foreach (var value in values.Where(v => v.IsKnown))
        {
            allGood &= CheckValue(field, compareType, value, report);
        }

        if (!allGood || values.Any(v => !v.IsKnown))
        {
            return;
        }

        CheckWhole(field, compareType, values.Select(v => v.WireText(field.DateFormat)!).ToArray(), call, report);
    }

    /// <summary>The string-keyed form's field name and compare type; false when nothing more can be checked.</summary>
    private static bool CheckFieldAndCompareType(ConditionCall call, string methodName, Action<Diagnostic> report)
    {
        if (call.FieldName is null)
        {
            return false;
        }

        if (call.Field is null)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.UnknownFilterField,
                call.Argument(ConditionCall.FieldOrdinal)!.Value.Syntax.GetLocation(),
                call.FieldName,
                methodName,
                string.Join(", ", call.KnownFields!.Select(f => f.WireName))));
            return false;
        }

        if (call.NotACompareType is { } number)
        {
            report(NotAllowed(
                call.Field,
                $"cannot take '{number}', which is not a compare type",
                call.CompareTypeLocation));
            return false;
        }

        if (call.CompareType is not { } compareType)
        {
            return false;
        }

        if (!call.Field.Allows(compareType))
        {
            report(NotAllowed(call.Field, compareType, call.CompareTypeLocation));
            return false;
        }

        return true;
    }

    /// <summary>The diagnostic property that lists the allowed compare types' C# names, for the code fix.</summary>
    public const string AllowedProperty = "Allowed";

    public static Diagnostic NotAllowed(FilterFieldInfo field, CompareType compareType, Location location) =>
        NotAllowed(field, $"does not allow compare type '{CompareTypeNames.ToWire(compareType)}'", location);

    private static Diagnostic NotAllowed(FilterFieldInfo field, string problem, Location location) =>
        Diagnostic.Create(
            DiagnosticDescriptors.CompareTypeNotAllowed,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(
                AllowedProperty,
                string.Join(",", Enum.GetValues(typeof(CompareType)).Cast<CompareType>().Where(field.Allows))),
            field.WireName,
            problem,
            CompareTypeNames.Describe(field.Allowed));

    /// <summary>One value on its own: a date, a listed value, or the field's value form.</summary>
    private static bool CheckValue(
        FilterFieldInfo field,
        CompareType compareType,
        FilterValue value,
        Action<Diagnostic> report)
    {
        var op = CompareTypeNames.ToWire(compareType);
        if (value.InvalidDate is not null || field.Kind == FilterValueKind.Date && value.Text is { } text
            && !FilterDates.TryParse(text, field.DateFormat!, out _))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidFilterDate,
                value.Location,
                field.WireName,
                op,
                field.DateFormat,
                value.InvalidDate ?? value.Text));
            return false;
        }

        if (field.Kind == FilterValueKind.Enum && value.Text is { } listed && !field.Values.Contains(listed))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.ValueNotListed,
                value.Location,
                listed,
                field.WireName,
                string.Join(", ", field.Values)));
            return false;
        }

        // The runtime's check of one value's form; between takes two, so eq stands in for it and is renamed back.
        var single = compareType == CompareType.Between ? CompareType.Eq : compareType;
        var problem = Problem(field, single, new[] { value.WireText(field.DateFormat) });
        if (problem is not null)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidFilterValue,
                value.Location,
                Rename(problem, single, op)));
            return false;
        }

        return true;
    }

    /// <summary>The values together: their number, and the order of between's bounds.</summary>
    private static void CheckWhole(
        FilterFieldInfo field,
        CompareType compareType,
        string[] values,
        ConditionCall call,
        Action<Diagnostic> report)
    {
        var problem = Problem(field, compareType, values);
        if (problem is null)
        {
            return;
        }

        if (compareType == CompareType.Between && values.Length == 2
            && Problem(field, compareType, new[] { values[1], values[0] }) is null)
        {
            // Located on both bounds as written, in whichever order; the fix swaps the two values it is also given.
            var (from, to) = (call.Values![0], call.Values[1]);
            var written = new[] { from.Written.Span, to.Written.Span };
            var bounds = Location.Create(
                from.Syntax.SyntaxTree,
                TextSpan.FromBounds(written.Min(s => s.Start), written.Max(s => s.End)));
            report(Diagnostic.Create(
                DiagnosticDescriptors.BetweenBoundsReversed,
                bounds,
                new[] { from.Location, to.Location },
                field.WireName,
                values[0],
                values[1]));
            return;
        }

        report(Diagnostic.Create(DiagnosticDescriptors.InvalidFilterValue, call.NameLocation, problem));
    }

    /// <summary>The runtime's verdict on the values, or null when it accepts them.</summary>
    private static string? Problem(FilterFieldInfo field, CompareType compareType, string?[] values)
    {
        try
        {
            FilterValueChecks.Check(field, compareType, values!, owned: false);
            return null;
        }
        catch (SerpstatFilterException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// The message of a check run as <paramref name="ran"/>, naming the compare type actually written.
    /// </summary>
    private static string Rename(string message, CompareType ran, string op) =>
        message.Replace(" " + CompareTypeNames.ToWire(ran) + "'", " " + op + "'");
}
