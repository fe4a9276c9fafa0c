using System.Text;

namespace DingPlatform.Documents;

/// <summary>The financial uppercase (大写) form of a CNY amount, as written on contracts and invoices.</summary>
public static class ChineseAmount
{
    private static readonly char[] Digits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    /// <summary>8820 → 捌仟捌佰贰拾元整; 8320.75 → 捌仟叁佰贰拾元柒角伍分; 100000.01 → 壹拾万元零壹分;
    /// 10.50 → 壹拾元伍角; 0 → 零元整; a negative amount is prefixed with 负. The amount is rounded to fen
    /// (away from zero) first.</summary>
    public static string ToUppercase(decimal amount)
    {
        amount = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var sb = new StringBuilder();
        if (amount < 0)
        {
            sb.Append('负');
            amount = -amount;
        }
        var yuan = decimal.Truncate(amount);
        if (yuan >= 10_000_000_000_000_000m)
            throw new ArgumentOutOfRangeException(nameof(amount), "Amounts of 亿亿 yuan or more are not supported.");
        var fen = (int)((amount - yuan) * 100m);
        var jiao = fen / 10;
        fen %= 10;

        if (yuan > 0)
        {
            sb.Append(IntegerPart((ulong)yuan)).Append('元');
        }
        else if (jiao == 0 && fen == 0)
        {
            return sb.Append("零元整").ToString();
        }

        if (jiao == 0 && fen == 0)
            return sb.Append('整').ToString();

        if (jiao > 0)
        {
            sb.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            sb.Append('零'); // 100000.01 → 壹拾万元零壹分
        }
        if (fen > 0)
            sb.Append(Digits[fen]).Append('分');
        return sb.ToString();
    }

    /// <summary>The yuan part, by groups of four digits (个, 万, 亿, 万亿) with a single 零 for each run of zeros
    /// between non-zero digits: 1005 → 壹仟零伍, 10050 → 壹万零伍拾, 100100 → 壹拾万零壹佰.</summary>
    private static string IntegerPart(ulong value)
    {
        var groups = new List<int>();
        while (value > 0)
        {
            groups.Add((int)(value % 10000));
            value /= 10000;
        }
        var sb = new StringBuilder();
        var pendingZero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            // Leading zeros inside a group that follows a higher group need a 零 (壹万零伍拾).
            if (sb.Length > 0 && group < 1000)
                pendingZero = true;
            for (var i = 3; i >= 0; i--)
            {
                var digit = group / Pow10(i) % 10;
                if (digit == 0)
                {
                    if (sb.Length > 0)
                        pendingZero = true;
                    continue;
                }
                if (pendingZero)
                {
                    sb.Append('零');
                    pendingZero = false;
                }
                sb.Append(Digits[digit]).Append(SmallUnits[i]);
            }
            sb.Append(GroupUnits[g]);
            pendingZero = false;
            // Trailing zeros of this group carry over as a pending 零 only if a lower non-zero digit follows.
            if (group % 10 == 0)
                pendingZero = true;
        }
        return sb.ToString();
    }

    private static int Pow10(int i) => i switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
