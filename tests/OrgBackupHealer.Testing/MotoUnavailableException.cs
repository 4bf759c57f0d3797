namespace OrgBackupHealer.Testing;

/// <summary>moto_server could not be started: python3 or moto missing, or the server never answered.</summary>
public sealed class MotoUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
