namespace NetMapper.Lifecycle.Versions;

/// <summary>How one OS family writes its versions.</summary>
public interface IVersionScheme
{
    /// <summary>The family key catalogs use in <c>os:</c> ("ios", "ios-xe", "junos").</summary>
    string Family { get; }

    /// <summary>
    /// Parses a version as devices report it (already cut out of sysDescr: "15.0(2a)EX5", "v7.2.10,build1688",
    /// "ML.10.07.0005"), or as a catalog writes a train or release ("17.6", "R77.20"). Null when it is not one.
    /// </summary>
    OsVersion? Parse(string text);
}
