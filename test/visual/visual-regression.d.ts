// @web/test-runner-visual-regression 0.10's index.d.ts re-exports './browser/commands.mjs', for which TypeScript
// looks for a `.d.mts` the package does not ship (it has `commands.d.ts`), so its one export is declared here, as
// that file declares it.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
