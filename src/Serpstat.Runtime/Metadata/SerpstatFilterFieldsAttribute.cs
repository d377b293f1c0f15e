using System;
using System.ComponentModel;

namespace Serpstat.Metadata;

/// <summary>
/// Marks the generated filter-fields type of a method, whose string-keyed <c>Condition</c> the analyzers check.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SerpstatFilterFieldsAttribute : Attribute
{
}
