// @ts-check
import { tsImport } from 'tsx/esm/api';

/**
 * Lets a browser test ask for an element's Lit server render
 * (`executeServerCommand('lit-ssr', { tag, attributes })`, see
 * test/ssr/render.ts), to put it into its page and hydrate it there. Rendered
 * here, in Node: the renderer needs Lit's Node build. Loaded on first use, so
 * other test runs do not load Lit's DOM shim into this process.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function litSsrPlugin() {
  /** @type {Promise<typeof import('../ssr/render.ts')> | undefined} */
  let renderer;
  return {
    name: 'lit-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'lit-ssr') return undefined;
      renderer ??= tsImport('../ssr/render.ts', import.meta.url);
      return (await renderer).renderElement(/** @type {import('../ssr/render.ts').RenderRequest} */ (payload));
    },
  };
}
