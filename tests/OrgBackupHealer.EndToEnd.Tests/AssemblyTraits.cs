// Every test here publishes the Native AOT bootstrap (a C toolchain: gcc or clang) and runs it against moto_server:
// the README's offline filter (Needs!=moto&Needs!=cfn-lint&Needs!=aot) leaves them out.
[assembly: AssemblyTrait("Needs", "moto")]
[assembly: AssemblyTrait("Needs", "aot")]
