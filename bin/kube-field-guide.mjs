#!/usr/bin/env node
// `npx kube-field-guide check FILE... | -` runs the validator core on manifests, with the rules of the
// site. The core is TypeScript; Node >= 22.18 runs it directly (type stripping). Under npm/npx the
// project's own Node 22 (devDependency node@22) comes first on PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`kube-field-guide needs Node.js >= 22.18 (this is ${process.versions.node}); run it through npx or npm run validate.\n`);
  process.exit(2);
}
const { runCli, nodeIo } = await import('../src/lib/validator/cli.ts');
process.exitCode = runCli(process.argv.slice(2), nodeIo);
