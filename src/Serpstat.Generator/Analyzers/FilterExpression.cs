using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Filtering;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Reads the filter a <c>Where</c> lambda writes with <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and the named
/// <c>And</c>/<c>Or</c>/<c>Not</c> into the runtime's filter tree. On the way it checks every condition under a
/// negation with the runtime's normaliser, so a <c>!</c> the API cannot express is reported at its condition.
/// </summary>
internal sealed class FilterExpression
{
    private readonly SerpstatSymbols symbols;
    private readonly Action<Diagnostic>? report;
    private bool reportedNegation;

    private FilterExpression(SerpstatSymbols symbols, Action<Diagnostic>? report)
    {
        this.symbols = symbols;
        this.report = report;
    }

    /// <summary>
    /// The filter the lambda argument of <c>Where</c> writes; null when any part is unknown at compile time or
    /// invalid. With <paramref name="report"/>, negations the API cannot express are reported, and so is a filter
    /// the runtime's normaliser refuses as a whole.
    /// </summary>
    public static ComplexFilter? Read(IOperation lambdaArgument, SerpstatSymbols symbols, Action<Diagnostic>? report)
    {
        if (Body(lambdaArgument) is not { } body)
        {
            return null;
        }

        var expression = new FilterExpression(symbols, report);
        var node = expression.Visit(body, negated: false);
        if (node is null)
        {
            return null;
        }

        try
        {
            return FilterNormalizer.Normalize(node);
        }
        catch (SerpstatFilterException exception)
        {
            // A refused negation is already reported at its condition.
            if (report is not null && !expression.reportedNegation)
            {
                report(TooLarge(lambdaArgument, exception));
            }

            return null;
        }
    }

    /// <summary>
    /// The runtime's refusal of a whole filter (too many OR groups, too deep), reported on its lambda.
    /// </summary>
    public static Diagnostic TooLarge(IOperation lambdaArgument, SerpstatFilterException exception) =>
        Diagnostic.Create(DiagnosticDescriptors.FilterTooLarge, lambdaArgument.Syntax.GetLocation(), exception.Message);

    /// <summary>The returned expression of a lambda whose body is that one expression.</summary>
    private static IOperation? Body(IOperation argument)
    {
        var value = ConstantValues.Unwrap(argument);
        if (value is IDelegateCreationOperation creation)
        {
            value = creation.Target;
        }

        return value is IAnonymousFunctionOperation { Body.Operations: { Length: 1 } operations }
               && operations[0] is IReturnOperation { ReturnedValue: { } returned }
            ? returned
            : null;
    }

    /// <summary>
    /// Visits every part (so that each negated condition is checked) and builds the node if all are known.
    /// </summary>
    private FilterNode? Visit(IOperation operation, bool negated)
    {
        // A long chain of || nests as deep as it is long; past the stack's reach it is simply not read.
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            return null;
        }

        operation = ConstantValues.Unwrap(operation);
        switch (operation)
        {
            case IUnaryOperation { OperatorMethod: { } method } unary when IsFilterMember(method):
                return Not(Visit(unary.Operand, !negated));
            case IBinaryOperation { OperatorMethod: { } method } binary when IsFilterMember(method):
                return Combine(method.Name == "op_BitwiseAnd", binary.LeftOperand, binary.RightOperand, negated);
            case IInvocationOperation { Instance: { } instance } call when IsFilterMember(call.TargetMethod):
                return call.TargetMethod.Name switch
                {
                    "Not" => Not(Visit(instance, !negated)),
                    "And" => Combine(true, instance, call.Arguments[0].Value, negated),
                    "Or" => Combine(false, instance, call.Arguments[0].Value, negated),
                    _ => null,
                };
            case IInvocationOperation call when ConditionCall.Read(call, symbols) is { } condition:
                return Leaf(condition, negated);
            default:
                return null;
        }
    }

    private FilterNode? Combine(bool and, IOperation left, IOperation right, bool negated)
    {
        var l = Visit(left, negated);
        var r = Visit(right, negated);
        if (l is null || r is null)
        {
            return null;
        }

        return and ? new FilterNode.And(l, r) : new FilterNode.Or(l, r);
    }

    private static FilterNode? Not(FilterNode? operand) => operand is null ? null : new FilterNode.Not(operand);

    private FilterNode? Leaf(ConditionCall call, bool negated)
    {
        if (call.Field is not { } field || call.CompareType is not { } compareType || !field.Allows(compareType))
        {
            return null;
        }

        var values = call.Values?.Select(v => v.IsKnown ? v.WireText(field.DateFormat) : null).ToArray();
        if (negated)
        {
            CheckNegation(call, field, compareType, values);
        }

        if (values is null || values.Any(v => v is null))
        {
            return null;
        }

        try
        {
            return FilterCondition.Create(field, compareType, values!);
        }
        catch (SerpstatFilterException)
        {
            return null;
        }
    }

    /// <summary>Negates the condition alone, as the runtime would; its refusal becomes the diagnostic.</summary>
    private void CheckNegation(ConditionCall call, FilterFieldInfo field, CompareType compareType, string?[]? values)
    {
        if (report is null)
        {
            return;
        }

        // Values only appear in the message; placeholders stand in for those unknown until run time.
        var count = Math.Max(values?.Length ?? 1, compareType == CompareType.Between ? 2 : 1);
        var shown = Enumerable.Range(0, count)
            .Select(i => values is not null && i < values.Length && values[i] is { } known ? known : "…")
            .ToArray();
        try
        {
            var negation = new FilterNode.Not(new FilterCondition(field, compareType, shown));
            FilterNormalizer.Normalize(negation);
        }
        catch (SerpstatFilterException exception)
        {
            reportedNegation = true;
            report(Diagnostic.Create(
                DiagnosticDescriptors.NegationNotExpressible,
                call.NameLocation,
                exception.Message));
        }
    }

    private bool IsFilterMember(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, symbols.Filter);
}
