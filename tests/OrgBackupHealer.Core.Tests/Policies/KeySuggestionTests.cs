using OrgBackupHealer.Core.Policies.Internal;

namespace OrgBackupHealer.Core.Tests.Policies;

/// <summary>
/// The "did you mean" of an unknown key: the known key at the smallest optimal-string-alignment distance (insertions,
/// deletions, substitutions, swaps of neighbours), within a third of the key's length and at least 2 edits.
/// </summary>
public sealed class KeySuggestionTests
{
    [Fact]
    public void AMisspeltKeyGetsTheKnownKeyItMeant()
    {
        Assert.Equal("lifecycle", KeySuggestion.Nearest("lifecycel", ["regions", "lifecycle"]));
    }

    [Fact]
    public void TheNearestKnownKeyWinsWhereverItIsListed()
    {
        // "abcdxy" is 2 edits from the key, "abcdez" 1.
        Assert.Equal("abcdez", KeySuggestion.Nearest("abcdef", ["abcdxy", "abcdez"]));
    }

    [Fact]
    public void AKeyExactlyAtTheLimitIsStillSuggested()
    {
        // Six characters allow 2 edits; "abcdxy" is exactly 2 away.
        Assert.Equal("abcdxy", KeySuggestion.Nearest("abcdef", ["abcdxy"]));
    }

    [Fact]
    public void AKeyBeyondAThirdOfTheLengthIsNotSuggested()
    {
        // Nine characters allow 3 edits; "abcdwxyzi" is 4 substitutions away.
        Assert.Null(KeySuggestion.Nearest("abcdefghi", ["abcdwxyzi"]));
    }

    [Fact]
    public void SwappedNeighboursCountAsOneEdit()
    {
        // "abdc" is one swap from "abcd" but two substitutions from "abcx".
        Assert.Equal("abcd", KeySuggestion.Nearest("abdc", ["abcx", "abcd"]));
    }

    [Fact]
    public void ASwapCostsOneEditNotLess()
    {
        // "abd" (one deletion) and "abcd" (one swap) tie at 1; the first listed wins a tie.
        Assert.Equal("abd", KeySuggestion.Nearest("abdc", ["abd", "abcd"]));
    }

    [Fact]
    public void EveryCharacterOfALongerKeyCountsAsAnEdit()
    {
        // "x" would need 3 edits from "abc", beyond the limit of 2; "abz" needs 1.
        Assert.Equal("abz", KeySuggestion.Nearest("abc", ["x", "abz"]));
    }

    [Fact]
    public void EveryCharacterOfALongerKnownKeyCountsAsAnEdit()
    {
        // "abc" would need 3 edits from "x", beyond the limit of 2; "y" needs 1.
        Assert.Equal("y", KeySuggestion.Nearest("x", ["abc", "y"]));
    }

    [Fact]
    public void CaseIsIgnoredButTheKnownSpellingIsReturned()
    {
        Assert.Equal("windows_vss", KeySuggestion.Nearest("WindowsVSS", ["windows_vss"]));
    }
}
