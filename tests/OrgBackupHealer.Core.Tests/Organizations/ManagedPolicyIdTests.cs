using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Organizations;

public sealed class ManagedPolicyIdTests
{
    [Fact]
    public void AnEmptyIdIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ManagedPolicyId(""));
    }

    [Fact]
    public void TwoHandlesOfTheSamePolicyAreEqualAndOthersAreNot()
    {
        // Arrange
        var handle = new ManagedPolicyId("p-abcdefgh");

        // Act / Assert
        Assert.True(handle.Equals(new ManagedPolicyId("p-abcdefgh")));
        Assert.True(handle.Equals((object)new ManagedPolicyId("p-abcdefgh")));
        Assert.Equal(new ManagedPolicyId("p-abcdefgh").GetHashCode(), handle.GetHashCode());
        Assert.False(handle.Equals(new ManagedPolicyId("p-ABCDEFGH")));
        Assert.False(handle.Equals(null));
        Assert.Equal("p-abcdefgh", handle.ToString());
    }
}
