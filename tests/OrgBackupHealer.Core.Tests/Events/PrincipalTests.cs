using OrgBackupHealer.Core.Events;

namespace OrgBackupHealer.Core.Tests.Events;

/// <summary>Which identity field names the principal when the ARNs are missing.</summary>
public sealed class PrincipalTests
{
    [Fact]
    public void WithoutAnArnThePrincipalIdComesBeforeTheServiceThatInvokedTheCall()
    {
        var detail = new CloudTrailDetail { UserIdentity = new UserIdentity { PrincipalId = "AIDAEXAMPLE", InvokedBy = "backup.amazonaws.com" } };

        var classification = new EventClassification(EventKind.DriftSignal, "drift", Detail: detail);

        Assert.Equal("AIDAEXAMPLE", classification.Principal);
    }
}
