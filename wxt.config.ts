import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build (`--mode e2e`) may trust the loopback test server; production never asks for a host.
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'VCF Lens',
    description:
      'Highlights vertebral compression fracture findings in radiology reports and shows the matching ACR Appropriateness Criteria. Works offline.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: LOOPBACK } : {}),
    action: { default_title: 'Open VCF Lens' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open VCF Lens and prefill the case from the selected text',
      },
    },
  }),
});
