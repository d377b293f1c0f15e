using System;
using System.IO;
using System.Text;

namespace Serpstat.Runtime.Tests.Support;

/// <summary>Files shipped with the tests: the reference's example request and response.</summary>
internal static class TestData
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", name));

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));
}
