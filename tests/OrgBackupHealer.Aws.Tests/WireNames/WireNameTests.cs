using System.Reflection;
using OrgBackupHealer.Aws.Internal;
using OrgBackupHealer.Core.Organizations;

namespace OrgBackupHealer.Aws.Tests.WireNames;

/// <summary>
/// Every name the client puts on the wire or reads from it, taken from the source-generated serializer metadata
/// rather than a hand-written list, exists in the official service model with that spelling and JSON type.
/// </summary>
public sealed class WireNameTests
{
    private readonly ServiceModel _model = ServiceModel.Load();

    public static TheoryData<string> Operations => [.. WireOperations.All.Select(o => o.Name)];

    [Fact]
    public void WireTableCoversExactlyTheOperationsCoreNamesAndEachIsInTheModel()
    {
        Assert.Equal(WireOperations.All.Select(o => o.Name), OrganizationsOperations.All);
        Assert.All(OrganizationsOperations.All, name => Assert.NotNull(_model.Operation(name)));
    }

    [Fact]
    public void TargetsTheModelsJsonProtocolPrefixAndSigningName()
    {
        Assert.Equal("json", _model.Metadata.GetProperty("protocol").GetString());
        Assert.Equal("1.1", _model.Metadata.GetProperty("jsonVersion").GetString());
        Assert.Equal(AwsJsonTransport.ContentType, $"application/x-amz-json-{_model.Metadata.GetProperty("jsonVersion").GetString()}");
        Assert.Equal(AwsJsonTransport.TargetPrefix, _model.Metadata.GetProperty("targetPrefix").GetString() + ".");
        Assert.Equal(OrganizationsClientFactory.SigningService, _model.Metadata.GetProperty("endpointPrefix").GetString());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void SendsOnlyMembersOfTheOperationsInputShape(string operationName)
    {
        var operation = WireOperations.All.Single(o => o.Name == operationName);
        var modelOperation = _model.Operation(operationName)!.Value;
        var checker = new WireShapeChecker(_model, OrganizationsJsonContext.Default);

        checker.CheckStructure(operation.RequestInfo, modelOperation.GetProperty("input").GetProperty("shape").GetString()!, operationName + "Request");

        Assert.Empty(checker.Violations);
        Assert.NotEmpty(operation.RequestInfo.Properties);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void ReadsOnlyMembersOfTheOperationsOutputShape(string operationName)
    {
        var operation = WireOperations.All.Single(o => o.Name == operationName);
        var modelOperation = _model.Operation(operationName)!.Value;
        var checker = new WireShapeChecker(_model, OrganizationsJsonContext.Default);

        if (modelOperation.TryGetProperty("output", out var output))
        {
            checker.CheckStructure(operation.ResponseInfo, output.GetProperty("shape").GetString()!, operationName + "Response");
            Assert.NotEmpty(operation.ResponseInfo.Properties);
        }
        else
        {
            Assert.Empty(operation.ResponseInfo.Properties);
        }

        Assert.Empty(checker.Violations);
    }

    [Fact]
    public void FindsMisspelledAndMistypedMembers()
    {
        var checker = new WireShapeChecker(_model, MisspelledShapesContext.Default);

        checker.CheckStructure(MisspelledShapesContext.Default.MisspelledDescribePolicyRequest, "DescribePolicyRequest", "Misspelled");
        checker.CheckStructure(MisspelledShapesContext.Default.MistypedListPoliciesRequest, "ListPoliciesRequest", "Mistyped");

        Assert.Equal(2, checker.Violations.Count);
        Assert.Contains(checker.Violations, v => v.Contains("'PolicyID'", StringComparison.Ordinal));
        Assert.Contains(checker.Violations, v => v.Contains("Mistyped.Filter", StringComparison.Ordinal));
    }

    [Fact]
    public void SendsAPolicyTypeValueOfTheModel()
    {
        Assert.Contains(PolicyTypes.BackupPolicy, _model.EnumValues("PolicyType"));
    }

    [Fact]
    public void SpellsEveryPolicyTypeStatusAsTheModelAndReadsAllOfThem()
    {
        var wire = Enum.GetValues<PolicyTypeStatus>().Select(PolicyTypeStatusNames.ToWire);

        Assert.Equal(_model.EnumValues("PolicyTypeStatus").Order(), wire.Order());
        Assert.All(_model.EnumValues("PolicyTypeStatus"), value => PolicyTypeStatusNames.FromWire(value));
    }

    [Fact]
    public void SpellsEveryTargetTypeAsTheModelAndReadsAllOfThem()
    {
        var wire = Enum.GetValues<TargetType>().Select(TargetTypeNames.ToWire);

        Assert.Equal(_model.EnumValues("TargetType").Order(), wire.Order());
        Assert.All(_model.EnumValues("TargetType"), value => TargetTypeNames.FromWire(value));
    }

    [Fact]
    public void ReadsEveryParentTypeOfTheModelAsARootOrAnOu()
    {
        var read = _model.EnumValues("ParentType").Select(value => WireMapper.ToParent(new OrgBackupHealer.Aws.Internal.Wire.WireParent("r-ab12", value)).Type);

        Assert.Equal([TargetType.OrganizationalUnit, TargetType.Root], read.Order());
    }

    [Fact]
    public void NamesOnlyErrorShapesOfTheModelInTheCoresErrorCodesExceptTheDeclaredOthers()
    {
        var codes = typeof(OrganizationsErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code =>
        {
            var shape = _model.Shape(code);
            var isModelError = shape is { } s && s.TryGetProperty("exception", out var e) && e.GetBoolean();
            Assert.True(isModelError != OrganizationsErrorCodes.NotInServiceModel.Contains(code),
                isModelError ? $"{code} is a model error shape but is declared as not in the model" : $"{code} is not an error shape of the model");
        });
    }
}
