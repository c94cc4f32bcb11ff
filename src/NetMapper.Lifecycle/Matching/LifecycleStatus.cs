namespace NetMapper.Lifecycle.Matching;

/// <summary>Where a device, module or OS release stands, most urgent first.</summary>
public enum LifecycleStatus
{
    /// <summary>Past the milestone that counts as unsupported.</summary>
    EndOfSupport,
    /// <summary>That milestone falls within the horizon.</summary>
    WithinHorizon,
    /// <summary>No longer sold, still supported beyond the horizon.</summary>
    EndOfSale,
    Supported,
    /// <summary>Not known: see <see cref="UnknownReason"/>.</summary>
    Unknown,
}

/// <summary>Why a status is unknown: the honest answer where the catalog or the device says too little.</summary>
public enum UnknownReason
{
    None,
    /// <summary>No catalog entry matches.</summary>
    NoCatalogEntry,
    /// <summary>Entries of equal strength match with different dates.</summary>
    AmbiguousModel,
    /// <summary>The device reported no product ID or model.</summary>
    NoModel,
    /// <summary>The device reported no OS version, or one its family's scheme cannot read.</summary>
    NoVersion,
    /// <summary>The entry matches but has no date for the milestone that ends support.</summary>
    NoDates,
}

/// <summary>Which part of a device a row is about.</summary>
public enum LifecycleComponent { Chassis, Module, Os }
