using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Core.Tests.Organizations;

public sealed class PolicyTypeStatusNamesTests
{
    [Theory]
    [InlineData(PolicyTypeStatus.Enabled, "ENABLED")]
    [InlineData(PolicyTypeStatus.PendingEnable, "PENDING_ENABLE")]
    [InlineData(PolicyTypeStatus.PendingDisable, "PENDING_DISABLE")]
    public void EachStatusHasTheServiceModelSpellingBothWays(PolicyTypeStatus status, string wire)
    {
        Assert.Equal(wire, PolicyTypeStatusNames.ToWire(status));
        Assert.Equal(status, PolicyTypeStatusNames.FromWire(wire));
    }

    [Fact]
    public void AnUnknownSpellingIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyTypeStatusNames.FromWire("enabled"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyTypeStatusNames.ToWire((PolicyTypeStatus)42));
    }
}
