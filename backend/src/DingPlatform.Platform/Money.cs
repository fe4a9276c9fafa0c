namespace DingPlatform.Platform;

/// <summary>CNY amounts: decimal, two places (fen), half away from zero (SPEC §3).</summary>
public static class Money
{
    public static decimal Fen(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>A percentage of an amount, rounded to fen: <c>Percent(8820, 10) = 882.00</c>.</summary>
    public static decimal Percent(decimal amount, decimal percent) => Fen(amount * percent / 100m);

    public static bool IsWholeFen(decimal amount) => decimal.Round(amount, 2) == amount;
}
