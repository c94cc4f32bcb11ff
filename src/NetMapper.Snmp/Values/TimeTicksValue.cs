using System.Formats.Asn1;
using System.Globalization;

namespace NetMapper.Snmp;

/// <summary>TimeTicks: hundredths of a second.</summary>
public sealed record TimeTicksValue(uint Ticks) : SnmpValue
{
    public override SnmpType Type => SnmpType.TimeTicks;
    public override string TypeName => "Timeticks";
    public TimeSpan Duration => TimeSpan.FromMilliseconds(Ticks * 10.0);

    /// <summary>net-snmp's form: "(8675309) 1 day, 0:05:53.09".</summary>
    public override string FormatValue()
    {
        uint centis = Ticks % 100, seconds = Ticks / 100 % 60, minutes = Ticks / 6000 % 60;
        uint hours = Ticks / 360000 % 24, days = Ticks / 8640000;
        string clock = string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}.{centis:00}");
        string prefix = days switch { 0 => "", 1 => "1 day, ", _ => $"{days} days, " };
        return string.Create(CultureInfo.InvariantCulture, $"({Ticks}) {prefix}{clock}");
    }

    internal override void Write(AsnWriter writer) => writer.WriteInteger((ulong)Ticks, ApplicationTag(SnmpType.TimeTicks));
}
