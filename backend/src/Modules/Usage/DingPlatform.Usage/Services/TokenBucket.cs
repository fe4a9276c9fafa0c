namespace DingPlatform.Usage.Services;

/// <summary>A token bucket refilled at <c>rate</c> tokens per second up to <c>rate</c> (one second's burst).</summary>
internal sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private double _tokens = -1;
    private long _last;

    public bool TryTake(long rate, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (rate <= 0) { retryAfter = TimeSpan.FromSeconds(1); return false; }
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (_tokens < 0) _tokens = rate;
            else _tokens = Math.Min(rate, _tokens + (now - _last) * (double)rate / System.Diagnostics.Stopwatch.Frequency);
            _last = now;
            if (_tokens >= 1) { _tokens -= 1; return true; }
            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / rate);
            return false;
        }
    }
}
