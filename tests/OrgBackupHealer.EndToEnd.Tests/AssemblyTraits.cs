// Every test here publishes the Native AOT bootstrap (clang) and runs it against moto_server: the README's offline
// filter (Needs!=moto&Needs!=cfn-lint&Needs!=clang) leaves them out.
[assembly: AssemblyTrait("Needs", "moto")]
[assembly: AssemblyTrait("Needs", "clang")]
