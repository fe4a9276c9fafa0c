using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DingPlatform.Usage.Services;

/// <summary>Flushes the meter every couple of seconds and once more on a graceful shutdown.</summary>
public sealed class ApiMeterFlusher(ApiMeter meter, IServiceProvider services, ILogger<ApiMeterFlusher> logger) : BackgroundService
{
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await FlushLoggingAsync(stoppingToken);
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushLoggingAsync(CancellationToken.None);
    }

    private async Task FlushLoggingAsync(CancellationToken ct)
    {
        try { await meter.FlushAsync(services, ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "API call counts could not be written; they are kept for the next flush.");
        }
    }
}
