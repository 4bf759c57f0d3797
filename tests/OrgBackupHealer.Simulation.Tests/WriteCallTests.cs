using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Simulation.Tests;

/// <summary>The recorded write calls: the arguments each operation is recorded with, and how a call reads in a failed assertion.</summary>
public sealed class WriteCallTests
{
    [Fact]
    public void EachFactoryRecordsTheOperationWithItsArguments()
    {
        // Act
        var calls = new[]
        {
            WriteCall.EnablePolicyType("r-abcd", "TAG_POLICY"),
            WriteCall.CreatePolicy("baseline", "TAG_POLICY"),
            WriteCall.UpdatePolicy("p-12345678"),
            WriteCall.AttachPolicy("p-12345678", "ou-abcd-12345678"),
            WriteCall.TagResource("p-12345678"),
        };

        // Assert
        Assert.Equal(
            [
                new WriteCall(OrganizationsOperations.EnablePolicyType, "RootId=r-abcd, PolicyType=TAG_POLICY"),
                new WriteCall(OrganizationsOperations.CreatePolicy, "Name=baseline, Type=TAG_POLICY"),
                new WriteCall(OrganizationsOperations.UpdatePolicy, "PolicyId=p-12345678"),
                new WriteCall(OrganizationsOperations.AttachPolicy, "PolicyId=p-12345678, TargetId=ou-abcd-12345678"),
                new WriteCall(OrganizationsOperations.TagResource, "ResourceId=p-12345678"),
            ],
            calls);
    }

    [Fact]
    public void ACallReadsAsOperationAndArgumentsAndAFailedOneAlsoNamesItsError()
    {
        // Arrange
        var succeeded = WriteCall.UpdatePolicy("p-12345678");
        var failed = WriteCall.UpdatePolicy("p-12345678", OrganizationsErrorCodes.ConcurrentModification);

        // Act
        var texts = (succeeded.ToString(), failed.ToString());

        // Assert
        Assert.Equal(("UpdatePolicy(PolicyId=p-12345678)", "UpdatePolicy(PolicyId=p-12345678) -> ConcurrentModificationException"), texts);
        Assert.Equal((true, false), (succeeded.Succeeded, failed.Succeeded));
    }
}
