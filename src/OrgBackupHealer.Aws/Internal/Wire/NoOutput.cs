namespace OrgBackupHealer.Aws.Internal.Wire;

/// <summary>Stands for an operation without an output shape (AttachPolicy): the body is ignored.</summary>
internal sealed record NoOutput;
