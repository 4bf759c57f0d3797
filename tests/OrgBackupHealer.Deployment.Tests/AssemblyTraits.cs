// The templates are read with cfn-lint's own YAML loader, their rules matched with moto's EventBridge matcher and
// rehearsed in moto's CloudFormation: the README's offline filter (Needs!=moto&Needs!=cfn-lint&Needs!=aot) leaves
// them out. MakeBuildTests also needs a C toolchain for the Native AOT link.
[assembly: AssemblyTrait("Needs", "cfn-lint")]
[assembly: AssemblyTrait("Needs", "moto")]
