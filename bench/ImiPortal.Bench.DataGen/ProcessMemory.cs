using System.Globalization;

namespace ImiPortal.Bench.DataGen;

/// <summary>This process's resident memory from /proc/self/status (Linux), in MiB; 0 elsewhere.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set size so far (VmHWM).</summary>
    public static double PeakMiB() => Read("VmHWM:");

    /// <summary>Resident set size now (VmRSS).</summary>
    public static double CurrentMiB() => Read("VmRSS:");

    private static double Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kib = line?[field.Length..].Trim().Split(' ')[0];
        return kib is null ? 0 : double.Parse(kib, CultureInfo.InvariantCulture) / 1024.0;
    }
}
