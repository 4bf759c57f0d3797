using OrgBackupHealer.Function;
using OrgBackupHealer.Function.Configuration;
using OrgBackupHealer.Function.Runtime;

// Composition root of the Native AOT bootstrap: real environment, Runtime API over loopback HTTP, stdout.
var environment = new ProcessEnvironment();
if (environment.GetVariable(EnvironmentVariables.RuntimeApi) is not { Length: > 0 } runtimeApi)
{
    await Console.Error.WriteLineAsync($"{EnvironmentVariables.RuntimeApi} is not set: this binary runs inside AWS Lambda (or a Runtime API emulator).").ConfigureAwait(false);
    return 1;
}

using var stop = new CancellationTokenSource();
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });
using var http = RuntimeApiClient.CreateHttpClient(runtimeApi);
var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
await using (stdout.ConfigureAwait(false))
{
    return await FunctionHost.RunAsync(
        environment,
        new RuntimeApiClient(http),
        OrganizationsPortComposition.Create(),
        stdout,
        TimeProvider.System,
        AppContext.BaseDirectory,
        stop.Token).ConfigureAwait(false);
}
