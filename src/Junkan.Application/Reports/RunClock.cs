namespace Junkan.Application.Reports;

/// <summary>A clock that always reads one instant: the time of reproducible runs (SOURCE_DATE_EPOCH or --timestamp).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
