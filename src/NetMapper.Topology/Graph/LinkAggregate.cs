namespace NetMapper.Topology;

/// <summary>
/// The LAG a link is a member of, named by the aggregate interface at each end: <paramref name="A"/> on the link's A
/// device ("Port-channel1"), <paramref name="B"/> on its B device ("Trk1"). An end whose device reported no aggregate
/// for the port is named by the port itself. The members of one LAG join the same two devices with equal aggregates.
/// </summary>
public sealed record LinkAggregate(string A, string B);
