import { defineConfig } from 'vitest/config';

// Two projects: plain Node for shared/, electron/, sandbox/ and scripts/; a DOM for renderer/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/test-setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
