using System.Diagnostics;

namespace NetMapper.Snmp.Transport;

/// <summary>What we know of an authoritative SNMPv3 engine: its ID and its clock, estimated forward from when we learnt it.</summary>
internal sealed record EngineState(byte[] EngineId, int Boots, int Time, long LearntAt)
{
    public static EngineState Learn(UsmParameters usm) => new(usm.EngineId, usm.EngineBoots, usm.EngineTime, Stopwatch.GetTimestamp());

    public int EstimatedTime
    {
        get
        {
            long elapsed = (long)Stopwatch.GetElapsedTime(LearntAt).TotalSeconds;
            return (int)Math.Min(int.MaxValue, Time + elapsed);
        }
    }
}
