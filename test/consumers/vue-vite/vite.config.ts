import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// docs/frameworks.md, "Vue 3": the tags are custom elements, not Vue components.
const IAM_TAGS = new Set(['user-orgs', 'sso-user-list', 'user-list', 'role-list', 'org-list', 'user-login-logs', 'passkey-list']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => IAM_TAGS.has(tag) } } })],
});
