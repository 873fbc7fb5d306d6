import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

export default defineConfig({
  test: {
    ...sharedTestConfig('api'),
    // Each file opens its own database; two at a time fits a 2-core machine.
    maxWorkers: 2,
  },
});
