import { createTheme } from '@mantine/core';

/** The Portcullis look: calm blues, one accent for what needs attention. */
export const theme = createTheme({
  primaryColor: 'portcullis',
  colors: {
    portcullis: ['#e8f1fb', '#cfe0f3', '#a0bfe6', '#6d9cd9', '#4580ce', '#2c6dc7', '#1f63c5', '#1352ae', '#07489c', '#003d8a'],
  },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontFamilyMonospace: '"JetBrains Mono", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
});
