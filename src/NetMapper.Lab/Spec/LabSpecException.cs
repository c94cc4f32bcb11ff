namespace NetMapper.Lab.Spec;

/// <summary>A network description that cannot be built, with the file and the entry at fault.</summary>
public sealed class LabSpecException(string message) : Exception(message);
