using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Filtering;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Checks code that calls the generated client against the schema facts the generated code carries: filter fields
/// and compare types, constant values, request params and the row cap. The request a constant query sends is shown by
/// <see cref="SerpstatQueryPreviewAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SerpstatQueryAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.QueryChecks.ToImmutableArray();

    /// <summary>
    /// The compare types by their C# names: every member access in the compilation is looked up here before any
    /// semantic work.
    /// </summary>
    private static readonly Dictionary<string, CompareType> CompareTypesByName =
        Enum.GetValues(typeof(CompareType)).Cast<CompareType>().ToDictionary(c => c.ToString(), StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without the runtime there is no generated client to check.
            if (SerpstatSymbols.From(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationAction(c => OnInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => OnCreation(c, symbols), OperationKind.ObjectCreation);
            start.RegisterSyntaxNodeAction(c => OnUnboundMember(c, symbols), SyntaxKind.SimpleMemberAccessExpression);
        });
    }

    private static void OnInvocation(OperationAnalysisContext context, SerpstatSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (symbols.MethodClassOf(method) is not { } methodClass)
        {
            return;
        }

        if (ConditionCall.Read(invocation, symbols) is { } condition)
        {
            var methodName = symbols.MethodFacts(methodClass)?.Method ?? methodClass.Name;
            ConditionChecks.Check(condition, methodName, context.ReportDiagnostic);
            return;
        }

        ParamChecks.Check(method, invocation.Arguments, symbols, context.ReportDiagnostic);
        if (IsWhere(method, symbols))
        {
            FilterExpression.Read(invocation.Arguments[0].Value, symbols, context.ReportDiagnostic);
        }

        if (QueryChain.IsStart(method, symbols))
        {
            QueryChain.Check(invocation, method, symbols, context.ReportDiagnostic);
        }
    }

    private static void OnCreation(OperationAnalysisContext context, SerpstatSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is not { } constructor || symbols.MethodClassOf(constructor) is null)
        {
            return;
        }

        ParamChecks.Check(constructor, creation.Arguments, symbols, context.ReportDiagnostic);
        if (QueryChain.IsStart(constructor, symbols))
        {
            QueryChain.Check(creation, constructor, symbols, context.ReportDiagnostic);
        }
    }

    /// <summary>
    /// A typed field method the field does not have, such as <c>f.LinksExternal.Contains("x")</c>: the compiler says
    /// only CS1061; this names the field, the compare type and the ones the field allows.
    /// </summary>
    private static void OnUnboundMember(SyntaxNodeAnalysisContext context, SerpstatSymbols symbols)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        if (access.Parent is not InvocationExpressionSyntax
            || !CompareTypesByName.TryGetValue(access.Name.Identifier.ValueText, out var compareType))
        {
            return;
        }

        var receiver = context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type;
        if (symbols.FieldOf(receiver) is not { } field || field.Allows(compareType))
        {
            return;
        }

        context.ReportDiagnostic(ConditionChecks.NotAllowed(field, compareType, access.Name.GetLocation()));
    }

    /// <summary><c>Where(Func&lt;TFields, Filter&lt;TFields&gt;&gt;)</c> of a generated request.</summary>
    private static bool IsWhere(IMethodSymbol method, SerpstatSymbols symbols) =>
        method.Parameters.Length == 1
        && method.Parameters[0].Type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke }
        && invoke.Parameters.Length == 1
        && SerpstatSymbols.Find(invoke.Parameters[0].Type, symbols.FilterFieldsAttribute) is not null
        && SymbolEqualityComparer.Default.Equals(invoke.ReturnType.OriginalDefinition, symbols.Filter);
}
