using System.Runtime.InteropServices;

namespace Dossier.Core.Importing;

/// <summary>
/// glibc's <c>malloc_trim(3)</c>: returns the free memory at the top and in the middle of the C heap to the system.
/// SQLite allocates a big document's copies there (a bound parameter, a row being read) and glibc keeps them after
/// they are freed, so the process keeps their size. Nothing happens where glibc is not the C library.
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (_unavailable)
        {
            return;
        }
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl (Alpine) has no malloc_trim.
            _unavailable = true;
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport needs unsafe code allowed.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
