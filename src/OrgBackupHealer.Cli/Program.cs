using OrgBackupHealer.Cli;

return await CliApplication.RunAsync(args, CliHost.ForProcess()).ConfigureAwait(false);
