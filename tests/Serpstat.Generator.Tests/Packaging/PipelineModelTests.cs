using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Emit;
using Serpstat.Generator.Model;
using Serpstat.Generator.Schema;
using Xunit;

namespace Serpstat.Generator.Tests.Packaging;

/// <summary>
/// What the incremental pipeline caches holds only strings, numbers, enums and equatable collections, so that the
/// generator compares old and new values correctly and keeps no compilation alive.
/// </summary>
public sealed class PipelineModelTests
{
    /// <summary>Every type a pipeline step passes on, and the whole Model namespace.</summary>
    private static IEnumerable<Type> Roots =>
        new[]
        {
            typeof(SchemaText), typeof(SchemaFileResult), typeof(MethodIdentity), typeof(DiagnosticInfo),
            typeof(SourceSpanInfo), typeof(EmitOptions),
        }.Concat(typeof(MethodModel).Assembly.GetTypes().Where(IsModelType));

    private static bool IsModelType(Type type) =>
        type.Namespace == typeof(MethodModel).Namespace
        && !type.IsNested
        && type.GetCustomAttribute<CompilerGeneratedAttribute>() is null
        && type != typeof(EquatableArray<>);

    [Fact]
    public void Pipeline_values_hold_only_plain_equatable_data()
    {
        var problems = Walk(Roots);

        Assert.Empty(problems);
    }

    [Fact]
    public void The_check_finds_roslyn_types_and_plain_collections()
    {
        var problems = Walk(new[] { typeof(BadModel) });

        Assert.Equal(
            new[]
            {
                "BadModel.<Lines>k__BackingField: List`1 is not an equatable collection",
                "BadModel.<Where>k__BackingField: Location is a Roslyn type",
                "BadModel.<Words>k__BackingField: String[] is not an equatable collection",
            },
            problems.OrderBy(p => p, StringComparer.Ordinal));
    }

    private static List<string> Walk(IEnumerable<Type> roots)
    {
        var problems = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (!seen.Add(type) || type.IsEnum)
            {
                continue;
            }

            if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
            {
                problems.Add($"{type.Name} does not implement IEquatable<{type.Name}>");
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var problem = Check(field.FieldType, pending);
                if (problem is not null)
                {
                    problems.Add($"{type.Name}.{field.Name}: {problem}");
                }
            }
        }

        return problems;
    }

    /// <summary>Why a field of this type cannot be cached, or null; records to look into are queued.</summary>
    private static string? Check(Type type, Queue<Type> pending)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
        {
            return $"{type.Name} is a Roslyn type";
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            return Check(type.GetGenericArguments()[0], pending);
        }

        if (type.IsArray || typeof(System.Collections.IEnumerable).IsAssignableFrom(type) || type == typeof(object)
            || type.IsInterface)
        {
            return $"{type.Name} is not an equatable collection";
        }

        if (type.Assembly != typeof(MethodModel).Assembly)
        {
            return $"{type.Name} is not one of the generator's own records";
        }

        pending.Enqueue(type);
        return null;
    }

    private sealed record BadModel(string Name, Location Where, string[] Words, List<string> Lines);
}
