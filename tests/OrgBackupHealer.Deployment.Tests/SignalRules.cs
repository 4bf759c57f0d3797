namespace OrgBackupHealer.Deployment.Tests;

/// <summary>
/// The templates that declare signal rules, and which of their rules carry the error signal, the drift signal and
/// the effective-policy signal. The healer's stack has each on the default bus and on its signal bus; the forwarder
/// has each on an account's default bus.
/// </summary>
internal static class SignalRules
{
    public const string HealerTemplate = "template.yaml";
    public const string ForwarderTemplate = "templates/org-signal-forwarder.yaml";

    // The default-bus rules keep the logical ids SAM gave them before they were written out (see template.yaml).
    public const string ErrorSignal = "HealerFunctionErrorSignal";
    public const string OrgErrorSignal = "OrgErrorSignalRule";
    public const string DriftSignal = "HealerFunctionDriftSignal";
    public const string OrgDriftSignal = "OrgDriftSignalRule";
    public const string EffectivePolicySignal = "HealerFunctionEffectivePolicySignal";
    public const string OrgEffectivePolicySignal = "OrgEffectivePolicySignalRule";
    public const string ErrorSignalForward = "ErrorSignalForwardRule";
    public const string DriftSignalForward = "DriftSignalForwardRule";
    public const string EffectivePolicySignalForward = "EffectivePolicySignalForwardRule";

    public static IReadOnlyList<string> ErrorRules(string template) =>
        template == HealerTemplate ? [ErrorSignal, OrgErrorSignal] : [ErrorSignalForward];

    public static IReadOnlyList<string> DriftRules(string template) =>
        template == HealerTemplate ? [DriftSignal, OrgDriftSignal] : [DriftSignalForward];

    public static IReadOnlyList<string> EffectivePolicyRules(string template) =>
        template == HealerTemplate ? [EffectivePolicySignal, OrgEffectivePolicySignal] : [EffectivePolicySignalForward];

    /// <summary>Every signal rule of the template: each of its rules that listens to Organizations events.</summary>
    public static IReadOnlyList<string> All(string template) =>
        [.. ErrorRules(template), .. DriftRules(template), .. EffectivePolicyRules(template)];

    public static IReadOnlyList<string> Templates { get; } = [HealerTemplate, ForwarderTemplate];
}
