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
    public void AnUnknownSpellingIsRefusedSayingWhatItIsNot()
    {
        // The message reaches the log if the service ever answers a status this build does not know.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PolicyTypeStatusNames.FromWire("enabled"));
        Assert.StartsWith("Unknown PolicyTypeStatus.", error.Message, StringComparison.Ordinal);
        Assert.Equal("enabled", error.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyTypeStatusNames.ToWire((PolicyTypeStatus)42));
    }
}
