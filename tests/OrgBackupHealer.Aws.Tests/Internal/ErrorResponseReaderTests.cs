using System.Net;
using System.Text;
using OrgBackupHealer.Aws.Internal;

namespace OrgBackupHealer.Aws.Tests.Internal;

/// <summary>Error answers that are not the usual JSON object: the header and the status still say what failed.</summary>
public sealed class ErrorResponseReaderTests
{
    [Fact]
    public void AnEmptyBodyTakesTheCodeFromTheHeaderAndNamesTheStatus()
    {
        using var response = WithErrorType("ThrottlingException:http://internal.amazon.com/");

        var error = ErrorResponseReader.Read("ListRoots", HttpStatusCode.BadRequest, response.Headers, []);

        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal("ListRoots failed with HTTP 400.", error.Message);
        Assert.Equal("ListRoots", error.Operation);
    }

    [Fact]
    public void ABodyThatIsNotAnObjectIsIgnored()
    {
        using var response = WithErrorType("ServiceException");

        var error = ErrorResponseReader.Read("ListRoots", HttpStatusCode.InternalServerError, response.Headers, "[\"oops\"]"u8);

        Assert.Equal("ServiceException", error.ErrorCode);
        Assert.Equal("ListRoots failed with HTTP 500.", error.Message);
    }

    [Fact]
    public void PrefersTheCapitalisedMessage()
    {
        using var response = new HttpResponseMessage();

        var error = ErrorResponseReader.Read(
            "ListRoots", HttpStatusCode.BadRequest, response.Headers, Encoding.UTF8.GetBytes("""{"__type":"X","Message":"upper","message":"lower"}"""));

        Assert.Equal("upper", error.Message);
    }

    [Fact]
    public void MembersThatAreNotStringsAreLeftOut()
    {
        using var response = new HttpResponseMessage();

        var error = ErrorResponseReader.Read(
            "AttachPolicy", HttpStatusCode.BadRequest, response.Headers, Encoding.UTF8.GetBytes("""{"__type":"ConstraintViolationException","Message":42,"Reason":7}"""));

        Assert.Equal("ConstraintViolationException", error.ErrorCode);
        Assert.Equal("AttachPolicy failed with HTTP 400.", error.Message);
        Assert.Null(error.Reason);
    }

    [Theory]
    [InlineData(":http://internal.amazon.com/")]
    [InlineData("aws.organizations#:extra")]
    public void ATypeWithNothingBeforeTheColonHasNoShapeName(string raw)
    {
        Assert.Null(ErrorResponseReader.ShapeName(raw));
    }

    private static HttpResponseMessage WithErrorType(string value)
    {
        var response = new HttpResponseMessage();
        response.Headers.Add(ErrorResponseReader.ErrorTypeHeader, value);
        return response;
    }
}
