using Junkan.Application.Reports;
using Junkan.Core.Inputs;

namespace Junkan.Cli;

/// <summary>The clock of a run: SOURCE_DATE_EPOCH (seconds since 1970, for reproducible reports) when set, else the system clock.</summary>
internal static class RunTime
{
    public static TimeProvider Clock()
    {
        string? epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch)) return TimeProvider.System;
        if (!long.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seconds) || seconds > 253402300799)
            throw new UsageException("SOURCE_DATE_EPOCH", $"SOURCE_DATE_EPOCH={epoch}: write whole seconds since 1970-01-01 (0..253402300799).");
        return new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }
}
